// Tasks from every shape a plan prints them in: tab-separated tables (text, DOCX/HTML, tables
// rebuilt from OCR), the column-scrambled OCR of scanned tables, and timelines of phases in
// plans that have no table at all.
import type { DocumentInfo, Section, TaskRow } from '../../output/schema.js';
import type { StageContext, Table } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { log } from '../../output/diagnostics.js';
import { tasksFromPipeTables } from './pipe-table.js';
import { taskListExpected } from './expected.js';
import { tasksFromProseLists } from './prose-list.js';
import { tasksFromAssignments } from './assignments.js';
import { tasksFromBracketedItems } from './bracketed-assignment.js';
import { tasksFromUnitHeadings } from './unit-headings.js';
import { tasksFromTargetDuties } from './target-duties.js';
import { tasksFromPersonHeadings } from './person-headings.js';
import { hasWordContent } from './word-content.js';
import { tasksFromPointAssignments } from './point-assignments.js';
import { attachedPlanStart } from './attached-plan.js';
import { readableOcrProse } from './ocr-prose.js';
import { tasksFromScrambledOcr } from './scrambled-ocr.js';
import { tasksFromTimeline } from './timeline.js';
import { tasksFromTabbedLines, type SourceLine } from './tsv-table.js';
import { layoutTableRows } from './layout-table.js';
import { unitColumnTableRows } from './unit-column-lines.js';
import { cellLineTableRows } from './cell-lines.js';
import { columnBlockTableRows } from './column-blocks.js';
import { pageFurniture } from './page-furniture.js';
import { cellBreaksOf } from './cell-breaks.js';
import { withoutMirroredRows } from './mirrored-rows.js';
import { planPartKind } from './plan-parts.js';

/** Plans and programmes, whose numbered items are the work to do. */
const PLAN_TYPES = new Set(['KH', 'CTr']);
/** Notices (thông báo kết luận) beside công văn (no type code): they may pass on directions item by item. */
const DIRECTION_TYPES = new Set(['TB']);

export interface TaskContext {
  tables: readonly Table[];
  document: DocumentInfo;
  sections: Section[];
  /** Typed text (Word, RTF, a web page): its short lines are never a stamp's debris. */
  typed?: boolean;
  /** The reader kept a merged cell's text in its first row only: a lead merged down rows is filled down. */
  mergedCellsLost?: boolean;
  /** An OCR engine wrote the text (ours or another's): its words stand only roughly where the page has them. */
  ocr?: boolean;
  /** The text folded (normalizers/fold.ts), when the caller holds it already: not folded again. */
  folded?: string;
}

export function extractTasks(text: string, ctx: StageContext, context: TaskContext): TaskRow[] {
  const planYear = planYearOf(context.document, text);
  const lines = linesWithOffsets(text);
  // Page headers inside a table cut its rows in two: the table readers never see them.
  const furniture = pageFurniture(lines);
  const tableLines = furniture.size ? withoutFurniture(lines, furniture) : lines;
  let tasks: TaskRow[] = [];
  if (tableLines.some((l) => l.text.includes('\t'))) {
    const cellBreaks = cellBreaksOf(context.tables);
    tasks = tasksFromTabbedLines(tableLines, ctx, { planYear, mergedCellsLost: context.mergedCellsLost ?? false, cellBreaks, ocr: context.ocr ?? false });
  } else if (context.tables.length) {
    // The reader gave structured tables but did not render them in the text: no spans.
    const rows = context.tables.flatMap((t) => t.rows.map((r) => ({ text: r.map((c) => c.replace(/\n/g, ' ')).join('\t'), start: null })));
    tasks = tasksFromTabbedLines(rows, ctx, { planYear, mergedCellsLost: context.mergedCellsLost ?? false, cellBreaks: cellBreaksOf(context.tables) });
  } else {
    // Tables laid out with spaces (PDF text layers): rebuilt as tab-separated rows.
    const pageBreaks = [...text.matchAll(/\f/g)].map((m) => m.index!);
    const rows = layoutTableRows(tableLines, { roughPlacement: context.ocr ?? false, pageBreaks });
    if (rows.length) tasks = tasksFromTabbedLines(rows, ctx, { planYear, mergedCellsLost: context.mergedCellsLost ?? false });
    // A gazette's text layer writes a body-first table cell by cell, the body merged over its rows.
    if (!tasks.length) {
      const unitRows = unitColumnTableRows(tableLines);
      if (unitRows.length) tasks = tasksFromTabbedLines(unitRows, ctx, { planYear, mergedCellsLost: false });
    }
    // Tables an OCR dump wrote one cell per line: rebuilt the same way.
    if (!tasks.length) {
      const cellRows = cellLineTableRows(tableLines);
      if (cellRows.length) tasks = tasksFromTabbedLines(cellRows, ctx, { planYear, mergedCellsLost: context.mergedCellsLost ?? false });
    }
    // Tables plain pdftotext wrote cell block by cell block, a page's columns one after another.
    if (!tasks.length) {
      const blockRows = columnBlockTableRows(tableLines);
      if (blockRows.length) tasks = tasksFromTabbedLines(blockRows, ctx, { planYear, mergedCellsLost: false });
    }
  }
  const pipe = { taskTables: 0 };
  if (text.includes('|')) tasks.push(...tasksFromPipeTables(lines, ctx, { planYear, mergedCellsLost: context.mergedCellsLost ?? false }, pipe));
  // A table rebuilt from OCR may set a row's number or a stamp's debris in its content column: no task.
  if (context.ocr) tasks = tasks.filter(hasWordContent);
  if (!tasks.length) tasks = tasksFromScrambledOcr(text, ctx, { planYear });
  // The page's running lines (its number after the form feed) cut an item in two: the prose readers never see them either.
  const prose = context.typed ? tableLines : readableOcrProse(tableLines, context.ocr);
  const listed = tasksFromProseLists(prose, ctx, { planYear, typed: context.typed ?? false, ocr: context.ocr ?? false });
  // A scanned plan's body items that say again the rows of its task table (mirrored-rows.ts).
  // Beside a task table whose every row names its body, a prose item that names none ("1. Kiện toàn
  // bộ máy …" / "Thời gian thực hiện: Tháng 7/2026") is the plan's outline of the same work. (OCR'd
  // text has its own rule, mirrored-rows.ts.)
  const bodied = !context.ocr && tasks.length > 0 && tasks.every((t) => t.lead.length > 0);
  const kept = bodied ? listed.filter((t) => t.lead.length > 0 || t.support.length > 0) : listed;
  tasks.push(...(context.ocr && tasks.length ? withoutMirroredRows(kept, tasks) : kept));
  // "1. Giao Phòng … chủ trì, phối hợp với …, hoàn thành trước …": a plan's tasks assigned in
  // sentences, read when no table or labelled list gave them. In other documents only a run of
  // directions (below).
  // Beside a table a plan's closing part "Tổ chức thực hiện" may be written as assignments, most
  // of its numbered items "2. Phòng … chủ trì, phối hợp với …": those give the units more to do,
  // less what another reader took from the same lines. A closing part that mostly lists each
  // agency's duties under its name ("1. Sở Nội vụ" then its duties) is no task list, nor are its
  // few sentences of that shape. Elsewhere a table's plan repeats its rows in sentences: left alone.
  // "a) …", "b) …" then "* Phân công thực hiện: - X chủ trì phối hợp với Y thực hiện nội dung điểm a, b": the
  // lettered items the block assigns, in any type (the block names each item's bodies).
  tasks.push(...tasksFromPointAssignments(prose, ctx).filter((t) => !overlapsAny(t, tasks)));
  // A decision issuing a plan may carry it after its own articles: that part is read as a plan.
  const attached = PLAN_TYPES.has(context.document.typeCode ?? '') ? null : attachedPlanStart(context.folded ?? foldVietnamese(text));
  const plan = PLAN_TYPES.has(context.document.typeCode ?? '') || attached !== null;
  const planLines = attached === null ? prose : prose.filter((l) => (l.start ?? 0) >= attached);
  // "1. Tuyên truyền … (Công chức Văn hóa - Xã hội chủ trì; các đoàn thể phối hợp; thời gian: Quý I)":
  // the items whose closing bracket assigns them, as commune plans write them; read when no table
  // or labelled list gave tasks.
  if (plan && !tasks.length) tasks = tasksFromBracketedItems(planLines, { planYear });
  if (plan) {
    const assigned = tasksFromAssignments(planLines, ctx, { planYear });
    tasks = tasks.length ? [...tasks, ...closingAssignments(assigned.filter((t) => inClosingPart(t) && !overlapsAny(t, tasks)), text, context.sections)] : listedDuties(assigned, planLines, ctx, planYear);
  }
  // "Thủ tướng Chính phủ có ý kiến chỉ đạo như sau: 1. Giao Bộ Công an chủ trì phối hợp với …; 2.
  // Giao Bộ Thông tin và Truyền thông …": a công văn or a notice of conclusions passing on directions
  // item by item gives each item's work to its bodies, as a plan's assignments do. Read only on two
  // or more "Giao …" items at one depth (assignments.ts, `directions`); a letter's closing duty or a
  // "giao cho" in prose gives none. Such a document need not have tasks: its status does not rest on them.
  // A decision's articles and a directive's (chỉ thị) duties stay no list of tasks: only letters and notices.
  if (!plan && !tasks.length && passesOnDirections(context.document)) tasks = tasksFromAssignments(prose, ctx, { planYear, directions: true });
  // "1. Phòng Văn hóa – Thông tin:" then its duties as bullets: the tasks listed under the body that does them.
  if (!tasks.length && plan) {
    tasks = tasksFromUnitHeadings(planLines, ctx, { planYear });
    // "2. Thành lập mới … các khu, cụm công nghiệp:" / "- Sở Công Thương chủ trì tham mưu …": beside
    // the bodies' lists, the duties the plan gives inside its numbered targets (target-duties.ts).
    if (tasks.length) tasks = [...tasksFromTargetDuties(planLines, { planYear }, tasks), ...tasks];
  }
  // "4.1. Ông Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …": the work shared out among a team's members.
  if (!tasks.length && plan) tasks = tasksFromPersonHeadings(planLines);
  const timeline = tasksFromTimeline(text, context.sections, ctx, planYear, plan);
  const all = [...tasks, ...timeline];
  if (!all.length) {
    const expected = taskListExpected(text, lines, { pipeTaskTables: pipe.taskTables, typed: context.typed ?? false, folded: context.folded, plan });
    if (expected) ctx.message(log.tasksNotFound(expected));
  }
  return all;
}

/** A công văn (no type code) or a notice: the documents that may pass on directions item by item. */
function passesOnDirections(document: DocumentInfo): boolean {
  return document.typeCode === null || DIRECTION_TYPES.has(document.typeCode);
}

/**
 * "1. Các sở, ngành; UBND cấp huyện" / two paragraphs / "2. …" / "3. Sở Thông tin và Truyền
 * thông" / three paragraphs: assignments read from such a list take a body's heading and its
 * first paragraph for a sentence, and miss the bodies whose duties open with a verb. When the
 * list of duties by body reads more rows and covers every assignment, the list is the reading.
 */
function listedDuties(assigned: TaskRow[], planLines: readonly SourceLine[], ctx: StageContext, planYear: number | null): TaskRow[] {
  if (!assigned.length) return assigned;
  const listed = tasksFromUnitHeadings(planLines, ctx, { planYear });
  return listed.length > assigned.length && assigned.every((t) => overlapsAny(t, listed)) ? listed : assigned;
}

/** The heading of a plan's closing part, "Tổ chức thực hiện". */
function isClosingHeading(heading: string): boolean {
  return planPartKind(heading) === 'closing';
}

/** A task of the plan's closing part. */
function inClosingPart(task: TaskRow): boolean {
  return isClosingHeading(task.section ?? '');
}

/**
 * The closing part's assignments, kept when they are at least half of its numbered items ("2.",
 * "**3.**" opening a line): the part is written as assignments, not as each agency's duties.
 */
function closingAssignments(assigned: readonly TaskRow[], text: string, sections: readonly Section[]): TaskRow[] {
  const parts = sections.filter((s) => isClosingHeading(s.heading));
  const partOf = (task: TaskRow) => (task.span ? parts.find((s) => s.span.start <= task.span!.start && task.span!.start < s.span.end) : undefined);
  const mine = new Map<Section, number>();
  for (const task of assigned) {
    const part = partOf(task);
    if (part) mine.set(part, (mine.get(part) ?? 0) + 1);
  }
  const written = new Set<Section>();
  for (const [part, count] of mine) {
    const items = text.slice(part.span.start, part.span.end).split('\n').filter((l) => NUMBERED_ITEM.test(l)).length;
    if (count * 2 >= items) written.add(part);
  }
  return assigned.filter((task) => {
    const part = partOf(task);
    return !part || written.has(part);
  });
}

const NUMBERED_ITEM = /^\s*(?:\*\*)?\d{1,2}\.(?:\*\*)?\s/;

/** Whether a task's lines are already another task's (spans unknown count as apart). */
function overlapsAny(task: TaskRow, others: readonly TaskRow[]): boolean {
  const a = task.span;
  if (!a) return false;
  return others.some((o) => o.span && o.span.start < a.end && a.start < o.span.end);
}

/** The lines without the furniture; the line after a page's header opens the page in its stead. */
function withoutFurniture(lines: readonly SourceLine[], furniture: ReadonlySet<SourceLine>): SourceLine[] {
  const out: SourceLine[] = [];
  let carry = false;
  for (const line of lines) {
    if (furniture.has(line)) {
      carry ||= line.pageStart === true;
      // "… các dự án" / form feed / "12" / "đầu tư vào …": the form feed after the line's end reads as
      // an empty line of its own; with the page's number gone, it is no blank line between paragraphs.
      if (line.pageStart && out.length && !out[out.length - 1]!.text) out.pop();
      continue;
    }
    out.push(carry && !line.pageStart ? { ...line, pageStart: true } : line);
    carry = false;
  }
  return out;
}

export function linesWithOffsets(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let offset = 0;
  // A form feed (page break) ends a line too: a table row must not run into the next page's.
  // The line after it opens a page: a row cut there goes on from the last page's.
  let pageStart = false;
  for (const line of text.split(/(?<=[\n\f])/)) {
    const body = line.replace(/[\n\f]$/, '');
    out.push(pageStart ? { text: body, start: offset, pageStart: true } : { text: body, start: offset });
    pageStart = line.endsWith('\f');
    offset += line.length;
  }
  if (text.endsWith('\n') || text.endsWith('\f') || text === '') out.push(pageStart ? { text: '', start: offset, pageStart: true } : { text: '', start: offset });
  return out;
}

/**
 * The first year the plan covers: from its date, else its title ("… năm 2021", "giai đoạn
 * 2021-2025"), else the first "năm YYYY" of the date line. Deadlines printed without a year
 * take it; deadlines before it are flagged.
 */
export function planYearOf(document: DocumentInfo, text: string): number | null {
  const fromDate = document.date ? Number(document.date.slice(0, 4)) : NaN;
  if (Number.isFinite(fromDate)) return fromDate;
  const fromTitle = document.title?.match(/\b(?:19|20)\d\d\b/g);
  if (fromTitle?.length) return Math.min(...fromTitle.map(Number));
  const head = foldVietnamese(text.slice(0, 1500));
  const dateLine = /ngay\s*[\d.…_ ]*\s*thang\s*[\d.…_ ]*\s*nam\s*((?:19|20)\d\d)/.exec(head);
  if (dateLine) return Number(dateLine[1]);
  return null;
}
