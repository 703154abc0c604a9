// Duties a plan gives inside its numbered targets, beside a closing part that lists each body's
// duties under its name:
//   "II. NỘI DUNG"
//   "1. Tập trung phát triển bền vững các khu công nghiệp đã thành lập"    (a target, no body)
//   "- Ban Quản lý Khu kinh tế và Ban Quản lý các KCN tỉnh đầu tư, hoàn thiện …"
//   "- Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện …; Chủ trì, phối hợp với …"
//   "4. Hoàn thành di dời 01 khu công nghiệp …"
//   "UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng … hoàn thành trong quý IV năm 2026."
// Each bullet or paragraph under a target whose subject is a body ("X <verb> …", "X: <duty>") is a
// task of that body: its partners after "phối hợp với", its deadline from "hoàn thành trong …". A
// target's one paragraph takes the target's number.
// - At least half the bullets and paragraphs under a target must name their body: a target whose
//   bullets list the work ("- Khơi thông cống rãnh …", "- Trung tâm Y tế chủ trì …") assigns none.
// - A list is two or more targets of one part carrying such duties: one sentence naming a body
//   under one target is a paragraph that happens to open with a body.
// - Numbered items that name a body are bodies' headings (unit-headings.ts), and the closing part
//   "Tổ chức thực hiện" is read there: no targets.
import type { TaskRow } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { DEADLINE_CLAUSE } from './assignments.js';
import { PLAN_END } from './plan-end.js';
import { subjectDuty } from './subject-duty.js';
import type { SourceLine } from './tsv-table.js';
import { NOT_A_BODY, partnersOf, proseRowConfidence } from './unit-headings.js';
import { namesUnit, splitUnits, stripMarkup } from './units.js';
import { planPartKind } from './plan-parts.js';

export interface TargetDutyOptions {
  planYear: number | null;
}

interface Block {
  text: string;
  start: number;
  end: number;
  bullet: boolean;
}

interface Target {
  number: string;
  heading: string;
  /** The heading may still wrap onto the next line (in small letters). */
  headingOpen: boolean;
  part: string | null;
  blocks: Block[];
}

const PART = /^([IVX]{1,4})(?:[.)]\s*|\s*[-–]\s+)(\S.*)$/u;
const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s*(\S.*)$/u;
const BULLET = /^(?:[-+•–]|\*(?!\*))\s+/u;
/**
 * "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu": the plan's aims, whose bullets open with the
 * bodies they are meant for ("- Các cơ quan, đơn vị tổ chức quán triệt …") and assign nothing. A
 * heading that also names the work ("MỤC TIÊU, NHIỆM VỤ") holds targets.
 */
const AIMS = /^(?:(?:muc dich|yeu cau|muc tieu|quan diem|doi tuong|pham vi|nguyen tac|can cu)(?:\s*(?:,|va|-|–)\s*)?)+$/;
/** "Ủy ban nhân dân cấp xã: đầu tư, …": a body's name, then its duty after the colon. */
const NAME_THEN_DUTY = /^([^:.;]{3,120}):\s+(\S.*)$/u;
const SENTENCE_END = /[.:;!]["”)]*$/u;

/** `taken`: the rows other readers gave; a target whose duties they hold is theirs ("2. Phân công nhiệm vụ …"). */
export function tasksFromTargetDuties(lines: readonly SourceLine[], options: TargetDutyOptions, taken: readonly TaskRow[]): TaskRow[] {
  const targets = targetsOf(lines).filter((t) => !t.blocks.some((b) => taken.some((o) => o.span && o.span.start < b.end && b.start < o.span.end)));
  // A target whose bullets mostly do its work without naming a body lists the work, not who does it:
  // its one bullet opening with a body is no assignment.
  const withDuties = targets
    .map((t) => ({ target: t, duties: t.blocks.map((b) => ({ block: b, duty: dutyOf(b.text) })).filter((d) => d.duty !== null) }))
    .map((t) => (t.duties.length * 2 >= t.target.blocks.length ? t : { ...t, duties: [] }));
  const perPart = new Map<string | null, number>();
  for (const t of withDuties) if (t.duties.length) perPart.set(t.target.part, (perPart.get(t.target.part) ?? 0) + 1);
  return withDuties
    .filter((t) => (perPart.get(t.target.part) ?? 0) >= 2)
    .flatMap(({ target, duties }) =>
      duties.map(({ block, duty }): TaskRow => {
        const support = partnersOf(duty!.duty);
        const deadline = deadlineOf(duty!.duty, options.planYear);
        return {
          index: duties.length === 1 && !block.bullet ? target.number : null,
          section: target.heading.replace(/[\s:.;]+$/, ''),
          content: duty!.duty.replace(/[\s.;]+$/, ''),
          lead: duty!.lead,
          support,
          supervisor: null,
          deadline,
          confidence: proseRowConfidence(support, deadline),
          span: { start: block.start, end: block.end },
        };
      }),
    );
}

/** The numbered targets outside the closing part, each with the bullets and paragraphs under it. */
function targetsOf(lines: readonly SourceLine[]): Target[] {
  const targets: Target[] = [];
  let part: string | null = null;
  let aims = false;
  let target: Target | null = null;
  let block: Block | null = null;
  for (const line of lines) {
    const raw = stripMarkup(line.text).replace(/\s+/g, ' ').trim();
    const start = line.start ?? 0;
    const end = start + line.text.length;
    if (!raw) {
      block = null;
      if (target) target.headingOpen = false;
      continue;
    }
    if (PLAN_END.test(raw)) {
      target = null;
      block = null;
      continue;
    }
    const bullet = BULLET.test(raw);
    const heading = bullet ? null : PART.exec(raw);
    if (heading) {
      part = heading[2]!.replace(/[:.]$/, '').trim();
      aims = AIMS.test(foldedHeading(part));
      target = null;
      block = null;
      continue;
    }
    const item = bullet ? null : ITEM.exec(raw);
    if (item) {
      block = null;
      const closing = planPartKind(part) === 'closing';
      target = closing || aims || AIMS.test(foldedHeading(item[2]!)) || namesUnit(item[2]!) ? null : { number: item[1]!, heading: item[2]!, headingOpen: true, part, blocks: [] };
      if (target) targets.push(target);
      continue;
    }
    if (!target) continue;
    const text = raw.replace(BULLET, '');
    if (target.headingOpen && !bullet && /^\p{Ll}/u.test(text)) {
      target.heading = `${target.heading} ${text}`;
      continue;
    }
    target.headingOpen = false;
    if (block && !bullet && !SENTENCE_END.test(block.text)) {
      block.text = `${block.text} ${text}`;
      block.end = end;
      continue;
    }
    // A bullet, or a paragraph opening in capitals after a sentence's end, starts a duty.
    block = bullet || /^\p{Lu}/u.test(text) ? { text, start, end, bullet } : null;
    if (block) target.blocks.push(block);
  }
  return targets;
}

function foldedHeading(heading: string): string {
  return foldVietnamese(heading).toLowerCase().replace(/[:.]+$/, '').replace(/\s+/g, ' ').trim();
}

/** The body a bullet or paragraph opens with and its duty after the name, or null. */
function dutyOf(text: string): { lead: string[]; duty: string } | null {
  // "- Các nội dung khác thực hiện theo quy định hiện hành": "Các …" names no body.
  if (NOT_A_BODY.test(foldVietnamese(text).toLowerCase())) return null;
  const colon = NAME_THEN_DUTY.exec(text);
  // "Đại diện Lãnh đạo: Văn phòng …, Sở …" lists names after the colon; a duty goes on in small letters.
  if (colon && namesUnit(colon[1]!) && !subjectDuty(colon[1]!) && /^\p{Ll}/u.test(colon[2]!)) {
    const lead = splitUnits(colon[1]!);
    return lead.length ? { lead, duty: colon[2]! } : null;
  }
  const own = subjectDuty(text);
  if (!own) return null;
  const lead = splitUnits(own.lead);
  // The duty as printed after the name: subjectDuty gives it a capital.
  const duty = text.replace(/\s+/g, ' ').trim().slice(-own.duty.length);
  return lead.length ? { lead, duty } : null;
}

/** "…, hoàn thành trong quý IV năm 2026." ending one of the duty's sentences. */
function deadlineOf(duty: string, planYear: number | null): TaskRow['deadline'] {
  for (const sentence of duty.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
    const body = sentence.replace(/[\s.;]+$/, '');
    const clause = DEADLINE_CLAUSE.exec(foldVietnamese(body).toLowerCase());
    if (!clause) continue;
    // "trong năm 2026" is due in that year: the period is the deadline ("trước ngày …" keeps its "trước").
    const value = body.slice(clause.index + clause[0].length - clause[1]!.length).replace(/[\s.;,]+$/, '').replace(/^trong\s+(?=(?:năm|quý|tháng)\s)/iu, '');
    const deadline = parseDeadline(value, { planYear })?.deadline ?? null;
    if (deadline) return deadline;
  }
  return null;
}
