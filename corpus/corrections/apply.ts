// Corrections laid over a machine record, as everything that reads a plan sees it. The machine
// record is cloned, never changed. A correction whose machine value is still what the machine
// produces is applied quietly; one whose machine value changed (a new pipeline, another primary
// source) is still applied and reported as a conflict; one whose row is gone is reported and
// not applied. Sets apply to the machine's rows first, then deletions, then added rows (at the
// end of their list), so positions typed by a reviewer never shift under each other.
import { isDeepStrictEqual } from 'node:util';
import type { PlanRecord, Review } from '../../output/schema.js';
import { getAt, setAt } from './paths.js';
import { rowFinder, rowKey } from './rows.js';
import { changeEdits, rewriteText } from './text-edits.js';
import type { Conflict, Correction, RowKey } from './types.js';

/** The record's review part (output/schema.ts Review): provenance paths are output paths ("document.title", "tasks[4].lead", "tasks[7]"). */
export type ReviewPart = Review;

export interface AppliedRecord {
  record: PlanRecord & { review?: ReviewPart };
  review: ReviewPart;
  /** For each list a correction touched: where each output row came from (machine position, or the id of the correction that added it). */
  origins: Map<string, Array<number | string>>;
}

const ORDER = { set: 0, delete: 1, add: 2 } as const;

export function applyCorrections(machine: PlanRecord, corrections: readonly Correction[]): AppliedRecord {
  const record = structuredClone(machine) as PlanRecord & { review?: ReviewPart };
  const review: ReviewPart = { corrections: [], provenance: {}, conflicts: [] };
  const lists = new Map<string, { rows: unknown[]; origins: Array<number | string>; deleted: Set<number>; added: unknown[]; touched: Map<unknown, string[]>; find: (key: RowKey) => number }>();
  const listOf = (name: string) => {
    let entry = lists.get(name);
    if (!entry) {
      const rows = (getAt(record, name) as unknown[] | undefined) ?? [];
      // Rows are found by the keys they had before any correction changed them: the keys corrections were made on.
      entry = { rows, origins: rows.map((_, i) => i), deleted: new Set(), added: [], touched: new Map(), find: rowFinder(name, rows) };
      lists.set(name, entry);
    }
    return entry;
  };
  const sorted = [...corrections].sort((a, b) => ORDER[a.op] - ORDER[b.op] || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const conflict = (reason: Conflict['reason'], machineNow: unknown) =>
      review.conflicts.push({ correctionId: c.id, path: c.path, reason, machineNow, machineThen: c.machineValue, value: c.value });
    if (!c.path.includes('[]')) {
      const now = getAt(record, c.path) ?? null;
      if (!isDeepStrictEqual(now, c.machineValue)) conflict('machine-changed', now);
      setAt(record as unknown as Record<string, unknown>, c.path, structuredClone(c.value));
      review.provenance[c.path] = 'human';
      review.corrections.push({ ...withoutPlan(c), status: isDeepStrictEqual(now, c.machineValue) ? 'applied' : 'conflict' });
      continue;
    }
    const [name, innerRaw] = c.path.split('[]') as [string, string];
    const inner = innerRaw.replace(/^\./, '');
    const list = listOf(name);
    if (c.op === 'add') {
      const position = list.find(rowKey(name, c.value, list.rows.length));
      if (position >= 0) conflict('row-now-extracted', list.rows[position]);
      const row = structuredClone(c.value);
      list.added.push(row);
      list.touched.set(row, [...(list.touched.get(row) ?? []), '']);
      review.corrections.push({ ...withoutPlan(c), status: position >= 0 ? 'conflict' : 'applied' });
      continue;
    }
    const position = c.row ? list.find(c.row) : -1;
    if (position < 0 || list.deleted.has(position)) {
      conflict('row-missing', null);
      review.corrections.push({ ...withoutPlan(c), status: 'not-applied' });
      continue;
    }
    const row = list.rows[position] as Record<string, unknown>;
    const now = getAt(row, inner) ?? null;
    const changed = !isDeepStrictEqual(now, c.machineValue);
    if (changed) conflict('machine-changed', now);
    if (c.op === 'delete') list.deleted.add(position);
    else if (inner === '') {
      const replaced = structuredClone(c.value);
      list.rows[position] = replaced;
      list.touched.set(replaced, ['']);
    } else {
      setAt(row, inner, structuredClone(c.value));
      list.touched.set(row, [...(list.touched.get(row) ?? []), inner]);
    }
    review.corrections.push({ ...withoutPlan(c), status: changed ? 'conflict' : 'applied' });
  }
  const origins = new Map<string, Array<number | string>>();
  for (const [name, list] of lists) {
    const addedIds = sorted.filter((c) => c.op === 'add' && c.path === `${name}[]`).map((c) => c.id);
    const rows = [...list.rows.filter((_, i) => !list.deleted.has(i)), ...list.added];
    const rowOrigins = [...list.origins.filter((_, i) => !list.deleted.has(i)), ...addedIds];
    setAt(record as unknown as Record<string, unknown>, name, rows);
    origins.set(name, rowOrigins);
    rows.forEach((row, position) => {
      for (const inner of list.touched.get(row) ?? []) review.provenance[`${name}[${position}]${inner ? `.${inner}` : ''}`] = 'human';
    });
    if (list.deleted.size) review.provenance[`${name}[-]`] = 'human';
  }
  // A restoration change accepted, rejected or edited is what that token of the text now reads.
  const changeOrigins = origins.get('text.changes');
  if (changeOrigins) {
    const edits = changeEdits(machine.text.normalized, machine.text.changes ?? [], record.text.changes ?? [], changeOrigins);
    if (rewriteText(record, edits)) review.provenance['text.normalized'] = 'human';
  }
  if (corrections.length) record.review = review;
  return { record, review, origins };
}

function withoutPlan(c: Correction): Omit<Correction, 'planId'> {
  const { planId: _planId, ...rest } = c;
  return rest;
}
