// The place of a date line an OCR engine misread: a letter read as a figure or a mark inside a word
// ("Hà Nç3i, ngày", "Hà N(3i, ngày"), or the comma after it read as a closing mark ("Hà Nội} ngày").
// The place's letters are then matched against the units the list knows (header.ts: the issuer's
// locality, a province, the capital for a central body); here it is only found.

/** A figure or a mark between letters: no place name has one, an engine misread a letter. */
export const MISREAD_IN_WORD = /\p{L}[\d(){}$#@]{1,3}\p{L}/u;

// Capitalised words before the date line's comma or a closing mark read for it; the words after
// the first may hold figures and marks the engine read for letters.
const PLACE_BEFORE_COMMA_OR_MARK = /(\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}\d(){}$#@]*){0,3})\s*([,}\])|])\s*$/u;

/**
 * An OCR'd place before "ngày" with a misread letter or its comma misread: a match whose group 1 is
 * the place (a match of PLACE_BEFORE_DAY's shape), or null. A place printed plainly before its comma
 * is PLACE_BEFORE_DAY's to read.
 */
export function misreadPlaceBeforeDay(before: string): RegExpExecArray | null {
  const m = PLACE_BEFORE_COMMA_OR_MARK.exec(before);
  if (!m) return null;
  // A closing mark stands for the comma only after a place of plain letters ("Hà Nội}"): a bracket
  // that closes a phrase ("(Hà Nội)") has its opening one before it.
  if (m[2] !== ',' && (/[(){}[\]]/.test(m[1]!) || /[([{]\s*$/.test(before.slice(0, m.index)))) return null;
  return m[2] !== ',' || MISREAD_IN_WORD.test(m[1]!) ? m : null;
}

/**
 * The misread place before the comma when its last word's letter after the mark is a capital ("Hà
 * N(U,"): the plain reading stops at that capital and takes it for the place. Only such a match:
 * a place of plain letters ("Hà Nội,") is the plain reading's.
 */
export function misreadLetterBeforeComma(before: string): RegExpExecArray | null {
  const m = misreadPlaceBeforeDay(before);
  return m && m[2] === ',' && /[\d(){}$#@]{1,2}\p{Lu}\p{L}*$/u.test(m[1]!) ? m : null;
}

/** Strokes an engine read for a letter inside a word ("I'/Ơi" for Nội): an apostrophe, a slash, a backslash, a bar. */
export const STROKES_IN_WORD = /\p{L}['/\\|]{1,2}\p{L}/u;

// The place's last word, its letters broken by such strokes, and the capitalised words before it.
const PLACE_WITH_STROKES = /(\p{Lu}\p{L}*(?:\s+\p{L}*['/\\|]{1,2}\p{L}+)+)\s*,?\s*$/u;

/**
 * An OCR'd place before "ngày" whose last word has strokes read for a letter ("Hà I'/Ơi, ngày"):
 * the plain reading takes only the letters after the strokes ("Ơi"); the place is the whole run.
 * Null when no word of the place holds such strokes (the plain reading stands).
 */
export function strokedPlaceBeforeDay(before: string): RegExpExecArray | null {
  const m = PLACE_WITH_STROKES.exec(before);
  return m && STROKES_IN_WORD.test(m[1]!) ? m : null;
}
