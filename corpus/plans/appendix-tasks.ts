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
export function taskKey(content: string): string {
  return foldKey(content).slice(0, 120);
}

/** An appendix with this many rows or more, half of them already in the primary, is a copy of the primary's own table. */
const COPY_MIN_KNOWN = 2;

/**
 * Which rows of each appendix join the plan, by their rows' keys (taskKey): an appendix half of
 * whose rows (two at least) the primary already holds is taken as a copy and adds none; otherwise
 * a row is left out only where it matches a row not matched before, the primary's or an earlier
 * appendix's (rows are counted, so an appendix's own repeated rows, "Báo cáo kết quả" under two
 * parents, all stay). The store counts a plan's tasks with this from its task rows alone.
 */
export function appendixRowsKept(primaryKeys: readonly string[], appendixKeys: ReadonlyArray<readonly string[]>): boolean[][] {
  const held = new Map<string, number>();
  const hold = (key: string) => key && held.set(key, (held.get(key) ?? 0) + 1);
  for (const key of primaryKeys) hold(key);
  return appendixKeys.map((keys) => {
    const available = new Map(held);
    const known = keys.filter((k) => {
      const n = available.get(k) ?? 0;
      if (n > 0) available.set(k, n - 1);
      return n > 0;
    }).length;
    if (known >= COPY_MIN_KNOWN && known * 2 >= keys.length) return keys.map(() => false);
    const kept = keys.map((key) => {
      const n = held.get(key) ?? 0;
      if (n > 0) held.set(key, n - 1);
      return n === 0;
    });
    // A later appendix's rows are matched against this one's too (the same table filed twice).
    keys.forEach((key, i) => kept[i] && hold(key));
    return kept;
  });
}

/**
 * The primary record with the tasks of its plan's appendices filed alone appended, in the order
 * given (appendixRowsKept), each marked with the appendix it was read from: its span points into
 * that source's text.
 */
export function withAppendixTasks(primary: PlanRecord, appendices: readonly AppendixSource[]): PlanRecord {
  const others = appendices.filter((a) => a.id !== primary.id);
  const kept = appendixRowsKept(
    primary.tasks.map((t) => taskKey(t.content)),
    others.map((a) => a.record.tasks.map((t) => taskKey(t.content))),
  );
  const added = others.flatMap((a, i) => a.record.tasks.filter((_, k) => kept[i]![k]).map((task): TaskRow => ({ ...task, sourceId: a.id })));
  return added.length ? { ...primary, tasks: [...primary.tasks, ...added] } : primary;
}
