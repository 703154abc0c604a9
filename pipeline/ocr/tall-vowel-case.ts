// Small vowels read as capitals for the height of their marks. A vowel carrying a circumflex or a
// breve and a tone ("ố", "ộ", "ễ"), or a horn and a tone above ("ớ"), reaches as high as a
// capital, and the engine's model judges case by height: "sỐ", "mỘt", "VưỚng" for số, một,
// vướng, and a two-letter word whose capital opens it wholly in capitals amid small words
// ("Luật TỔ chức", "Lễ" read "LỄ"). Seen on every kind of real scan (Kodak 200 dpi, OmniPage,
// PaperStream, phone photos): ~15 words in 66 transcribed pages, which the mark normaliser keeps.
// Taken back to small only where the word spells one Vietnamese syllable, so codes and symbols
// ("TTg", "SNgV", "UBND") are never touched.
import { isValidSyllable } from '../../normalizers/syllables.js';
import type { OcrWord } from './types.js';

const SHAPE = /[\u0302\u0306]/u;
const HORN = '\u031B';
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_ABOVE = /[\u0300\u0301\u0303\u0309]/u;

/** A capital vowel whose marks stand as tall as a capital: circumflex or breve with a tone, or a horn with a tone above. */
export function isTallMarkedCapital(ch: string): boolean {
  if (ch === ch.toLowerCase()) return false;
  const parts = ch.normalize('NFD');
  if (!/^[AEIOUY]/.test(parts)) return false;
  return (SHAPE.test(parts) && TONE.test(parts)) || (parts.includes(HORN) && TONE_ABOVE.test(parts));
}

const isLower = (ch: string) => ch !== ch.toUpperCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** The word's letters, and what stands before and after them ("(", ",", ";"). */
const CORE = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u;

/**
 * The word's letters with small tall vowels made small again, when that spells a syllable; `core`
 * as it is otherwise. `smallAround`: the words before and after it on the line are small-letter
 * words, so a word wholly in capitals there is a capitalised word read too tall.
 */
export function tallVowelCase(core: string, smallAround: boolean): string {
  const letters = [...core];
  if (!letters.some(isTallMarkedCapital)) return core;
  // After the first letter, the only capitals are tall vowels.
  if (!letters.slice(1).every((ch) => !isUpper(ch) || isTallMarkedCapital(ch))) return core;
  const afterSmall = letters.some((ch, i) => i > 0 && isTallMarkedCapital(ch) && isLower(letters[i - 1]!));
  const allCapitals = letters.every(isUpper);
  if (!afterSmall && !(allCapitals && smallAround && letters.length >= 2)) return core;
  const fixed = letters[0]! + letters.slice(1).join('').toLowerCase();
  return isValidSyllable(fixed) ? fixed : core;
}

/** `words` with small vowels read as capitals for their marks' height made small (see above). */
export function tallVowelsSmall(words: readonly OcrWord[]): OcrWord[] {
  // Neighbours on the engine's own line, in reading order.
  const byLine = new Map<string, number[]>();
  words.forEach((w, i) => {
    const line = byLine.get(w.line);
    if (line) line.push(i);
    else byLine.set(w.line, [i]);
  });
  const out = [...words];
  for (const indexes of byLine.values()) {
    const order = [...indexes].sort((a, b) => words[a]!.x0 - words[b]!.x0);
    order.forEach((index, k) => {
      const word = words[index]!;
      const m = CORE.exec(word.text);
      if (!m) return;
      const [, lead = '', core = '', tail = ''] = m;
      const before = k > 0 ? words[order[k - 1]!]!.text : '';
      const after = k + 1 < order.length ? words[order[k + 1]!]!.text : '';
      // The word before ends in a small letter and the one after opens with one, within one sentence.
      const smallAround = /\p{Ll}[,;]?$/u.test(before) && /^\p{Ll}/u.test(after) && !/[.:!?]/.test(tail) && !/[(“"]/.test(lead);
      const fixed = tallVowelCase(core, smallAround);
      if (fixed !== core) out[index] = { ...word, text: `${lead}${fixed}${tail}` };
    });
  }
  return out;
}
