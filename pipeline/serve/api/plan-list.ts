// GET /api/plans: the collection as plans, each once with its sources. Without q, the first
// plans passing the filters (the store's order: date, then number; Store.planPage counts and
// pages them in the store); with q, searchPlans' ranking, insensitive to diacritics as
// `kehoach search` is. Facets count plans per level, year, issuer and type among those
// matching (for a search: among the plans it returned, at most 200).
import { searchPlans } from '../../../corpus/plan-views.js';
import type { PlanSummary, Store } from '../../../corpus/store.js';
import type { z } from 'zod';
import type { PlanListResponse, SearchMatch } from '../api-schemas.js';
import { problem, type Problem } from '../problems.js';
import type { PlanQuery } from './query-params.js';

type ListResponse = z.infer<typeof PlanListResponse>;
type Facets = ListResponse['facets'];

export async function listPlans(store: Store, query: PlanQuery): Promise<ListResponse | Problem> {
  const { filters, limit } = query;
  // A movement alone asks for the plans carrying it: its words are the search.
  const words = query.q ?? filters.movement ?? null;
  if (words === null) {
    const page = await store.planPage({ level: filters.level, issuer: filters.issuer, year: filters.year, type: filters.type }, limit);
    return { query: null, terms: [], dropped: 0, filters, ...page };
  }
  const result = await searchPlans(store, words, { ...filters, limit });
  if (result.terms.length === 0) return problem('bad-parameter', 'q has no words to search for (only punctuation)');
  const summaries = new Map((await store.getPlans(result.hits.map((h) => h.planId))).map((p) => [p.id, p]));
  const plans: Array<PlanSummary & { match: z.infer<typeof SearchMatch> }> = [];
  for (const hit of result.hits) {
    const plan = summaries.get(hit.planId);
    if (plan) plans.push({ ...plan, match: { sourceId: hit.id, score: hit.score, chunks: hit.chunks, snippets: hit.snippets } });
  }
  return { query: words, terms: result.terms, dropped: result.dropped, filters, total: plans.length, plans, facets: facetsOf(plans) };
}

function facetsOf(plans: readonly PlanSummary[]): Facets {
  const count = (key: (p: PlanSummary) => string | number | null) => {
    const counts = new Map<string, number>();
    for (const p of plans) {
      const value = key(p);
      if (value === null || value === '') continue;
      counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return { level: count((p) => p.issuerLevel), year: count((p) => p.year), issuer: count((p) => p.issuerName), type: count((p) => p.typeCode) };
}
