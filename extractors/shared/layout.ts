// Lines and cells of text.normalized with their offsets. Two-column headers and signature
// blocks arrive as tab-separated cells on one line (or as lines of their own), so the header,
// signature and recipients readers look at cells, not lines.
import { foldVietnamese } from '../../normalizers/fold.js';

export interface Cell {
  text: string;
  /** foldVietnamese(text): same offsets. */
  folded: string;
  start: number;
  end: number;
  /** Index of the line the cell is on. */
  line: number;
}

/** Non-empty, trimmed cells of text[from, to), split at tabs, runs of four spaces and line breaks (and form feeds). */
export function cellsOf(text: string, from = 0, to = text.length): Cell[] {
  const cells: Cell[] = [];
  // Folding is per character: the slice's fold lines up with the slice.
  const folded = foldVietnamese(text.slice(from, to));
  let line = 0;
  // Columns laid out with spaces (text extracted from PDFs) are cells too: a run of four or more.
  const re = /(?:[^\t\n\f ]| {1,3}(?=[^\t\n\f ]))+|\n|\f/g;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) {
    if (m[0] === '\n' || m[0] === '\f') {
      line++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = from + m.index! + lead;
    cells.push({ text: body, folded: folded.slice(start - from, start - from + body.length), start, end: start + body.length, line });
  }
  return cells;
}

/** True when the text has letters and none of them is lower case ("KẾ HOẠCH", "TM. HỘI ĐỒNG"). */
export function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Mostly capitals: OCR'd headings mix in a few lower-case letters ("HOI dong thi dua"). */
export function isMostlyUpperCase(text: string): boolean {
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  return upper > 0 && upper >= lower;
}

/** Collapses white space to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
