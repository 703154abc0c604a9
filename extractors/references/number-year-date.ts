// A cited date whose year an engine printed short or with a stray figure, read with the year its
// cited number carries: "38/2010/QĐ-TTg ngày 06/05/10" (the year's last two figures), "63/2010/NĐ-CP
// ngày 08/6/20210" (four figures and one stray among them). A state number's year is the year the
// document was issued, so the date's figures are taken for it only when they hold that year: its last
// two, or all four in order once one figure is dropped. Any other year stays unread (no date), as
// before. OCR text only (the caller's gate): typed text keeps a date it cannot read unread.
import { findDate } from '../shared/dates.js';
import { DAY_WORD } from './citation-date.js';

/** Day, month and a year of two figures or of five, after "ngày" and its spaces (folded text). */
const SLIPPED_YEAR_DATE = /^[ \t]*(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})[ \t]*\/[ \t]*(\d{2}|\d{5})(?![\d/])/;

/** The year in a cited number's serial ("38/2010" → "2010"); null for a serial without one. */
export function yearOfSerial(serial: string | null | undefined): string | null {
  return /\/((?:19|20)\d\d)$/.exec(serial ?? '')?.[1] ?? null;
}

/** Whether `printed` (two or five figures) holds `year`: its last two, or it with one figure more. */
function holdsYear(printed: string, year: string): boolean {
  if (printed.length === 2) return printed === year.slice(2);
  for (let i = 0; i < printed.length; i++) if (printed.slice(0, i) + printed.slice(i + 1) === year) return true;
  return false;
}

/**
 * The date "ngày 06/05/10" at `at` (folded, "ngày" there) after a number of `year`: ISO with that year
 * and where it ends, when its day and month are valid and its figures hold the year; null otherwise.
 */
export function dateWithNumberYear(folded: string, at: number, year: string): { iso: string; end: number } | null {
  const word = DAY_WORD.exec(folded.slice(at, at + 5));
  if (!word) return null;
  const from = at + word[0].length;
  const m = SLIPPED_YEAR_DATE.exec(folded.slice(from, from + 24));
  if (!m || !holdsYear(m[3]!, year)) return null;
  // The whole date through the date reader: a day the month has not ("31/02") makes no date.
  const whole = findDate(`${m[1]}/${m[2]}/${year}`, 0, 0);
  if (!whole?.iso || whole.invalid || whole.iso.length !== 10) return null;
  return { iso: whole.iso, end: from + m[0].length };
}
