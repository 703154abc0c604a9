// Folding Vietnamese to a comparison key: no tone marks, no vowel marks, đ → d, lower case.
// Each character folds to exactly one character, so offsets in the folded string are offsets
// in the original: a match found in the fold can be highlighted in the text.

/** Fold of each UTF-16 unit, filled as units are met; 0 = not yet known (U+0000 is ASCII). */
const FOLD_TABLE = new Uint16Array(0x10000);

function foldCode(code: number): number {
  let folded = FOLD_TABLE[code]!;
  if (folded === 0) {
    const ch = String.fromCharCode(code);
    let out: string;
    if (ch === 'đ' || ch === 'Đ') out = 'd';
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      // Only a one-character result keeps offsets aligned (e.g. 'İ' would lower to two).
      out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    }
    folded = out.charCodeAt(0);
    FOLD_TABLE[code] = folded;
  }
  return folded;
}

let tableComplete = false;

/**
 * Fold UTF-16 units in place. For callers that fold whole texts in bulk (migration 40 folds
 * every stored text; search, the hits of a query word the stored fold cannot hold): the table
 * is completed once per process (~20 ms), after which a unit costs one lookup, without the
 * not-yet-known check (that check alone doubled the time).
 */
export function foldUnitsInPlace(units: Uint16Array): void {
  if (!tableComplete) {
    for (let code = 1; code < 0x10000; code++) foldCode(code);
    tableComplete = true;
  }
  const table = FOLD_TABLE;
  for (let i = 0; i < units.length; i++) units[i] = table[units[i]!]!;
}

/** Below this length string concatenation beats building a buffer. */
const SHORT = 64;

function fold(text: string): string {
  if (text.length < SHORT) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out += String.fromCharCode(code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldCode(code));
    }
    return out;
  }
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldCode(code);
  }
  // Buffer's UTF-16 decoding copies the units as they are (lone surrogates too, unlike TextDecoder).
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}

/** Same length as the input (in UTF-16 units) for NFC text; ASCII passes through lower-cased. */
export function foldVietnamese(text: string): string {
  return fold(text);
}

/** Remove tone marks only (keep â ă ê ô ơ ư đ): the "toneless" form of a syllable. */
export function stripTones(text: string): string {
  return text.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Per UTF-16 unit: 1 = VIETNAMESE_MARKED, 2 = not, 0 = not yet known. */
const MARKED_UNIT = new Uint8Array(0x10000);

/** True when the text has any Vietnamese-specific letter (marked vowel or đ). */
export function hasVietnameseMarks(text: string): boolean {
  // The restorer asks this of every piece of every document: a table beats the regex.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0) continue;
    let known = MARKED_UNIT[code]!;
    if (known === 0) {
      known = VIETNAMESE_MARKED.test(String.fromCharCode(code)) ? 1 : 2;
      MARKED_UNIT[code] = known;
    }
    if (known === 1) return true;
  }
  return false;
}
