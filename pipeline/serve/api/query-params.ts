// The query parameters of the listing and search routes, checked as the CLI checks its flags
// (kehoach search): a wrong one is a 400 naming it, never a silently ignored filter.
import { parseSearchQuery } from '../../../corpus/query.js';
import type { SearchFilters } from '../../../corpus/store.js';
import { IssuerLevel } from '../../../output/schema.js';
import { problem, type Problem } from '../problems.js';
import { oneLine } from './plan-ref.js';

export interface PlanQuery {
  q: string | null;
  filters: SearchFilters;
  limit: number;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

/** A whole number in [min, max] from a query parameter, its default when absent. */
export function limitParam(raw: string | undefined, fallback: number, max: number): number | Problem {
  if (raw === undefined) return fallback;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) return problem('bad-parameter', `limit must be a number from 1 to ${max} (got "${oneLine(raw)}")`);
  return Number(raw);
}

export function planQuery(params: Record<string, string | undefined>): PlanQuery | Problem {
  const filters: SearchFilters = {};
  const text = (name: string): string | undefined | Problem => {
    const v = params[name];
    if (v === undefined) return undefined;
    if (!v.trim()) return problem('bad-parameter', `${name} needs a value`);
    if (v.length > 500) return problem('bad-parameter', `${name} is longer than 500 characters`);
    return v;
  };
  const level = text('level');
  if (typeof level === 'object') return level;
  if (level !== undefined) {
    if (!IssuerLevel.options.includes(level as IssuerLevel)) return problem('bad-parameter', `level must be one of ${IssuerLevel.options.join(', ')} (got "${oneLine(level)}")`);
    filters.level = level as IssuerLevel;
  }
  const year = text('year');
  if (typeof year === 'object') return year;
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) return problem('bad-parameter', `year must be a four-digit year (got "${oneLine(year)}")`);
    filters.year = Number(year);
  }
  for (const name of ['issuer', 'type'] as const) {
    const v = text(name);
    if (typeof v === 'object') return v;
    if (v !== undefined) filters[name] = v;
  }
  const movement = text('movement');
  if (typeof movement === 'object') return movement;
  if (movement !== undefined) {
    if (parseSearchQuery(movement).phrase.length === 0) return problem('bad-parameter', `movement has no words to look for (got "${oneLine(movement)}")`);
    filters.movement = movement;
  }
  const q = params.q;
  if (q !== undefined && q.length > 1000) return problem('bad-parameter', 'q is longer than 1000 characters');
  const limit = limitParam(params.limit, DEFAULT_LIMIT, MAX_LIMIT);
  if (typeof limit === 'object') return limit;
  return { q: q?.trim() ? q : null, filters, limit };
}
