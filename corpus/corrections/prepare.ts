// A reviewer's correction checked and made ready to store: the path against the record schema,
// the value against the field's schema, the row against the plan as the reviewer sees it, and
// the machine value it replaces read from the machine record.
import { randomUUID } from 'node:crypto';
import type { PlanRecord } from '../../output/schema.js';
import { applyCorrections } from './apply.js';
import { getAt, parsePath, parseValue } from './paths.js';
import { rowKey } from './rows.js';
import { CorrectionError, type Correction } from './types.js';

export interface CorrectionRequest {
  path: string;
  /** As typed: JSON where it fits the field, else text. */
  value: string;
  note?: string | null;
  author: string;
  at?: Date;
}

/**
 * The correction to store for `request` on a plan whose machine record is `machine` and whose
 * stored corrections are `existing`, and the ids of earlier corrections it replaces (the same
 * field of the same row). Throws CorrectionError with a one-line reason.
 */
export function prepareCorrection(
  planId: string,
  machine: PlanRecord,
  existing: readonly Correction[],
  request: CorrectionRequest,
): { correction: Correction; replaces: string[] } {
  const parsed = parsePath(request.path);
  const base = {
    id: randomUUID(),
    planId,
    path: parsed.template,
    note: request.note?.trim() ? request.note.trim() : null,
    author: request.author,
    createdAt: (request.at ?? new Date()).toISOString(),
  };
  if (!parsed.list || !parsed.selector) {
    const value = parseValue(parsed, request.value, request.path);
    const correction: Correction = { ...base, op: 'set', row: null, machineValue: getAt(machine, parsed.template) ?? null, value };
    return { correction, replaces: existing.filter((c) => c.path === correction.path).map((c) => c.id) };
  }
  const list = parsed.list;
  const machineRows = (getAt(machine, list) as unknown[] | undefined) ?? [];
  if (parsed.selector.kind === 'new') {
    const value = parseValue(parsed, request.value, request.path);
    return { correction: { ...base, op: 'add', row: null, machineValue: null, value }, replaces: [] };
  }
  // Positions and printed indexes are those of the plan as shown: corrections applied. Only
  // added and deleted rows move positions; without any in this list, a position is the
  // machine's, and the plan need not be corrected again to know it (a batch of thousands of
  // reviewed restoration changes stays linear).
  const moved = existing.some((c) => c.path === `${list}[]` && c.op !== 'set');
  const { record: shown, origins } = moved || parsed.selector.kind !== 'position' ? applyCorrections(machine, existing) : { record: machine, origins: new Map<string, Array<number | string>>() };
  const shownRows = (getAt(shown, list) as unknown[] | undefined) ?? [];
  const origin = origins.get(list) ?? machineRows.map((_, i) => i);
  let position: number;
  if (parsed.selector.kind === 'position') {
    position = parsed.selector.position;
    if (position >= shownRows.length) throw new CorrectionError(shownRows.length ? `${request.path}: ${list} has ${shownRows.length} rows (positions 0 to ${shownRows.length - 1})` : `${request.path}: ${list} has no rows (add one with ${list}[+])`);
  } else {
    const wanted = parsed.selector.index;
    const matches = shownRows.flatMap((row, i) => ((row as { index?: unknown; number?: unknown }).index === wanted || (row as { number?: unknown }).number === wanted ? [i] : []));
    if (matches.length === 0) throw new CorrectionError(`${request.path}: no row of ${list} is printed "${wanted}"`);
    if (matches.length > 1) throw new CorrectionError(`${request.path}: ${matches.length} rows of ${list} are printed "${wanted}"; give the position instead (${matches.map((m) => `[${m}]`).join(', ')})`);
    position = matches[0]!;
  }
  const from = origin[position]!;
  if (typeof from === 'string') {
    throw new CorrectionError(`${request.path}: this row was added by a correction (${from.slice(0, 8)}); delete it (value null) and add it again`);
  }
  const machineRow = machineRows[from];
  const row = rowKey(list, machineRow, from);
  const deleting = parsed.inner === '' && request.value.trim() === 'null';
  const value = deleting ? null : parseValue(parsed, request.value, request.path);
  const correction: Correction = {
    ...base,
    op: deleting ? 'delete' : 'set',
    row,
    machineValue: getAt(machineRow, parsed.inner) ?? null,
    value,
  };
  const sameRow = (c: Correction) => c.row !== null && c.row.fingerprint === row.fingerprint && c.row.index === row.index && c.row.position === row.position;
  const replaces = existing.filter((c) => sameRow(c) && (c.path === correction.path || deleting)).map((c) => c.id);
  return { correction, replaces };
}
