// Folding Vietnamese to a comparison key: no tone marks, no vowel marks, đ → d, lower case.
// Each character folds to exactly one character, so offsets in the folded string are offsets
// in the original: a match found in the fold can be highlighted in the text.

const FOLD_CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = FOLD_CACHE.get(ch);
  if (folded === undefined) {
    if (ch === 'đ' || ch === 'Đ') folded = 'd';
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      // Only a one-character result keeps offsets aligned (e.g. 'İ' would lower to two).
      folded = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    }
    FOLD_CACHE.set(ch, folded);
  }
  return folded;
}

/** Same length as the input (in UTF-16 units) for NFC text; ASCII passes through lower-cased. */
export function foldVietnamese(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i]!);
  }
  return out;
}

/** Remove tone marks only (keep â ă ê ô ơ ư đ): the "toneless" form of a syllable. */
export function stripTones(text: string): string {
  return text.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

/** True when the text has any Vietnamese-specific letter (marked vowel or đ). */
export function hasVietnameseMarks(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text);
}
