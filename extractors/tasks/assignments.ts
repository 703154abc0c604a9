// Tasks a plan assigns in sentences instead of labels, the form district and commune plans use:
// "1. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Văn hóa và Thông tin, Trung tâm Văn hóa -
// Thể thao huyện tham mưu UBND huyện tổ chức Lễ phát động …, hoàn thành trước ngày 15/3/2025."
// Each numbered item names its lead ("Giao X chủ trì"), the bodies it works with ("phối hợp
// với Y, Z") and, often, its deadline ("hoàn thành trước …", "thời gian thực hiện: …").
// - A list is two or more such items in a row at one numbering depth: a lone "Giao Công an
//   tỉnh chủ trì … theo dõi, đôn đốc việc thực hiện Kế hoạch" closing a plan is a duty, not a list.
// - The partners run up to the verb that starts the work ("tham mưu", "tổ chức", …); the
//   content is the work, without the units and the deadline clause.
// Read only when no other reader found tasks: the same items may carry labels too.
import type { TaskRow } from '../../output/schema.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { partnersOpener } from './chair-partners.js';
import { itemParagraphs, type ItemParagraph } from './item-paragraphs.js';
import { planPartKind } from './plan-parts.js';
import type { SourceLine } from './tsv-table.js';
import { namesUnit, splitUnits } from './units.js';
import { DUTY_OPENING, NOT_INSIDE_A_NAME, workVerbAlternation } from './work-verbs.js';

/**
 * Verbs a direction's work opens with, after its partners ("phối hợp với … và các cơ quan chức
 * năng tập trung chỉ đạo điều tra …", "… tăng cường cung cấp thông tin") (folded). Not "lãnh đạo":
 * a partner may be a body's leaders ("phối hợp với lãnh đạo UBND các xã").
 */
const DIRECTION_VERBS = ['tap trung', 'chi dao', 'tang cuong'];

export interface AssignmentOptions {
  planYear: number | null;
  /**
   * The document is no plan but conveys directions item by item (a công văn passing on a leader's
   * directions, a notice of conclusions): "1. Giao Bộ Công an chủ trì phối hợp với …", "2. Giao
   * UBND các tỉnh …", "3. Các Bộ, ngành … tăng cường …". A run is read only when two of its items
   * give their work in a "Giao <body> …" sentence, outside the closing part and the grounds ("Căn
   * cứ …"): a sentence that merely says "giao cho" in prose, or one "Giao …" item closing a letter,
   * lists nothing. In such a run the other items may name their bodies as the subject of the work,
   * as the work parts of a plan do.
   */
  directions?: boolean;
}

/** A numbered item (bullets are no items here). */
type Paragraph = ItemParagraph & { number: string };

/** "Giao <body> (là cơ quan thường trực,) chủ trì": the folded opening of an assignment. */
const ASSIGN = /^giao\s+(.{3,120}?)\s*,?\s+(?:la co quan thuong truc\s*,?\s*)?chu tri\b\s*,?\s*(?:va\s+)?/;
/**
 * "Giao Sở Kế hoạch và Đầu tư, Sở Tài chính đảm bảo kinh phí …", "Giao Bảo hiểm xã hội thành phố làm
 * đầu mối …": "Giao" and the bodies, then the work itself without "chủ trì". The bodies end at the
 * first verb of work (or "phối hợp với", which gives the partners).
 */
const GIVEN = new RegExp(`^giao\\s+(.{3,120}?)\\s*,?\\s+(?=(?:${workVerbAlternation(['lam dau moi', 'lam co quan dau moi', 'bao dam', 'phoi hop'])})\\b)`);
/**
 * "2. Phòng Báo chí - Xuất bản chủ trì, tham mưu …", "6. Hội đồng khoa học Sở phối hợp với Công
 * đoàn Sở phát động …", "7. Văn phòng Sở chịu trách nhiệm theo dõi …": the body as the subject,
 * without "Giao". The name must open like a body's ("Phòng", "Sở", "Hội đồng" …).
 * "5. Công đoàn, Chi đoàn Sở căn cứ nội dung Kế hoạch, phát động, tổ chức …": the bodies, then the
 * clause their work rests on; the work is kept with it.
 */
const SUBJECT =
  /^(.{3,120}?)\s*,?\s+(?:chu dong\s+)?(?:(?:chu tri|chiu trach nhiem|co trach nhiem)\b\s*,?\s*(?:va\s+)?|(?=phoi hop(?:\s+chat che)?\s+voi\s)|(?=can cu\s+(?:noi dung|chuc nang|ke hoach)\b))/;
/**
 * "2. Các ấp Bình Minh, Tân Lập tổ chức tuyên truyền …", "3. Công an xã triển khai …": the body as
 * the subject of a verb of work, with neither "Giao" nor "chủ trì", as commune plans write their
 * assignments. Read only where the subject names a body outright (BODY_SUBJECT).
 */
const ACTING = new RegExp(`^(.{3,120}?)\\s*,?\\s+(?=(?:${workVerbAlternation(['bao dam', 'phoi hop', 'van dong'])})\\b)`);
/**
 * A direction's verbs beside those: "3. Báo Nhân Dân, Thông tấn xã Việt Nam … tăng cường cung cấp
 * thông tin …", "4. Các Bộ, ngành, các địa phương lãnh đạo cán bộ …": a leader's directions tell
 * bodies to step up, to lead, to direct; and they may name a long row of bodies.
 */
const DIRECTED = new RegExp(`^(.{3,200}?)\\s*,?\\s+(?=(?:${workVerbAlternation(['bao dam', 'phoi hop', 'van dong', 'lanh dao', ...DIRECTION_VERBS])})\\b)`);
/** A body by its own name, or a collective of bodies ("Các ấp …", "Các ban, ngành"), not "Các hoạt động …". */
const COLLECTIVE_OF_BODIES = /^cac\s+(?:bo|so|ban|nganh|co quan|don vi|ap|khu pho|to dan pho|thon|xom|buon|khom|phong|truong|hoi|doan the|to chuc|xa|phuong|thi tran|dia phuong|doanh nghiep|chi bo|chi hoi|chi doan|dong chi|thanh vien|cong chuc)\b/;
/** Words of work inside what would be the subject: then it is no body's name. */
const NOT_SUBJECT = /\b(?:giao|de nghi|yeu cau|tham muu|to chuc|thuc hien|trien khai|can cu|chi dao)\b|[:()]/;
/** The verbs the work starts with, after the partners: the partners end before the first. */
const WORK_VERB = new RegExp(
  `(?:^|\\s|,\\s*)${NOT_INSIDE_A_NAME}(?=(?:${workVerbAlternation(['lua chon', 'xet', 'lap', 'tham dinh', 'cong bo', 'bien soan', 'phoi hop thuc hien', ...DIRECTION_VERBS])})\\b)`,
);
/** The deadline clause that ends the sentence: "…, hoàn thành trước ngày …", "; thời gian thực hiện: …". */
export const DEADLINE_CLAUSE =
  /[,;.]?\s*(?:(?:thoi gian|thoi han)(?:\s+(?:thuc hien|hoan thanh))?\s*:?\s*|(?:xong|hoan thanh|thuc hien|trien khai)\s+(?=truoc|trong|cham nhat|xong|tu |thang|quy|nam \d|thuong xuyen|hang|dinh ky))((?:truoc|trong|cham nhat|tu |thang|quy|nam \d|thuong xuyen|hang|dinh ky|ngay \d).*)$/;

export function tasksFromAssignments(lines: readonly SourceLine[], _ctx: StageContext, options: AssignmentOptions): TaskRow[] {
  const acts = options.directions ? actsAsDirection : actsInPart;
  let runs = assignmentRuns(paragraphsOf(lines), acts);
  if (options.directions) runs = runs.filter(isRunOfDirections);
  const tasks: TaskRow[] = [];
  for (const run of runs) {
    const read = run.map((p) => taskOf(p, options, acts)).filter((t): t is TaskRow => t !== null);
    // Items that gave no task (no work, a body passing it on) leave too few to make a list.
    if (read.length >= 2) tasks.push(...read);
  }
  return tasks;
}

/** Numbered items with their wrapped lines joined, each with the plan part it stands in. */
function paragraphsOf(lines: readonly SourceLine[]): Paragraph[] {
  // "4. Sở Lao động - Thương binh và Xã hội" / "Chủ trì, phối hợp với …": a body's heading and
  // its duty's own paragraph, not one sentence whose subject is the body (unit-headings.ts).
  return itemParagraphs(lines, { bullets: false, goesOn: (item, line) => !headingThenDuty(item, line) }) as Paragraph[];
}

/** Runs of two or more assignments in a row at one depth, under one plan part. */
function assignmentRuns(paragraphs: readonly Paragraph[], acts: (p: Paragraph) => RegExp | null): Paragraph[][] {
  const runs: Paragraph[][] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const p of paragraphs) {
    const assigns = openingOf(p.text, acts(p)) !== null;
    const last = run[run.length - 1];
    if (last && (p.depth < last.depth || p.section !== last.section)) flush();
    if (!assigns) {
      // Deeper items ("a)", "1.1.") under an assignment are its steps; a sibling that assigns nothing ends the run.
      if (last && p.depth > last.depth) continue;
      flush();
      continue;
    }
    if (last && p.depth > last.depth) continue;
    run.push(p);
  }
  flush();
  return runs;
}

function taskOf(p: Paragraph, options: AssignmentOptions, acts: (p: Paragraph) => RegExp | null): TaskRow | null {
  // Folding keeps length for Vietnamese letters: offsets in the fold are offsets in the text.
  const folded = foldVietnamese(p.text).toLowerCase();
  const opening = openingOf(p.text, acts(p));
  if (!opening) return null;
  const lead = splitUnits(opening.leadText);
  let at = opening.at;
  let support: string[] = [];
  const partners = partnersOpener(folded.slice(at));
  if (partners) {
    const after = at + partners;
    const verb = WORK_VERB.exec(folded.slice(after));
    const to = verb ? after + verb.index : folded.length;
    support = splitUnits(p.text.slice(after, to).replace(/[\s,;]+$/, ''));
    at = to;
  }
  let work = p.text.slice(at).trim();
  let deadline: TaskRow['deadline'] = null;
  const clause = DEADLINE_CLAUSE.exec(foldVietnamese(work).toLowerCase());
  if (clause) {
    const value = work.slice(clause.index + clause[0].length - clause[1]!.length).replace(/[\s.;,]+$/, '');
    deadline = parseDeadline(value, { planYear: options.planYear })?.deadline ?? null;
    work = work.slice(0, clause.index);
  }
  const content = work.replace(/^[\s,;:]+/, '').replace(/[\s.;,:]+$/, '').replace(/\.\/\.$/, '');
  if (!lead.length || content.length < 8) return null;
  const confidence = 0.6 + (deadline ? 0.15 : 0) + (support.length ? 0.05 : 0);
  return {
    index: p.number,
    section: p.section,
    content,
    lead,
    support,
    supervisor: null,
    deadline,
    confidence: Math.round(confidence * 100) / 100,
    span: { start: p.start, end: p.end },
  };
}

/**
 * The reading of an item that may assign by a body's verb alone (ACTING), null where it may not:
 * an item of the first depth in a part whose heading names the work to do ("NHIỆM VỤ …", "NỘI
 * DUNG THỰC HIỆN", "PHÂN CÔNG …", "GIẢI PHÁP"). Elsewhere the same sentences say what was done or
 * what is meant ("I. KẾT QUẢ NĂM 2024 / 1. Công an xã tổ chức 24 đợt tuần tra", "I. MỤC ĐÍCH, YÊU
 * CẦU / 1. Các cơ quan triển khai …"), and
 * the closing part "Tổ chức thực hiện" gives the plan's standing directions, no list of tasks; a
 * sub-item ("4.1. Ủy ban nhân dân cấp xã xác nhận … bảo đảm …") is a step of its heading's duty.
 */
function actsInPart(p: Paragraph): RegExp | null {
  return p.depth === 1 && planPartKind(p.section) === 'work' ? ACTING : null;
}

/**
 * The reading of a direction that may assign by a body's verb alone (DIRECTED): an item of the
 * first depth outside the closing part and the grounds (actsInPart's reasons: there the same
 * sentences are standing directions or cited texts).
 */
function actsAsDirection(p: Paragraph): RegExp | null {
  return p.depth === 1 && !apartFromDirections(p) ? DIRECTED : null;
}

/** The grounds a document rests on (folded heading): their items cite, they direct nothing. */
const GROUNDS_PART = /^(?:can cu|co so)\b/;

/**
 * A part whose items are no directions: the closing part, the grounds, and a part framing the
 * document ("I. KẾT QUẢ / 1. Giao Công an xã chủ trì tuần tra: đã tổ chức 24 đợt" reports what was given).
 */
function apartFromDirections(p: Paragraph): boolean {
  const kind = planPartKind(p.section);
  return kind === 'closing' || kind === 'framing' || (p.section !== null && GROUNDS_PART.test(foldVietnamese(p.section).toLowerCase()));
}

/**
 * A run of directions: two or more of its items give their work in a sentence opening with "Giao",
 * and it stands outside the closing part and the grounds.
 */
function isRunOfDirections(run: readonly Paragraph[]): boolean {
  if (apartFromDirections(run[0]!)) return false;
  return run.filter((p) => givenInASentence(p.text)).length >= 2;
}

/**
 * "Giao Bộ Công an chủ trì phối hợp với …": "Giao", the body, and the work going on in small letters.
 * "3. Giao công chức Văn phòng - Thống kê" / "Chủ trì, tham mưu …" is a body's heading over its own
 * paragraph of duties (a letter listing each body's duties, no directions): the work opens in capitals.
 */
function givenInASentence(text: string): boolean {
  if (!/^giao\s/.test(foldVietnamese(text.slice(0, 5)).toLowerCase())) return false;
  const opening = openingOf(text);
  if (!opening) return false;
  const from = /^giao\s+/i.exec(foldVietnamese(text))![0].length + opening.leadText.length;
  return /^[\s,]*\p{Ll}/u.test(text.slice(from));
}

/**
 * The body an item gives its work to and where the rest begins: "Giao X chủ trì, …", "X chủ trì, …"
 * or, where `acting`, "X <verb of work> …" (the verb in small letters: a body's heading joined to its
 * duty's own paragraph, "Sở Tài chính Bảo đảm kinh phí …", is no such sentence).
 */
function openingOf(text: string, acting: RegExp | null = null): { leadText: string; at: number } | null {
  // Folding keeps length for Vietnamese letters: offsets in the fold are offsets in the text.
  const folded = foldVietnamese(text).toLowerCase();
  const assign = ASSIGN.exec(folded);
  if (assign) {
    const from = /^giao\s+/.exec(folded)![0].length;
    const leadText = text.slice(from, from + assign[1]!.length);
    // "Giao Đảng ủy Chính phủ: (i) Chỉ đạo Đảng ủy Bộ Y tế chủ trì …": the body given the item
    // passes it on; the one named before "chủ trì" is not what the item gives to do.
    return /[:()]/.test(leadText) ? null : { leadText, at: assign[0].length };
  }
  const given = GIVEN.exec(folded);
  if (given && !NOT_SUBJECT.test(given[1]!)) {
    const from = /^giao\s+/.exec(folded)![0].length;
    const leadText = text.slice(from, from + given[1]!.length);
    if (namesUnit(leadText)) return { leadText, at: given[0].length };
  }
  const subject = SUBJECT.exec(folded);
  if (subject && !NOT_SUBJECT.test(subject[1]!)) {
    const leadText = text.slice(0, subject[1]!.length);
    return namesUnit(leadText) ? { leadText, at: subject[0].length } : null;
  }
  const actor = acting?.exec(folded) ?? null;
  // A clause after ";" is no subject's verb: "Sở Văn hóa, Thể thao và Du lịch; tổ chức …".
  if (!actor || NOT_SUBJECT.test(actor[1]!) || actor[1]!.includes(';') || !/^\p{Ll}/u.test(text.charAt(actor[0].length))) return null;
  const leadText = text.slice(0, actor[1]!.length);
  const named = /^cac\s/.test(actor[1]!) ? COLLECTIVE_OF_BODIES.test(actor[1]!) : namesUnit(leadText);
  return named ? { leadText, at: actor[0].length } : null;
}

/**
 * An item that is only a body's name (no verb, no comma or "và" left open at its end), then a line
 * opening in capitals with a duty's verb: the name was a heading, the line a new paragraph. A
 * sentence wrapped after the body's name goes on in small letters ("… Xã hội" / "chủ trì, …").
 */
function headingThenDuty(item: string, next: string): boolean {
  if (!DUTY_OPENING.test(next) || /(?:,|\bvà)\s*$/u.test(item) || openingOf(item) !== null) return false;
  return namesUnit(item) && !NOT_SUBJECT.test(foldVietnamese(item).toLowerCase());
}
