// Capital words of a header an OCR engine read as pairs of glyphs: the U with its marks (Ụ, Ư) as
// "l)", "\l", "\J", "lJ" or "IJ" ("Cl)C", "C\lC" for CỤC, "THlJE" for THUẾ, "DlJONG" for DƯƠNG),
// the H as "II" ("TINII" for TỈNH), and CỤC whole as "eve", its capitals read as small letters.
// Left so, the restorer takes them for foreign words or re-letters them into other syllables
// ("eve" → "về", "vị"), and the issuer's name is lost ("Cục Thuế tỉnh Đồng Nai" read as nothing).
// The words are put back before the restorer (a guard like misread-subject-label.ts), only in the
// header's lines (above the number line) and only where the word so rewritten spells a Vietnamese
// syllable: any other run of these glyphs stays as the engine read it.
import { foldVietnamese } from './fold.js';
import { syllableInventory } from './syllables.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from './number-label.js';

/** How many lines from the top a header may take before its number line. */
const HEADER_LINES = 12;
// A line that opens with the number's label (read or garbled: "Số:", "S6:", "Sil 14579/", "86:5619", "36:4312").
export const NUMBER_LINE = new RegExp(String.raw`^[ \t]*(?:S\S{0,2}|${NUMBER_LABEL_AS_FIGURES_SOURCE})[ \t]*[:;]?[ \t]*\S*\d`, 'u');
// A word made of capitals and the glyph pairs, with at least one pair inside it.
const WORD = /(?<![\p{L}\d\\()])[\p{Lu}\\()]*(?:[lI][)J]|\\[lJ]|\(J|(?<=\p{Lu})II)[\p{Lu}\\()]*(?![\p{L}\d\\()])/gu;
const PAIRS = /[lI][)J]|\\[lJ]|\(J|II/g;
// CỤC read whole in small letters, a word of its own before capitals or alone at the line's end.
const CUC_AS_EVE = /(?<![\p{L}\d])eve(?=[ \t]+\p{Lu}|[ \t]*$)/gmu;

/** The header's capital words whose glyph pairs spell a syllable, with the letters put back. */
export function repairMisreadHeaderGlyphs(text: string): string {
  const lines = text.split('\n');
  const last = Math.min(lines.length, HEADER_LINES);
  let changed = false;
  for (let i = 0; i < last; i++) {
    if (NUMBER_LINE.test(lines[i]!) && i > 0) break;
    const line = lines[i]!;
    const fixed = line.replace(WORD, (word) => {
      const letters = word.replace(PAIRS, (pair) => (pair === 'II' ? 'H' : 'U'));
      return /^\p{Lu}{2,}$/u.test(letters) && syllableInventory().has(foldVietnamese(letters).toLowerCase()) ? letters : word;
    }).replace(CUC_AS_EVE, 'CỤC');
    if (fixed !== line) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}
