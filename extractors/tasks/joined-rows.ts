// Task tables as document-to-text converters write them: one table row a line, its cells joined
// by " | " with no pipe at either edge ("TT | Nội dung công việc | Cơ quan chủ trì | … | Thời gian"
// then "1 | Hoàn thành … | Bộ Tài nguyên và Môi trường | … | Quý III năm 2022"). An empty cell
// stays between its pipes, so a row whose first cell was merged down from the row above opens
// with " | " and a row ending in empty cells ends with "|  | ". The markdown reader (pipe-table.ts)
// wants a pipe at both edges and the crawl reader a cell a line: neither reads these rows.
//
// A run of such lines is a table when its first line is a task header (columns.ts); it ends at
// the first line without a pipe (a blank line between two rows excepted). A header of two levels ("… | Thực hiện" over " |  |  | Đơn vị chủ
// trì | Đơn vị phối hợp": the last cell split in two under it) is read as one row, each lower cell
// naming its column and the cells above the empty ones naming theirs.
import { headerRoles } from './columns.js';
import type { SourceLine } from './tsv-table.js';

export interface JoinedCell {
  text: string;
  start: number;
  end: number;
}

export interface JoinedTables {
  /** Each table's rows of cells, the header first, by the index of its header's line. */
  tables: Map<number, JoinedCell[][]>;
  /** The indexes of the lines the tables were read from. */
  lines: Set<number>;
}

/** Every table of joined rows in the lines (see the file's comment). */
export function joinedRowTables(lines: readonly SourceLine[]): JoinedTables {
  const tables = new Map<number, JoinedCell[][]>();
  const used = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    const first = lines[at]!;
    if (!opensJoinedTable(first.text)) continue;
    const header = joinedCells(first);
    if (!headerRoles(header.map((c) => c.text))) continue;
    const rows: JoinedCell[][] = [header];
    let width = pipesIn(first.text);
    used.add(at);
    let next = at + 1;
    for (; next < lines.length; next++) {
      const text = lines[next]!.text;
      // A converter that writes a paragraph a row puts a blank line between rows: the table goes on
      // over it to a row of as many cells, unless that row is the header of another table.
      if (!text.trim() && continuesTable(lines[next + 1]?.text, header.length)) continue;
      if (!text.includes('|') || !text.trim()) break;
      width = Math.max(width, pipesIn(text));
      const last = wrappedRowEnd(lines, next, width);
      rows.push(joinedCells(joinedLines(lines, next, last)));
      for (let k = next; k <= last; k++) used.add(k);
      next = last;
    }
    tables.set(at, withLowerHeader(rows));
    at = next - 1;
  }
  return { tables, lines: used };
}

// A line that opens a row of its own: a row number (1, 1.2, IV, a) or an empty merged cell first.
const ROW_OPENING = /^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?\s*)?\|/u;
// How many lines a wrapped row may take after its first.
const MAX_WRAPPED_LINES = 8;

/**
 * The index of the last line of the row that opens at `at`: a cell the source wrapped over lines
 * leaves the row's first line short of pipes, and its next lines (no row of their own) bring the
 * rest. The row takes them only when they make it whole (`width` pipes); a short row nothing
 * completes, such as a group heading or a row without its last empty cell, stays one line.
 */
function wrappedRowEnd(lines: readonly SourceLine[], at: number, width: number): number {
  let pipes = pipesIn(lines[at]!.text);
  for (let k = at + 1; k <= at + MAX_WRAPPED_LINES && k < lines.length && pipes < width; k++) {
    const line = lines[k]!;
    const previous = lines[k - 1]!;
    if (!line.text.trim() || ROW_OPENING.test(line.text) || line.start === null || previous.start === null) return at;
    if (line.start !== previous.start + previous.text.length + 1) return at;
    pipes += pipesIn(line.text);
    if (pipes > width) return at;
    if (pipes === width) return k;
  }
  return at;
}

/** Lines `from`..`to` (next to each other in the text) as one line, their line breaks kept. */
function joinedLines(lines: readonly SourceLine[], from: number, to: number): SourceLine {
  if (from === to) return lines[from]!;
  return { text: lines.slice(from, to + 1).map((l) => l.text).join('\n'), start: lines[from]!.start };
}

function pipesIn(text: string): number {
  return text.match(/\|/g)?.length ?? 0;
}

/** Whether `text` is a further row of a table of `cells` cells (one fewer allowed), and no task header of its own. */
function continuesTable(text: string | undefined, cells: number): boolean {
  if (!text || (!opensJoinedTable(text) && !text.trim().startsWith('|'))) return false;
  const row = text.split('|').map((c) => c.trim());
  return row.length >= cells - 1 && !headerRoles(row);
}

/** A header line of joined cells: three cells or more, no pipe at its start (a markdown row has one). */
function opensJoinedTable(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.startsWith('|') && pipesIn(trimmed) >= 2;
}

/** The cells of a line, empty ones kept, each with its offsets. */
function joinedCells(line: SourceLine): JoinedCell[] {
  return pipeCells(line.text, line.start ?? 0);
}

/** The cells of `text` between its pipes, trimmed, empty ones kept; `offset` is where `text` starts. */
export function pipeCells(text: string, offset: number): JoinedCell[] {
  const cells: JoinedCell[] = [];
  let from = 0;
  for (const part of text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const cell = part.trim();
    cells.push({ text: cell, start: offset + from + lead, end: offset + from + lead + cell.length });
    from += part.length + 1;
  }
  return cells;
}

/**
 * The header with its lower level folded in: the row under it opens with an empty cell, has more
 * cells than the header, and with its cells over the header's (an empty one taking the header's)
 * still reads as a task header.
 */
function withLowerHeader(rows: JoinedCell[][]): JoinedCell[][] {
  const [upper, lower] = rows;
  if (!upper || !lower || lower[0]!.text || lower.length <= upper.length) return rows;
  const merged = lower.map((cell, i) => (cell.text ? cell : (upper[i] ?? cell)));
  const upperRoles = headerRoles(upper.map((c) => c.text))!;
  const roles = headerRoles(merged.map((c) => c.text));
  if (!roles || roles.filter(Boolean).length <= upperRoles.filter(Boolean).length) return rows;
  return [merged, ...rows.slice(2)];
}
