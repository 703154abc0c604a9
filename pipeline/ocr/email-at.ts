// The "@" of an e-mail address read with a piece of its ring beside it: tesseract writes
// "thongtinchinhphu(@)chinhphu.vn", "ttcbth(@quangngai.gov.vn", "ttcbth@)quangngai.gov.vn" for the
// address printed in a digital-signature box or a letter's contact line (real scans of four sets).
// An address has no bracket or colon against its "@": where a name stands before it and a domain
// (a label and a dot) after it, the bracket is dropped and the address reads as printed. A lone "(@)"
// or an "@" with nothing address-like around it is left as read.
import type { OcrWord } from './types.js';

const BRACKETED_AT = /(?<=[\p{L}\p{N}._-])(?:[([{]@[)\]}:]?|@[)\]}:])(?=[\p{L}\p{N}-]+\.\p{L})/gu;

/** `words` with the bracket read beside an address's "@" dropped; the box keeps the word (a character or two fewer). */
export function emailAtSigns(words: readonly OcrWord[]): OcrWord[] {
  return words.map((w) => {
    if (!w.text.includes('@')) return w;
    const text = w.text.replace(BRACKETED_AT, '@');
    return text === w.text ? w : { ...w, text };
  });
}
