// Results that list documents (search hits, linked documents), seen as plans: each plan once,
// at its best place, under its corrected heading, with its sources.
import { planLinks, type PlanLinks } from './graph.js';
import { searchStore, type SearchHit, type SearchOptions, type SearchResult } from './search.js';
import type { LinkedDocument, PlanHeading, PlanSummary, Store } from './store.js';

/** A heading as hits and links show it, from a plan's (corrected) summary. */
export function planHeading(plan: PlanSummary): PlanHeading {
  return { id: plan.id, number: plan.number, title: plan.title, issuer: plan.issuerName, level: plan.issuerLevel, date: plan.date };
}

export interface PlanSearchHit extends SearchHit {
  /** The plan of the document hit (`id`). */
  planId: string;
  /** Every source of that plan. */
  sources: string[];
}

export interface PlanSearchResult extends Omit<SearchResult, 'hits'> {
  hits: PlanSearchHit[];
}

/** Search hits, one per plan (the best-ranked of its sources), headed by the plan's corrected heading. */
export async function hitsAsPlans(store: Store, result: SearchResult): Promise<PlanSearchResult> {
  const seen = new Set<string>();
  const hits: PlanSearchHit[] = [];
  for (const hit of result.hits) {
    const planId = await store.planOfDocument(hit.id);
    const plan = planId ? await store.getPlan(planId) : null;
    if (!plan) continue;
    if (seen.has(plan.id)) continue;
    seen.add(plan.id);
    const { id: _planId, ...heading } = planHeading(plan);
    hits.push({ ...hit, ...heading, planId: plan.id, sources: plan.sources.map((s) => s.id) });
  }
  return { ...result, hits };
}

export interface PlanLinkedDocument extends LinkedDocument {
  planId: string;
}

export interface PlanLinksView extends Omit<PlanLinks, 'upstream' | 'downstream'> {
  upstream: PlanLinkedDocument[];
  downstream: PlanLinkedDocument[];
  /** Plans whose text is similar but which were not merged (near-duplicates). */
  similar: Array<PlanHeading & { similarity: number }>;
}

/** The links of a plan's primary source, each linked plan once under its corrected heading, and its near-duplicates. */
export async function linksOfPlan(store: Store, plan: PlanSummary): Promise<PlanLinksView> {
  const links = await planLinks(store, plan.primaryId);
  const asPlans = async (rows: LinkedDocument[]) => {
    const seen = new Set<string>([plan.id]);
    const out: PlanLinkedDocument[] = [];
    for (const row of rows) {
      const planId = await store.planOfDocument(row.id);
      const linked = planId ? await store.getPlan(planId) : null;
      if (!linked || seen.has(linked.id)) continue;
      seen.add(linked.id);
      const { id: _id, ...heading } = planHeading(linked);
      out.push({ ...row, ...heading, planId: linked.id });
    }
    return out;
  };
  const similar: PlanLinksView['similar'] = [];
  for (const s of await store.similarPlans(plan.id)) {
    const other = await store.getPlan(s.planId);
    if (other) similar.push({ ...planHeading(other), similarity: s.similarity });
  }
  return { upstream: await asPlans(links.upstream), downstream: await asPlans(links.downstream), unresolved: links.unresolved, similar };
}

/**
 * Search counting each plan once: `limit` plans, asking the index for more documents while
 * several sources of one plan took places among the hits (up to the search's 200).
 */
export async function searchPlans(store: Store, query: string, options: SearchOptions = {}): Promise<PlanSearchResult> {
  const limit = Math.max(1, Math.min(200, Math.floor(options.limit ?? 20)));
  for (let asked = limit; ; asked = Math.min(200, asked * 2)) {
    const raw = await searchStore(store, query, { ...options, limit: asked });
    const plans = await hitsAsPlans(store, raw);
    if (plans.hits.length >= limit || raw.hits.length < asked || asked >= 200) return { ...plans, hits: plans.hits.slice(0, limit) };
  }
}
