// Task tables as plain pdftotext (without -layout) writes a signed PDF's table: every cell a block
// of lines between blank lines, the header's column names too ("TT" / "Nhiệm vụ cụ thể" / "Cơ
// quan, tổ chức đảng chủ trì" / "Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc" / "Thời hạn thực
// hiện"), but the blocks of a page in the order the PDF drew them: a run of row numbers, then each
// row's content with its lead beside it, then the supervisors' and the deadlines' cells of those
// rows, two cells of one column sometimes in one block. A row's cells are scattered; each
// column's cells still come in the rows' order. So the rows are rebuilt column by column:
// - the header is the index cell's block and the blocks after it that columns.ts names (a group
//   row "I Các nhiệm vụ …" may stand among them, as it is drawn beside the header);
// - each body block is told apart by what it says: a row number ("16", or "16 Xây dựng …" with its
//   content), a group row ("II.1 Hoàn thiện …"), a deadline ("2026 - 2030", "Trước ngày
//   15/10/2026"), a supervisor ("Đồng chí …", one per person), a body (the lead), else content;
//   a block in lower case goes on with the block before it;
// - the n-th content, lead, supervisor, deadline and number make the n-th row. Only when every
//   column holds as many cells as there are contents: a table whose cells cannot be counted out
//   (an empty cell, a second unit column beside the lead) is not guessed at.
// The rows are written as tab-separated lines for tsv-table.ts, as cell-lines.ts does.
import { columnRole, type ColumnRole } from './columns.js';
import type { SourceLine } from './tsv-table.js';
import { cleanCell, startsBody } from './units.js';
import { INDEX_CELL } from './cell-lines.js';
import { oneLine } from '../shared/layout.js';
import { foldVietnamese } from '../../normalizers/fold.js';

/** A header cell is a few words. */
const HEADER_CELL_CHARS = 70;
/** A group row: a Roman numeral, maybe with its sub-number ("II.1"), then its heading. */
const GROUP_ROW = /^([IVXLC]{1,5}(?:\.\d{1,2})*)\.?\s+(\p{Lu}[\s\S]*)$/u;
const ROW_NUMBER = /^(\d{1,3})\.?$/;
/** A row's number drawn on the first line of its content ("16 Xây dựng Kịch bản …"). */
const NUMBERED_CONTENT = /^(\d{1,3})\.?\s+(\p{Lu}[\s\S]{10,})$/u;
/** A deadline's cell, folded: a time word or a figure of a date or year. */
const DEADLINE_CELL = /^(?:(?:truoc|den|tu|trong|thang|quy|nam|giai doan|hang|thuong xuyen|dinh ky|ngay|sau khi|theo)\b|(?:19|20)\d\d\b|\d{1,2}\/\d{1,2}\b)/;
const DEADLINE_CHARS = 150;
/** A supervisor's cell, folded: the person or post who oversees the row's work. */
const SUPERVISOR_CELL = /^(?:dong chi|d\/c|ong|ba|lanh dao|thu truong|chu tich|pho chu tich|giam doc|pho giam doc|bi thu|pho bi thu|truong ban|pho truong ban)\b/;
/** A line that opens a second person in one supervisors' block; a post ("Chủ tịch UBND tỉnh") may be a wrapped line of the first. */
const PERSON_START = /^(?:dong chi|d\/c|ong|ba)\b/;
/**
 * Normalisation joins a block to the next when it ends without a stop and the next opens with a
 * figure: a supervisor's cell then carries the deadlines drawn after it ("… Phó Chủ tịch UBND tỉnh
 * 2026 - 2030 2029 - 2030"). From its first year on, such a block is deadlines, one per year or
 * range with its note in brackets.
 */
const TRAILING_YEARS = /\s((?:19|20)\d\d\b[\s\S]*)$/;
const YEAR_CELL = /(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s*\([^)]*\))?/g;
/** A group row with the next row's number, or its number and content, run onto its end ("II.7 … chuyển đổi số 22"). */
const GLUED_ROW = /^([\s\S]*?)\s(\d{1,3})(?:\s+(\p{Lu}[\s\S]*))?$/u;
/** A lead's cell names a body in a few words. */
const LEAD_CHARS = 100;
/** What ends the table (folded, lower case): the recipients, the signature, the next appendix, a note. */
const TABLE_END = /^(?:noi nhan|tm\.|kt\.|tl\.|t\/m|phu luc|ghi chu|\(\*\))/;

interface Block {
  text: string;
  start: number | null;
  end: number | null;
  pageStart: boolean;
}

type Kind = 'content' | 'lead' | 'supervisor' | 'deadline';

interface Cell {
  text: string;
  start: number | null;
  end: number | null;
  section: string | null;
}

/** The text's blocks: runs of lines that are not blank. */
function blocksOf(lines: readonly SourceLine[]): Block[] {
  const out: Block[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    if (!run.length) return;
    const last = run.at(-1)!;
    out.push({
      text: run.map((l) => l.text.trim()).join('\n'),
      start: run[0]!.start,
      end: last.start === null ? null : (last.end ?? last.start + last.text.length),
      pageStart: run[0]!.pageStart === true,
    });
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim()) {
      // A form feed ends a block: the next page's first line opens one of its own.
      if (line.pageStart) flush();
      run.push(line);
    } else flush();
  }
  flush();
  return out;
}

const folded = (text: string) => foldVietnamese(text).toLowerCase();

interface Header {
  cells: string[];
  roles: ColumnRole[];
  section: string | null;
  /** Index of the first body block. */
  next: number;
}

/** The header whose index cell is blocks[at], or null. */
function headerAt(blocks: readonly Block[], at: number): Header | null {
  if (!INDEX_CELL.test(folded(oneLine(blocks[at]!.text)))) return null;
  const cells = [oneLine(blocks[at]!.text)];
  const roles: ColumnRole[] = ['index'];
  let section: string | null = null;
  let i = at + 1;
  for (; i < blocks.length; i++) {
    const text = oneLine(blocks[i]!.text);
    const group = GROUP_ROW.exec(text);
    if (group && section === null && roles.includes('content')) {
      section = cleanCell(group[2]!);
      continue;
    }
    const role = text.length <= HEADER_CELL_CHARS ? columnRole(text) : null;
    if (!role || role === 'index' || roles.includes(role)) break;
    cells.push(text);
    roles.push(role);
  }
  const units = roles.filter((r) => r === 'lead' || r === 'leadSupport' || r === 'support');
  // One unit column: a second one (partners beside the lead) cannot be told from the first by its cells.
  if (!roles.includes('content') || units.length !== 1 || units[0] === 'support') return null;
  if (!roles.includes('supervisor') && !roles.includes('deadline')) return null;
  return { cells, roles, section, next: i };
}

/** What a body block is, given the header's columns. */
function kindOf(text: string, roles: readonly ColumnRole[]): Kind {
  const line = oneLine(text);
  const f = folded(line);
  if (roles.includes('deadline') && line.length <= DEADLINE_CHARS && DEADLINE_CELL.test(f)) return 'deadline';
  if (roles.includes('supervisor') && SUPERVISOR_CELL.test(f)) return 'supervisor';
  if (line.length <= LEAD_CHARS && startsBody(line)) return 'lead';
  return 'content';
}

/** A supervisors' block that holds several persons: one cell per line that opens with a person. */
function personsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (out.length && !PERSON_START.test(folded(line))) out[out.length - 1] += ` ${line}`;
    else out.push(line);
  }
  return out.map(oneLine);
}

/** The table whose header opens at blocks[at], as tab-separated rows (the header first), and the index of the block after it. */
function tableAt(blocks: readonly Block[], at: number): { rows: SourceLine[]; next: number } | null {
  const header = headerAt(blocks, at);
  if (!header) return null;
  const columns: Record<Kind, Cell[]> = { content: [], lead: [], supervisor: [], deadline: [] };
  const numbers: string[] = [];
  let section = header.section;
  let last: Kind | null = null;
  let j = header.next;
  for (; j < blocks.length; j++) {
    const block = blocks[j]!;
    const text = oneLine(block.text);
    if (TABLE_END.test(folded(text)) || INDEX_CELL.test(folded(text))) break;
    // A page's number, or the header's cells drawn again on the next page.
    if ((block.pageStart && ROW_NUMBER.test(text)) || header.cells.includes(text)) continue;
    const cell = (value: string): Cell => ({ text: value, start: block.start, end: block.end, section });
    const group = GROUP_ROW.exec(text);
    if (group) {
      const glued = GLUED_ROW.exec(group[2]!);
      // The number that comes next, or a 1 that opens the group with its content after it.
      const expected = numbers.length ? Number(numbers.at(-1)) + 1 : 1;
      const next = glued && (Number(glued[2]) === expected || (glued[2] === '1' && glued[3])) ? glued : null;
      section = cleanCell(next ? next[1]! : group[2]!);
      last = null;
      if (next) {
        numbers.push(next[2]!);
        if (next[3]) {
          columns.content.push({ text: oneLine(next[3]), start: block.start, end: block.end, section });
          last = 'content';
        }
      }
      continue;
    }
    const number = ROW_NUMBER.exec(text);
    if (number) {
      numbers.push(number[1]!);
      last = null;
      continue;
    }
    // "ban nhân dân tỉnh": more of the block before it, cut by a blank line.
    if (last && /^\p{Ll}/u.test(text)) {
      const previous = columns[last].at(-1)!;
      previous.text = `${previous.text} ${text}`;
      previous.end = block.end;
      continue;
    }
    const numbered = NUMBERED_CONTENT.exec(text);
    if (numbered) {
      numbers.push(numbered[1]!);
      columns.content.push(cell(numbered[2]!));
      last = 'content';
      continue;
    }
    const kind = kindOf(block.text, header.roles);
    if (kind === 'supervisor') {
      const years = header.roles.includes('deadline') ? TRAILING_YEARS.exec(block.text) : null;
      const persons = years ? block.text.slice(0, years.index) : block.text;
      columns.supervisor.push(...personsOf(persons).map(cell));
      if (years) columns.deadline.push(...(years[1]!.match(YEAR_CELL) ?? []).map((d) => cell(oneLine(d))));
    } else columns[kind].push(cell(text));
    last = kind;
  }
  const n = columns.content.length;
  const counted = (role: ColumnRole, kind: Kind) => !header.roles.includes(role) || columns[kind].length === n;
  const leadRole = header.roles.includes('lead') ? 'lead' : 'leadSupport';
  if (n < 2 || numbers.length !== n || !counted(leadRole, 'lead') || !counted('supervisor', 'supervisor') || !counted('deadline', 'deadline')) return null;
  const rows: SourceLine[] = [{ text: header.cells.join('\t'), start: blocks[at]!.start }];
  let current: string | null = null;
  columns.content.forEach((content, k) => {
    if (content.section !== current && content.section) rows.push({ text: `\t${content.section}`, start: content.start, group: content.section });
    current = content.section;
    const cells = header.roles.map((role) => {
      if (role === 'index') return numbers[k]!;
      if (role === 'content') return content.text;
      if (role === 'lead' || role === 'leadSupport') return columns.lead[k]!.text;
      if (role === 'supervisor' || role === 'deadline') return columns[role][k]!.text;
      return '';
    });
    rows.push({ text: cells.join('\t'), start: content.start, ...(content.end !== null ? { end: content.end } : {}) });
  });
  return { rows, next: j };
}

/** Rows of the column-block tables of the text, as tab-separated lines (each table's header first). */
export function columnBlockTableRows(lines: readonly SourceLine[]): SourceLine[] {
  const blocks = blocksOf(lines);
  const out: SourceLine[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!INDEX_CELL.test(folded(oneLine(blocks[i]!.text)))) continue;
    const table = tableAt(blocks, i);
    if (!table) continue;
    out.push(...table.rows);
    i = table.next - 1;
  }
  return out;
}
