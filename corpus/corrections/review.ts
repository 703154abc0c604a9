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
    (record.text.changes ?? []).forEach((c, i) => {
      if (Object.keys(human).some((p) => p.startsWith(`text.changes[${i}]`))) return;
      items.changes.push({ planId, number, path: `text.changes[${i}]`, original: c.original, replacement: c.replacement, kind: c.kind, confidence: c.confidence });
    });
    // Keep memory bounded on a large store: only the `limit` least confident survive each plan.
    items.tasks = lowest(items.tasks, limit);
    items.changes = lowest(items.changes, limit);
  };
  return { add, items };
}

function lowest<T extends { confidence: number; planId: string; path: string }>(rows: T[], limit: number): T[] {
  return rows
    .sort((a, b) => a.confidence - b.confidence || a.planId.localeCompare(b.planId) || a.path.localeCompare(b.path, undefined, { numeric: true }))
    .slice(0, limit);
}
