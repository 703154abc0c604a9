// The place-and-date line with a receiving office's stamp struck over its tail: the "CÔNG VĂN ĐẾN
// / Số: … / Ngày: … / Chuyển: …" box is stamped in the top right margin, where the date line is
// printed, and an engine reads the line's place and "ngày", then the stamp's words and scraps
// ("Hà Nội, ngày¿ ...Ôj\nš ĐẾN ..."): day, month and year are under the ink. The line is still the
// document's date line (the issuer block ends above it, the place opens it), and the year the
// number line prints ("Số: … /2026/TT-BCT", a normative document's number carries its year) is
// the date's year. For OCR'd text only (header.ts).
import { foldVietnamese } from '../../normalizers/fold.js';
import { provinceNames } from '../shared/localities.js';

// A place (letters, then a comma), "ngày", and no more than scraps: no "tháng" (else the line is
// read by the other illegible-line shapes), no word of three small letters or more (prose: a
// sentence that opens with a place and "ngày" is no date line), at most 40 characters.
const STAMPED_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay(?![a-z])(?<rest>.{0,40})$/;

// The line with its three date words read and only scraps between and after them ("la Nội, ngày / ¡
// tháng £ nam H...;"): the day, month and year under the stamp or the hand, the place's capital too.
const SCRAPPED_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay(?![a-z])(?<rest>.{0,12}?\sthang(?![a-z]).{0,12}?\snam(?![a-z]).{0,10})$/;

/**
 * Whether the folded line `line` (of the text `written`, the same line as printed) is a date line
 * under a stamp: its place in capitals then "ngày" and scraps, or its three date words with scraps
 * between (its place's first letter may be lost then).
 */
export function isStampedDateLine(line: string, written: string): boolean {
  const scraps = (rest: string) => !/\p{L}{3,}/u.test(written.slice(written.length - rest.length).replace(/\s(?:tháng|th[a-zà-ỹ]{1,3}ng|n[aăâàằ]m)(?!\p{L})/gu, ' '));
  const stamped = STAMPED_DATE_LINE.exec(line);
  if (stamped && /^[ \t*|]*\p{Lu}/u.test(written) && !/th[a-z]{0,2}ng/.test(stamped.groups!.rest!) && !/\p{Ll}{3,}/u.test(written.slice(written.length - stamped.groups!.rest!.length))) return true;
  const scrapped = SCRAPPED_DATE_LINE.exec(line);
  return scrapped !== null && scraps(scrapped.groups!.rest!);
}

// "Số: … /2026/TT-BCT", "Số: 21/2026/QĐ-UBND": the year between the serial's slot and the symbol.
const YEAR_IN_NUMBER = /\/\s*((?:19|20)\d\d)\s*\/\s*\p{Lu}/u;

/** The year a number line prints between its serial and its symbol; null when it prints none. */
export function yearOfNumberLine(line: string): string | null {
  return YEAR_IN_NUMBER.exec(line)?.[1] ?? null;
}

// A place whose first letter a hand's or a stamp's ink turned into a small one ("la Nội, ngày": H
// read l), its other words capitalised, then the comma.
const PLACE_CAPITAL_LOST = /^([ \t*|]*)(\p{Ll}{1,3}(?:[ \t]+\p{Lu}\p{Ll}*){1,3})[ \t]*,/u;

/**
 * The province whose name the line's place spells but for its first letter ("la Nội" → Hà Nội),
 * when one province alone does; its offsets in `line`. Null otherwise.
 */
export function placeWithLostCapital(line: string): { value: string; start: number; end: number } | null {
  const m = PLACE_CAPITAL_LOST.exec(line);
  if (!m) return null;
  const read = foldVietnamese(m[2]!).toLowerCase().replace(/[ \t]+/g, ' ');
  const matches = provinceNames().filter((name) => {
    const f = foldVietnamese(name).toLowerCase();
    return f.length === read.length && f.slice(1) === read.slice(1) && f[0] !== read[0];
  });
  if (matches.length !== 1) return null;
  const start = m[1]!.length;
  return { value: matches[0]!, start, end: start + m[2]!.length };
}
