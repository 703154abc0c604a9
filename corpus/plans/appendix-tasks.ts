// A plan's task table is often published as a file of its own ("PHỤ LỤC … Kèm theo Kế hoạch
// số …"), beside a plan text whose body only says "(Phụ lục kèm theo)". The store keeps such a
// file as a source of its plan that is never the primary one (plans/primary.ts); this is where
// its tasks join the plan's record, so that comparing, reviewing and exporting the plan see them.
// An appendix whose tasks the primary already holds (a whole copy with the appendix inside) adds
// nothing.
import type { PlanRecord, TaskRow } from '../../output/schema.js';
import { foldKey } from '../compare/similarity.js';

export interface AppendixSource {
  id: string;
  record: PlanRecord;
}

/** Enough of a task's words to know it again across two readings of one table. */
function taskKey(task: TaskRow): string {
  return foldKey(task.content).slice(0, 120);
}

/**
 * The primary record with the tasks of its plan's appendices filed alone appended, in the order
 * given, each marked with the appendix it was read from (its span points into that source's
 * text). An appendix half of whose tasks are already there is taken as a copy and left out.
 */
export function withAppendixTasks(primary: PlanRecord, appendices: readonly AppendixSource[]): PlanRecord {
  const seen = new Set(primary.tasks.map(taskKey));
  const added: TaskRow[] = [];
  for (const appendix of appendices) {
    if (appendix.id === primary.id || appendix.record.tasks.length === 0) continue;
    const keys = appendix.record.tasks.map(taskKey);
    const known = keys.filter((k) => seen.has(k)).length;
    if (known * 2 >= keys.length) continue;
    appendix.record.tasks.forEach((task, i) => {
      if (seen.has(keys[i]!)) return;
      seen.add(keys[i]!);
      added.push({ ...task, sourceId: appendix.id });
    });
  }
  return added.length ? { ...primary, tasks: [...primary.tasks, ...added] } : primary;
}
