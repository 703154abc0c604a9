// Whether a text-layer page can be trusted or must be read by OCR (like Tika's ocrStrategy=auto):
// no text, too little text for a page, or text that is not Vietnamese (a broken font mapping,
// a scanned page with an invisible garbage layer). Legacy encodings are converted, not OCR'd.
import { isVietnameseSyllable } from '../../normalizers/legacy/index.js';

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

export interface TextLayerProblem {
  reason: string;
  /** The page has some readable text, just little: OCR helps only if an image holds more. */
  thin: boolean;
}

const letterCount = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** Some text, but too little for a page (cheap: no syllable check). */
export function isThinText(text: string): boolean {
  const letters = letterCount(text);
  return letters > 0 && letters < MIN_LETTERS;
}

/** Why the page's text layer cannot be trusted, or null when it is good. */
export function textLayerProblem(text: string): TextLayerProblem | null {
  const letters = letterCount(text);
  if (letters === 0) return { reason: 'the page has no text layer', thin: false };
  if (letters < MIN_LETTERS) return { reason: 'the page has too little text for a page', thin: true };
  const { share, words } = syllableShare(text);
  if (words >= 10 && share < MIN_SYLLABLE_SHARE) {
    return { reason: `the text layer is not readable Vietnamese (${Math.round(share * 100)}% syllables)`, thin: false };
  }
  return null;
}

/**
 * Below this share of the page covered by images, a thin page is a short text page (the end of
 * a signature block), not a scan with a stray text layer: rendering it would find nothing more.
 */
export const SCAN_IMAGE_SHARE = 0.2;

/**
 * Whether a page whose text layer has `problem` is worth rendering and reading by OCR. A thin
 * page is, only when an image covers enough of it (or its drawing was not looked at).
 */
export function worthOcr(problem: TextLayerProblem | null, imageShare: number | null): boolean {
  if (!problem) return false;
  return !problem.thin || imageShare === null || imageShare >= SCAN_IMAGE_SHARE;
}
