// Task tables as OCR dumps write them: every cell a line of its own, the header's column names
// one per line ("TT" / "Nội dung nhiệm vụ" / "Cơ quan chủ trì" / "Cơ quan phối hợp" / "Thời
// gian"), then each row's number and its cells, line after line. Normalisation may have run a
// row's number onto the line before it ("Quý I/2024 2"), as it reads a wrapped sentence.
//
// The rows are rebuilt as tab-separated lines for tsv-table.ts, as layout-table.ts does for
// tables laid out with spaces:
// - the header is three to eight consecutive short lines that columns.ts reads as a task table's
//   header, the first one the index column;
// - the row numbers, which must follow each other (1, 2, 3 …), cut the lines into rows;
// - a row with as many cells as the header has columns after the index maps cell to column; a
//   row with more lines than that has a cell wrapped over them: the content column takes the
//   extra lines (the columns after it are read from the row's end); a row with fewer is given
//   its cells from the start and the deadline, when its last cell reads as one.
// A blank line, a heading, the signature or a line too long for a cell ends the table.
//
// Legal websites copy such a table with its header alone as a markdown row ("| TT | Nội dung |
// Cơ quan chủ trì | Cơ quan phối hợp |", its rule row under it, a last header cell fallen onto
// the next line) and the body one cell per line: the header row is read as its cells, one per
// line, and a body cell, a whole paragraph on one line, may be long. Rows of a group ("1" then
// its heading) are lettered "a)", "b)" … on lines of their own or run onto the line before.
import { headerRoles, type ColumnRole } from './columns.js';
import type { SourceLine } from './tsv-table.js';
import { foldVietnamese } from '../../normalizers/fold.js';

/** Columns a header of cell lines may have, the index column included. */
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;
/** A header cell is a few words; a longer line is prose. */
const HEADER_CELL_CHARS = 40;
/** A body cell may wrap, but a line longer than this is prose, not a cell. */
const CELL_CHARS = 160;
/** A web copy's body cell is its whole paragraph on one line. */
const WEB_CELL_CHARS = 600;
/** A markdown table row "| … | … |" and the rule row under a markdown header ("| --- | --- |"). */
const MARKDOWN_ROW = /^\s*\|(.*)\|\s*$/;
const MARKDOWN_RULE = /^\s*\|[\s:|\-]+\|\s*$/;
/** Letters of sub-rows in their order ("a)", "b)" … "đ)", "e)", "g)": no "f", "j", "w", "z"). */
const SUB_LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** A sub-row's letter alone ("a)"), or run onto the end of the line before it ("… Nghị định a)"). */
const SUB_ROW = /^([a-zđ])\)$/u;
const GLUED_SUB_ROW = /\s([a-zđ])\)$/u;
/** Words a letter in brackets belongs to ("điểm a)", "mục b)"): a citation, not a sub-row. */
const LETTERED_WORD = /(?:^|\s)(?:diem|muc|khoan|tiet)$/;
/** The index column's header cell, folded: "TT", "STT", "Số TT". */
export const INDEX_CELL = /^(?:s\.?\s?tt|tt|so tt|stt)\.?$/;
/** A row number alone ("3", "3."), or run onto the end of the line before it ("Quý I/2024 3"). */
const ROW_NUMBER = /^(\d{1,4})[.)]?$/;
const GLUED_NUMBER = /\s(\d{1,4})[.)]?$/;
/** What ends the table: a heading ("II. …", matched on the folded, lower-case line), the signature or the recipients. */
const TABLE_END = /^(?:[ivxlc]{1,5}[.)]\s|noi nhan|tm\.|kt\.|tl\.|t\/m)/;
/**
 * A short row's last cell that reads as a deadline: a date word with its figure ("Tháng 6",
 * "năm 2025", "Quý II"), "trước …", "hằng tháng", "thường xuyên". Words alone are names too
 * ("Ngân hàng", "Việt Nam").
 */
const DEADLINE_CELL = /(?:^|\s)(?:thang\s*\d|quy\s+(?:[ivx]+|\d)\b|nam\s+\d{4}|truoc\b|tuan\s*\d|ha[nm]g\s+(?:thang|nam|quy|tuan|ngay)|thuong xuyen|dinh ky|ngay\s+\d)|\d{1,2}\/(?:19|20)?\d\d/;
/** Words a figure belongs to ("Quận 2", "Tổ 3", "Tháng 3"): the figure is theirs, not a row number run on. */
const NUMBERED_WORD = /(?:^|\s)(?:quan|phuong|to|khu pho|khu|thon|ap|ban|xom|doi|thang|quy|khoa|dieu|khoan|lan|so|nam|dot|giai doan|muc|phu luc)$/;

interface HeaderFound {
  /** Index of the header's first line. */
  at: number;
  roles: Array<ColumnRole | null>;
  /** A row number run onto the header's last line ("Thời gian 1"). */
  gluedFirst: boolean;
}

function trimmed(line: SourceLine): string {
  return line.text.trim();
}

/** The header whose first line is lines[at], or null. */
function headerAt(lines: readonly SourceLine[], at: number): HeaderFound | null {
  const first = foldVietnamese(trimmed(lines[at]!)).toLowerCase();
  if (!INDEX_CELL.test(first)) return null;
  const cells: string[] = [trimmed(lines[at]!)];
  for (let i = at + 1; i < lines.length && cells.length < MAX_COLUMNS; i++) {
    const text = trimmed(lines[i]!);
    if (!text || text.length > HEADER_CELL_CHARS) break;
    const glued = GLUED_NUMBER.exec(text);
    // "Thời gian 1": the last header cell with the first row's number run onto it.
    if (glued && glued[1] === '1' && cells.length + 1 >= MIN_COLUMNS) {
      const roles = headerRoles([...cells, text.slice(0, glued.index)]);
      if (roles) return { at, roles, gluedFirst: true };
    }
    if (ROW_NUMBER.test(text)) break;
    cells.push(text);
  }
  if (cells.length < MIN_COLUMNS) return null;
  const roles = headerRoles(cells);
  return roles ? { at, roles, gluedFirst: false } : null;
}

/** A line that opens an item of a list inside a cell: "- Phụ trách chung …", "-Giúp …", "+ …", "• …". */
const BULLET = /^[-–•+]\s*(?=\p{L})/u;

/**
 * The row's lines grouped into the cells they can be: a run of list items ("- …" each on its
 * line, as a Word cell's paragraphs come out), with a line ending in a colon that heads it, is
 * one cell; any other line is a cell of its own. Items are written "- …" with the space the
 * content readers cut the items at.
 */
function pieces(cells: readonly string[]): Array<{ text: string; list: boolean }> {
  const out: Array<{ text: string; list: boolean }> = [];
  for (const cell of cells) {
    const item = BULLET.exec(cell);
    const last = out.at(-1);
    if (!item) {
      out.push({ text: cell, list: false });
      continue;
    }
    const text = `- ${cell.slice(item[0].length)}`;
    if (last && (last.list || /:$/.test(last.text))) {
      last.text = `${last.text} ${text}`;
      last.list = true;
    } else out.push({ text, list: true });
  }
  return out;
}

/**
 * A row whose content cell holds a list of items, one line each, with one more line than the
 * columns before it: the list is the content cell; the lines before it fill the columns before
 * it, the one next to the content taking any line more (a post or a unit wrapped over two lines);
 * the lines after it fill the columns after it the same way. Null when the row has no list, or
 * too few lines on either side for it to be the content cell.
 */
function cellsAroundList(cells: readonly string[], width: number, content: number): string[] | null {
  const parts = pieces(cells);
  const list = parts.findIndex((p) => p.list);
  if (list < 0 || parts.slice(list + 1).some((p) => p.list)) return null;
  const before = parts.slice(0, list).map((p) => p.text);
  const after = parts.slice(list + 1).map((p) => p.text);
  const afterColumns = width - content - 1;
  if (before.length < content || after.length < afterColumns) return null;
  // Before the content: the column next to it takes the extra lines; after it, the first column after it.
  const head = content ? [...before.slice(0, content - 1), before.slice(content - 1).join(' ')] : before.length ? null : [];
  const tail = afterColumns ? [after.slice(0, after.length - afterColumns + 1).join(' '), ...after.slice(after.length - afterColumns + 1)] : after.length ? null : [];
  if (!head || !tail) return null;
  return [...head, parts[list]!.text, ...tail];
}

/** The cells of one row mapped onto the header's columns after the index. */
function rowCells(cells: readonly string[], roles: ReadonlyArray<ColumnRole | null>): string[] {
  const width = roles.length - 1;
  const content = roles.indexOf('content') - 1;
  if (cells.length > width && content >= 0) {
    const around = cellsAroundList(cells, width, content);
    if (around) return around;
  }
  if (cells.length === width) return [...cells];
  if (cells.length > width && content >= 0) {
    // The content cell wrapped: it takes every line the columns after it leave.
    const after = width - content - 1;
    const cut = cells.length - after;
    return [...cells.slice(0, content), cells.slice(content, cut).join(' '), ...cells.slice(cut)];
  }
  const out = new Array<string>(width).fill('');
  const deadline = roles.indexOf('deadline') - 1;
  let rest = [...cells];
  if (deadline >= 0 && rest.length > 1 && DEADLINE_CELL.test(foldVietnamese(rest.at(-1)!).toLowerCase())) {
    out[deadline] = rest.at(-1)!;
    rest = rest.slice(0, -1);
  }
  let k = 0;
  for (let i = 0; i < width && k < rest.length; i++) if (i !== deadline) out[i] = rest[k++]!;
  return out;
}

/** Rows of the cell-line tables of the text, as tab-separated lines (the header first). */
export function cellLineTableRows(source: readonly SourceLine[]): SourceLine[] {
  const { lines, web } = withMarkdownHeadersAsCells(source);
  const out: SourceLine[] = [];
  let spaced: Spaced | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!INDEX_CELL.test(foldVietnamese(trimmed(lines[i]!)).toLowerCase())) continue;
    // Cells a blank line apart (docx2txt, web copies write each paragraph so): the table is read
    // with those single blank lines left out, once for the whole text.
    const blankAfter = !trimmed(lines[i + 1] ?? { text: 'x', start: null });
    if (blankAfter) spaced ??= withoutSingleBlanks(lines);
    const view = blankAfter ? spaced!.lines : lines;
    const at = blankAfter ? spaced!.indexOf.get(i)! : i;
    const table = tableAt(view, at, web.has(lines[i]!) ? WEB_CELL_CHARS : CELL_CHARS);
    if (!table) continue;
    out.push(...table.rows);
    i = Math.max(i, (blankAfter ? (spaced!.original[table.next] ?? lines.length) : table.next) - 1);
  }
  return out;
}

/**
 * The lines with each markdown header row over a body of cell lines ("| TT | Nội dung … |", its
 * rule row, then a line without pipes) written as its cells, one line each, the rule row left
 * out; `web` holds the first line of each such header. A markdown table whose rows follow in
 * pipes is the pipe-table reader's and stays as it is.
 */
function withMarkdownHeadersAsCells(lines: readonly SourceLine[]): { lines: readonly SourceLine[]; web: Set<SourceLine> } {
  const web = new Set<SourceLine>();
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const row = MARKDOWN_ROW.exec(line.text);
    const cells = row ? row[1]!.split('|') : null;
    const first = cells ? foldVietnamese(cells[0]!.trim()).toLowerCase() : '';
    if (!cells || !INDEX_CELL.test(first)) {
      out?.push(line);
      continue;
    }
    const rule = MARKDOWN_RULE.test(lines[i + 1]?.text ?? '') ? 1 : 0;
    const after = lines[i + 1 + rule];
    if (!after || after.text.includes('|') || !after.text.trim()) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    let offset = line.text.indexOf('|') + 1;
    cells.forEach((cell, k) => {
      const lead = cell.length - cell.trimStart().length;
      const start = line.start === null ? null : line.start + offset + lead;
      const header: SourceLine = { text: cell.trim(), start };
      if (k === 0) web.add(header);
      out!.push(header);
      offset += cell.length + 1;
    });
    i += rule;
  }
  return { lines: out ?? lines, web };
}

interface Spaced {
  lines: SourceLine[];
  /** The index in `lines` of each kept line, by its index in the text's lines. */
  indexOf: Map<number, number>;
  /** The index in the text's lines of each kept line. */
  original: number[];
}

/** The lines without each blank line that stands alone between two lines of text (two blank lines in a row stay, as one). */
function withoutSingleBlanks(lines: readonly SourceLine[]): Spaced {
  const out: Spaced = { lines: [], indexOf: new Map(), original: [] };
  for (let k = 0; k < lines.length; k++) {
    const blank = !trimmed(lines[k]!);
    if (blank && k > 0 && trimmed(lines[k - 1]!) && trimmed(lines[k + 1] ?? { text: '', start: null })) continue;
    if (blank && k > 0 && !trimmed(lines[k - 1]!)) continue;
    out.indexOf.set(k, out.lines.length);
    out.original.push(k);
    out.lines.push(lines[k]!);
  }
  return out;
}

/** The table whose header opens at lines[at], as tab-separated rows (the header first), and the index of the line after it. */
function tableAt(lines: readonly SourceLine[], at: number, cellChars: number): { rows: SourceLine[]; next: number } | null {
  const header = headerAt(lines, at);
  if (!header) return null;
  const width = header.roles.length;
  const headerEnd = header.at + width - 1;
  const headerLines = lines.slice(header.at, headerEnd + 1);
  const headerCells = headerLines.map(trimmed);
  if (header.gluedFirst) headerCells[width - 1] = headerCells[width - 1]!.replace(GLUED_NUMBER, '');
  const rows: SourceLine[] = [];
  let expected = header.gluedFirst ? 2 : 1;
  // The row being read: its label is its number, or its group's number and its letter ("2.b").
  let current: { label: string; cells: string[]; start: number | null; end: number | null } | null = header.gluedFirst
    ? { label: '1', cells: [], start: lines[headerEnd + 1]?.start ?? null, end: null }
    : null;
  // The letter the next sub-row of the current group would have.
  let letter = 0;
  const flush = () => {
    if (current && current.cells.length) {
      const cells = rowCells(current.cells, header.roles);
      rows.push({ text: [current.label, ...cells].join('\t'), start: current.start, ...(current.end !== null ? { end: current.end } : {}) });
    }
  };
  const group = () => current!.label.split('.')[0]!;
  let j = headerEnd + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const text = trimmed(line);
    if (!text || text.length > cellChars || TABLE_END.test(foldVietnamese(text).toLowerCase())) break;
    const end = line.start === null ? null : line.start + line.text.length;
    const alone = ROW_NUMBER.exec(text);
    if (alone && Number(alone[1]) === expected) {
      flush();
      current = { label: String(expected++), cells: [], start: line.start, end };
      letter = 0;
      continue;
    }
    if (!current) break;
    const sub = SUB_ROW.exec(text);
    if (sub && sub[1] === SUB_LETTERS[letter]) {
      flush();
      current = { label: `${group()}.${SUB_LETTERS[letter++]}`, cells: [], start: line.start, end };
      continue;
    }
    // "Quý III, IV/2026 b)": the next sub-row's letter run onto the last cell of the row before.
    const gluedSub = GLUED_SUB_ROW.exec(text);
    if (gluedSub && gluedSub[1] === SUB_LETTERS[letter] && !LETTERED_WORD.test(foldVietnamese(text.slice(0, gluedSub.index)).toLowerCase())) {
      current.cells.push(text.slice(0, gluedSub.index).trim());
      current.end = line.start === null ? null : line.start + line.text.indexOf(text) + gluedSub.index;
      flush();
      current = { label: `${group()}.${SUB_LETTERS[letter++]}`, cells: [], start: line.start === null ? null : line.start + line.text.indexOf(text) + gluedSub.index + 1, end: null };
      continue;
    }
    const glued = GLUED_NUMBER.exec(text);
    // "Quý 2" then "2" alone: the number on its own line is the row's, the cell keeps its figure;
    // so does the table's last line ("Quý 3" with nothing after it), which opens no row.
    const next = trimmed(lines[j + 1] ?? { text: '', start: null });
    const nextAlone = ROW_NUMBER.exec(next);
    const ownsFigure = glued !== null && NUMBERED_WORD.test(foldVietnamese(text.slice(0, glued.index)).toLowerCase().trimEnd());
    if (glued && !ownsFigure && Number(glued[1]) === expected && next && !(nextAlone && Number(nextAlone[1]) === expected)) {
      current.cells.push(text.slice(0, glued.index).trim());
      current.end = line.start === null ? null : line.start + line.text.indexOf(text) + glued.index;
      flush();
      current = { label: String(expected++), cells: [], start: lines[j + 1]?.start ?? null, end: null };
      letter = 0;
      continue;
    }
    current.cells.push(text);
    current.end = end;
  }
  flush();
  // One row is a stray number under a header, not a table.
  if (rows.length < 2) return null;
  const headerRow: SourceLine = { text: headerCells.join('\t'), start: lines[header.at]!.start, end: lines[headerEnd]!.start === null ? undefined : lines[headerEnd]!.start! + lines[headerEnd]!.text.length };
  return { rows: [headerRow, ...rows], next: j };
}
