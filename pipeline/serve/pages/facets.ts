// Facets of the collection page: how many of the listed plans have each level, year, issuer and
// type, so a reviewer narrows a search by clicking. Counted over the plans the page found.
import type { PlanSummary } from '../../../corpus/store.js';

export interface CollectionFilters {
  level?: string;
  year?: number;
  issuer?: string;
  type?: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  level: FacetValue[];
  year: FacetValue[];
  issuer: FacetValue[];
  type: FacetValue[];
}

/** At most this many values per facet (the most frequent); the rest are reached by search. */
const FACET_VALUES = 12;

/** Facet counts of a list of plans (search hits: the plans the search returned). */
export function countFacets(plans: readonly PlanSummary[]): Facets {
  const counters = { level: new Map<string, number>(), year: new Map<string, number>(), issuer: new Map<string, number>(), type: new Map<string, number>() };
  const add = (map: Map<string, number>, value: string | number | null) => {
    if (value === null || value === '') return;
    map.set(String(value), (map.get(String(value)) ?? 0) + 1);
  };
  for (const plan of plans) {
    add(counters.level, plan.issuerLevel);
    add(counters.year, plan.year);
    add(counters.issuer, plan.issuerName);
    add(counters.type, plan.typeCode);
  }
  const values = (map: Map<string, number>) => [...map].map(([value, count]) => ({ value, count }));
  return { level: values(counters.level), year: values(counters.year), issuer: values(counters.issuer), type: values(counters.type) };
}

/** What the page shows of each facet: the most frequent values (years newest first). */
export function shownFacets(facets: Facets): Facets {
  const top = (values: readonly FacetValue[], byValue = false) =>
    [...values]
      .sort((a, b) => (byValue ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'vi')))
      .slice(0, FACET_VALUES);
  return { level: top(facets.level), year: top(facets.year, true), issuer: top(facets.issuer), type: top(facets.type) };
}

/** The filters of a request's query, each checked (a year is four digits; text is bounded). */
export function readFilters(query: (name: string) => string | undefined): CollectionFilters {
  const text = (name: string) => {
    const value = query(name)?.trim();
    return value ? value.slice(0, 200) : undefined;
  };
  const year = text('year');
  return {
    level: text('level'),
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    issuer: text('issuer'),
    type: text('type'),
  };
}
