// A commune's or ward's plan often closes each numbered item with its assignment in brackets:
//   "1. Tuyên truyền … đến cán bộ, nhân dân (Văn hóa - Xã hội chủ trì; các đoàn thể phối hợp; thời gian: Quý I/2024)."
//   "2. Rà soát … (Chủ trì: Văn phòng UBND xã; phối hợp: Công an xã; hoàn thành trước ngày 15/12/2024)."
// The words before the bracket are the work; the bracket names the lead, the partners and the time,
// each in its own clause (";"), as "X chủ trì", "chủ trì: X", "Y phối hợp", "phối hợp: Y" or "X chủ
// trì, phối hợp Y". A bracket that names no lead ("(theo Kế hoạch số …)", "(có phụ lục kèm theo)") is
// no assignment. Folded text keeps the length of Vietnamese letters: offsets in the fold are offsets
// in the text.
import type { TaskRow } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { chairAndPartners } from './chair-partners.js';
import { itemParagraphs } from './item-paragraphs.js';
import { planPartKind } from './plan-parts.js';
import type { SourceLine } from './tsv-table.js';
import { splitUnits } from './units.js';

export interface BracketedAssignment {
  /** The work: the item's words before the bracket. */
  content: string;
  leadText: string;
  supportText: string;
  /** The time as printed ("Quý I/2024", "trước ngày 15/12/2024"), or null. */
  deadlineText: string | null;
}

/** The item's last bracket, at its end (a stop or a semicolon may close the item after it). */
const LAST_BRACKET = /\(([^()]{6,400})\)[\s.;,]*$/;
/** "chủ trì: X", "Đơn vị chủ trì thực hiện: X" (folded). */
const LABELLED_LEAD = /^(?:(?:don vi|co quan|bo phan)\s+)?chu tri(?:\s+thuc hien)?\s*:\s*/;
/** "phối hợp: Y", "Đơn vị phối hợp thực hiện: Y" (folded). */
const LABELLED_PARTNERS = /^(?:(?:don vi|co quan|bo phan)\s+)?phoi hop(?:\s+thuc hien)?\s*:\s*/;
/** "Y phối hợp", "Y phối hợp thực hiện" (folded): the partners before their verb. */
const PARTNERS_AS_SUBJECT = /^(.+?)\s+phoi hop(?:\s+thuc hien)?$/;
/** "X chủ trì" opening a clause (folded), the partners after it or not. */
const LEAD_AS_SUBJECT = /^(.+?)\s*,?\s+chu tri\b/;
/** "thời gian: …", "thời gian thực hiện …", "hoàn thành trước …", "trong tháng …" (folded): the clause's time, group 1. */
const TIME = /^(?:(?:thoi gian|thoi han)(?:\s+(?:thuc hien|hoan thanh))?\s*:?\s*|(?:hoan thanh|thuc hien|xong)\s+(?=truoc|trong|cham nhat|tu |thang|quy|nam \d))?((?:truoc|trong|cham nhat|tu |thang|quy|nam \d|thuong xuyen|hang|dinh ky|ngay \d|\d).*)$/;

/** The assignment an item's closing bracket holds; null when the item closes with none. */
export function bracketedAssignment(text: string): BracketedAssignment | null {
  const bracket = LAST_BRACKET.exec(text);
  if (!bracket) return null;
  const inside = bracket[1]!;
  const folded = foldVietnamese(inside).toLowerCase();
  if (!/\bchu tri\b/.test(folded)) return null;
  let leadText = '';
  let supportText = '';
  let deadlineText: string | null = null;
  let at = 0;
  for (const clause of inside.split(';')) {
    const from = at + (clause.length - clause.trimStart().length);
    at += clause.length + 1;
    const words = clause.trim().replace(/[.,]+$/, '');
    const key = folded.slice(from, from + words.length);
    if (!words) continue;
    const labelledLead = LABELLED_LEAD.exec(key);
    const labelledPartners = LABELLED_PARTNERS.exec(key);
    const partners = PARTNERS_AS_SUBJECT.exec(key);
    if (labelledLead) leadText ||= words.slice(labelledLead[0].length);
    else if (labelledPartners) supportText ||= words.slice(labelledPartners[0].length);
    else if (LEAD_AS_SUBJECT.test(key)) {
      const named = chairAndPartners(words, key);
      leadText ||= named.lead;
      supportText ||= named.partners;
    } else if (partners) supportText ||= words.slice(0, partners[1]!.length);
    else {
      const time = TIME.exec(key);
      if (time && deadlineText === null) deadlineText = words.slice(words.length - time[1]!.length);
    }
  }
  leadText = leadText.trim();
  if (!leadText) return null;
  const content = text.slice(0, bracket.index).trim().replace(/[\s,;:]+$/, '');
  return { content, leadText, supportText: supportText.trim(), deadlineText };
}

export interface BracketedItemsOptions {
  planYear: number | null;
}

/**
 * Tasks of the items (numbered or bulleted) that close with an assignment in brackets; none unless
 * two items at least do, so that one bracket in a plan's prose makes no list. Not in the closing part
 * "Tổ chức thực hiện", whose directions the project's gold counts as no list of tasks, nor in a part
 * framing the plan: last year's results and the aims are written with the same brackets.
 */
export function tasksFromBracketedItems(lines: readonly SourceLine[], options: BracketedItemsOptions): TaskRow[] {
  const tasks: TaskRow[] = [];
  for (const item of itemParagraphs(lines, { bullets: true })) {
    const part = planPartKind(item.section);
    if (part === 'closing' || part === 'framing') continue;
    const assignment = bracketedAssignment(item.text);
    if (!assignment || assignment.content.length < 8) continue;
    const lead = splitUnits(assignment.leadText);
    if (!lead.length) continue;
    const deadline = assignment.deadlineText ? (parseDeadline(assignment.deadlineText, { planYear: options.planYear })?.deadline ?? null) : null;
    const support = assignment.supportText ? splitUnits(assignment.supportText) : [];
    tasks.push({
      index: item.number,
      ...(item.number === null && item.parent ? { parent: item.parent } : {}),
      section: item.section,
      content: assignment.content,
      lead,
      support,
      supervisor: null,
      deadline,
      confidence: Math.round((0.7 + (deadline ? 0.15 : 0) + (support.length ? 0.05 : 0)) * 100) / 100,
      span: { start: item.start, end: item.end },
    });
  }
  return tasks.length >= 2 ? tasks : [];
}
