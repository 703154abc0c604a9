// The date after a cited number, in words or figures, past the stray marks of OCR and the scraps of a seal.
import { findDate, type ParsedDate } from '../shared/dates.js';

// A numeric date after a cited number and a day word an engine garbled ("58/2009/QĐ-TTg %rầy
// 16/4/2009", "106/2007/QĐ-BTC nay 20/12/2007", restored "năm"): before figures and slashes only
// "ngày" stands there. OCR text only.
// Words of the language that end so ("tại", "hai", "mai", "vay", "lại") are what they say.
export const GARBLED_DAY_WORD = /^[ \t]+(?!(?:tai|hai|mai|vay|lai|cai|sai|hay|tay|bay|may|quy)[ \t])(?:[^\s\d]{1,2}a[yi]|n[a-z]?[my]|ng[a-z]?[yi])[ \t]+(?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?!\d))/;

/** A cited document's month and year, without its day: "tháng 4 năm 2026". */
export const MONTH_YEAR = /^thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)/;

// "ngày", or OCR's "ngy", "ng&y", before a cited document's date.
const DAY_WORD_SHAPE = String.raw`ng[^\su]?y(?![a-z])`;

export const DAY_WORD = new RegExp(`^${DAY_WORD_SHAPE}`);

// A speck read as a letter between a cited number and its "ngày" ("11/2016/NĐ-C;Pa ngày 03 tháng 02
// năm 2016", the symbol's stray mark and its restorer's letter): one letter alone, no word of the
// language ("ở" folds to "o", "à" to "a" only after a word it answers, never after a number). OCR text only.
export const STRAY_LETTER_BEFORE_DAY_WORD = new RegExp(String.raw`^[ \t]*[a-np-z][ \t]+(?=${DAY_WORD_SHAPE})`);

// Lines of one to three stray marks between "ngày" and its figures: a watermark or stamp across the
// page, in the reading order of a layout text layer ("ngày\n   an\n   04/11/2013").
const STRAY_LINES = /^(?:\s*\n[ \t]*\S{1,3}(?=[ \t]*\n))*\s*/;

// The same marks once lines are joined: one short word before a whole numeric date ("ngày ăn 04/11/2013").
const STRAY_WORD = /^[a-z]{1,3}\s+(?=\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?!\d))/;

/** The date a "ngày" at `at` opens: in words ("ngày 5 tháng 6 năm 2020"), else in figures past stray marks. */
export function dateAfterDayWord(folded: string, at: number): ParsedDate | null {
  const wordy = findDate(folded, at, at);
  if (wordy && wordy.start === at) return wordy;
  const across = dateAcrossStrayLines(folded, at);
  if (across) return across;
  const from = numericDateFrom(folded, at);
  return findDate(folded, from, from + 2);
}

// "ngày l7\n   ,- H\n   tháng 6 năm 2026": a seal's scraps read as lines of their own between the
// day and "tháng" (a few marks and at most two letters each).
const STRAY_BEFORE_MONTH = /^(ng[^\su]?y[ \t]*\S{1,3})[ \t]*(?:\n[ \t]*[^\n\p{L}\d]{0,3}[a-z]{0,2}[ \t]*)+\n[ \t]*(?=th[a-z]{0,2}ng\s)/u;

/** The date in words whose day and month a seal's scraps part; its span from `at` to its year. */
function dateAcrossStrayLines(folded: string, at: number): ParsedDate | null {
  const m = STRAY_BEFORE_MONTH.exec(folded.slice(at, at + 240));
  if (!m) return null;
  const rest = at + m[0].length;
  const joined = `${m[1]} ${folded.slice(rest, rest + 30)}`;
  const date = findDate(joined, 0, 0);
  if (!date) return null;
  return { ...date, start: at, end: rest + date.end - m[1]!.length - 1 };
}

// Spaces, maybe one line break, then a whole date in figures: a layout row's date cell.
export const LAYOUT_GAP_TO_DATE = /^[ \t]+(?:\n[ \t]*)?(?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\d/]))|^[ \t]*\n[ \t]*(?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\d/]))/;

// A dump that dropped slashes as punctuation writes "ngày 26 02 2025": day, month and year apart.
const SPACED_DATE = new RegExp(String.raw`^${DAY_WORD_SHAPE}[ \t]+(\d{1,2})[ \t]+(\d{1,2})[ \t]+((?:19|20)\d\d)(?![\d/])`);

/** The date "ngày 26 02 2025" at `at` after a cited number, when its day and month are valid. */
export function spacedDate(folded: string, at: number): { iso: string; end: number } | null {
  const m = SPACED_DATE.exec(folded.slice(at, at + 24));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { iso: `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, end: at + m[0].length };
}

/** Where the figures of "ngày 04/11/2013" may start: after the word, stray marks and spaces. */
function numericDateFrom(folded: string, at: number): number {
  let from = at + DAY_WORD.exec(folded.slice(at, at + 5))![0].length;
  from += STRAY_LINES.exec(folded.slice(from, from + 60))![0].length;
  return from + (STRAY_WORD.exec(folded.slice(from, from + 24))?.[0].length ?? 0);
}

// The unit above a local issuer, after a comma ("của UBND xã Yên Thành, tỉnh Lào Cai ngày …", "…, huyện
// Nghi Xuân, tỉnh Hà Tĩnh ngày …"): part of the issuer's name as printed, not the end of the citation.
// A name of one to four words, then the next unit or the day word.
const UNIT_ABOVE = String.raw`(?:\s*,\s*(?:tinh|thanh pho|huyen|quan|thi xa)\s+[a-z]+(?:\s+[a-z]+){0,3}?(?=\s*,|\s+(?:${DAY_WORD_SHAPE}|(?:moi|da|duoc|ban hanh|ky|thong qua)\s))){0,2}`;

// The verb, if any, between an issuer and the "ngày" of its document's date ("mới ban hành ngày").
export const AFTER_ISSUER_DATE = new RegExp(String.raw`^${UNIT_ABOVE}\s*,?\s*(?:(?:moi|da|duoc)\s+){0,2}(?:ban hanh|ky|thong qua)?\s*(?=${DAY_WORD_SHAPE})`);

// "Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP": the date opens the sentence,
// or the clause after a comma ("Để triển khai …, ngày 10/11/2025, Sở Nội vụ đã ban hành Công văn số …"),
// the comma after the date often left out ("…, ngày 08/9/2025 Sở Tư pháp ban hành Công văn số …"):
// then within one clause (no comma before the verb: "Ngày 20/11/2025 tổ chức hội nghị, các đơn vị có
// Báo cáo số …" does not date the report). A list's bullet may stand before it, as printed ("-", "+",
// "•") or as OCR reads a round one ("*", "*#"). A clause joined by "và" opens as well ("…, Ban đã không
// làm việc và ngày 05/9/2011, Ban đã ra Quyết định số 26/QĐ-KCN"), and a body "ra" (issues) a
// document as it "ban hành" one; a verb as a word of its own ("kiểm tra Báo cáo số …", "thanh tra Kế
// hoạch …" end in "ra" but date an inspection, not the document).
const DATE_OPENS_SENTENCE = /(?:^|[.;:,\n|]\s*|\s(?:va|roi)\s+)(?:[-+•*#]\s*){0,2}ngay\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})(?:\s*,\s*[^.;:\n]{0,80}?|\s+[^.;:,\n]{0,80}?)(?<![a-z])(?:ban hanh|thong qua|co|ky|ra)\s*$/;

export function dateBefore(folded: string, start: number): string | null {
  const m = DATE_OPENS_SENTENCE.exec(folded.slice(Math.max(0, start - 140), start));
  if (!m) return null;
  return (findDate(m[1]!, 0, 0) ?? findDate(`ngay ${m[1]!}`, 0, 0))?.iso ?? null;
}
