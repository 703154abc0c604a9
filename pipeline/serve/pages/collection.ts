// `/`: the collection. A search box (diacritic-insensitive, the same search as `kehoach search`),
// facets by level, year, issuer and type that add a filter when clicked, and the results as
// plans: each plan once, its source files listed, how many corrections it carries.
import { searchPlans, type PlanSearchHit } from '../../../corpus/plan-views.js';
import type { IssuerLevel } from '../../../output/schema.js';
import type { PlanSummary, Store } from '../../../corpus/store.js';
import { countFacets, shownFacets, type CollectionFilters, type Facets, type FacetValue } from './facets.js';
import { formatDate, html, levelLabel, queryString, type SafeHtml } from './format.js';

/** Plans shown on the page; facets count every plan found. */
const SHOWN = 100;
/** Plans asked of the search (facets count these): snippets make each hit cost, so fewer than a list shows. */
const SEARCHED = 50;

export interface CollectionView {
  query: string;
  filters: CollectionFilters;
  /** How many plans were found (the collection's, or the search's). */
  total: number;
  /** The plans shown, best or first first. */
  plans: PlanSummary[];
  facets: Facets;
  hits: Map<string, PlanSearchHit>;
}

/** The plans a request asks for: search hits when there is a query, else a page of the collection, filtered. */
export async function findPlans(store: Store, query: string, filters: CollectionFilters): Promise<CollectionView> {
  const hits = new Map<string, PlanSearchHit>();
  if (!query) {
    // Counted and paged by the store: a page of 10,000 plans builds the summaries it shows.
    const page = await store.planPage(filters, SHOWN);
    return { query, filters, total: page.total, plans: page.plans, facets: page.facets, hits };
  }
  const result = await searchPlans(store, query, {
    level: filters.level as IssuerLevel | undefined,
    issuer: filters.issuer,
    year: filters.year,
    type: filters.type,
    limit: SEARCHED,
  });
  const plans: PlanSummary[] = [];
  for (const hit of result.hits) {
    const plan = await store.getPlan(hit.planId);
    if (!plan) continue;
    hits.set(plan.id, hit);
    plans.push(plan);
  }
  return { query, filters, total: plans.length, plans, facets: countFacets(plans), hits };
}

function linkWith(view: CollectionView, change: Partial<Record<keyof CollectionFilters, string | number | undefined>>): string {
  return `/${queryString({ q: view.query, ...view.filters, ...change })}`;
}

function facetList(view: CollectionView, name: keyof CollectionFilters, title: string, values: FacetValue[], label: (v: string) => string = (v) => v): SafeHtml {
  const active = view.filters[name];
  return html`<section class="facet"><h3>${title}</h3>
${active !== undefined ? html`<p class="active-filter">${label(String(active))} <a href="${linkWith(view, { [name]: undefined })}" aria-label="Bỏ lọc">✕</a></p>` : ''}
<ul>${values.map((v) => html`<li><a href="${linkWith(view, { [name]: v.value })}">${label(v.value)}</a> <span class="count">${v.count}</span></li>`)}</ul>
${values.length === 0 ? html`<p class="none">—</p>` : ''}</section>`;
}

function snippetHtml(hit: PlanSearchHit): SafeHtml {
  return html`${hit.snippets.map((s) => {
    const parts: Array<SafeHtml | string> = [];
    let pos = 0;
    for (const h of s.highlights) {
      parts.push(s.text.slice(pos, h.start), html`<mark>${s.text.slice(h.start, h.end)}</mark>`);
      pos = h.end;
    }
    parts.push(s.text.slice(pos));
    return html`<p class="snippet">${s.section ? html`<span class="section">${s.section}</span> ` : ''}${parts}</p>`;
  })}`;
}

function planItem(plan: PlanSummary, hit: PlanSearchHit | undefined): SafeHtml {
  return html`<li class="result">
<h2><a href="/plans/${plan.id}">${plan.number ?? 'Không số'}</a> <span class="title">${plan.title ?? '(không có trích yếu)'}</span></h2>
<p class="meta"><span class="tag">${levelLabel(plan.issuerLevel)}</span> ${plan.issuerName ?? '—'} · ${formatDate(plan.date)} · ${plan.taskCount} nhiệm vụ${
    plan.corrections ? html` · <span class="tag human">${plan.corrections} sửa</span>` : ''
  }</p>
${hit ? snippetHtml(hit) : ''}
<p class="sources">Nguồn (${plan.sources.length}): ${plan.sources.map(
    (s, i) => html`${i ? ', ' : ''}<span class="source${s.primary ? ' primary' : ''}" title="${s.path}">${baseName(s.path)} <span class="format">${s.format}</span>${s.primary ? ' ★' : ''}</span>`,
  )}</p>
</li>`;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function renderCollection(view: CollectionView): SafeHtml {
  const facets = shownFacets(view.facets);
  const shown = view.plans.slice(0, SHOWN);
  return html`<h1>Kho kế hoạch <span class="sub">Collection</span></h1>
<form class="search" method="get" action="/" role="search">
<label for="q">Tìm kiếm</label>
<input id="q" name="q" type="search" value="${view.query}" placeholder="ví dụ: ke hoach thi dua, an toan thuc pham" autocomplete="off">
${(['level', 'year', 'issuer', 'type'] as const).map((name) =>
    view.filters[name] !== undefined ? html`<input type="hidden" name="${name}" value="${String(view.filters[name])}">` : '',
  )}
<button type="submit">Tìm · Search</button>
</form>
<div class="collection">
<aside class="facets">
${facetList(view, 'level', 'Cấp · Level', facets.level, levelLabel)}
${facetList(view, 'year', 'Năm · Year', facets.year)}
${facetList(view, 'type', 'Loại · Type', facets.type)}
${facetList(view, 'issuer', 'Cơ quan ban hành · Issuer', facets.issuer)}
</aside>
<section class="results">
<p class="found">${view.total} kế hoạch${view.query ? html` cho «${view.query}»` : ''}${view.total > shown.length ? html` (hiện ${shown.length} đầu · the first ${shown.length})` : ''}</p>
<ol class="plans">${shown.map((p) => planItem(p, view.hits.get(p.id)))}</ol>
${view.total === 0 ? html`<p class="none">Không tìm thấy kế hoạch nào. · Nothing found.</p>` : ''}
</section>
</div>`;
}
