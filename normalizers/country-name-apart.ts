// The country's name an OCR engine ran together in a header's capitals ("BAO HIỂM XA HỘI
// VIETNAM" for BẢO HIỂM XÃ HỘI VIỆT NAM): a body's name spells it in two syllables, and the
// issuer reader, the unit list and the restorer know it only so. Put apart in the header's lines
// above the number line, after a word of the body's name (a Vietnamese syllable in capitals): a
// brand or a company's foreign name ("VIETNAM AIRLINES") opens with it or stands among foreign words.
import { foldVietnamese } from './fold.js';
import { NUMBER_LINE } from './misread-header-glyphs.js';
import { syllableInventory } from './syllables.js';

/** How many lines from the top a header may take before its number line (as misread-header-glyphs.ts). */
const HEADER_LINES = 12;
// "VIETNAM" closing a run of capital words, the word before it right before.
const RUN_TOGETHER = /(?<=(?:^|[ \t])(\p{Lu}+)[ \t]+)VIETNAM(?=[ \t]|$)/gmu;

/** The header's lines with "VIETNAM" after a body's Vietnamese capital word written "VIET NAM". */
export function withCountryNameApart(text: string): string {
  if (!text.includes('VIETNAM')) return text;
  const lines = text.split('\n');
  const last = Math.min(lines.length, HEADER_LINES);
  let changed = false;
  for (let i = 0; i < last; i++) {
    if (i > 0 && NUMBER_LINE.test(lines[i]!)) break;
    const line = lines[i]!;
    const fixed = line.replace(RUN_TOGETHER, (word, before: string) => (syllableInventory().has(foldVietnamese(before).toLowerCase()) ? 'VIET NAM' : word));
    if (fixed !== line) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}
