// Words in capitals an engine without Vietnamese misread in a body's name, read back where the
// syllable inventory says which reading is Vietnamese. No Vietnamese syllable has a V after its
// first letter: a U read as a V ("THVC HIỆN" for THỰC HIỆN, "GIÁO DVC" for GIÁO DỤC). A stroke read
// after a word ("NÔNG THÔN MOIL" for MỚI: a rule's edge, a mark fallen off) is no letter of it. A word
// is changed only when it is no syllable as read and is one so repaired: abbreviations keep their
// letters ("BVHTTDL", "TTVH", "ĐHĐL" are no syllable either way). For OCR'd issuer lines only; the
// length is kept, so each character still points into the line as read.
import { foldVietnamese } from '../normalizers/fold.js';
import { syllableInventory } from '../normalizers/syllables.js';

const CAPITAL_WORD = /(?<![\p{L}\d])\p{Lu}{3,7}(?![\p{L}\d])/gu;

/** `line` with each such word read back; the line itself when there is none. */
export function withCapitalWordsRepaired(line: string): string {
  if (!/\p{Lu}{3}/u.test(line)) return line;
  const syllables = syllableInventory();
  const isSyllable = (word: string) => syllables.has(foldVietnamese(word).toLowerCase());
  return line.replace(CAPITAL_WORD, (word) => {
    if (isSyllable(word)) return word;
    // One V, after the first letter ("TVV", an abbreviation, is left alone).
    if (/^\p{Lu}+V/u.test(word) && word.split('V').length === 2) {
      const read = word.slice(0, 1) + word.slice(1).replace('V', 'U');
      if (isSyllable(read)) return read;
    }
    // The stroke stands where a space follows: dropped, the length kept.
    if (/[LI]$/u.test(word) && isSyllable(word.slice(0, -1))) return `${word.slice(0, -1)} `;
    return word;
  });
}
