// Running page headers and footers inside a task table. A PDF's text layer puts the gazette's
// or the office's page line ("CÔNG BÁO/Số 333/Ngày 16-06-2026<tab>92") at the top of every page,
// between a row cut by the page break and its continuation: read as a row, it becomes a task of
// its own and cuts the real row in two. Such a line opens a page, carries a number (the page's),
// and reads the same on many pages once its digits are set aside.
import type { SourceLine } from './tsv-table.js';

/** Pages a line must open, digits aside, to be the running header: a table's own rows never repeat so. */
const MIN_PAGES = 3;
const MAX_LENGTH = 160;

const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * The lines that are page furniture: each opens a page (`pageStart`), holds a digit, is short,
 * and its digit-free form opens at least MIN_PAGES pages. Linear in the number of lines.
 */
export function pageFurniture(lines: readonly SourceLine[]): Set<SourceLine> {
  const candidates = lines.filter((l) => l.pageStart && /\d/.test(l.text) && l.text.trim().length <= MAX_LENGTH);
  const counts = new Map<string, number>();
  for (const l of candidates) counts.set(key(l.text), (counts.get(key(l.text)) ?? 0) + 1);
  return new Set(candidates.filter((l) => (counts.get(key(l.text)) ?? 0) >= MIN_PAGES));
}
