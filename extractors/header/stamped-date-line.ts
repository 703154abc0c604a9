// The place-and-date line with a receiving office's stamp struck over its tail: the "CÔNG VĂN ĐẾN
// / Số: … / Ngày: … / Chuyển: …" box is stamped in the top right margin, where the date line is
// printed, and an engine reads the line's place and "ngày", then the stamp's words and scraps
// ("Hà Nội, ngày¿ ...Ôj\nš ĐẾN ..."): day, month and year are under the ink. The line is still the
// document's date line (the issuer block ends above it, the place opens it), and the year the
// number line prints ("Số: … /2026/TT-BCT", a normative document's number carries its year) is
// the date's year. For OCR'd text only (header.ts).

// A place (letters, then a comma), "ngày", and no more than scraps: no "tháng" (else the line is
// read by the other illegible-line shapes), no word of three small letters or more (prose: a
// sentence that opens with a place and "ngày" is no date line), at most 40 characters.
const STAMPED_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay(?![a-z])(?<rest>.{0,40})$/;

/** Whether the folded line `line` (of the text `written`, the same line as printed) is a date line under a stamp. */
export function isStampedDateLine(line: string, written: string): boolean {
  const m = STAMPED_DATE_LINE.exec(line);
  if (!m) return false;
  const rest = written.slice(written.length - m.groups!.rest!.length);
  return !/th[a-z]{0,2}ng/.test(m.groups!.rest!) && !/\p{Ll}{3,}/u.test(rest);
}

// "Số: … /2026/TT-BCT", "Số: 21/2026/QĐ-UBND": the year between the serial's slot and the symbol.
const YEAR_IN_NUMBER = /\/\s*((?:19|20)\d\d)\s*\/\s*\p{Lu}/u;

/** The year a number line prints between its serial and its symbol; null when it prints none. */
export function yearOfNumberLine(line: string): string | null {
  return YEAR_IN_NUMBER.exec(line)?.[1] ?? null;
}
