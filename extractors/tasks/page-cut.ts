// The rest of a task-table row that a page break cut, when its content opens with a capital or a
// figure. A page break may fall inside a name or a date ("… tại" / "Việt Nam theo hướng thống
// nhất …", "… Công văn số 59-CV/BCĐ ngày" / "12 tháng 9 năm 2025 …"): the continuation then
// looks like a row of its own (no number, content in capitals), but its other cells give it away
// – each carries on a cell of the row above that was cut mid-phrase ("Ủy ban nhân dân các tỉnh,
// thành" / "phố trực thuộc trung ương"). A row that names its own units ("Bộ Tài chính"), or
// fills no other cell, is not taken for a continuation here.
import type { ColumnRole } from './columns.js';

/** A cell that ends a sentence or a list item: nothing of it carries over to the next page. */
const CLOSED = /[.;!?…:][”"’)]*\s*$/;

type Cells = Partial<Record<ColumnRole, string>>;

const filled = (cell: string | undefined): string => (cell ?? '').replace(/\s+/g, ' ').trim();

/**
 * The row (no index, content opening with a capital or a figure) only carries on `previous`,
 * whose content it continues: the previous content was left open, and every other cell the row
 * fills opens in small letters (not with "các" or "và", which open units of their own) and
 * carries on a cell of `previous` that was left open too.
 */
export function carriesOnOpenCells(row: Cells, previous: Cells): boolean {
  const before = filled(previous.content);
  // A bullet or a dash opens a sub-row, never the rest of a sentence.
  if (!/^[\p{Lu}\d]/u.test(filled(row.content)) || !before || CLOSED.test(before)) return false;
  const others = (Object.keys(row) as ColumnRole[]).filter((role) => role !== 'content' && filled(row[role]));
  if (!others.length) return false;
  return others.every((role) => {
    const above = filled(previous[role]);
    const text = filled(row[role]);
    // "các sở, ngành liên quan", "và UBND …" open units of a row of their own.
    return role !== 'index' && /^\p{Ll}/u.test(text) && !/^(?:các|và)\s/u.test(text) && above !== '' && !CLOSED.test(above);
  });
}

/**
 * A cell cut by the page break carries on in small letters ("Đầu tư, nâng" / "cấp hạ tầng …"):
 * it is the same phrase, not a second value of the cell, whatever dates both halves name.
 */
export function carriesOnPhrase(after: string): boolean {
  return /^\p{Ll}/u.test(filled(after));
}
