// Task tables as web crawls render them in markdown: every cell on its own line or lines, a
// line holding only "|" between cells, two such lines in a row between rows ("|\n|"), header
// and group headings in **bold**. The wrapped-line normaliser sometimes joins a short cell to
// the pipe before it ("| 1"), and plain markdown tables keep a row on one line ("| 1 | … |").
//
// One pass over the lines cuts the text into tokens (the text between two pipes); a token
// holding a blank line followed by more text is prose between two tables and ends the table.
// Rows are then rebuilt from the tokens: an empty token closes a row once the next token opens
// one (an index "1", "1.1", "II", a group heading) or the row has all its columns, else it is
// an empty cell. The rows go through the same reader as tab-separated tables (tsv-table.ts), so
// header roles, group headings, sub-rows and deadlines follow one set of rules.
import type { TaskRow } from '../../output/schema.js';
import type { StageContext } from '../../output/stage.js';
import { parseDeadline } from '../shared/deadline.js';
import { headerRoles } from './columns.js';
import { cleanCell, startsBody, stripMarkup } from './units.js';
import { tasksFromTabbedLines, type SourceLine, type TableOptions } from './tsv-table.js';
import { joinedRowTables, pipeCells } from './joined-rows.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Row {
  cells: Token[];
}

/** "1", "1.1", "5.1.4", "II", "A", "III.1.2" as the whole of an index cell. */
const INDEX_CELL = /^(?:[IVXLC]{1,5}|[A-ZĐ]|\d{1,4})(?:\.\d{1,3}){0,3}[.)]?$/;
/** A row's number: "1", "12.", "2.3" (a year such as "2026" is no row number). */
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3}){0,3}[.)]?$/;
/** Indexes of groups rather than rows: "II", "B", "III.1". */
const GROUP_INDEX = /^(?:[IVXLC]{1,5}|[A-ZĐ])(?:\.\d{1,3}){0,3}[.)]?$/;
/** A group heading written in one cell: "I. NÂNG CAO NHẬN THỨC", "A. Nhiệm vụ chung". */
const HEADING_CELL = /^((?:[IVXLC]{1,5}|[A-ZĐ]))[.)]\s+(\S[\s\S]*)$/;
/** The index column's header: "TT", "STT", "Số TT". */
const INDEX_HEADER = /^(?:S\.?\s?TT|TT|Số TT|Số thứ tự)\.?$/i;
const DURATION = /^(?:trong\s+)?\d{1,3}(?:[/,.]\d{1,2})?\s*(?:ngày|giờ|tuần|tháng)(?:\s+làm việc)?\.?$/iu;
/** Page-break debris between two rows ("…..........."). */
const FILLER = /^[\s.…_\-–]*$/;
const MARKDOWN_ROW = /^\|(.*)\|\s*$/;
const MARKDOWN_RULE = /^\|[\s:|\-]+\|\s*$/;

/** Every pipe-cell table of the text as rows of cells, each cell with its span. */
export function pipeTables(lines: readonly SourceLine[]): Token[][][] {
  const tables: Token[][][] = [];
  let tokens: Token[] = [];
  // The cell the stream is in: the text after the last pipe, until the next one.
  let current = null as OpenCell | null;
  let inTable = false;
  let markdownRows: Token[][] = [];

  const flushTokens = () => {
    if (tokens.length) tables.push(cellRows(tokens));
    tokens = [];
  };
  const flushMarkdown = () => {
    if (markdownRows.length) tables.push(markdownRows);
    markdownRows = [];
  };
  const endCell = () => {
    if (current) tokens.push({ text: current.parts.join('\n'), start: current.start, end: current.end });
    current = null;
  };

  // Rows a converter wrote one a line, cells joined by " | " (joined-rows.ts): read apart, each
  // table where its header stands.
  const joined = joinedRowTables(lines);
  for (const [at, line] of lines.entries()) {
    if (joined.lines.has(at)) {
      current = null;
      flushTokens();
      flushMarkdown();
      inTable = false;
      const table = joined.tables.get(at);
      if (table) tables.push(table);
      continue;
    }
    const trimmed = line.text.trim();
    if (!inTable && isMarkdownRow(trimmed)) {
      const start = line.start ?? 0;
      if (!MARKDOWN_RULE.test(trimmed)) markdownRows.push(pipeCells(MARKDOWN_ROW.exec(trimmed)![1]!, start + line.text.indexOf('|') + 1));
      // A crawl that broke the table's merged cells leaves only its first rows whole: the cut
      // lines that follow are read with them as one stream (rule lines left out).
      if (markdownRows.length && startsCutStream(lines, at)) {
        markdownRows = [];
        for (let back = at - markdownRunLength(lines, at) + 1; back <= at; back++) if (!MARKDOWN_RULE.test(lines[back]!.text.trim())) streamLine(lines[back]!);
        inTable = true;
      }
      continue;
    }
    flushMarkdown();
    if (trimmed.startsWith('|')) {
      inTable = true;
      if (!MARKDOWN_RULE.test(trimmed)) streamLine(line);
      continue;
    }
    if (!inTable || !current) continue;
    if (!trimmed) {
      current.blank = true;
      continue;
    }
    if (current.blank || /^#{1,6}\s/.test(trimmed)) {
      // Prose (or a markdown heading: the page's own text after the document) between two
      // tables: the table before it is complete (the text after its last pipe is no cell).
      current = null;
      flushTokens();
      inTable = false;
      continue;
    }
    streamLine(line);
  }
  flushTokens();
  flushMarkdown();
  return tables;

  /**
   * One line of the table's stream: every pipe ends the open cell and opens the next one, so
   * cells printed on their own lines, rows cut over several lines and whole markdown rows are
   * read alike; text before a line's first pipe carries the open cell on.
   */
  function streamLine(line: SourceLine): void {
    const start = line.start ?? 0;
    const lineEnd = start + line.text.length;
    const [first, ...rest] = pipePieces(line.text, start);
    if (first?.text && current) {
      if (!current.parts.length) current.start = first.start;
      current.parts.push(first.text);
    }
    if (current) current.end = lineEnd;
    for (const piece of rest) {
      endCell();
      current = { parts: piece.text ? [piece.text] : [], start: piece.text ? piece.start : lineEnd, end: lineEnd, blank: false };
    }
  }
}

interface OpenCell {
  parts: string[];
  start: number;
  end: number;
  /** A blank line ran through it: text without a pipe after it is prose, not this cell. */
  blank: boolean;
}

interface Piece {
  text: string;
  start: number;
}

/** The text before the first pipe of a line and after each pipe, trimmed, with offsets. */
function pipePieces(text: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (;;) {
    const bar = text.indexOf('|', from);
    const raw = text.slice(from, bar < 0 ? text.length : bar);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: offset + from + lead });
    if (bar < 0) return out;
    from = bar + 1;
  }
}

function isMarkdownRow(trimmed: string): boolean {
  return MARKDOWN_ROW.test(trimmed) && trimmed.split('|').length >= 4;
}

/** How many markdown rows end at line `at` (without a blank line between them). */
function markdownRunLength(lines: readonly SourceLine[], at: number): number {
  let n = 0;
  while (at - n >= 0 && isMarkdownRow(lines[at - n]!.text.trim())) n++;
  return n;
}

/**
 * Markdown rows, then a pipe line that is no whole row (a lone "|", a row cut before its
 * closing pipe): the table was broken up and is read as one stream of cells.
 */
function startsCutStream(lines: readonly SourceLine[], at: number): boolean {
  const next = lines[at + 1]?.text.trim() ?? '';
  return next.startsWith('|') && !isMarkdownRow(next);
}

function bare(text: string): string {
  return stripMarkup(text).replace(/\s+/g, ' ').replace(/^\*+|\*+$/g, '').trim();
}

function opensRow(token: Token, lastIndex: number): boolean {
  const text = bare(token.text);
  // Past row 999 a number could be a year ("2025" in a deadline cell): it opens a row only
  // where it is the next row's number.
  if (/^\d{4}\.?$/.test(text)) return parseInt(text, 10) === lastIndex + 1;
  return INDEX_CELL.test(text) || HEADING_CELL.test(text);
}

/**
 * Rows from the tokens of one table. Before the header is known every empty token ends a row;
 * after it, an empty token ends a row only when the next token opens one or the row is full.
 */
function cellRows(tokens: readonly Token[]): Token[][] {
  const rows: Token[][] = [];
  let width = 0;
  let endsInDeadline = false;
  let row: Token[] = [];
  let pending: Token[] = [];
  let lastIndex = 0;
  // A table whose header opens with the index column but that prints no row number at all
  // (the crawl left the index cells out): its rows are one cell short of the header.
  const numbered = tokens.some((t) => ROW_NUMBER.test(bare(t.text)));
  let indexFirst = false;
  const rowWidth = () => (indexFirst && !numbered ? width - 1 : width);
  const close = () => {
    if (row.length) rows.push(row);
    const number = row.length ? /^(\d{1,4})\.?$/.exec(bare(row[0]!.text)) : null;
    if (number) lastIndex = parseInt(number[1]!, 10);
    // A table may run into the next one (a caption, then its own header): every header resets.
    const roles = row.length >= 3 ? headerRoles(row.map((c) => bare(c.text))) : null;
    if (roles) {
      width = row.length;
      endsInDeadline = roles[roles.length - 1] === 'deadline';
      indexFirst = roles[0] === 'index';
    }
    row = [];
    pending = [];
  };
  for (const token of tokens) {
    if (FILLER.test(token.text)) {
      pending.push(token);
      continue;
    }
    if (row.length && INDEX_HEADER.test(bare(token.text))) {
      // "TT" opens a header row even where a caption ran into the table before it; the
      // caption ("PHỤ LỤC II …") belongs to no row.
      if (row.length > 1 && /^phụ lục\b/iu.test(bare(row[row.length - 1]!.text))) row.pop();
      close();
    } else if (row.length) {
      const full = width > 0 && row.length + pending.length >= rowWidth();
      // A row that reached the deadline column, when that column is the last, is complete
      // even when merged cells left it short ("- Rà soát … | - Bộ công cụ … | Giai đoạn …").
      const done = endsInDeadline && looksLikeDeadline(bare(row[row.length - 1]!.text));
      // A group heading ("D. | BỘ KHOA HỌC VÀ CÔNG NGHỆ") spans the table: it ends at the first break.
      const group = row.length <= 2 && GROUP_INDEX.test(bare(row[0]!.text).replace(/\s.*$/s, ''));
      const opens = opensRow(token, lastIndex);
      const ends = pending.length > 0 && (!width || opens || full || done || group);
      // A heading printed between two tables ("2. Các nhiệm vụ quá hạn …") after a full row.
      const caption = width > 0 && row.length >= width && /^\d{1,2}\.\s+\p{Lu}/u.test(bare(token.text));
      // Rows without their index cells, run straight into each other: a row that has all the
      // cells its table prints ends before the next cell.
      const runOn = width > 0 && rowWidth() < width && row.length >= rowWidth() && !pending.length;
      if (ends || caption || runOn || (width > 0 && row.length >= width && opens)) close();
    }
    row.push(...pending, token);
    pending = [];
  }
  close();
  return rows;
}

/** What the pipe-cell tables held: a task header that gave no row is worth a diagnostic. */
export interface PipeTableCount {
  /** Tables with a task header, the steps of a procedure left out. */
  taskTables: number;
}

/** Tasks from the pipe-cell tables of the text; non-task tables (no task header) give none. */
export function tasksFromPipeTables(lines: readonly SourceLine[], ctx: StageContext, options: TableOptions, count?: PipeTableCount): TaskRow[] {
  const tasks: TaskRow[] = [];
  for (const table of pipeTables(lines)) {
    const rows = asTabbedRows(table);
    if (!rows) continue;
    // A header over rows left blank ("Tháng ... | | |", "1 | | |") is a form appended for the
    // reader to fill: no task list the document holds, none missed.
    if (isBlankForm(table)) continue;
    // A row without content (a cell the page cut off from its row) is no task.
    const read = foldGroupRows(tasksFromTabbedLines(rows, ctx, options)).filter((t) => t.content);
    // The steps of an administrative procedure ("Tiếp nhận hồ sơ | Bộ phận TN&TKQ | 1/2 ngày")
    // take durations, not deadlines: they are not a plan's tasks.
    const dated = read.filter((t) => t.deadline);
    const durations = dated.filter((t) => DURATION.test(t.deadline!.text)).length;
    if (dated.length && durations * 2 >= dated.length) continue;
    if (count) count.taskTables++;
    tasks.push(...read);
  }
  return tasks;
}

/** A cell of a form left to fill: empty, a number, dots ("...", "…"), or a word before dots ("Tháng ...", "Tuần ..."). */
const BLANK_CELL = /^(?:[\d\s.…]*|\p{L}{1,8}\s*(?:\.{2,}|…)[\s.…]*)$/u;

/** Whether every row under the table's task header is blank, and there is at least one such row. */
function isBlankForm(table: readonly Token[][]): boolean {
  const body = table.slice(headerAt(table) + 1);
  return body.length > 0 && body.every((row) => row.every((cell) => BLANK_CELL.test(bare(cell.text))));
}

function headerAt(table: readonly Token[][]): number {
  // Caption rows, or a layout table run into this one, may stand above the header.
  for (let i = 0; i < table.length; i++) {
    if (headerRoles(table[i]!.map((c) => bare(c.text)))) return i;
  }
  return -1;
}

/** The table as the tab-separated reader wants it, or null when it is not a task table. */
function asTabbedRows(table: readonly Token[][]): SourceLine[] | null {
  const at = headerAt(table);
  if (at < 0) return null;
  const roles = headerRoles(table[at]!.map((c) => bare(c.text)))!;
  const out: SourceLine[] = [];
  const deadlineAt = roles.lastIndexOf('deadline');
  const contentAt = roles.indexOf('content');
  let previous: string[] = [];
  // The last time cell of a table whose first column is the time (see below).
  let time = '';
  // "I | Phát triển … nông nghiệp" above "Nội dung | Đơn vị thực hiện | …": the index column's
  // header cell was merged into the group row above, so the header row is one cell short of
  // rows that open with their index ("1.1 | Xây dựng … | Sở … | …").
  // A header repeated under each group ("II | …" / "Nội dung | …") is read the same way.
  const rows = table.slice(at);
  for (const [n, row] of rows.entries()) {
    const cells = row.map((c) => bare(c.text));
    const headerHere = n === 0 ? roles : cells.length >= 3 ? headerRoles(cells) : null;
    if (headerHere && !headerHere.includes('index') && rowsOpenWithIndex(rows.slice(n + 1, n + 21), cells.length)) {
      out.push({ text: ['TT', ...cells].join('\t'), start: row[0]!.start, end: row[row.length - 1]!.end });
      continue;
    }
    const start = row[0]!.start;
    const end = row[row.length - 1]!.end;
    const filled = cells.filter(Boolean);
    const heading = filled.length === 1 ? HEADING_CELL.exec(filled[0]!) : null;
    if (heading) {
      out.push({ text: `${heading[1]}\t${heading[2]}`, start, end, group: heading[2]!.trim() });
      continue;
    }
    if (filled.length === 1 && cells[0] && !INDEX_CELL.test(cells[0])) {
      // One cell across the table: a group heading ("Nhóm nhiệm vụ …").
      out.push({ text: `\t${cells[0]}`, start, end, group: cells[0] });
      continue;
    }
    if (filled.length === 2 && GROUP_INDEX.test(cells[0]!) && cells[1]) {
      // "III.1 | Nhóm ứng dụng …" with no unit or deadline: a group heading.
      out.push({ text: `${cells[0]}\t${cells[1]}`, start, end, group: cells[1] });
      time = '';
      continue;
    }
    if (filled.length === 2 && !roles.includes('index') && ROW_NUMBER.test(cells[0]!) && cells[1]) {
      // "1 | Lập nhiệm vụ quy hoạch" in a table without an index column: its number has no column
      // to stand in, so it numbers a group of the rows below, not a row.
      out.push({ text: `${cells[0]}\t${cells[1]}`, start, end, group: cells[1] });
      time = '';
      continue;
    }
    if (roles[0] === 'deadline' && cells.length > 1) {
      // A schedule's time cell, first in its row, merged down over the rows of that period: a
      // converter keeps it in the period's first row and leaves the rows under it empty.
      if (cells[0]) time = cells[0];
      else if (time && cells.slice(1).some(Boolean)) cells[0] = time;
    }
    if (cells.length < roles.length && cells[0] && !INDEX_CELL.test(cells[0])) {
      const missing = roles.length - cells.length;
      const unitColumns = roles.flatMap((r, i) => (r === 'lead' || r === 'support' || r === 'leadSupport' ? [i] : []));
      if (previous.length && namesBodiesOnly(cells, unitColumns.length)) {
        // "Ủy ban nhân dân các tỉnh | Đài … tại địa phương" under a row whose content, index and
        // deadline cells were merged down over it: a second line of that row's units.
        const units = roles.map(() => '');
        cells.forEach((c, i) => (units[unitColumns[i]!] = c));
        previous = units;
        out.push({ text: units.join('\t'), start, end });
        continue;
      }
      if (deadlineAt === roles.length - 1 && looksLikeDeadline(cells[cells.length - 1]!) && contentAt >= missing) {
        // Cells merged down from the row above (index, units) are left out at the start and
        // the row ends in the deadline column: the row carries on the row above, whose
        // merged cells it shares.
        cells.unshift(...previous.slice(0, missing).map((c, i) => (i === contentAt ? '' : c)));
      } else if (roles[0] === 'index') {
        // A sub-row without its index cell (merged with the row above) starts at the content.
        cells.unshift('');
      }
    }
    previous = cells;
    out.push({ text: cells.join('\t'), start, end });
  }
  return out;
}

/**
 * Two or more cells, no more than the table has unit columns, each naming a body and none
 * saying what is to be done: "UBND các tỉnh tổ chức lễ phát động | Sở Y tế" is a sub-row's
 * content and unit, not two units.
 */
function namesBodiesOnly(cells: readonly string[], unitColumns: number): boolean {
  if (cells.length < 2 || cells.length > unitColumns) return false;
  return cells.every((c) => {
    const cell = cleanCell(c);
    return cell.length <= 200 && startsBody(cell) && !TASK_VERB.test(cell);
  });
}

/** Verbs a task's content opens with after the body that does it ("… tổ chức", not "các tổ chức"). */
const TASK_VERB = /(?<!\b(?:các|và|cơ quan,?|với)) (?:tổ chức|triển khai|xây dựng|ban hành|thực hiện|hướng dẫn|tuyên truyền|kiểm tra|rà soát|tham mưu|báo cáo|phát động|hoàn thành|đẩy mạnh|nâng cao|chỉ đạo|tổng kết|sơ kết)(?:\s|$)/u;

/** Most rows below the header have one cell more than it, the first an index ("1.1"). */
function rowsOpenWithIndex(rows: readonly Token[][], headerCells: number): boolean {
  const data = rows.filter((r) => r.length > 2);
  const opening = data.filter((r) => r.length === headerCells + 1 && INDEX_CELL.test(bare(r[0]!.text)));
  return data.length > 0 && opening.length * 2 > data.length;
}

function looksLikeDeadline(cell: string): boolean {
  const parsed = parseDeadline(cell);
  return !!parsed && (parsed.deadline.start !== null || parsed.deadline.end !== null || parsed.deadline.recurring);
}

/**
 * A numbered row with no unit and no deadline whose following rows are numbered under it
 * ("1 | Về dữ liệu" above "1.1", "1.2") is a group heading: its rows take it as their section.
 */
function foldGroupRows(tasks: TaskRow[]): TaskRow[] {
  const out: TaskRow[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i]!;
    const next = tasks[i + 1];
    const empty = !task.lead.length && !task.support.length && !task.deadline && !task.supervisor;
    if (empty && task.index && next?.index?.startsWith(`${task.index}.`)) {
      for (let j = i + 1; j < tasks.length && tasks[j]!.index?.startsWith(`${task.index}.`); j++) tasks[j]!.section = task.content;
      continue;
    }
    out.push(task);
  }
  return out;
}
