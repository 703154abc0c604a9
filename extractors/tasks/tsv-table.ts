// Task tables rendered as tab-separated lines (text exports, DOCX/HTML readers, tables rebuilt
// from OCR). One pass over the lines, in order:
// - a header row (recognised by meaning, columns.ts) sets the column roles; the header and
//   the caption repeat on every page and are simply passed over;
// - a section row ("I\tQUÝ I/2018", "IV.\tCÁC NHIỆM VỤ THƯỜNG XUYÊN…") sets the section;
// - a row without an index that only continues the previous row's cells (a page broke it:
//   "\tthi đua;" or "\t\tbinh và Xã hội") is appended to that row;
// - a row with neither index nor content under a task (its content cell merged down over two
//   rows: "2 | Tham mưu … | Kế hoạch kiểm tra … | Sở Nội vụ" then " |  | Kế hoạch tự kiểm tra … |
//   Các cơ quan, đơn vị") is a second product of that task: with units or dates of its own it
//   is a sub-task (the product its content), else it joins the task above (continuationOfTask);
// - any other row without an index is a sub-row (e.g. "\t- Phong trào thi đua “…”\tPhòng Y tế")
//   and becomes its own task with index null, the current section and `parent` = the index
//   of the numbered row above it.
import type { Span, TaskRow } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { columnRole, guessedRoles, headerRoles, namesConcreteActions, type ColumnRole } from './columns.js';
import { subHeaderRoles } from './sub-header.js';
import { cleanCell, helpersInBrackets, splitUnits } from './units.js';
import { withCellBreaks, type CellBreaks } from './cell-breaks.js';
import { foldedTypeNames } from '../shared/doctypes.js';
import { carriesOnOpenCells, carriesOnPhrase } from './page-cut.js';

export interface SourceLine {
  text: string;
  /** Offset of the line in text.normalized; null for rows of a structured table. */
  start: number | null;
  /** Where the row ends in text.normalized when it is not start + text.length (rebuilt rows). */
  end?: number;
  /** The row is a group heading with this text (rows rebuilt from pipe-cell tables). */
  group?: string;
  /** The line opens a page (it follows a form feed). */
  pageStart?: boolean;
}

interface RawTask {
  index: string | null;
  parent: string | null;
  section: string | null;
  cells: Partial<Record<ColumnRole, string>>;
  start: number | null;
  end: number | null;
  confidence: number;
  /**
   * The row is a concrete action of a two-level table: its heading stands in the group column,
   * so every item of its cell is an action and the content keeps them all.
   */
  action?: boolean;
}

const ROMAN_INDEX = /^[IVXLC]{1,5}\.?$/;
/** A bullet printed in the number column: a sub-row, not a numbered one. */
const BULLET_INDEX = /^[-–•+*]$/;
/** A Roman numeral opening an index cell, alone or with the words of a heading spread into it. */
const ROMAN_LEAD = /^[IVXLC]{1,5}(?:\.|(?=\s|$))/;
const NUMBER_INDEX = /^(\d{1,3}(?:\.\d{1,2})*)[.)]?$/;
const TERMINAL = /[.;!?…:]\s*$/;
/** A group heading on a line of its own: a Roman numeral and words in capitals. */
const GROUP_LINE = /^[IVXLC]{1,5}\.\s+((?=[^\p{Ll}]*\p{Lu}{3})[^\p{Ll}]{3,200})$/u;
/** A row's number alone on its line: "1", "2." */
const LONE_INDEX = /^\d{1,3}\.?$/;

export interface TableOptions {
  planYear: number | null;
  /** The reader kept a merged cell's text in its first row only (Word 97, plain text). */
  mergedCellsLost?: boolean;
  /** A Word/HTML cell's paragraphs, by the cell as the text reads it on one line (see cell-breaks.ts). */
  cellBreaks?: CellBreaks;
  /** An OCR engine wrote the text: a header cell the seal hid may be empty (columns.ts blankContentHeader). */
  ocr?: boolean;
}

export function tasksFromTabbedLines(given: readonly SourceLine[], ctx: StageContext, options: TableOptions): TaskRow[] {
  const lines = splitRunTogetherRows(given);
  const raw: RawTask[] = [];
  let roles: Array<ColumnRole | null> | null = null;
  // The header is a two-level action table's (columns.ts namesConcreteActions).
  let actionTable = false;
  let section: string | null = null;
  let lastNumbered: RawTask | null = null;
  let last: RawTask | null = null;
  let guessed = false;
  // Where the rows of a table read under guessed roles begin in `raw`.
  let guessedFrom = 0;
  let otherTable = false;
  // A group row not yet followed by a numbered row (see groupOrdinal).
  let group: RawTask | null = null;
  // The header row just read: the next row may name the columns its merged cells span (sub-header.ts).
  let headerCells: string[] | null = null;

  // A row's number printed alone on the line before it (its cell centred under an empty line).
  let loneIndex: string | null = null;
  // A page broke since the last row (a form feed, or the header printed again): the next row
  // without a number may be the rest of the row the break cut.
  let pageBroke = false;
  // Rows of the current table whose cell count is off: one diagnostic per table, not per row.
  let mismatched: Array<{ got: number; span: Span | undefined }> = [];
  const reportMismatches = () => {
    const [first] = mismatched;
    if (first && roles) ctx.message(log.tableColumnsMismatch(roles.length, first.got, mismatched.length), first.span ? { span: first.span } : undefined);
    mismatched = [];
  };
  for (const line of lines) {
    if (line.pageStart) pageBroke = true;
    if (!line.text.includes('\t')) {
      const bare = line.text.trim();
      if (!bare || !roles || otherTable) continue;
      // Between the rows of a task table, a group row merged across the whole table has no tab:
      // "I. TỰ KIỂM TRA VĂN BẢN" heads the rows below it like "I\tTỰ KIỂM TRA …" would.
      const heading = GROUP_LINE.exec(bare);
      if (heading) {
        section = cleanCell(heading[1]!) || null;
        lastNumbered = null;
        last = null;
        loneIndex = null;
      } else loneIndex = LONE_INDEX.test(bare) ? bare : null;
      continue;
    }
    const cells = line.text.split('\t');
    // Only the number that comes next ("1" first under a group, then one more than the row
    // above): a page number printed between a row and its continuation is not a row's number.
    if (loneIndex && !cells[0]!.trim() && roles?.[0] === 'index' && Number.parseInt(loneIndex, 10) === nextNumber(lastNumbered)) cells[0] = loneIndex;
    loneIndex = null;
    if (cells.every((c) => !c.trim())) continue;
    const span = line.start === null ? undefined : { start: line.start, end: line.end ?? line.start + line.text.length };
    if (line.group !== undefined) {
      section = line.group || null;
      lastNumbered = null;
      last = null;
      continue;
    }

    const header = headerRoles(cells, { blankContent: options.ocr ?? false });
    if (header) {
      if (roles && last) pageBroke = true;
      reportMismatches();
      roles = header;
      headerCells = cells;
      actionTable = namesConcreteActions(cells, header);
      guessed = false;
      otherTable = false;
      continue;
    }
    const spanned: Array<ColumnRole | null> | null = headerCells && roles ? subHeaderRoles(headerCells, roles, cells) : null;
    headerCells = null;
    if (spanned) {
      roles = spanned;
      continue;
    }
    if (roles && isColumnNumbering(cells)) continue;
    if (isOtherTableHeader(cells)) {
      // "TT | Khoa tham gia khảo sát | Đối tượng khảo sát": a numbered table of something else;
      // its rows are not tasks, whatever their position suggests, until a task header comes.
      reportMismatches();
      roles = null;
      otherTable = true;
      continue;
    }
    if (otherTable) continue;
    if (!roles) {
      // Without a header, only a row of several filled cells is taken for a table: a layout
      // tab (two-column header blocks, "\tNơi nhận:") is not.
      if (cells.filter((c) => c.trim()).length < 3) continue;
      ctx.message(log.tableNoHeader(), span ? { span } : undefined);
      roles = guessedRoles(cells.length);
      actionTable = false;
      guessed = true;
      guessedFrom = raw.length;
    }
    // A table whose header was not known, its rows three figures or more ("Hỗ trợ từ Trung ương |
    // 299 | 2195 | 600 | 755", a budget by year): a table of figures, no task list. The rows
    // taken from it so far go, and nothing is read from it until a task header comes.
    if (guessed && figureCells(cells) >= FIGURES_ROW) {
      raw.length = Math.min(raw.length, guessedFrom);
      last = null;
      lastNumbered = null;
      group = null;
      roles = null;
      otherTable = true;
      continue;
    }
    let confidence = guessed ? 0.7 : 1;
    // Converters drop trailing empty cells, so a short row is only suspect once it is known
    // to be a task row (below); a long row always is.
    const mismatch = cells.length !== roles.length;
    const reportMismatch = () => {
      mismatched.push({ got: cells.length, span: span ?? undefined });
      confidence -= 0.2;
    };
    if (cells.length > roles.length) reportMismatch();
    const row = readRow(cells, roles);
    const index = (row.index ?? '').trim();

    if (isSectionRow(index, row)) {
      section = cleanCell(row.content ?? '') || null;
      lastNumbered = null;
      last = null;
      continue;
    }
    if (!index && groupOrdinal(cells, roles)) {
      // "\t1\tLàm sạch … dữ liệu …" between rows numbered in the TT column: a group heading
      // numbered in a second numbering column ("Chi tiết"). It heads the rows below it; only
      // when no numbered row follows before the next group is it a task of its own.
      if (group) raw.push(group);
      group = { index: groupOrdinal(cells, roles), parent: null, section, cells: row, start: span?.start ?? null, end: span?.end ?? null, confidence };
      section = cleanCell(row.content ?? '') || null;
      lastNumbered = null;
      last = group;
      continue;
    }
    if (index) group = null;
    const afterBreak = pageBroke;
    pageBroke = false;
    if (!index && last && afterBreak && actionTable && restOfActionCell(row, last)) {
      last.cells.content = joinCell(last.cells.content ?? '', row.content!);
      if (span) last.end = span.end;
      continue;
    }
    if (!index && last && (afterBreak ? cutByPage(row, last) : cutWithinPage(row, last))) {
      carryOnCutRow(last, row, options.planYear);
      if (span) last.end = span.end;
      continue;
    }
    if (!index && last && continuesPrevious(row, last)) {
      for (const [role, value] of Object.entries(row) as Array<[ColumnRole, string]>) {
        if (!value.trim()) continue;
        last.cells[role] = joinCell(last.cells[role] ?? '', value);
      }
      if (span) last.end = span.end;
      continue;
    }
    if (!index && last && !cleanCell(row.content ?? '')) {
      if (ownProductRow(last, row, options.planYear)) {
        // Under the merged content cell, a product with units or a date of its own: a sub-task
        // of the task, its product what is to be done, so neither its units nor its date is lost.
        const sub: RawTask = { index: null, parent: last.index ?? last.parent, section, cells: { ...row, content: row.product! }, start: span?.start ?? null, end: span?.end ?? null, confidence };
        raw.push(sub);
        last = sub;
        continue;
      }
      continuationOfTask(last, row, options.planYear);
      if (span) last.end = span.end;
      continue;
    }
    if (mismatch && cells.length < roles.length && cells.length < 3) reportMismatch();
    const numbered = NUMBER_INDEX.exec(index);
    const task: RawTask = {
      index: numbered ? numbered[1]! : index ? index.replace(/[.)]$/, '') : null,
      parent: !index && lastNumbered ? lastNumbered.index : null,
      section,
      cells: row,
      start: span?.start ?? null,
      end: span?.end ?? null,
      confidence,
      ...(actionTable ? { action: true } : {}),
    };
    raw.push(task);
    last = task;
    if (index) lastNumbered = task;
  }
  reportMismatches();
  if (group) raw.push(group);
  // A blank lead cell is blank, except where the reader lost the merge that filled it.
  const rows = withoutItemHeadings(raw, options.ocr ?? false);
  return (options.mergedCellsLost ? fillMergedLeads(rows) : rows).map((task) => finishTask(task, ctx, options));
}

const OWN_CELLS = ['lead', 'support', 'leadSupport', 'supervisor', 'deadline', 'product'] as const;
const hasOwnCells = (task: RawTask) => OWN_CELLS.some((role) => task.cells[role]?.trim());

/**
 * "1 | Xây dựng các kế hoạch" followed by "1.1", "1.2" … that carry their units and times: an item
 * that heads its sub-items (they are the tasks, README rule), so it is their section, not a task.
 * Whatever its other cells hold: a heading merged across the table that a PDF reader spread over
 * the columns ("2. | Đẩy mạnh nghiên cứu … | sản phẩm, dịch vụ | công nghệ số, nguồn …") is one.
 */
function withoutItemHeadings(raw: RawTask[], ocr: boolean): RawTask[] {
  const out: RawTask[] = [];
  // The index of a group row taken out: the rows that hung under it as sub-rows hang under nothing.
  let dropped: string | null = null;
  let heading: { prefix: string; content: string } | null = null;
  // A group heading a PDF reader spread over the columns ("II | Hoàn thiện thể chế … | mục tiêu
  // bao phủ", "I. Đổi | nhân | mới mạnh mẽ …"): the rows under it are numbered 1, 2 … (or on
  // from the group before).
  let group: { from: string | null; to: string } | null = null;
  raw.forEach((task, i) => {
    if (heading && !task.index?.startsWith(heading.prefix)) heading = null;
    const next = raw[i + 1];
    const roman = ROMAN_LEAD.exec(task.index ?? '');
    if (roman && next && /^\d/.test(next.index ?? '') && headingFragments(task)) {
      group = { from: task.section, to: cleanCell(`${task.index!.slice(roman[0].length)} ${task.cells.content ?? ''}`) };
      return;
    }
    if (ocr && next && isOcrGroupRow(task, next)) {
      group = { from: task.section, to: cleanCell(task.cells.content ?? '') };
      dropped = task.index;
      return;
    }
    if (dropped && task.parent === dropped) task = { ...task, parent: null };
    else if (task.index) dropped = null;
    if (group && task.section !== group.from) group = null;
    if (group) task = { ...task, section: group.to };
    // "4 | Hoàn thiện hệ thống tiêu chuẩn …" with no unit or date, then "- Công trình giao thông.
    // | Bộ Xây dựng | …" rows without a number that carry them: the sub-rows are the tasks.
    if (task.index && !hasOwnCells(task) && next && (!next.index || BULLET_INDEX.test(next.index)) && hasOwnCells(next)) return;
    if (task.index && NUMBER_INDEX.test(task.index) && next?.index?.startsWith(`${task.index}.`) && next.section === task.section && hasOwnCells(next) && headingFragments(task)) {
      heading = { prefix: `${task.index}.`, content: cleanCell(task.cells.content ?? '') };
      return;
    }
    out.push(heading && heading.content ? { ...task, section: heading.content } : task);
  });
  return out;
}

/** A numeral OCR misread or wore down: "II" read "H", "I" read "l" or "|". */
const WORN_NUMERAL = /^[IVXLHl|]{1,5}\.?$/;
/** A heading's length at most, in words: a group row names a field of work, not the work. */
const GROUP_WORDS = 16;

/**
 * A group row OCR read without its Roman numeral ("I | Xây dựng cơ chế, chính sách" read as
 * "\tXây dựng cơ chế, chính sách", "II" read "H"), and with the dust a seal or a speck left in its
 * empty cells ("v", ".s} -"): a row with no unit or date of its own and a heading for content
 * (opening in capitals, no bullet, no sentence's end, short) over a row that has its own units or
 * date. Its numbered rows lost their numbers too, so nothing else tells it from a task.
 */
function isOcrGroupRow(task: RawTask, next: RawTask): boolean {
  if (task.index && !WORN_NUMERAL.test(task.index)) return false;
  if (!OWN_CELLS.every((role) => isDust(task.cells[role] ?? ''))) return false;
  if (!OWN_CELLS.some((role) => !isDust(next.cells[role] ?? ''))) return false;
  const content = cleanCell(task.cells.content ?? '');
  return /^\p{Lu}/u.test(content) && !TERMINAL.test(content) && content.split(' ').length <= GROUP_WORDS;
}

/** Empty, or marks that spell no word and no figure: what a seal's edge or a speck reads as. */
function isDust(cell: string): boolean {
  return !/\p{L}{2}|\d/u.test(cleanCell(cell));
}

/**
 * The row's cells other than its content hold nothing, or only the pieces of a heading a PDF
 * reader spread over the columns (each opening in small letters: "sản phẩm, dịch vụ", "mục tiêu
 * bao phủ"); a unit or a date of its own ("Vụ Pháp chế", "2026") makes the row a task.
 */
function headingFragments(task: RawTask): boolean {
  return OWN_CELLS.every((role) => {
    const cell = cleanCell(task.cells[role] ?? '');
    return !cell || /^\p{Ll}/u.test(cell);
  });
}

/**
 * A lead cell merged down a section's rows: readers that cannot see the merge (Word 97 through
 * word-extractor, text exports) print it on the first row only. When the first row of a run of
 * three or more under one section has a lead and every row after it has none, though each has
 * its own content and its own time or supporting units, the lead is the first row's for all.
 */
function fillMergedLeads(raw: RawTask[]): RawTask[] {
  let from = 0;
  while (from < raw.length) {
    let to = from + 1;
    while (to < raw.length && raw[to]!.section === raw[from]!.section && raw[to]!.parent === raw[from]!.parent) to++;
    const first = raw[from]!;
    const rest = raw.slice(from + 1, to);
    const lead = first.cells.lead?.trim();
    const merged =
      lead &&
      rest.length >= 2 &&
      rest.every((t) => !t.cells.lead?.trim() && !t.cells.leadSupport?.trim() && cleanCell(t.cells.content ?? '') && (t.cells.deadline?.trim() || t.cells.support?.trim()));
    if (merged) for (const t of rest) t.cells.lead = first.cells.lead!;
    from = to;
  }
  return raw;
}

/** The number a row after `previous` would carry: 1 with none, else one more than its own. */
function nextNumber(previous: RawTask | null): number | null {
  if (!previous) return 1;
  const own = /^\d{1,3}$/.exec(previous.index ?? '');
  return own ? Number(own[0]) + 1 : null;
}

/**
 * The number of a group row: the row has no index, and a column the header does not name
 * ("Chi tiết", a second numbering column), left of the content, holds a bare number.
 */
function groupOrdinal(cells: readonly string[], roles: ReadonlyArray<ColumnRole | null>): string | null {
  const content = roles.indexOf('content');
  for (let i = 0; i < content; i++) {
    const m = roles[i] === null ? /^(\d{1,2}|[IVXLC]{1,5})[.)]?$/.exec(cells[i]?.trim() ?? '') : null;
    if (m) return m[1]!;
  }
  return null;
}

/** Figures in a row past which a row of a table without a known header is a row of figures. */
const FIGURES_ROW = 3;

/**
 * Cells holding an amount only ("1.615", "4.825,5", OCR's I and l for 1 too). Not the row's number
 * (its first filled cell) nor a year ("2024"): a task table's rows carry those, and a deadline's year.
 */
function figureCells(cells: readonly string[]): number {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.slice(1).filter((c) => /^[\dIl][\dIl.,]*$/.test(c) && /\d/.test(c) && !/^(?:19|20)\d\d$/.test(c)).length;
}

/**
 * A header row of a table that is not a task table: an index header over named columns, or a
 * list of persons ("Stt | Họ và tên | Chức vụ …", a form of candidates or members).
 */
function isOtherTableHeader(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 2 || columnRole(filled[0]!) !== 'index') return false;
  if (filled.some((c) => /^ho\s+(?:va\s+)?ten\b/.test(foldVietnamese(c).toLowerCase()))) return true;
  return filled.slice(1).every((c) => c.length <= 60 && !/\d/.test(c));
}

function readRow(cells: readonly string[], roles: ReadonlyArray<ColumnRole | null>): Partial<Record<ColumnRole, string>> {
  const row: Partial<Record<ColumnRole, string>> = {};
  cells.forEach((cell, i) => {
    // Extra cells beyond the header are kept with the last column rather than lost.
    const role = roles[Math.min(i, roles.length - 1)];
    if (!role || !cell.trim()) return;
    // Two columns of units ("Cơ quan chủ trì | Đơn vị thực hiện"): each cell names its own
    // bodies, which must not run into one name. Extra cells past the header go on the last one.
    const apart = i < roles.length && UNIT_ROLES.has(role);
    // Time columns under one merged header cell (sub-header.ts: "Bộ trưởng | Chính phủ | Thủ tướng
    // Chính phủ" under "Cấp trình và thời gian trình"): the last level filled is when the work is done.
    if (role === 'deadline' && i < roles.length) {
      row.deadline = cell;
      return;
    }
    row[role] = row[role] ? `${row[role]}${apart ? ';' : ''} ${cell}` : cell;
  });
  return row;
}

function isSectionRow(index: string, row: Partial<Record<ColumnRole, string>>): boolean {
  const others = (['lead', 'support', 'leadSupport', 'supervisor', 'deadline'] as const).some((r) => row[r]?.trim());
  if (others || !row.content?.trim()) return false;
  if (ROMAN_INDEX.test(index)) return true;
  // An unnumbered row in capitals ("CÁC NHIỆM VỤ THƯỜNG XUYÊN") heads a group too.
  const content = cleanCell(row.content);
  return !index && content.length > 3 && content === content.toUpperCase() && /\p{Lu}{3}/u.test(content);
}

/** A row the page break cut off: its cells only carry on the previous row's cells. */
function continuesPrevious(row: Partial<Record<ColumnRole, string>>, last: RawTask): boolean {
  const filled = (Object.keys(row) as ColumnRole[]).filter((r) => row[r]?.trim());
  if (!filled.length) return false;
  const content = cleanCell(row.content ?? '');
  if (content) {
    if (filled.length > 1) return false;
    if (/^[-–•]\s/.test(content)) return false; // a bullet starts a sub-row
    const previous = cleanCell(last.cells.content ?? '');
    if (/^\p{Ll}/u.test(content)) return true;
    return /^\+/.test(content) && /:\s*$/.test(previous);
  }
  // Only unit or deadline cells: they continue when the previous row's same cells were cut.
  return filled.every((r) => {
    const before = cleanCell(last.cells[r] ?? '');
    return before && !TERMINAL.test(before) && /^\p{Ll}/u.test(cleanCell(row[r]!));
  });
}

/**
 * The rest of a row a page break cut: no number, and its content (if any) carries on the
 * sentence above in small letters ("sở, tiêu chuẩn quốc gia …") while its other cells go on or
 * repeat the row's ("Bộ Khoa học và" / "Công nghệ"). A row opening with a capital or a bullet
 * is a row of its own.
 */
function cutByPage(row: Partial<Record<ColumnRole, string>>, last: RawTask): boolean {
  const content = cleanCell(row.content ?? '');
  // "(UAV), mô hình …" carries on too: a bracket cannot open a row. A name or a figure can
  // ("Việt Nam …", "12 tháng 9 …") when the row's other cells carry on cells the break cut, and
  // only in a numbered table: where no row has a number, a missing one tells nothing.
  if (content && !/^[\p{Ll}(]/u.test(content)) return last.index !== null && carriesOnOpenCells(row, last.cells);
  if (!content && !cleanCell(last.cells.content ?? '')) return false;
  return (Object.keys(row) as ColumnRole[]).some((r) => cleanCell(row[r] ?? ''));
}

/**
 * A two-level table ("Nội dung hành động | Hành động cụ thể | Chủ trì | Phối hợp | Thời hạn") prints
 * each action's units and time at the top of its row: an action cell the page cut goes on alone
 * at the top of the next page, under no new group, its unit and time cells empty or holding only
 * what the seal or the page's edge left ('"3 N;j * bà t', '|:'). Its text is the action's, even
 * where it opens a new item ("- Có cơ chế thông báo …").
 */
function restOfActionCell(row: Partial<Record<ColumnRole, string>>, last: RawTask): boolean {
  if (!cleanCell(row.content ?? '') || cleanCell(row.group ?? '') || !cleanCell(last.cells.content ?? '')) return false;
  return OWN_CELLS.every((role) => !OWN_TEXT.test(row[role] ?? ''));
}

/** What a unit or time cell holds when it holds anything: a word with a capital ("Bộ", "Quý") or a year. */
const OWN_TEXT = /\p{Lu}\p{Ll}|\d{4}/u;

/**
 * A row the reader broke in two on one page: its content carries on a sentence the row left open
 * ("Xây dựng, triển khai bộ chỉ số pháp luật" / "kinh doanh cấp tỉnh") and each unit it names
 * carries on a unit cell cut after a comma or "và" ("Các bộ, ngành," / "UBND tỉnh, thành phố").
 */
function cutWithinPage(row: Partial<Record<ColumnRole, string>>, last: RawTask): boolean {
  const content = cleanCell(row.content ?? '');
  const before = cleanCell(last.cells.content ?? '');
  if (!/^\p{Ll}/u.test(content) || !before || TERMINAL.test(before)) return false;
  const units = [...UNIT_ROLES].filter((role) => cleanCell(row[role] ?? ''));
  return units.length > 0 && units.every((role) => /(?:,|\svà)$/u.test(cleanCell(last.cells[role] ?? '')));
}

/**
 * Joins the cut row's cells to the row's: a cell printed again (the same lead on both pages) is
 * kept once; a second date under the same task ("Tháng 5/2026" then "Tháng 11/2026", a second
 * result of the task on the next page) is listed after the first with "; ", unless it opens in
 * small letters (the same phrase cut: "Đầu tư, nâng" / "cấp hạ tầng … Quý II/2026"); any other
 * text goes on the cell it continues.
 */
function carryOnCutRow(task: RawTask, row: Partial<Record<ColumnRole, string>>, planYear: number | null): void {
  for (const [role, value] of Object.entries(row) as Array<[ColumnRole, string]>) {
    const after = cleanCell(value);
    if (!after) continue;
    const before = cleanCell(task.cells[role] ?? '');
    if (!before) task.cells[role] = after;
    else if (before === after || before.endsWith(`; ${after}`)) continue;
    else if (role === 'deadline' && !carriesOnPhrase(after) && isDate(before, planYear) && isDate(after, planYear)) task.cells.deadline = `${before}; ${after}`;
    else task.cells[role] = joinCell(before, after);
  }
}

/** A deadline cell that names a date or period on its own ("Tháng 11/2026", "Quý IV/2026"). */
function isDate(cell: string, planYear: number | null): boolean {
  const parsed = parseDeadline(cell, { planYear });
  return Boolean(parsed?.deadline?.start);
}

/**
 * A further product of the task above, printed on its own row under the task's merged content
 * cell: its product joins the task's; the task's own units and deadline (its first row's) stay,
 * and only cells the task left empty are taken from it.
 */
function continuationOfTask(task: RawTask, row: Partial<Record<ColumnRole, string>>, planYear: number | null): void {
  // A row naming only units (no product, no deadline of its own) is a further line of the
  // task's units under its merged cells ("Trung ương …" then "Ủy ban nhân dân các tỉnh …"):
  // they join the task's.
  const moreUnits = !row.product?.trim() && !row.deadline?.trim();
  for (const [role, value] of Object.entries(row) as Array<[ColumnRole, string]>) {
    if (!value.trim()) continue;
    const before = task.cells[role]?.trim();
    if (!before) task.cells[role] = value;
    else if (role === 'product') task.cells.product = `${before.replace(/[;.]$/, '')}; ${value.trim()}`;
    // A second milestone's date is listed after the first ("Tháng 5/2026; Tháng 11/2026").
    else if (role === 'deadline' && isDate(before, planYear) && isDate(cleanCell(value), planYear) && cleanCell(value) !== cleanCell(before)) task.cells.deadline = `${before}; ${cleanCell(value)}`;
    // A unit cell cut after a comma or "và" goes on in this row ("Sở Nội vụ," / "Sở Tài chính").
    else if (UNIT_ROLES.has(role) && (moreUnits || /(?:,|\svà)$/u.test(before))) task.cells[role] = `${before.replace(/[;.,]$/, '')}; ${value.trim()}`;
  }
}

const UNIT_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'support', 'leadSupport']);

/**
 * A continuation row with a product of its own (opening with a capital: a small letter carries on
 * the product above, "Kế hoạch kiểm tra công tác" / "cải cách hành chính") and a unit or date
 * other than the task's (both printed).
 */
function ownProductRow(task: RawTask, row: Partial<Record<ColumnRole, string>>, planYear: number | null): boolean {
  if (!/^\p{Lu}/u.test(cleanCell(row.product ?? ''))) return false;
  // The same units again with another date ("Báo cáo chuyên đề … | Tháng 5/2026" then "Báo cáo kết
  // quả … | Tháng 11/2026" under one content cell): a second milestone of the task, not a task.
  const sameUnits = [...UNIT_ROLES].every((role) => !cleanCell(row[role] ?? '') || cleanCell(row[role] ?? '') === cleanCell(task.cells[role] ?? ''));
  if (sameUnits && isDate(cleanCell(row.deadline ?? ''), planYear) && isDate(cleanCell(task.cells.deadline ?? ''), planYear)) return false;
  // A unit cell of the task that ends with a comma or "và" is cut: the row carries it on.
  if ([...UNIT_ROLES].some((role) => /(?:,|\svà)\s*$/u.test(task.cells[role] ?? ''))) return false;
  return (['deadline', 'lead', 'support', 'leadSupport'] as const).some((role) => {
    const own = cleanCell(row[role] ?? '');
    const before = cleanCell(task.cells[role] ?? '');
    return own !== '' && before !== '' && own !== before;
  });
}

function joinCell(before: string, after: string): string {
  return `${before.replace(/\s+$/, '')} ${after.replace(/^\s+/, '')}`;
}

function finishTask(task: RawTask, ctx: StageContext, options: TableOptions): TaskRow {
  const span = task.start !== null && task.end !== null ? { start: task.start, end: task.end } : undefined;
  const deadlineText = cleanCell(task.cells.deadline ?? '');
  const parsed = deadlineText ? parseDeadline(deadlineText, { planYear: options.planYear }) : null;
  if (parsed?.implausible) ctx.message(log.implausibleDeadline(deadlineText, String(options.planYear)), span ? { span } : undefined);
  const supervisor = cleanCell(task.cells.supervisor ?? '');
  return {
    index: task.index,
    ...(task.parent ? { parent: task.parent } : {}),
    section: task.section,
    content: task.action ? cleanCell(task.cells.content ?? '') : firstSentence(headingBeforeList(cleanContent(task.cells.content ?? ''), LIST_OPENING.test(cleanCell(task.cells.content ?? '')))),
    ...leadAndSupport(withCellBreaks(task.cells, options.cellBreaks)),
    supervisor: supervisor || null,
    deadline: parsed?.deadline ?? null,
    confidence: Math.max(0, Math.min(1, task.confidence)),
    ...(span ? { span } : {}),
  };
}

/**
 * The lead and supporting units. A "chủ trì/phối hợp" column names the lead first and those
 * who support it after ("Phòng Đào tạo; Trung tâm QLCL"); its units fill whichever of the two
 * has no column of its own.
 */
const LEAD_THEN_PARTNERS = /^(\S.*?)\s+chu tri\s*[,;]?\s*(?:va\s+)?phoi hop(?:\s+voi)?\s+(\S.*)$/s;

function leadAndSupport(cells: RawTask['cells']): { lead: string[]; support: string[] } {
  // "Ban X (Viện Y phối hợp)": the body in brackets helps the lead.
  const leadCell = helpersInBrackets(cells.lead ?? '');
  // "Văn phòng chủ trì, phối hợp với các phòng, đơn vị liên quan": one cell says who leads and who helps.
  const said = LEAD_THEN_PARTNERS.exec(foldVietnamese(leadCell.rest).toLowerCase());
  const lead = splitUnits(said ? leadCell.rest.slice(0, said[1]!.length) : leadCell.rest);
  const partners = said ? splitUnits(leadCell.rest.slice(said[0].length - said[2]!.length)) : [];
  const support = [...splitUnits(cells.support ?? ''), ...partners, ...leadCell.helpers.filter((u) => !lead.includes(u))];
  const both = splitUnits(cells.leadSupport ?? '');
  if (!both.length) return { lead, support };
  if (!lead.length) return { lead: both.slice(0, 1), support: [...both.slice(1), ...support] };
  return { lead, support: [...support, ...both.filter((u) => !lead.includes(u))] };
}

/** A period cell opening a row of a table by months: "01/2017", "4-5/2017", "tháng 10/2025". */
const PERIOD_CELL = /^(?:tháng\s*)?\d{1,2}(?:\s*[-–,]\s*\d{1,2})?\s*\/\s*(?:19|20)\d\d$/iu;

/**
 * Rows of a table by months that a page break ran into one line: "01/2017\tKý kết …\tVăn
 * phòng …\t02/2017\tTổ chức …\tCông đoàn …" (the second row opens the next page). A later cell
 * shaped like the row's own first cell, a period, starts the next row — but only when every part
 * keeps a row's shape (three cells or more, as many as the first part or the table's header), so a
 * period column of the row itself ("Tháng | Nội dung | Chủ trì | Thời hạn | …") never cuts it.
 * `width` is the cell count of the last tab line that is no such row (the header, most often).
 * One pass over cells split once: a long line of such rows costs time linear in its length.
 */
function rowsRunTogether(line: SourceLine, width: number | null): SourceLine[] {
  if (!line.text.includes('\t')) return [line];
  const cells = line.text.split('\t');
  if (cells.length < 2 * MIN_ROW_CELLS || !PERIOD_CELL.test(cells[0]!.trim())) return [line];
  if (width !== null && cells.length <= width) return [line];
  // Where each cell starts in the line: the lengths of those before it and their tabs.
  const offsets: number[] = [];
  let offset = 0;
  for (const cell of cells) {
    offsets.push(offset);
    offset += cell.length + 1;
  }
  const starts = [0];
  for (let i = MIN_ROW_CELLS; i <= cells.length - MIN_ROW_CELLS; i++) {
    if (i - starts[starts.length - 1]! >= MIN_ROW_CELLS && PERIOD_CELL.test(cells[i]!.trim())) starts.push(i);
  }
  if (starts.length < 2) return [line];
  const counts = starts.map((at, k) => (starts[k + 1] ?? cells.length) - at);
  if (!counts.every((n) => n === counts[0] || n === width)) return [line];
  return starts.map((at, k) => {
    const from = offsets[at]!;
    const to = k + 1 < starts.length ? offsets[starts[k + 1]!]! - 1 : line.text.length;
    const row: SourceLine = { ...line, text: line.text.slice(from, to) };
    if (line.start !== null) {
      row.start = line.start + from;
      if (k + 1 < starts.length) row.end = line.start + to;
    }
    if (k > 0) delete row.pageStart;
    return row;
  });
}

/** The fewest cells of a row of a table by months: a period, the work, who does it. */
const MIN_ROW_CELLS = 3;

/** The cell count of the last tab line before each line that opens with no period (a header, a numbered row). */
function splitRunTogetherRows(lines: readonly SourceLine[]): SourceLine[] {
  let width: number | null = null;
  return lines.flatMap((line) => {
    if (!line.text.includes('\t')) return [line];
    const first = line.text.slice(0, line.text.indexOf('\t')).trim();
    if (!PERIOD_CELL.test(first)) {
      width = line.text.split('\t').length;
      return [line];
    }
    return rowsRunTogether(line, width);
  });
}

/** Content without the bullet it was printed with ("- Đăng kí …" → "Đăng kí …"). */
export function cleanContent(cell: string): string {
  return cleanCell(cell).replace(/^[-–•+]\s+/, '');
}

/** An item that names a document or a place, not a step: "Luật Nhà ở", "Nghị định 123/…", "Xã Ia Drang". */
const NAMED_DOCUMENT = new RegExp(`^(?:${foldedTypeNames().join('|')})\\s`);
/** A place is named after its kind with a capital or a figure ("Xã Ia Drang", "Quận 1"): "Quản lý …" folds like "Quận" but is a step. */
const NAMED_PLACE = /^(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)\s+(?=\S)/;

function namedItem(item: string): boolean {
  const folded = foldVietnamese(item);
  if (NAMED_DOCUMENT.test(folded)) return true;
  const place = NAMED_PLACE.exec(folded);
  return place !== null && /^[\p{Lu}\d]/u.test(item.slice(place[0].length));
}

/** A cell that opens with an item of a list ("- Phụ trách chung …"): its items are its paragraphs. */
const LIST_OPENING = /^[-–•]\s/;

/**
 * A content cell that goes on under its heading with a list whose line breaks were lost:
 * "Điều tra xã hội học: * Cấp bộ - Đối tượng …", "Kế hoạch … năm - Các đơn vị xây dựng kế hoạch.
 * - Vụ Pháp chế tổng hợp …." The task is the heading, the items its steps. The cut is at a
 * list mark right after a colon, or before two or more dash items that each end a sentence or
 * run to three words ("Tỉnh Bà Rịa - Vũng Tàu", "Văn hóa - Xã hội" have no such items and stay whole).
 * `opensList`: the cell opened with an item, cut off before `text`; then the head is that first
 * item, and one more item after it is a list.
 */
export function headingBeforeList(text: string, opensList = false): string {
  const colon = /^(.{3,}?):\s+[-–•*+]\s/u.exec(text);
  // A heading of two words ("Năm 2024: + Kỷ niệm …") is a period the items belong to: kept whole.
  if (colon && colon[1]!.trim().split(/\s+/).length >= 3) return colon[1]!.trim();
  // A dash after a word of one letter joins a name ("Trường Đại học Y - Dược Huế"): no item opens there.
  const items = [...text.matchAll(/(?<!(?:^|\s)\p{L})\s[-–•]\s+(?=\p{Lu})/gu)];
  if (items.length < (opensList ? 1 : 2)) return text;
  const head = text.slice(0, items[0]!.index).trim();
  const ends = items.map((m, i) => text.slice(m.index! + m[0].length, items[i + 1]?.index ?? text.length).trim());
  // An item of three words or more, or one that ends a sentence, is a step; two-word parts of a
  // name ("Vũng Tàu", "Xã hội") are not, nor are documents or places listed with dashes ("Luật Đất
  // đai - Luật Nhà ở - …", "huyện Chư Prông - Thị trấn Chư Prông - Xã Ia Drang").
  const named = ends.some(namedItem);
  return head.split(/\s+/).length >= 3 && !named && ends.every((item) => /[.;]$/.test(item) || item.split(/\s+/).length >= 3) ? head : text;
}

/**
 * A task's content is its first sentence: a cell or bullet that goes on to explain ("Hình
 * thành hạ tầng … tiêu chuẩn xanh. Phát triển các cụm …") is named by its opening. The cut
 * is at a full stop followed by a capital, after at least four words (not "TP. Hồ Chí Minh").
 */
export function firstSentence(text: string): string {
  const m = /^((?:\S+\s+){3,}?\S*\p{Ll}\S*[.!?])\s+(?=\p{Lu})/u.exec(text);
  return m ? m[1]!.replace(/[.!?]+$/, '').trim() : text;
}

/**
 * The row under a table's header that numbers its columns, "(1)\t(2)\t(3)" or "1\t2\t3\t4"
 * (the TT cell often left empty): every filled cell a column number, one more than the cell
 * before. It names no task.
 */
export function isColumnNumbering(cells: readonly string[]): boolean {
  const numbers: number[] = [];
  for (const cell of cells) {
    const text = cell.trim();
    if (!text) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(text);
    if (!m) return false;
    numbers.push(Number(m[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}
