// Vietnamese dates as printed in plans: "ngày 03 tháng 02 năm 2023", "07/4/2014", "30.4.1975",
// drafts with blanks ("ngày tháng năm 2017", "ngày/...../2017"). Only the known parts are kept:
// "2017", "2017-12", "2017-12-14". Matching runs on the folded text, so "ngay 10 thang 12 nam
// 2020" (stripped) and OCR-damaged words ("thdng", "ndm") are read too.

export interface ParsedDate {
  /** ISO, possibly partial; null when not even the year is known. */
  iso: string | null;
  /** True when a part was blank or unreadable. */
  partial: boolean;
  /** True when a printed part is impossible (day 32, month 13). */
  invalid: boolean;
  /** Offsets of the whole date expression in the searched string. */
  start: number;
  end: number;
}

/**
 * A footnote number glued to a year that ends its line or clause ("ngày 23 tháng 02 năm 20264":
 * the text layer writes the superscript 4 as a digit of the line). Only after a 19xx/20xx year:
 * no year has five digits, so the first four are the year and the rest is the mark.
 */
export const YEAR_FOOTNOTE = '(?:(?<=(?:19|20)\\d\\d)\\d{1,2}(?=[ \\t]*(?:\\n|$|[;,.):])))?';
// "ngày DD tháng MM năm YYYY" (folded), tolerant of OCR: "thdng", "ndm", glued digits.
// The year may carry OCR letters for digits ("2O19", "20l9"): checked in assemble.
// Layers without Vietnamese garble the words further ("_tháng", "!hạng", "neim.2025", "201,8"):
// only text an OCR engine wrote is read so, once repaired (references-ocr.ts, GARBLED_DATE_WORDS).
// A leading zero typed apart from its digit ("tháng 0 6 năm 2018") is one figure: "0 d" is no other.
// So is a day whose second digit an engine glued to "tháng", the space set inside the figure
// ("ngày 2 2tháng 10"): the glued digit is the day's. Spaced on both sides ("tháng 1 2 năm") the
// figures stay apart: "1 2" could be 1 or 12 (dates-split-zero.test.ts).
export const DATE_FIGURE = '(0 [1-9]|(?:[12] \\d|3 [01])(?=th)|[^\\s]{0,6}?)';
const WORDY = new RegExp(`ngay\\s*${DATE_FIGURE}\\s*th[a-z]{0,2}ng\\s*${DATE_FIGURE}\\s*n[a-z]?m\\s*([0-9oilj]{4})${YEAR_FOOTNOTE}(?!\\d)`, 'g');
// "ngày 31 tháng 122024": the month and the year run together where a table cell's lines were
// joined (an OCR engine's or converter's tables), "năm" lost between them.
const RUN_TOGETHER = /ngay\s*(\d{1,2})\s*thang\s*(1[0-2]|0?[1-9])((?:19|20)\d\d)(?!\d)/g;
// "07/4/2014", "30.4.1975", "1-2-2020"; also blank drafts "/...../2017".
const NUMERIC = /(?<![\d/])(\d{1,2}|[.…_]*)\s*([/.-])\s*(\d{1,2}|[.…_]*)\s*\2\s*(\d{4})(?!\d)/g;

/** OCR reads 0 as O or a slashed Ø and 1 as l, I or j: "l5" → "15", "O3" → "03", "3Ø" → "30" (folded, so lower case); needs a real digit. */
export function ocrDigits(token: string, digits = 1): string {
  if (!/^[0-9oøilj|]+$/.test(token) || (token.match(/\d/g) ?? []).length < digits) return token;
  return token.replace(/[oø]/g, '0').replace(/[ilj|]/g, '1');
}

/** A mark an OCR layer glued to a figure ("■4", "~8", "2■", "..2"): it may stand for a digit it hid, or for nothing. */
const GLUED_MARK = /^([^\p{L}\p{N}\s]*)(\p{N}{1,2})([^\p{L}\p{N}\s]*)$/u;

/**
 * A day or month with a mark glued to it, read only where the hidden digit could not change it:
 * a month "■4" is April whatever the mark hid (0 gives 04, 1 gives 14, no month), a day "~8"
 * could be 8, 18 or 28, so it is not read. Two figures already fill the field: the mark is debris.
 * The token as it stands otherwise.
 */
export function withoutGluedMark(token: string, part: 'day' | 'month'): string | null {
  const m = GLUED_MARK.exec(token);
  if (!m || (!m[1] && !m[3])) return token;
  const digits = m[2]!;
  // Punctuation beside a figure ("ngày 5, tháng") is typing, not a figure the layer lost; but a
  // blank's leader dots before it ("tháng..2") are a form filled by hand, the figure written on
  // them: an engine may have lost a digit of it (12 written, "..2" read), as behind any mark.
  const leader = /^[.…_]{2,}$/.test(m[1]!) || m[1] === '…';
  if (!leader && /^[.,;:]*$/.test(m[1]! + m[3]!)) return digits;
  if (digits.length === 2 || (m[1] && m[3])) return digits.length === 2 ? digits : null;
  const d = Number(digits);
  // A hidden digit before d makes 1d, 2d, 3d (days) or 1d (months); one after it, d0–d9.
  if (m[1]) return part === 'month' ? (d >= 3 ? digits : null) : null;
  return part === 'month' ? (d >= 2 ? digits : null) : d >= 4 ? digits : null;
}

/**
 * A day or month as one figure: the space an engine set inside it closed ("2 2" → "22"),
 * and a bracket read for the 1 that opens it (")2" → "12", "[8" → "18": the stroke of a 1 in a
 * bracket's shape); a bracket before no figure, or after one, stays (a glued mark, withoutGluedMark's).
 */
function splitFigure(text: string): string {
  return text.replace(/^(\d) (\d)$/, '$1$2').replace(/^[)[](?=\d)/, '1');
}

// Two figures, one a 1 read as a stroke (l, I, |, or "!": its dot the stroke's foot), maybe a
// mark glued after them ("ngày !7", "tháng 0|}"): both places are filled, so the mark is debris.
const STROKE_FIGURES = /^([0-9oilj|!]{2})[^\p{L}\p{N}\s]*$/u;

/** The two figures `token` reads as when one is a 1 read as a stroke; null when it is no such pair. */
function strokeFigures(token: string): string | null {
  const m = STROKE_FIGURES.exec(token);
  if (!m || !/\d/.test(m[1]!)) return null;
  const digits = m[1]!.replace(/o/g, '0').replace(/[ilj|!]/g, '1');
  return /^\d\d$/.test(digits) ? digits : null;
}

function assemble(dayText: string, monthText: string, yearText: string): Omit<ParsedDate, 'start' | 'end'> & { year: boolean } {
  const year = ocrDigits(yearText, 2);
  if (!/^(19|20)\d\d$/.test(year) && !/^\d{4}$/.test(yearText)) return { iso: null, partial: false, invalid: false, year: false };
  dayText = strokeFigures(splitFigure(dayText)) ?? withoutGluedMark(ocrDigits(splitFigure(dayText)), 'day') ?? '';
  monthText = strokeFigures(splitFigure(monthText)) ?? withoutGluedMark(ocrDigits(splitFigure(monthText)), 'month') ?? '';
  const day = /^\d{1,2}$/.test(dayText) ? Number(dayText) : null;
  const month = /^\d{1,2}$/.test(monthText) ? Number(monthText) : null;
  let invalid = false;
  let iso = year;
  if (month !== null && month >= 1 && month <= 12) {
    iso += `-${String(month).padStart(2, '0')}`;
    if (day !== null) {
      const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
      if (day >= 1 && day <= daysInMonth) iso += `-${String(day).padStart(2, '0')}`;
      else invalid = true;
    }
  } else if (month !== null) invalid = true;
  const partial = !invalid && (day === null || month === null);
  return { iso, partial, invalid, year: true };
}

const WORDY_AT = new RegExp(WORDY.source, 'y');
const NUMERIC_AT = new RegExp(NUMERIC.source, 'y');
const RUN_TOGETHER_AT = new RegExp(RUN_TOGETHER.source, 'y');
const STICKY = new Map<RegExp, RegExp>([
  [WORDY, WORDY_AT],
  [NUMERIC, NUMERIC_AT],
  [RUN_TOGETHER, RUN_TOGETHER_AT],
]);
/** Up to this many candidate starts are tried one by one rather than scanning the rest of the text. */
const NEAR_STARTS = 32;

/** The leftmost match of `re` starting in [from, maxStart]. */
function firstMatch(re: RegExp, sticky: RegExp, folded: string, from: number, maxStart: number): RegExpExecArray | null {
  if (maxStart - from <= NEAR_STARTS) {
    // A caller asking for a date right here (after "số …") must not pay for a scan of the whole document.
    const last = Math.min(maxStart, folded.length);
    for (let p = Math.max(0, from); p <= last; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(folded);
      if (m) return m;
    }
    return null;
  }
  re.lastIndex = from;
  const m = re.exec(folded);
  return m && m.index <= maxStart ? m : null;
}

/** The first date in `folded` (a foldVietnamese string) at or after `from`. */
export function findDate(folded: string, from = 0, maxStart = Infinity): ParsedDate | null {
  const found: ParsedDate[] = [];
  for (const re of [WORDY, NUMERIC, RUN_TOGETHER]) {
    const m = firstMatch(re, STICKY.get(re)!, folded, from, maxStart);
    if (!m) continue;
    const { year, ...parsed } =
      re === NUMERIC ? assemble(m[1]!.trim(), m[3]!.trim(), m[4]!) : assemble(m[1]!, m[2]!, m[3]!);
    if (!year) continue;
    // A bare "/…/2017" without any digit before the year is only a date after "ngày".
    found.push({ ...parsed, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  return found[0] ?? null;
}

/**
 * The date a day word opens at `at` ("ngày 03 tháng 12 năm 2025", "ngày 03/12/2025"), its span
 * starting at the word; null when the word opens none.
 */
export function dateAtDayWord(folded: string, at: number): ParsedDate | null {
  const wordy = findDate(folded, at, at);
  if (wordy && wordy.start === at) return wordy;
  const numeric = findDate(folded, at + 4, at + 6);
  return numeric && /^[\s/]*$/.test(folded.slice(at + 4, numeric.start)) ? { ...numeric, start: at } : null;
}


/** Parses a whole string as a date ("ngày 14 tháng 12 năm 2017", "10/12/2020"). */
export function parseVietnameseDate(folded: string): ParsedDate | null {
  return findDate(folded, 0);
}
