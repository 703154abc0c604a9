// Tasks from prose task lists, the most common form of a plan's tasks: a numbered task (or a
// bullet under one) followed by label lines (prose-labels.ts) naming its lead unit, the units
// supporting it and its deadline. One pass over the lines:
// - headings ("1.", "1.1.", "a)", number and text on one line or two) and bullets are the
//   candidate contents; labels after them open a block, which the next line that is neither a
//   label nor a wrapped continuation of one closes;
// - a closed block is a task: its content is the heading above it when it is the first block
//   under that heading, else the first sentence of the paragraph or bullet since the previous
//   block ("4. Nâng cao …" with three bullets, each with its own labels, gives three tasks);
// - a heading that names a body ("1.2. Sở Tài chính - Cơ quan thường trực") is not a task's
//   content: its bullets are, and the body leads them unless a label says otherwise.
// A bare "Chủ trì:" with nothing else is a meeting's chair, not a task's lead; a lone block in
// a whole document is not a list.
import type { TaskRow } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { cleanValue, inlineLabels, joinedLabelCuts, lineLabels, partHeading, type Label } from './prose-labels.js';
import { firstSentence, type SourceLine } from './tsv-table.js';
import { splitUnits } from './units.js';
import { actingBodyOf } from './acting-body.js';
import { headerRoles } from './columns.js';
import { supervisingBody } from './supervising-bullet.js';

interface Item {
  kind: 'heading' | 'bullet' | 'para' | 'content';
  /** "+" sub-items under a "-" bullet. */
  plus?: boolean;
  text: string;
  number: string | null;
  start: number;
}

interface Heading {
  number: string;
  text: string;
  depth: number;
  /** The heading names a body: its tasks are the bullets below it. */
  unit: boolean;
}

type BlockField = Exclude<Label['role'], 'content'> | 'aside';

interface Block {
  lead: string[];
  support: string[];
  deadline: string[];
  strongLead: boolean;
  start: number;
  end: number;
  /** What a label names that is neither lead, partner nor deadline (the section that prepares a chaired task). */
  aside: string[];
  /** The field the last label line filled, for wrapped continuation lines. */
  last: BlockField | null;
  /** A label with nothing after its colon: the bullets below it are its value. */
  awaiting: BlockField | null;
  /** A "chủ trì" label named the lead: bodies labelled "thực hiện" beside it carry the work out with it. */
  chaired: boolean;
  /** The lead so far is the unit that prepares the work ("Bộ phận tham mưu"): a chủ trì named after it replaces it. */
  advisedLead?: boolean;
  /** A bullet between the labels named the body overseeing the work (supervising-bullet.ts). */
  supervisor?: string;
  /** A label numbered as a sub-item of the heading above ("1. Lớp …" / "1.1. Thời gian: …"): the item's own field. */
  numberedField?: boolean;
}

/** A page's number on the line a form feed opens: "4". */
const PAGE_NUMBER = /^\d{1,3}$/;
const NUMBER_ONLY = /^[*_\s]*(\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4})[.)]?[*_\s]*$/;
const NUMBERED = /^[*_\s]*(\d{1,2}(?:\.\d{1,2}){1,3}(?:\.[a-zđ])?(?=[.)]?[*_\s]*\s)|(?:\d{1,2}|[IVX]{1,4}|[a-zđ])(?=[.)]))[.)]?[*_\s]*\s+(\S.*)$/;
const BULLET = /^[*_\s]*[-+•][\s*_]+(\S.*)$/;
const TERMINAL = /[.;:!?)]$/;
/** Headings that name the body the tasks below belong to. */
const UNIT_HEADING =
  /^(?:(?:trach nhiem|nhiem vu) cua |so [a-z]|ubnd|uy ban nhan dan|ban (?!hanh)|phong (?!thu|chong|ngua)|cong an|bo chi huy|van phong|trung tam|truong ban|pho truong ban|chu tich|pho chu tich|thanh vien|cac (?:so|co quan|don vi|phong|ban|thanh vien)\b|don vi|co quan)/;
/** A heading that names a body; "Sở …" is a department, "Sơ kết …" (the same letters folded) a task. */
function namesUnit(heading: string): boolean {
  return UNIT_HEADING.test(foldVietnamese(heading)) && !/^[\s*_]*sơ\s/iu.test(heading);
}

/** "+ Sở Xây dựng: hướng dẫn …": a sub-item that gives its own body a share of the task. */
const NAMED_BODY = /^(?:Sở|Bộ|Ban|UBND|Ủy ban|Văn phòng|Công an|Trung tâm|Phòng|Cục|Chi cục|Đài|Báo)\s/u;
const UNIT_ITEM = /^(\p{Lu}[^:]{2,80}?):\s+(\S.*)$/u;

/** A table header's cell is a few words, without a colon or a sentence's end. */
const HEADER_CELL = /^[^:.;]{1,40}$/;

/**
 * The lines of table headers written one cell per line: three short lines or more in a row that
 * name a task table's columns (columns.ts), one of them a unit's column name with no value
 * ("Đơn vị phối hợp"), which as a label would open a task of the header.
 */
function cellHeaderLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const out = new Set<SourceLine>();
  let run: SourceLine[] = [];
  const flush = () => {
    const bare = run.filter((l) => lineLabels(l.text.trim())?.some((label) => !label.value)).length;
    const roles = run.length >= 3 && bare >= 1 ? headerRoles(run.map((l) => l.text.trim())) : null;
    if (roles && roles.filter(Boolean).length >= 3 && roles.includes('content')) for (const l of run) out.add(l);
    run = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    // A page's number before the header it repeats is no cell of it.
    if (text && HEADER_CELL.test(text) && !/^\d+$/.test(text)) run.push(line);
    else if (text || run.length) flush();
  }
  flush();
  return out;
}

/** "Bước 2: …": a heading that names a step of a procedure. */
const STEP = /^[*_\s]*bước\s+\d{1,2}\s*[:.]/iu;

/** The verbs a task starts with; a heading starting otherwise ("Đối với …", "Mục tiêu …") names a topic. */
const ACTION =
  /^(?:xay dung|to chuc|trien khai|kiem tra|giam sat|tuyen truyen|thuc hien|hoan thien|ban hanh|ra soat|tang cuong|day manh|nang cao|phat trien|dao tao|boi duong|tong ket|so ket|bao cao|tham muu|huong dan|phoi hop|cap nhat|dau tu|ung dung|nghien cuu|chi dao|tiep nhan|lap|cong bo|phat dong|khen thuong|danh gia|theo doi|quan ly|van hanh|thanh lap|kien toan|chuan bi|tiep tuc|hoan thanh|dang ky|tap huan|truyen thong|ho tro|thu thap|xu ly|giai quyet|doi moi|thuc day|tham dinh|phe duyet|trinh|sap xep|bo tri|cung co|khao sat|tiep xuc|niem yet|gui|tong hop)\b/;

const LEAD_THEN_SUPPORT = /^(.+?)\s+chủ trì(?:\s*[,;]?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+(.+))?$/u;

export interface ProseOptions {
  planYear: number | null;
  /** Typed text: a label line never has the forms only OCR gives it (prose-labels.ts). */
  typed?: boolean;
  /** An OCR engine wrote the text: its misreadings (":" for ";", "1" for "i", a value's wrap cut mid-name) are repaired. */
  ocr?: boolean;
}

export function tasksFromProseLists(given: readonly SourceLine[], ctx: StageContext, options: ProseOptions): TaskRow[] {
  const typed = options.typed ?? false;
  const ocr = options.ocr ?? false;
  const lines = given.flatMap((line) => splitJoinedLabels(line, typed));
  const tasks: TaskRow[] = [];
  const headings: Heading[] = [];
  let items: Item[] = [];
  // Held in an object: the helpers below open and close it.
  const open: { block: Block | null } = { block: null };
  let pendingNumber: { number: string; start: number } | null = null;
  let afterBlank = false;
  let previousLine = '';
  let strongBlocks = 0;
  const headerLines = cellHeaderLines(lines);
  // Under "1. Nội dung, biện pháp" the lettered items describe the task; they are not tasks.
  let describing = false;
  // Crawled text wraps paragraphs, so a label's value may go on over the next line; Word
  // exports keep a paragraph on one line and have no blank lines between paragraphs.
  const wraps = lines.filter((l) => !l.text.trim()).length * 10 > lines.length;

  // The tasks read under each heading: a heading over several blocks is a group, not a task.
  const underHeading = new Map<Heading, Array<{ task: TaskRow; body: Item | null }>>();
  // "3. Theo dõi …" / "3.1. …" / "3.2. …" / "3.3. …" / labels: sub-items in a row, none with labels
  // of its own, and the labels after the last: they are the parent's task, its steps listed.
  const siblings = { parent: null as Heading | null, count: 0, tasksBefore: 0 };
  const noteSibling = (number: string) => {
    const depth = /^[IVX]+$/.test(number) ? 0 : number.split('.').length;
    const top = headings[headings.length - 1];
    if (depth >= 2 && top && top.depth === depth && siblings.count && tasks.length === siblings.tasksBefore) siblings.count++;
    else {
      const parent = [...headings].reverse().find((h) => h.depth < depth) ?? null;
      siblings.parent = depth >= 2 && parent && number.startsWith(`${parent.number}.`) ? parent : null;
      siblings.count = siblings.parent ? 1 : 0;
    }
    siblings.tasksBefore = tasks.length;
  };
  // The last block read as its parent's task (its siblings' steps), as it was read: a later sibling
  // with lines of its own ("1.1." / "1.2." + labels / "1.3." + labels) says the siblings are tasks.
  let asParent: { task: TaskRow; parentNumber: string; read: Pick<TaskRow, 'index' | 'content' | 'section' | 'parent'> } | null = null;
  const close = () => {
    if (!open.block) return;
    const read = taskOf(open.block, items, headings, ctx, options);
    const parent = siblings.parent;
    if (read && parent && siblings.count >= 2 && read.heading && read.task.index === read.heading.number && tasks.length === siblings.tasksBefore) {
      asParent = { task: read.task, parentNumber: parent.number, read: { index: read.task.index, content: read.task.content, section: read.task.section, parent: read.task.parent } };
      read.task.index = parent.number;
      read.task.content = parent.text;
      read.task.section = headings[headings.indexOf(parent) - 1]?.text ?? null;
      delete read.task.parent;
      siblings.count = 0;
    } else if (read && asParent && read.task.index?.startsWith(`${asParent.parentNumber}.`)) {
      const { task, read: was } = asParent;
      Object.assign(task, was);
      if (was.parent === undefined) delete task.parent;
      asParent = null;
    }
    if (read) {
      const { task, heading, body } = read;
      tasks.push(task, ...unitShares(task, items));
      if (heading) {
        const under = underHeading.get(heading);
        if (under) under.push({ task, body });
        else underHeading.set(heading, [{ task, body }]);
      }
      // A deadline alone makes a task of a bullet ("- Tổng hợp …" / "Thời gian hoàn thành: …");
      // under a heading it is as likely the period of a plan's part ("a. Thời gian thực hiện").
      // A numbered heading that says what to do ("3. Kiểm tra, giám sát việc …") is a task too.
      const action = ACTION.test(foldVietnamese(task.content));
      // "b) Đào tạo … cho cán bộ Văn thư" / "- Thời gian dự kiến: …": a lettered step with its own time.
      // "2.2. Bước 2: Kiểm tra …" / "Thời gian hoàn tất: …": a numbered step of a procedure, with its own time.
      const step = items.some((i) => i.kind === 'heading' && i.text && (/^[a-zđ]$/.test(i.number ?? '') || /[.][a-zđ]$/.test(i.number ?? '') || STEP.test(i.text)));
      // "1. Lớp bồi dưỡng …" / "1.1. Thời gian: Tháng 7/2023" / "1.2. Thành phần: …": the item's time as one of its numbered fields.
      const field = open.block.numberedField === true && task.index !== null;
      if (open.block.strongLead || open.block.support.length || (open.block.deadline.length && ((read.body && !task.index) || action || step || field))) strongBlocks++;
    }
    open.block = null;
    items = [];
  };
  const addLabel = (label: Label, start: number, end: number) => {
    if (label.role === 'content') {
      close();
      items.push({ kind: 'content', text: label.value, number: null, start });
      return;
    }
    open.block ??= { lead: [], support: [], deadline: [], aside: [], strongLead: false, start, end, last: null, awaiting: null, chaired: false };
    // "Cơ quan chủ trì: Hội đồng …" / "Bộ phận tham mưu thực hiện: …": the chair leads; the section
    // that prepares the work is neither lead nor partner.
    if (label.advising && open.block.chaired) {
      // Its value, wrapped lines and bullets go aside: no partner, no task of their own.
      if (label.value) open.block.aside.push(label.value);
      open.block.last = label.value ? 'aside' : null;
      open.block.awaiting = label.value ? null : 'aside';
      open.block.end = end;
      return;
    }
    if (label.role === 'lead' && !label.advising && !label.executing && open.block.advisedLead) {
      open.block.lead = [];
      open.block.advisedLead = false;
    }
    if (label.advising) open.block.advisedLead = true;
    // "a) Cơ quan chủ trì: …" / "b) Đơn vị thực hiện: Các Đội chuyên trách": who leads, then who does the work with it.
    const role = label.role === 'lead' && label.executing && open.block.chaired ? 'support' : label.role;
    if (label.role === 'lead' && !label.executing && !label.advising) open.block.chaired = true;
    if (label.value) open.block[role].push(label.value);
    if (role === 'lead' && label.strong) open.block.strongLead = true;
    open.block.last = label.value ? role : null;
    open.block.awaiting = label.value ? null : role;
    open.block.end = end;
  };

  for (const line of lines) {
    const start = line.start ?? 0;
    const trimmed = line.text.trim();
    if (!trimmed) {
      afterBlank = true;
      continue;
    }
    // A number alone opening a page (after a form feed) is the page's number, no item's.
    if (line.pageStart && PAGE_NUMBER.test(trimmed)) continue;
    const end = line.end ?? start + line.text.length;
    const wasAfterBlank = afterBlank;
    const lineBefore = previousLine;
    afterBlank = false;
    previousLine = trimmed;
    if (trimmed.startsWith('|') || line.text.includes('\t')) {
      close();
      continue;
    }
    // A table's header written one cell per line ("STT" / "Đơn vị" / "Nhiệm vụ chủ trì" / "Đơn vị
    // phối hợp" / "Thời gian hoàn thành"): its column names are no labels of a task.
    if (headerLines.has(line)) {
      close();
      pendingNumber = null;
      continue;
    }

    const part = partHeading(trimmed);
    if (part) {
      if (part === 'description') close();
      describing = part === 'description';
      pendingNumber = null;
      continue;
    }
    const labels = lineLabels(trimmed, typed);
    if (labels) {
      describing = false;
      pendingNumber = null;
      for (const label of labels) addLabel(label, start, end);
      const top = headings[headings.length - 1];
      const fieldNumber = /^[*_\s]*(\d{1,2}(?:\.\d{1,2}){1,2})[.)]\s/.exec(trimmed)?.[1];
      if (open.block && top && fieldNumber?.startsWith(`${top.number}.`)) open.block.numberedField = true;
      continue;
    }
    const numbered = NUMBERED.exec(trimmed);
    const bullet = numbered ? null : BULLET.exec(trimmed);
    const numberOnly = numbered || bullet ? null : NUMBER_ONLY.exec(trimmed);
    // A PDF's plain text may set a blank line inside a paragraph ("… Đảng ủy Ủy" / "" / "ban nhân dân
    // tỉnh."): after one, a line in lower case goes on with the line before; a paragraph never opens so.
    const lower = /^\p{Ll}/u.test(trimmed);
    const continues = (!wasAfterBlank || lower) && !TERMINAL.test(lineBefore) && (wraps || lower || (ocr && !!open.block?.last && cutMidPhrase(lineBefore)));
    if (open.block && continues && !numbered && !bullet && !numberOnly && open.block.last) {
      // A label's value wrapped onto the next line.
      const field = open.block[open.block.last];
      field[field.length - 1] = `${field[field.length - 1]} ${trimmed}`;
      open.block.end = end;
      continue;
    }
    // "- Sở Y tế chỉ đạo, hướng dẫn …" after the task's unit, before its time: who oversees it, the block goes on.
    const overseer = open.block && bullet && !open.block.awaiting && open.block.lead.length && !open.block.deadline.length ? supervisingBody(bullet[1]!) : null;
    if (open.block && overseer) {
      open.block.supervisor ??= overseer;
      open.block.last = null;
      open.block.end = end;
      continue;
    }
    // "(Văn phòng Ban Chỉ đạo … đồng thời là …)": a note in brackets between a task's labels.
    if (open.block && /^\(.*\)[.;]?$/.test(trimmed)) continue;
    // "- Thành phần: …", "- Kết quả: …" between a task's labels are more of its fields: the block goes on.
    // "- Nguồn kinh phí: Ngân sách tỉnh." after a task's time: its funds, no bullet of the next task.
    if (open.block && bullet && FUNDS.test(foldVietnamese(bullet[1]!).toLowerCase())) {
      open.block.last = null;
      continue;
    }
    if (open.block && bullet && OTHER_FIELD.test(foldVietnamese(bullet[1]!).toLowerCase())) {
      items.push({ kind: 'bullet', text: bullet[1]!, number: null, start });
      open.block.last = null;
      continue;
    }
    if (describing) {
      if (!numbered || /^[a-zđ]$/.test(numbered[1]!)) continue;
      describing = false;
    }
    if (open.block?.awaiting && (bullet || (!numbered && !numberOnly && !open.block[open.block.awaiting].length))) {
      // The value of a label that stands alone: the bullets or the paragraph below it.
      // "* Thời gian thực hiện:" / "+ Đợt 1: …" / "+ Đợt 2: …"
      const field = open.block[open.block.awaiting];
      field.push(cleanValue(bullet ? bullet[1]! : trimmed));
      open.block.last = open.block.awaiting;
      open.block.end = end;
      continue;
    }
    close();
    if (numberOnly) {
      pendingNumber = { number: numberOnly[1]!, start };
      continue;
    }
    // "2" / "1.4. Đào tạo …": a line that carries its own dotted number is not the bare number's
    // heading; the bare number was the page's.
    if (pendingNumber && numbered && /\./.test(numbered[1]!)) pendingNumber = null;
    const inline = inlineLabels(trimmed, typed);
    const text = inline ? inline.before : trimmed;
    if (pendingNumber) {
      noteSibling(pendingNumber.number);
      items = pushHeading(headings, pendingNumber.number, text, pendingNumber.start);
      pendingNumber = null;
    } else if (numbered && !/^[a-zđ]$/.test(numbered[1]!) && NUMBERED.exec(text)) {
      noteSibling(numbered[1]!);
      items = pushHeading(headings, numbered[1]!, NUMBERED.exec(text)![2]!, start);
    } else if (numbered) {
      items.push({ kind: 'heading', text: NUMBERED.exec(text)?.[2] ?? text, number: numbered[1]!, start });
    } else if (bullet) {
      items.push({ kind: 'bullet', text: BULLET.exec(text)?.[1] ?? text, number: null, start, plus: /^[*_\s]*\+/.test(text) });
    } else if (items.length && items[items.length - 1]!.kind === 'heading' && continues && !inline) {
      // "1. Phổ biến, giáo dục Luật" / "Việc làm và các văn bản …": a heading wrapped onto the next line.
      const heading = items[items.length - 1]!;
      heading.text = stripMarks(`${heading.text} ${text}`);
      const top = headings[headings.length - 1];
      if (top && top.number === heading.number) {
        top.text = heading.text;
        top.unit = namesUnit(heading.text);
      }
    } else if (items.length && items[items.length - 1]!.kind !== 'heading' && !wasAfterBlank) {
      items[items.length - 1]!.text += ` ${text}`;
    } else {
      items.push({ kind: 'para', text, number: null, start });
    }
    if (inline) {
      for (const l of inline.labels) addLabel(l, start, end);
      open.block!.last = null;
    }
  }
  close();
  for (const [heading, read] of underHeading) {
    const first = read[0]!;
    if (read.length < 2 || first.task.index !== heading.number || !first.body) continue;
    // "4. Nâng cao …" over three bullets that each carry labels: the bullets are the tasks.
    first.task.content = firstSentence(stripMarks(first.body.text)).replace(/[.;:]+$/, '');
    first.task.index = null;
    first.task.parent = heading.number;
    first.task.section = heading.text;
  }
  // One block in a whole document is a stray label, not a list; a list needs blocks that name
  // a unit kind, a supporting unit or a deadline, not only a meeting's chair.
  return tasks.length >= 2 && strongBlocks >= 2 ? tasks : [];
}

/** Records a numbered heading; what was gathered before it is no task's content: a new list of items starts. */
function pushHeading(headings: Heading[], number: string, rawText: string, start: number): Item[] {
  const text = stripMarks(rawText);
  const depth = /^[IVX]+$/.test(number) ? 0 : number.split('.').length;
  while (headings.length && headings[headings.length - 1]!.depth >= depth) headings.pop();
  const unit = namesUnit(text);
  headings.push({ number, text, depth, unit });
  return [{ kind: 'heading', text, number, start }];
}

interface ReadTask {
  task: TaskRow;
  /** The heading the task was read under. */
  heading: Heading | null;
  /** The first bullet or paragraph under the heading, the content if the heading turns out a group. */
  body: Item | null;
}

/** "- Thành phần: …", "- Địa điểm: …": the labels of a meeting, whose "Chủ trì" chairs it. */
const MEETING = /^(?:thanh phan|dia diem)(?: tham du| hoi nghi)?\s*:/;
/** Fields of a task other than its units and time, printed between its labels. */
const OTHER_FIELD = /^(?:thanh phan|dia diem|ket qua|san pham|hinh thuc|kinh phi)(?: tham du| hoi nghi| dau ra| thuc hien)?\s*:/;
/** The source of a task's funds, a field of it printed after its labels. */
const FUNDS = /^nguon (?:kinh phi|von)\s*:/;
/** "1.1. Nội dung: …": a sub-heading that says what its parent heading's task is about. */
const DESCRIBES_PARENT = /^noi dung\s*:/;

function taskOf(block: Block, items: readonly Item[], headings: readonly Heading[], ctx: StageContext, options: ProseOptions): ReadTask | null {
  if (!block.lead.length && !block.support.length && !block.deadline.length) return null;
  // A session with its participants and place but no one leading it is a step of a schedule
  // ("b) Đào tạo … / - Thành phần: … / - Thời gian dự kiến: …"); one with a chair is a meeting.
  // An "Đơn vị chủ trì" names the unit that holds the meeting: then the meeting is its task.
  if ((block.lead.length || block.support.length) && !block.strongLead && items.some((i) => MEETING.test(foldVietnamese(i.text)))) return null;
  const heading = headings[headings.length - 1] ?? null;
  // The items since the last heading or block: that heading, sub-items "a)", bullets, paragraphs.
  const ownHeading = items[0]?.kind === 'heading' && items[0].number === heading?.number ? heading : null;
  const letter = [...items].reverse().find((i) => i.kind === 'heading' && i.number && /^[a-zđ]$/.test(i.number) && i.text);
  const contentLabel = items.findIndex((i) => i.kind === 'content');
  // "- Nghị định quy định chi tiết …" / "+ Nội dung: quy định …": the item above the label names
  // the task, the label describes it (as a heading above "Nội dung:" does).
  const named = contentLabel > 0 ? items.slice(0, contentLabel).find((i) => (i.kind === 'bullet' || i.kind === 'para') && i.text) : undefined;
  const explicit = named ?? items.find((i) => i.kind === 'content' && i.text);
  // "- Nội dung:" with its text in the bullets below it.
  const labelled = explicit ?? (contentLabel >= 0 ? items.slice(contentLabel).find((i) => i.kind === 'bullet' && i.text) : undefined);
  const bullets = items.filter((i) => i.kind === 'bullet' && i.text);
  const paragraphs = items.filter((i) => (i.kind === 'para' || i.kind === 'content') && i.text);
  let content: string;
  let index: string | null = null;
  let parent: string | null = null;
  let section: string | null;
  // "1. Tăng cường …" / "a) …" / "b) …" / labels: sub-items none of which carried labels of its own
  // (a labelled one would have closed its block) describe their heading's task; the labels are its.
  const lettered = items.filter((i) => i.kind === 'heading' && i.number && /^[a-zđ]$/.test(i.number) && i.text).length;
  const headingHere = ownHeading && !ownHeading.unit && (!letter || lettered >= 2) ? ownHeading : null;
  // "IV. THỜI GIAN, PHẠM VI, ĐỐI TƯỢNG THỰC HIỆN" / "1. Thời gian thực hiện: …": the plan's own period, no task.
  if (headingHere && !block.lead.length && !block.support.length && isPlanPartHeading(headingHere.text)) return null;
  // "- Tham mưu …" / "- Triển khai …" / "- Rà soát … và tổ chức họp với các doanh nghiệp:" / labels: the
  // bullet that ends by announcing the labels is theirs; the bullets above it are tasks of no label.
  const announcing = bullets.length > 1 && /:\s*$/.test(bullets[bullets.length - 1]!.text) ? bullets[bullets.length - 1] : undefined;
  const firstBody = explicit ?? announcing ?? bullets[0] ?? paragraphs[paragraphs.length - 1] ?? null;
  const above = headings[headings.length - 2];
  if (headingHere && above && DESCRIBES_PARENT.test(foldVietnamese(headingHere.text).toLowerCase()) && headingHere.number.startsWith(`${above.number}.`) && !above.unit) {
    // "1. Hội nghị hiệp thương lần thứ nhất" / "1.1. Nội dung: …" / labels: the parent's task.
    content = firstSentence(headingTopic(above.text)).replace(/[.;:]+$/, '');
    index = above.number;
    section = headings[headings.length - 3]?.text ?? null;
  } else if (headingHere) {
    // A numbered paragraph names its task in its first sentence; what follows explains it.
    content = firstSentence(headingTopic(headingHere.text));
    index = headingHere.number;
    section = headings[headings.length - 2]?.text ?? null;
  } else {
    const body = labelled ?? letter ?? firstBody;
    if (!body) return null;
    content = firstSentence(stripMarks(body.text)).replace(/[.;:]+$/, '');
    // "a) Hoạt động 1" under "1." is task 1.a, whether its content is its own line or a label's.
    const item = body.kind === 'heading' ? body : letter;
    index = item?.number ? (heading && /^[a-zđ]$/.test(item.number) && !heading.unit ? `${heading.number}.${item.number}` : item.number) : null;
    parent = heading?.number ?? null;
    section = heading?.text ?? null;
  }
  content = content.replace(/[\s:]+$/, '');
  if (!content) return null;
  // "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, …": lead and support in one line.
  // OCR reads the ";" between two bodies as ":" ("Sở Thông tin và Truyền thông: UBND cấp huyện"):
  // a label's value has no colon of its own before a body's capital.
  const ocrValue = (value: string) => (!options.ocr ? value : value.replace(/\s*:\s+(?=\p{Lu})/gu, '; '));
  const support = block.support.map(cleanValue).map(ocrValue);
  const leadValues = block.lead.map(cleanValue).map(ocrValue).map((value) => {
    const m = LEAD_THEN_SUPPORT.exec(value);
    if (!m) return value;
    if (m[2]) support.push(m[2]);
    return m[1]!;
  });
  const lead = leadValues.flatMap(splitUnits);
  if (!lead.length && heading?.unit && !headingHere) lead.push(...splitUnits(unitOfHeading(heading.text)));
  // A step that prints only its time names who does it in its paragraph ("Sở Tài chính thẩm định …").
  const acting = !lead.length && !support.length && block.deadline.length && paragraphs[0] ? actingBodyOf(firstSentence(stripMarks(paragraphs[0].text))) : null;
  if (acting) {
    lead.push(...acting.lead);
    support.push(...acting.support);
  }
  // Several deadline lines ("+ Đợt 1: …" / "+ Đợt 2: …") are one list: joined as a list is, with "; ".
  // The text stays as printed, a closing "(có phụ lục chi tiết kèm theo)" too: the range is read past it.
  const deadlineText = block.deadline.map(cleanValue).map((value) => (options.ocr ? ocrDeadline(value) : value)).join('; ');
  const parsed = deadlineText ? parseDeadline(deadlineText, { planYear: options.planYear }) : null;
  const start = items[0]?.start ?? block.start;
  const span = { start: Math.min(start, block.start), end: block.end };
  if (parsed?.implausible) ctx.message(log.implausibleDeadline(deadlineText, String(options.planYear)), { span });
  // A task read from labels is as sure as its labels: lead and deadline both named is best.
  const confidence = 0.6 + (block.lead.length ? 0.15 : 0) + (block.deadline.length ? 0.15 : 0) + (block.support.length ? 0.05 : 0);
  const task: TaskRow = {
    index,
    ...(parent && parent !== index ? { parent } : {}),
    section,
    content,
    lead,
    support: support.flatMap(splitUnits),
    supervisor: block.supervisor ?? null,
    deadline: parsed?.deadline ?? null,
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    span,
  };
  return { task, heading, body: firstBody };
}

/**
 * A label line whose value stops mid-phrase: on a separator and one word ("…; Ban" of "Ban Biên
 * tập …") or on a word that needs what follows ("… ban hành kèm theo"). On a scan the rest of the
 * value wraps onto the next line, capitalised when it goes on with a name.
 */
export function cutMidPhrase(line: string): boolean {
  const folded = foldVietnamese(line.trim()).toLowerCase();
  // "Quý I, II" ends on a numeral, not a cut name.
  const afterSeparator = /[;,]\s*([a-z]+)$/.exec(folded);
  if (afterSeparator) return !/^[ivx]+$/.test(afterSeparator[1]!);
  return /\s(?:va|cua|theo|voi|cac|tai|cho|ve|trong|thuoc|tren)$/.test(folded);
}

/** A deadline as OCR gives it: a "1" between letters is an "i" ("G1ai đoạn"). */
export function ocrDeadline(value: string): string {
  return value.replace(/(?<=\p{L})1(?=\p{L})/gu, 'i');
}

/** The parts of a plan that frame it rather than name work: its period, scope, subjects, funds, aims. */
const PLAN_PART = /^(?:thoi gian|pham vi|doi tuong|dia ban|kinh phi|muc dich|yeu cau)(?:\s+(?:thuc hien|ap dung|trien khai))?$/;

/** A heading made only of plan parts ("THỜI GIAN, PHẠM VI, ĐỐI TƯỢNG THỰC HIỆN", "Thời gian và kinh phí"). */
export function isPlanPartHeading(text: string): boolean {
  const parts = foldVietnamese(text).toLowerCase().replace(/[\s.:;*_]+$/, '').split(/\s*,\s*|\s+va\s+/);
  return parts.every((part) => PLAN_PART.test(part.trim()));
}

/**
 * "- Phối hợp hướng dẫn … Trong đó: / + Sở Xây dựng: hướng dẫn … / + Sở Công Thương: …" under
 * one deadline: each body's share is a task of its own, led by that body.
 */
function unitShares(task: TaskRow, items: readonly Item[]): TaskRow[] {
  const shares: TaskRow[] = [];
  for (const item of items) {
    if (!item.plus) continue;
    const m = UNIT_ITEM.exec(stripMarks(item.text));
    if (!m) continue;
    // "+ Sở Tài chính phối hợp Ban Quản lý …: hướng dẫn …"
    const [leadText, supportText] = m[1]!.split(/\s+phối hợp(?:\s+với)?\s+/u);
    const units = splitUnits(leadText!);
    if (!units.length || !units.every((u) => NAMED_BODY.test(u))) continue;
    const { span: _span, ...rest } = task;
    shares.push({
      ...rest,
      index: null,
      content: firstSentence(m[2]!).replace(/[.;:]+$/, ''),
      lead: units,
      support: supportText ? [cleanValue(supportText)] : [],
      confidence: Math.min(task.confidence, 0.8),
      span: { start: item.start, end: item.start + item.text.length },
    });
  }
  return shares;
}

/** "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo" → "Sở Tài chính"; "Trách nhiệm của X" → "X". */
function unitOfHeading(text: string): string {
  const unit = text.replace(/^(?:trách nhiệm|nhiệm vụ) của\s+/iu, '').split(/\s+[-–]\s+|\s*\(/)[0]!.replace(/[:.]+$/, '').trim();
  return unit.charAt(0).toUpperCase() + unit.slice(1);
}

/**
 * "Bảo đảm điều kiện và phục vụ công tác bầu cử: in ấn và phát hành …, tăng cường …": a heading
 * that goes on after a colon to list what it takes names its task before the colon.
 */
export function headingTopic(text: string): string {
  const m = /^([^:]{15,}?):\s+(\S.*)$/u.exec(text);
  return m && m[1]!.split(/\s+/).length >= 4 && m[2]!.split(/\s+/).length >= 8 ? m[1]!.trim() : text;
}

function stripMarks(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/(^|\s)[*_]+|[*_]+(?=\s|$)/g, '$1').replace(/\s+/g, ' ').trim();
}

/** A line a page break joined to the next label line ("… phường.- Bộ phận tham mưu: …"), cut in two. */
function splitJoinedLabels(line: SourceLine, typed: boolean): SourceLine[] {
  const cuts = joinedLabelCuts(line.text, typed);
  if (!cuts.length) return [line];
  const bounds = [0, ...cuts, line.text.length];
  return bounds.slice(0, -1).map((from, i) => {
    const text = line.text.slice(from, bounds[i + 1]);
    const start = line.start === null ? null : line.start + from;
    return { ...line, text, start, ...(start === null ? {} : { end: start + text.length }) };
  });
}
