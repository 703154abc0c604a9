// What our OCR channel gets wrong most, as credit in the marks correction (ocr-marks.ts): a tone
// written over a hatted vowel (the grave, hook, tilde or acute over â, ê, ô, ă, ơ, ư) is small and
// crowded against the hat, and tesseract's Vietnamese model drops it far more often than it makes
// one up: "Tô chức", "thâm quyên", "kiêm tra", "Công thông tin" for Tổ, thẩm quyền, kiểm, Cổng. A
// word read so, with its hat and no tone, is replaced by the same word with the tone at a smaller
// lead of the language model than any other reading (MARK_MARGIN less this credit).
// Measured on the transcribed real pages of the scan sets (normalised text, eval:ocr's "restored"):
// at a credit of 1.5, word errors 971 → 944 on 43 pages (at 1, 951; at 2.5, 953: right words
// changed), and on all 60 pages 1320 → 1286, no set worse (a change won only with the credit
// waits for the pair reading with its neighbour, ocr-marks.ts). The dot below (nặng) sits under
// the letter, away from the hat, and gets no credit.

/** log10 units a tone restored over a bare hat is credited with: about 30 times likelier as read. */
export const LOST_TONE_CREDIT = 1.5;

/** The tones written above the vowel, over its hat (combining grave, hook above, tilde, acute). */
const TONE_ABOVE = /[\u0300\u0309\u0303\u0301]/;
/** Any tone (the five, the dot below included). */
const ANY_TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** A hat, a breve or a horn: the marks of â ê ô ă ơ ư. */
const HAT = /[\u0302\u0306\u031B]/;

/**
 * True when `form` is `read` with a tone added above its hatted vowel: `read` (lower case) has a
 * hat and no tone, `form` the same letters and hats and one tone written above.
 */
export function toneLostOverHat(read: string, form: string): boolean {
  const r = read.normalize('NFD');
  if (!HAT.test(r) || r.replace(ANY_TONE, '') !== r) return false;
  const f = form.normalize('NFD');
  return TONE_ABOVE.test(f) && f.replace(ANY_TONE, '') === r;
}

/** The credit the channel gives reading `read` as `form` (log10 units; 0 for any other confusion). */
export function channelCredit(read: string, form: string): number {
  return toneLostOverHat(read, form) ? LOST_TONE_CREDIT : 0;
}
