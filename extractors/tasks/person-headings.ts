// The work of a plan shared out among the members of the team that carries it out, one numbered
// item per person (a plan's "Phân công nhiệm vụ"):
//   "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện …"
//   "4.2. Ông Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách việc kiểm tra …" / "Tổng hợp, dự thảo …"
//   "2. Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND xã: Phụ trách …"
// Each item is a task led by the person it names (title and role dropped); its duty runs on over
// the lines below it up to the next item, a part's heading or the plan's closing. Two such items
// at least: one alone is a sentence about a person.
import type { TaskRow } from '../../output/schema.js';
import type { SourceLine } from './tsv-table.js';
import { PLAN_END } from './plan-end.js';

const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s*(\S.*)$/u;
/** "Ông.", "Bà", "Đồng chí", "Đ/c" then a name of two to five capitalised words, a role after "-" or ",", then ":" and the duty. */
const PERSON_ITEM =
  /^(?:Ông|Bà|Đồng chí|Đ\/c|đ\/c)\s*[.:]?\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:[-–,]\s*([^:]{2,80}?))?\s*:\s*(\S.*)$/u;
const PART = /^[IVX]{1,4}[.)]\s/u;
const BULLET = /^[-+•–*]\s/u;

export function tasksFromPersonHeadings(lines: readonly SourceLine[]): TaskRow[] {
  const tasks: TaskRow[] = [];
  const headings = new Map<string, string>();
  // The task whose duty the following lines carry on.
  let open: TaskRow | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    const start = line.start ?? 0;
    if (!text) {
      open = null;
      continue;
    }
    const item = ITEM.exec(text);
    if (item) {
      open = null;
      const person = PERSON_ITEM.exec(item[2]!);
      if (!person) {
        headings.set(item[1]!, item[2]!.replace(/[:.]\s*$/, '').trim());
        continue;
      }
      const parent = item[1]!.includes('.') ? item[1]!.slice(0, item[1]!.lastIndexOf('.')) : null;
      const task: TaskRow = {
        index: item[1]!,
        section: parent ? (headings.get(parent) ?? null) : null,
        content: person[3]!.replace(/[;.,]\s*$/, '').trim(),
        lead: [person[1]!],
        support: [],
        supervisor: null,
        deadline: null,
        confidence: 0.55,
        span: { start, end: start + line.text.length },
      };
      tasks.push(task);
      open = task;
      continue;
    }
    // A number alone on its line is a page's.
    if (/^\d{1,3}$/.test(text)) continue;
    if (!open || PART.test(text) || BULLET.test(text) || PLAN_END.test(text)) {
      open = null;
      continue;
    }
    // The duty wrapped onto the next line, or a sentence of it after a ";" or ".".
    open.content = `${open.content.replace(/[;.,]\s*$/, '')}; ${text.replace(/[;.,]\s*$/, '')}`;
    open.span = { start: open.span!.start, end: start + line.text.length };
  }
  return tasks.length >= 2 ? tasks : [];
}
