// Field paths of a record, as a reviewer writes them, checked against the record schema
// (output/schema.ts): "document.title", "document.issuer.name", "tasks[3].lead" (the row at
// position 3, counted from 0, as `show --json` prints it), "tasks[#2.1].deadline" (the row
// printed "2.1"), "tasks[3]" (a whole row: value null deletes it), "tasks[+]" (adds a row).
import { z } from 'zod';
import { PlanRecord } from '../../output/schema.js';
import { CorrectionError } from './types.js';

/** The parts of a record a reviewer may not correct: what the file is and what the machine did. */
const LOCKED = ['schemaVersion', 'id', 'source', 'pipeline', 'diagnostics', 'text.original', 'text.normalized', 'text.wordBoxes', 'review', 'plan'];

export type RowSelector = { kind: 'position'; position: number } | { kind: 'index'; index: string } | { kind: 'new' };

export interface ParsedPath {
  /** The template as stored: "tasks[].lead". */
  template: string;
  /** The list a selector is in ("tasks", "text.changes"); null without one. */
  list: string | null;
  selector: RowSelector | null;
  /** The field inside the row ("lead", "deadline.text"); "" for the whole row. */
  inner: string;
  /** The schema of the value the path holds. */
  schema: z.ZodType;
}

type AnyZod = z.ZodType & { def: { type: string }; shape?: Record<string, z.ZodType>; element?: z.ZodType; unwrap?: () => z.ZodType };

function unwrapOptional(schema: AnyZod): AnyZod {
  let s = schema;
  while (s.def.type === 'optional' || s.def.type === 'nullable') s = s.unwrap!() as AnyZod;
  return s;
}

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*)(?:\[([^\]]*)\])?$/;

export function parsePath(path: string): ParsedPath {
  const text = path.trim();
  if (!text) throw new CorrectionError('the field path is empty');
  const segments = splitPath(text);
  let schema = PlanRecord as unknown as AnyZod;
  let names: string[] = [];
  let list: string | null = null;
  let selector: RowSelector | null = null;
  const inner: string[] = [];
  for (const [i, segment] of segments.entries()) {
    const m = SEGMENT.exec(segment);
    if (!m) throw new CorrectionError(`"${text}" is not a field path (write it like document.title or tasks[3].lead)`);
    const object = unwrapOptional(schema);
    if (object.def.type !== 'object' || !object.shape || !Object.hasOwn(object.shape, m[1]!)) {
      throw new CorrectionError(`"${text}": the record has no field "${[...names, m[1]].join('.')}"`);
    }
    names = [...names, m[1]!];
    if (selector) inner.push(m[1]!);
    schema = object.shape[m[1]!] as AnyZod;
    if (LOCKED.some((locked) => names.join('.') === locked)) {
      throw new CorrectionError(`"${text}": ${names.join('.')} is what the machine read or did, not a value to correct`);
    }
    if (m[2] === undefined) continue;
    const array = unwrapOptional(schema);
    if (array.def.type !== 'array') throw new CorrectionError(`"${text}": ${names.join('.')} is not a list`);
    if (selector) throw new CorrectionError(`"${text}": a correction goes through one list at most (replace ${names.join('.')} whole)`);
    list = names.join('.');
    selector = parseSelector(m[2], text, list);
    schema = array.element as AnyZod;
    if (i === segments.length - 1) continue;
  }
  if (selector?.kind === 'new' && inner.length) throw new CorrectionError(`"${text}": [+] adds a whole row; give the row, not a field of it`);
  const template = list ? `${list}[]${inner.length ? `.${inner.join('.')}` : ''}` : names.join('.');
  return { template, list, selector, inner: inner.join('.'), schema };
}

/** Split at the dots outside brackets ("tasks[#2.1].lead" → "tasks[#2.1]", "lead"). */
function splitPath(text: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']') depth = Math.max(0, depth - 1);
    else if (text[i] === '.' && depth === 0) {
      segments.push(text.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(text.slice(start));
  return segments;
}

function parseSelector(raw: string, path: string, list: string): RowSelector {
  const s = raw.trim();
  if (s === '+') return { kind: 'new' };
  if (/^\d+$/.test(s)) return { kind: 'position', position: Number(s) };
  if (s.startsWith('#') && s.length > 1) {
    if (list !== 'tasks' && list !== 'sections') throw new CorrectionError(`"${path}": rows of ${list} have no printed index; give their position`);
    return { kind: 'index', index: s.slice(1).trim() };
  }
  throw new CorrectionError(`"${path}": [${raw}] names no row (write [3] for the row at position 3, [#2.1] for the row printed 2.1, [+] for a new row)`);
}

/**
 * The value a reviewer typed, checked against the field's schema: read as JSON when that fits
 * the field ("null", "[\"Phòng Nội vụ\"]", "true"), else as the text itself.
 */
export function parseValue(parsed: ParsedPath, raw: string, path: string): unknown {
  let json: unknown;
  let isJson = false;
  try {
    json = JSON.parse(raw);
    isJson = true;
  } catch {
    // not JSON: the text itself
  }
  if (isJson) {
    const result = parsed.schema.safeParse(json);
    if (result.success) return result.data;
  }
  const asText = parsed.schema.safeParse(raw);
  if (asText.success) return asText.data;
  const again = parsed.schema.safeParse(isJson ? json : raw);
  const issue = again.success ? null : again.error.issues[0];
  const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new CorrectionError(`"${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}" is not a value for ${path}${where}: ${issue?.message ?? 'wrong type'}`);
}

/** The value at a dotted path inside a value ("" is the value itself); undefined where absent. */
export function getAt(value: unknown, dotted: string): unknown {
  if (!dotted) return value;
  let current = value;
  for (const name of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** Set the value at a dotted path, creating objects on the way (the value was checked against the schema). */
export function setAt(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const names = dotted.split('.');
  let current = target;
  for (const name of names.slice(0, -1)) {
    const next = current[name];
    if (next === null || typeof next !== 'object') current[name] = {};
    current = current[name] as Record<string, unknown>;
  }
  current[names.at(-1)!] = value;
}
