// The words of a date: every document writes its date, and most of its citations, as "ngày 12 tháng 3
// năm 2021", and a garbling engine reads those three short words as anything ("ngdy", "thimg", "tlking",
// "rdm", "nirm"), while the figures between them come through. The figures tell the slots apart where the
// letters cannot: a short word followed by a figure of one or two digits, a word and a year (1900-2099)
// is "tháng" (when it opens with the t engines keep); the word before a year, after "… <1-2 digits>", is "năm"; the word before a day, a month
// word, a month and a year is "ngày". Such a word's other readings lose DATE_WORD_BIAS, and the date word
// joins them at DATE_WORD_COST when the channel did not reach it. The model cannot see this frame: the
// figures are no syllables to it. A word correctly marked, or longer than a date word misread, stays as read.
import { hasVietnameseMarks } from '../fold.js';
import { UNK, type SyllableLM } from './lm.js';
import { leanToAdded, type Placed } from './placed.js';

/** log10 units the other readings of a date word lose. */
export const DATE_WORD_BIAS = 3;
/** Cost (log10) of the date word added to a word whose channel did not reach it. */
export const DATE_WORD_COST = 1;

/** A date word as a garbling engine writes it: a letter, then two to five letters, a digit or a stray mark among them ("th6ng", "tlking"). */
const WORD = String.raw`\p{L}[\p{L}\d{}|\\$@~*€]{2,5}`;
/** A day, handwritten and misread at times ("7L", "2j"); a month; a year. */
const DAY = String.raw`\d[\p{L}\d]{0,2}`;
const MONTH = String.raw`\d{1,2}`;
const YEAR = String.raw`(?:19|20)\d\d(?!\d)`;

/** After "năm": its year (run into it or not). */
const AFTER_YEAR_WORD = new RegExp(String.raw`^\s*${YEAR}`, 'u');
/** Before "năm": a word and a month ("tháng 9 "). */
const BEFORE_YEAR_WORD = new RegExp(String.raw`(?:^|\s)${WORD}\s+${MONTH}\s*$`, 'u');
/** After "tháng": a month, a word and a year. */
const AFTER_MONTH_WORD = new RegExp(String.raw`^\s*${MONTH}\s+${WORD}\s*${YEAR}`, 'u');
/** After "ngày": a day, a word, a month, a word and a year. */
const AFTER_DAY_WORD = new RegExp(String.raw`^\s*${DAY}\s+${WORD}\s*${MONTH}\s+${WORD}\s*${YEAR}`, 'u');

/** A word that may be a misread date word: letters (a digit or mark among them allowed), no correct mark. */
const CANDIDATE = /^\p{L}[\p{L}\d{}|\\$@~*€]{2,5}$/u;

/** How a misread "tháng" opens: its t, then its h or a stroke or glyph an engine read for the h. */
const MONTH_WORD_ONSET = /^[tT][hHlI1|!\d{}\\$@~*€]/u;
/** Fewest characters of a misread "tháng" ("thdng", "than", "tlking"). */
const MONTH_WORD_LETTERS = 4;

export type DateWord = 'ngày' | 'tháng' | 'năm';

/** Which date word the word at [start, end) of `line` stands for, by the figures around it, or null. */
export function dateWordAt(line: string, start: number, end: number): DateWord | null {
  const word = line.slice(start, end);
  if (!CANDIDATE.test(word) || hasVietnameseMarks(word)) return null;
  // Bounded looks: a date's frame is a few dozen characters, whatever the line's length.
  const after = line.slice(end, end + 48);
  const before = line.slice(Math.max(0, start - 16), start);
  if (AFTER_YEAR_WORD.test(after) && BEFORE_YEAR_WORD.test(before)) return 'năm';
  // Other short words stand before a figure and a year too ("kỳ 2 năm 2021", "Quý 3 năm 2023"): only a
  // word that keeps the t of "tháng" (every engine reads that onset) is taken for it.
  // Nor a three-letter word ("dự kiến thu 03 năm 2025-2027": a count of years): every misread tháng keeps four letters or more.
  // Its h, or a stroke or glyph for it ("tlking", "t1ang"): a vowel or an r after the t is another word's
  // ("Tuần 3 năm 2024", "tiết 3", "trong 2 năm 2020", "tổng 2 năm").
  if (AFTER_MONTH_WORD.test(after) && MONTH_WORD_ONSET.test(word) && word.length >= MONTH_WORD_LETTERS) return 'tháng';
  if (AFTER_DAY_WORD.test(after)) return 'ngày';
  return null;
}

/** Lean the words of a line's placed readings that stand in a date's frame to their date word. */
export function readDateWords(lm: SyllableLM, placed: Placed[], line: string): void {
  for (const p of placed) {
    if (p.reading.from !== 0 || p.reading.to !== p.text.length) continue;
    const form = dateWordAt(line, p.start, p.end);
    if (form === null) continue;
    const id = lm.id(form);
    if (id === UNK) continue;
    leanToAdded(p, form, id, DATE_WORD_COST, DATE_WORD_BIAS);
  }
}

/** A date word run into the figure after it ("thimg9", "ngdy7L", "thtug7"): the word, the figure (a misread letter after it). */
const WORD_THEN_FIGURE = /^(\p{L}[\p{L}\d]*\p{L})\d{1,2}\p{L}?$/u;

/**
 * Where a date word run into its figure is cut from it (glued-words.ts cuts words run together), or
 * -1: only where the word stands in a date's frame, so a word with a glyph for its last vowel ("thu6",
 * "kh6") or a code ("KH2") is never cut.
 */
export function dateWordCut(line: string, start: number, text: string): number {
  const m = WORD_THEN_FIGURE.exec(text);
  if (!m) return -1;
  const cut = m[1]!.length;
  return dateWordAt(line, start, start + cut) !== null ? cut : -1;
}
