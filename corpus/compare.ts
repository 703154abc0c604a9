// Comparing two plans the way analysts check a lower level's plan against the upper level's:
// which movements and themes the lower level takes up or leaves out, which tasks it copies or
// adapts, whether its deadlines fall after the upper level's, which documents both cite, and
// who carries which kind of task.
// Pure: records in, a Comparison (output/compare-schema.ts) out.
import {
  COMPARE_SCHEMA_VERSION,
  type ComparedPlan,
  type Comparison,
  type DeadlineConflict,
  type PlanSide,
  type TaskKind,
} from '../output/compare-schema.js';
import type { PlanRecord, Reference, TaskRow } from '../output/schema.js';
import { DAY_MS, levelRank, yearOf } from './compare/dates.js';
import { TASK_KIND_LABELS, TASK_KIND_ORDER, taskKind } from './compare/kinds.js';
import { alignMovements } from './compare/movements.js';
import { foldKey } from './compare/similarity.js';
import { alignTasks, taskDue } from './compare/tasks.js';

function summary(record: PlanRecord): ComparedPlan {
  const d = record.document;
  return {
    id: record.id,
    number: d.number,
    title: d.title,
    issuer: d.issuer.name,
    level: d.issuer.level,
    locality: d.issuer.locality,
    date: d.date,
    movements: record.movements.length,
    tasks: record.tasks.length,
  };
}

/** True when `from` cites `to` as a document it implements or is based on. */
export function cites(from: PlanRecord, to: PlanRecord): boolean {
  const number = to.document.number;
  if (!number) return false;
  const key = foldKey(number);
  const year = yearOf(to.document.date);
  return from.references.some(
    (r) =>
      r.relation !== 'mentions' &&
      r.number !== null &&
      foldKey(r.number) === key &&
      (year === null || yearOf(r.date) === null || yearOf(r.date) === year),
  );
}

function relationOf(a: PlanRecord, b: PlanRecord) {
  const ra = levelRank(a.document.issuer.level);
  const rb = levelRank(b.document.issuer.level);
  const lower: PlanSide | null = ra === null || rb === null || ra === rb ? null : ra < rb ? 'a' : 'b';
  const ya = yearOf(a.document.date);
  const yb = yearOf(b.document.date);
  return {
    lower,
    sameLevel: ra !== null && ra === rb,
    implements: cites(a, b) ? ('a' as const) : cites(b, a) ? ('b' as const) : null,
    yearShift: ya !== null && yb !== null ? yb - ya : 0,
  };
}

const formatDays = (days: number) => `${days} ngày`;

function deadlineConflicts(
  a: readonly TaskRow[],
  b: readonly TaskRow[],
  pairs: ReadonlyArray<{ a: { ord: number }; b: { ord: number } }>,
  lower: PlanSide | null,
  shift: number,
): DeadlineConflict[] {
  const conflicts: DeadlineConflict[] = [];
  for (const pair of pairs) {
    const ta = a[pair.a.ord]!;
    const tb = b[pair.b.ord]!;
    const aDue = taskDue(ta, shift);
    const bDue = taskDue(tb);
    if (aDue === null || bDue === null || aDue === bDue) continue;
    const later: PlanSide = aDue > bDue ? 'a' : 'b';
    // Between levels only the lower plan running late is a conflict; at one level any gap is news.
    if (lower !== null && later !== lower) continue;
    const days = Math.round(Math.abs(aDue - bDue) / DAY_MS);
    const aText = ta.deadline!.end ?? ta.deadline!.start!;
    const bText = tb.deadline!.end ?? tb.deadline!.start!;
    const task = (side: PlanSide, t: TaskRow) => `${side.toUpperCase()} nhiệm vụ ${t.index ?? '?'}`;
    const message =
      lower !== null
        ? `${task(later, later === 'a' ? ta : tb)} (cấp dưới) hạn ${later === 'a' ? aText : bText}, sau hạn ${later === 'a' ? bText : aText} của cấp trên (${formatDays(days)})`
        : `${later.toUpperCase()} muộn hơn ${later === 'a' ? 'B' : 'A'} ${formatDays(days)}: ${task('a', ta)} hạn ${aText}, ${task('b', tb)} hạn ${bText}${shift ? ` (so sánh sau khi dời ${shift} năm)` : ''}`;
    conflicts.push({
      a: pair.a.ord,
      b: pair.b.ord,
      aDue: aText,
      bDue: bText,
      later,
      kind: lower !== null ? 'lower-after-upper' : 'later',
      shifted: shift !== 0,
      days,
      message,
    });
  }
  return conflicts;
}

function citedDocuments(references: readonly Reference[]) {
  const byKey = new Map<string, { number: string; type: string | null; date: string | null; issuer: string | null }>();
  for (const r of references) {
    if (!r.number) continue;
    const key = foldKey(r.number);
    if (!byKey.has(key)) byKey.set(key, { number: r.number, type: r.type, date: r.date, issuer: r.issuer });
  }
  return byKey;
}

function sharedReferences(a: PlanRecord, b: PlanRecord) {
  const ca = citedDocuments(a.references);
  const cb = citedDocuments(b.references);
  return {
    both: [...ca].filter(([k]) => cb.has(k)).map(([, v]) => v),
    onlyA: [...ca].filter(([k]) => !cb.has(k)).map(([, v]) => v),
    onlyB: [...cb].filter(([k]) => !ca.has(k)).map(([, v]) => v),
  };
}

function unitLoads(tasks: readonly TaskRow[]): Map<TaskKind, Array<{ unit: string; tasks: number }>> {
  const byKind = new Map<TaskKind, Map<string, { unit: string; tasks: number }>>();
  for (const task of tasks) {
    const kind = taskKind(task.content);
    const units = byKind.get(kind) ?? new Map<string, { unit: string; tasks: number }>();
    byKind.set(kind, units);
    for (const unit of new Set(task.lead.map((u) => u.trim()).filter(Boolean))) {
      const key = foldKey(unit);
      const entry = units.get(key) ?? { unit, tasks: 0 };
      entry.tasks += 1;
      units.set(key, entry);
    }
  }
  const out = new Map<TaskKind, Array<{ unit: string; tasks: number }>>();
  for (const [kind, units] of byKind) {
    out.set(kind, [...units.values()].sort((x, y) => y.tasks - x.tasks || x.unit.localeCompare(y.unit, 'vi')));
  }
  return out;
}

function responsibilities(a: PlanRecord, b: PlanRecord) {
  const la = unitLoads(a.tasks);
  const lb = unitLoads(b.tasks);
  return TASK_KIND_ORDER.filter((kind) => la.has(kind) || lb.has(kind)).map((kind) => ({
    kind,
    label: TASK_KIND_LABELS[kind],
    a: la.get(kind) ?? [],
    b: lb.get(kind) ?? [],
  }));
}

export function compareRecords(a: PlanRecord, b: PlanRecord): Comparison {
  const relation = relationOf(a, b);
  // Plans of one level from different years are compared on one calendar; across levels, dates
  // are taken as written (an implementing plan is of the same period as what it implements).
  const shift = relation.lower === null ? relation.yearShift : 0;
  const tasks = alignTasks(a.tasks, b.tasks, shift);
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    a: summary(a),
    b: summary(b),
    relation,
    movements: alignMovements(a.movements, b.movements),
    tasks,
    deadlineConflicts: deadlineConflicts(a.tasks, b.tasks, tasks.pairs, relation.lower, shift),
    references: sharedReferences(a, b),
    responsibilities: responsibilities(a, b),
  };
}
