// Whether a text-layer page can be trusted or must be read by OCR (like Tika's ocrStrategy=auto):
// no text, too little text for a page, or text that is not Vietnamese (a broken font mapping,
// a scanned page with an invisible garbage layer). Legacy encodings are converted, not OCR'd.
import { isVietnameseSyllable } from '../normalizers/legacy/index.js';

/** Below this many letters a page holds at most a page number or a stamp: read it by OCR. */
const MIN_LETTERS = 40;
/** Share of words that must be Vietnamese syllables (or numbers, abbreviations, codes). */
const MIN_SYLLABLE_SHARE = 0.6;

const WORD = /[\p{L}\p{M}\p{N}\p{S}\u00A1-\u00FF]+/gu;

/** Share of words that read as Vietnamese: syllables, numbers, capitalised abbreviations. */
export function syllableShare(text: string): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    const w = m[0];
    words++;
    if (/\p{N}/u.test(w) || isVietnameseSyllable(w) || /^[A-ZĐ]{2,8}$/u.test(w)) good++;
  }
  return { share: words ? good / words : 0, words };
}

/** The reason the page needs OCR, or null when its text layer is good. */
export function textLayerProblem(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'the page has no text layer';
  if (letters < MIN_LETTERS) return 'the page has too little text for a page';
  const { share, words } = syllableShare(text);
  if (words >= 10 && share < MIN_SYLLABLE_SHARE) {
    return `the text layer is not readable Vietnamese (${Math.round(share * 100)}% syllables)`;
  }
  return null;
}
