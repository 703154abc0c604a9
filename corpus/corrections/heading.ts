// Corrections of a plan's heading applied to its one-line summary (list, search hits, links),
// without reading the whole record.
import type { Correction } from './types.js';

/** The heading fields a summary shows, by the record path that holds them. */
const HEADING_FIELDS = {
  'document.title': 'title',
  'document.number': 'number',
  'document.symbol': 'symbol',
  'document.typeCode': 'typeCode',
  'document.date': 'date',
  'document.issuer.name': 'issuerName',
  'document.issuer.level': 'issuerLevel',
  'document.issuer.locality': 'issuerLocality',
} as const;

export interface Heading {
  title: string | null;
  number: string | null;
  symbol: string | null;
  typeCode: string | null;
  date: string | null;
  year: number | null;
  issuerName: string | null;
  issuerLevel: string | null;
  issuerLocality: string | null;
  taskCount: number;
}

export function correctHeading<T extends Heading>(summary: T, corrections: readonly Correction[]): T {
  if (corrections.length === 0) return summary;
  const result = { ...summary };
  for (const c of corrections) {
    const field = (HEADING_FIELDS as Record<string, keyof Heading>)[c.path];
    if (field) (result as Record<string, unknown>)[field] = c.value;
    if (c.path === 'document.date') result.year = typeof c.value === 'string' ? Number(c.value.slice(0, 4)) : null;
    // Rows added or deleted change the count (a deletion whose row is gone is counted once more here; `review` shows it).
    if (c.path === 'tasks[]' && c.op === 'add') result.taskCount++;
    if (c.path === 'tasks[]' && c.op === 'delete') result.taskCount = Math.max(0, result.taskCount - 1);
    if (c.path === 'tasks' && Array.isArray(c.value)) result.taskCount = c.value.length;
  }
  return result;
}

/** A stored document as reference resolution weighs it, in the fields corrections reach (LinkCandidate is one with its id). */
export interface LinkHeading {
  numberKey: string | null;
  symbol: string | null;
  typeCode: string | null;
  issuerName: string | null;
  issuerLevel: string | null;
  issuerLocality: string | null;
  date: string | null;
  year: number | null;
}

/**
 * The correction paths correctLinkHeading reads: only these change what references resolve to
 * (a corrected title or task does not, and must not cost a rebuild of every link).
 */
export const LINK_HEADING_PATHS: readonly string[] = ['document.number', 'document.date', ...Object.keys(HEADING_FIELDS).filter((p) => p !== 'document.title' && p !== 'document.number' && p !== 'document.date')];

/** The heading corrections of a plan applied to one of its sources as references are resolved against it. */
export function correctLinkHeading<T extends LinkHeading>(
  candidate: T,
  corrections: ReadonlyArray<Pick<Correction, 'path' | 'value'>>,
  numberKey: (number: string | null) => string | null,
): T {
  if (corrections.length === 0) return candidate;
  const result = { ...candidate };
  for (const c of corrections) {
    const text = typeof c.value === 'string' ? c.value : null;
    if (c.path === 'document.number') result.numberKey = numberKey(text);
    else if (c.path === 'document.date') {
      result.date = text;
      result.year = text ? Number(text.slice(0, 4)) : null;
    } else {
      const field = (HEADING_FIELDS as Record<string, keyof Heading>)[c.path];
      if (field && field in result && field !== 'title' && field !== 'number') (result as Record<string, unknown>)[field] = text;
    }
  }
  return result;
}
