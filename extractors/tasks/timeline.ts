// Plans without a task table state their schedule as phases: "2.1. Từ tháng 01 đến tháng 3
// năm 2018:" followed by bullets. Each bullet is a task; its deadline is the one written in
// it ("(tháng 3/2018)", "trước ngày 31/01/2018") or else the phase's. A bullet ending with
// ":" that only introduces sub-bullets ("- Đối với Khối …:") is not a task itself.
import type { Section, TaskRow } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { cleanContent } from './tsv-table.js';

const PHASE = /^(?:tu thang|tu ngay|thang \d|quy [ivx\d]|trong quy|nam (?:19|20)\d\d|giai doan (?:19|20)\d\d|dot \d)/;
/** "- …", "+ …"; in plans also a lettered item "a) …" (plans by quarter letter their items). */
const BULLET = /^[-+•–]\s+/;
const BULLET_OR_LETTER = /^(?:[-+•–]|[a-zđ]\))\s+/;
const LETTER = /^([a-zđ])\)\s+/;
/** A deadline written inside a bullet: "(tháng 3/2018)", "trước ngày 31/01/2018". */
const INLINE_DEADLINE =
  /\((?:trong |vào |vao )?(?:tháng|thang|quý|quy|trước|truoc|ngày|ngay)[^()]{1,40}\)|(?:trước|truoc) (?:ngày |ngay )?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/i;

/**
 * `lettered`: the document is a plan, whose phases letter their tasks; elsewhere a phase's "a)
 * Kết quả đạt được" (a report's "2. Năm 2024") heads an account, no task.
 */
export function tasksFromTimeline(text: string, sections: readonly Section[], ctx: StageContext, planYear: number | null, lettered: boolean): TaskRow[] {
  const tasks: TaskRow[] = [];
  const bullet = lettered ? BULLET_OR_LETTER : BULLET;
  for (const section of sections) {
    if (!PHASE.test(foldVietnamese(section.heading))) continue;
    const phase = parseDeadline(section.heading, { planYear });
    if (!phase || (!phase.deadline.start && !phase.deadline.end)) continue;
    const body = text.slice(section.span.start, section.span.end);
    const lines = body.split('\n');
    let offset = section.span.start;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const lineStart = offset;
      offset += line.length + 1;
      if (i === 0) continue; // the heading itself
      const trimmed = line.trim();
      if (!trimmed) continue;
      // The phase's list ends at the first paragraph that is not a bullet ("Trên đây là …").
      if (!bullet.test(trimmed)) break;
      const next = lines.slice(i + 1).find((l) => l.trim())?.trim() ?? '';
      // "- Đối với Khối …:" introducing "+ …" items
      if (/:\s*$/.test(trimmed) && /^\+\s/.test(next) && /^[-–•]/.test(trimmed)) continue;
      const start = lineStart + line.indexOf(trimmed);
      const span = { start, end: start + trimmed.length };
      const inline = INLINE_DEADLINE.exec(trimmed);
      let deadline = phase.deadline;
      if (inline) {
        const parsed = parseDeadline(inline[0].replace(/^\(|\)$/g, ''), { planYear });
        if (parsed && (parsed.deadline.start || parsed.deadline.end)) {
          deadline = parsed.deadline;
          if (parsed.implausible) ctx.message(log.implausibleDeadline(parsed.deadline.text, String(planYear)), { span });
        }
      }
      const letter = lettered ? LETTER.exec(trimmed) : null;
      tasks.push({
        index: letter ? letter[1]! : null,
        section: section.heading,
        content: cleanContent(trimmed.replace(/^\+\s+/, '').replace(LETTER, '')).replace(/[;.]\s*$/, ''),
        lead: [],
        support: [],
        supervisor: null,
        deadline,
        confidence: 0.8,
        span,
      });
    }
  }
  return tasks;
}
