// Tasks listed as lettered items and assigned afterwards, point by point, the form city plans use:
//   "1. Tăng cường công tác tuyên truyền …:"
//   "a) Chủ động, tích cực tổ chức quán triệt …"   "b) Tăng cường công tác tuyên truyền …"
//   "* Phân công thực hiện:"
//   "- Bảo hiểm xã hội thành phố chủ trì phối hợp với Sở Y tế, … thực hiện nội dung điểm b, d, đ."
// Each lettered item named in an assignment is a task: its content the item's paragraph, its lead
// the bodies before "chủ trì" (all of them when the bullet names none), its support those after
// "phối hợp (với)". The items belong to the numbered item the block closes; a letter the block
// names twice gathers both bullets' bodies.
import type { TaskRow } from '../../output/schema.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { chairAndPartners } from './chair-partners.js';
import type { SourceLine } from './tsv-table.js';
import { splitUnits } from './units.js';

interface LetteredItem {
  letter: string;
  text: string;
  start: number;
  end: number;
  /** The paragraph ended (".", ":" or ";" closed it): a following line is not its wrap. */
  closed: boolean;
}

/** "1. Heading", "II. PART": a numbered item or a part opens a new set of lettered items. */
const NUMBERED = /^[*_\s]*(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,4})[.)][*_\s]*\s*(\S.*)$/u;
const LETTERED = /^[*_\s]*([a-zđ])[.)/][*_\s]*\s*(\S.*)$/u;
const BULLET = /^[*_\s]*[-+•–][*_\s]*\s*(\S.*)$/u;
/** "* Phân công thực hiện:", "Phân công nhiệm vụ:" (folded). */
const BLOCK_HEADING = /^[*_\s•-]*phan cong (?:thuc hien|nhiem vu|trach nhiem)[*_\s]*:?[*_\s]*$/;
/** "… thực hiện (các) nội dung (tại) điểm a, c", "… triển khai điểm b và d" (folded). */
const POINTS = /\s(?:trien khai\s+)?(?:thuc hien|trien khai)\s+(?:cac\s+)?(?:noi dung\s+)?(?:(?:tai|o)\s+)?(?:cac\s+)?(?:diem|tiet|noi dung)\s+([a-z](?:(?:\s*[,;]\s*|\s+va\s+)[a-z])*)\s*[.;]?\s*$/u;
/** The letters list closing a bullet, as printed. */
const LETTERS_AT_END = /\s([a-zđ](?:(?:\s*[,;]\s*|\s+v[aà]\s+)[a-zđ])*)\s*[.;]?\s*$/u;

export function tasksFromPointAssignments(lines: readonly SourceLine[], _ctx: StageContext): TaskRow[] {
  const tasks: TaskRow[] = [];
  let section: string | null = null;
  let items = new Map<string, LetteredItem>();
  let last: LetteredItem | null = null;
  let assigning = false;
  const byLetter = new Map<LetteredItem, TaskRow>();
  for (const line of lines) {
    const text = line.text.trim();
    const start = line.start ?? 0;
    const end = start + line.text.length;
    if (!text || line.text.includes('\t') || text.startsWith('|')) {
      last = null;
      continue;
    }
    const folded = foldVietnamese(text).toLowerCase();
    if (BLOCK_HEADING.test(folded)) {
      assigning = true;
      last = null;
      continue;
    }
    if (assigning) {
      const bullet = BULLET.exec(text);
      if (bullet) {
        for (const task of assignedTasks(bullet[1]!, items, section, byLetter)) tasks.push(task);
        continue;
      }
      assigning = false;
    }
    const numbered = NUMBERED.exec(text);
    if (numbered && !LETTERED.test(text)) {
      section = numbered[1]!.replace(/[*_]+/g, '').replace(/[\s:]+$/, '').trim();
      items = new Map();
      last = null;
      continue;
    }
    const lettered = LETTERED.exec(text);
    if (lettered) {
      last = { letter: lettered[1]!, text: lettered[2]!.replace(/[*_]{2,}/g, '').trim(), start, end, closed: /[.:;]$/.test(text) };
      if (!items.has(last.letter)) items.set(last.letter, last);
      continue;
    }
    // A wrapped line goes on the open item; a bullet, or any line after a closed paragraph, does not.
    if (last && !last.closed && !BULLET.test(text)) {
      last.text = `${last.text} ${text.replace(/[*_]{2,}/g, '')}`;
      last.end = end;
      last.closed = /[.:;]$/.test(text);
    } else last = null;
  }
  return tasks.sort((a, b) => a.span!.start - b.span!.start);
}

/** The tasks one assignment bullet gives: one per lettered item it names that stands above it. */
function assignedTasks(bullet: string, items: ReadonlyMap<string, LetteredItem>, section: string | null, byItem: Map<LetteredItem, TaskRow>): TaskRow[] {
  // Folding keeps length for Vietnamese letters: offsets in the fold are offsets in the text.
  const folded = foldVietnamese(bullet).toLowerCase();
  const points = POINTS.exec(folded);
  if (!points) return [];
  const bodies = chairAndPartners(bullet.slice(0, points.index), folded.slice(0, points.index));
  const lead = splitUnits(bodies.lead.replace(/[\s,;]+$/, ''));
  const support = bodies.partners ? splitUnits(bodies.partners.replace(/[\s,;]+$/, '')) : [];
  if (!lead.length) return [];
  const out: TaskRow[] = [];
  // The letters as printed: folding reads "đ" as "d".
  const printed = bullet.slice(points.index).match(LETTERS_AT_END)?.[1] ?? points[1]!;
  for (const letter of printed.split(/\s*[,;]\s*|\s+v[aà]\s+/u)) {
    const item = items.get(letter.trim());
    if (!item) continue;
    const known = byItem.get(item);
    if (known) {
      // Named again by another bullet: its bodies join the task's.
      known.lead.push(...lead.filter((u) => !known.lead.includes(u)));
      known.support.push(...support.filter((u) => !known.support.includes(u) && !known.lead.includes(u)));
      continue;
    }
    const content = item.text.replace(/[\s.;,:]+$/, '');
    if (content.length < 8) continue;
    const task: TaskRow = {
      index: item.letter,
      section,
      content,
      lead: [...lead],
      support: [...support],
      supervisor: null,
      deadline: null,
      confidence: support.length ? 0.7 : 0.65,
      span: { start: item.start, end: item.end },
    };
    byItem.set(item, task);
    out.push(task);
  }
  return out;
}
