// The marks of an OCR layer's signer name where the page's reading is better evidence than the
// restorer's guess. The restorer knows the language, not names: it re-marks a name word the
// engine read whole and right as a commoner word ("Trần Quốc Vượng" → "Vương"), and gives a
// family name the engine read bare the marks of a common word ("Ha Cong Tuấn" → "Hạ Cộng").
// Letters are never changed here, only marks; the middle and given names read bare keep the
// restorer's marks (names are free: no list says Hưng is less likely than Hùng).
import { foldVietnamese } from '../../normalizers/fold.js';
import { canonicalToneForm, isValidSyllable } from '../../normalizers/syllables.js';
import type { Signer, TextChange } from '../../output/schema.js';
import { engineReadingOf } from './ocr-signer-name.js';
import { MARKED_SURNAMES } from '../closing/person-name.js';

const letters = (word: string) => foldVietnamese(word.normalize('NFC')).toLowerCase();

/** Listed family names by their letters, where one spelling only has them ("ha": Hà; "luong": Lương). */
const FAMILY_BY_LETTERS = (() => {
  const byLetters = new Map<string, string | null>();
  for (const name of MARKED_SURNAMES) {
    const key = letters(name);
    byLetters.set(key, byLetters.has(key) && byLetters.get(key) !== name ? null : name);
  }
  return byLetters;
})();

/** A Vietnamese syllable with marks, as written ("Vượng"; not "Vän", not "Vuong"). */
function isMarkedSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  if (!/[^a-z]/.test(lower)) return false;
  return isValidSyllable(lower) || isValidSyllable(canonicalToneForm(lower));
}

/**
 * `found`: the signer's name as the reader made it; `read`: the page's text at the name's words
 * before the restorer (every change put back). Word by word, where the letters agree: a word the
 * page spelt as a marked syllable keeps the page's marks; a first word the page gave bare takes
 * the one listed family name with its letters. The name as found when the words do not line up.
 */
export function withNameMarksAsRead(found: string, read: string): string {
  const words = found.trim().split(/\s+/);
  const readWords = read.trim().split(/\s+/);
  if (words.length !== readWords.length) return found;
  const out = words.map((word, i) => {
    const page = readWords[i]!.normalize('NFC');
    if (letters(page) !== letters(word) || !/^\p{Lu}\p{Ll}*$/u.test(word) || !/^\p{Lu}\p{Ll}*$/u.test(page)) return word;
    if (isMarkedSyllable(page)) return page;
    if (i === 0 && /^[A-Za-z]+$/.test(page)) return FAMILY_BY_LETTERS.get(letters(page)) ?? word;
    return word;
  });
  return out.join(' ');
}

/** Where the signer's name words start in `text`: its last words within the block's span (null when the span holds fewer). */
export function nameWordsStart(signer: Signer, text: string): number | null {
  if (!signer.name || !signer.span) return null;
  const words = signer.name.trim().split(/\s+/).length;
  const tokens = [...text.slice(signer.span.start, signer.span.end).matchAll(/\S+/g)];
  if (tokens.length < words) return null;
  return signer.span.start + tokens[tokens.length - words]!.index!;
}

/** The signer with the marks of its name as the page had them where better (`withNameMarksAsRead`). */
export function signerWithMarksAsRead(signer: Signer, text: string, changes: readonly TextChange[]): Signer {
  const start = nameWordsStart(signer, text);
  if (start === null || !signer.name || !changes.length) return signer;
  const name = withNameMarksAsRead(signer.name, engineReadingOf(text, changes, ['ocr', 'diacritics'])(start, signer.span!.end));
  return name === signer.name ? signer : { ...signer, name };
}
