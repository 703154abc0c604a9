// What a reviewer should look at first in a set of plans: the open conflicts of corrections, the
// task rows the extractor was least sure of, and the restoration changes with the least
// confidence. Rows and changes a person already corrected are left out.
import type { PlanRecord } from '../../output/schema.js';

export interface ReviewItems {
  conflicts: Array<{ planId: string; number: string | null } & NonNullable<PlanRecord['review']>['conflicts'][number]>;
  tasks: Array<{ planId: string; number: string | null; path: string; index: string | null; content: string; confidence: number }>;
  changes: Array<{ planId: string; number: string | null; path: string; original: string; replacement: string; kind: string; confidence: number }>;
}

export function collectReviewItems(records: Iterable<PlanRecord>, limit: number): ReviewItems {
  const collector = reviewCollector(limit);
  for (const record of records) collector.add(record);
  return collector.items;
}

/** Plans added one at a time (a store's records stream past), the items kept bounded by `limit`. */
export function reviewCollector(limit: number): { add(record: PlanRecord): void; readonly items: ReviewItems } {
  const items: ReviewItems = { conflicts: [], tasks: [], changes: [] };
  const add = (record: PlanRecord) => {
    const planId = record.plan?.id ?? record.id;
    const number = record.document.number;
    const human = record.review?.provenance ?? {};
    for (const c of record.review?.conflicts ?? []) items.conflicts.push({ planId, number, ...c });
    record.tasks.forEach((t, i) => {
      if (t.confidence >= 1 || Object.keys(human).some((p) => p.startsWith(`tasks[${i}]`))) return;
      items.tasks.push({ planId, number, path: `tasks[${i}]`, index: t.index, content: t.content, confidence: t.confidence });
    });
    // A restored document may carry thousands of changes: only those that can still be among
    // the `limit` least confident are kept for the sort (ties included, so the result is the same).
    const bar = items.changes.length >= limit ? items.changes[limit - 1]!.confidence : Infinity;
    (record.text.changes ?? []).forEach((c, i) => {
      if (c.confidence > bar) return;
      if (Object.keys(human).some((p) => p.startsWith(`text.changes[${i}]`))) return;
      items.changes.push({ planId, number, path: `text.changes[${i}]`, original: c.original, replacement: c.replacement, kind: c.kind, confidence: c.confidence });
    });
    // Keep memory bounded on a large store: only the `limit` least confident survive each plan.
    items.tasks = lowest(items.tasks, limit);
    items.changes = lowest(items.changes, limit);
  };
  return { add, items };
}

/** Paths in numeric order (tasks[2] before tasks[10]); one collator, not one per comparison. */
const PATH_ORDER = new Intl.Collator(undefined, { numeric: true });

function lowest<T extends { confidence: number; planId: string; path: string }>(rows: T[], limit: number): T[] {
  return rows
    .sort((a, b) => a.confidence - b.confidence || a.planId.localeCompare(b.planId) || PATH_ORDER.compare(a.path, b.path))
    .slice(0, limit);
}
