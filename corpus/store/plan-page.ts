// One page of the collection as plans, for a page that lists them (the server's collection
// page and GET /api/plans): how many plans pass the filters, the first `limit` of them in the
// order of listPlans (date, then number), and their counts per level, year, issuer and type.
// Counted and paged in SQL over the plans' primary sources, so that a page of 20 out of 10,000
// plans builds 20 summaries, not 10,000. Filters, like listPlans' and search's, and the facets
// read a corrected plan's corrected heading.
import type { IssuerLevel } from '../../output/schema.js';
import { searchFilterSql } from './filters.js';
import type { FacetCount, PlanPage, PlanPageFilters, PlanSummary } from './interface.js';
import type { StatementCache } from './statements.js';

type Guard = <T>(what: 'read' | 'write', action: () => T) => T;

interface PlanReader {
  getPlans(planIds: readonly string[]): PlanSummary[];
  nonPrimarySources(): string[];
}

const FACET_NAMES = ['level', 'year', 'issuer', 'type'] as const;
type Facet = (typeof FACET_NAMES)[number];

interface HeadingRow {
  plan_id: string;
  level: string | null;
  year: number | null;
  issuer: string | null;
  type: string | null;
}

export function planPage(statements: StatementCache, guard: Guard, plans: PlanReader, filters: PlanPageFilters, limit: number): PlanPage {
  return guard('read', () => {
    // The filters of search, on corrected values where a plan has corrections (migration 60).
    const filter = searchFilterSql(statements, { level: filters.level as IssuerLevel | undefined, issuer: filters.issuer, year: filters.year, type: filters.type });
    const clauses = [filter.sql, 'd.id NOT IN (SELECT value FROM json_each(?))'].filter(Boolean);
    const args: unknown[] = [...filter.params, JSON.stringify(plans.nonPrimarySources())];
    // Every stored document has its plan_sources row: the documents alone are the primaries
    // once the other sources are left out, and are scanned once for the count and the facets.
    const from = `FROM documents d WHERE ${clauses.join(' AND ')}`;
    const combos = statements
      .get<unknown[], { level: string | null; year: number | null; issuer: string | null; type: string | null; n: number }>(
        `SELECT d.issuer_level AS level, d.year, d.issuer_name AS issuer, d.type_code AS type, count(*) AS n ${from} GROUP BY 1, 2, 3, 4`,
      )
      .all(...args);
    let total = 0;
    const counts = { level: new Map(), year: new Map(), issuer: new Map(), type: new Map() } as Record<Facet, Map<string, number>>;
    for (const combo of combos) {
      total += combo.n;
      for (const facet of FACET_NAMES) {
        const value = combo[facet];
        if (value !== null && value !== '') counts[facet].set(String(value), (counts[facet].get(String(value)) ?? 0) + combo.n);
      }
    }
    const ids = statements
      .get<unknown[], string>(`SELECT (SELECT plan_id FROM plan_sources WHERE doc_id = page.id) FROM (SELECT d.id ${from} ORDER BY d.date IS NULL, d.date, d.number, d.id LIMIT ?) page`)
      .pluck()
      .all(...args, limit);
    // Plans with a corrected heading are counted under their corrected values.
    const corrected = statements.get<[], string>("SELECT DISTINCT plan_id FROM corrections WHERE path LIKE 'document.%'").pluck().all();
    if (corrected.length) {
      const machine = statements
        .get<unknown[], HeadingRow>(
          `SELECT s.plan_id, d.issuer_level AS level, d.year, d.issuer_name AS issuer, d.type_code AS type
           FROM documents d JOIN plan_sources s ON s.doc_id = d.id WHERE ${clauses.join(' AND ')} AND s.plan_id IN (SELECT value FROM json_each(?))`,
        )
        .all(...args, JSON.stringify(corrected));
      const shown = new Map(plans.getPlans(machine.map((m) => m.plan_id)).map((p) => [p.id, p]));
      for (const m of machine) {
        const p = shown.get(m.plan_id);
        if (!p) continue;
        const now: Record<Facet, string | number | null> = { level: p.issuerLevel, year: p.year, issuer: p.issuerName, type: p.typeCode };
        for (const facet of FACET_NAMES) {
          move(counts[facet], m[facet], now[facet]);
        }
      }
    }
    const facets = Object.fromEntries(Object.entries(counts).map(([facet, map]) => [facet, sorted(map)])) as Record<Facet, FacetCount[]>;
    return { total, plans: plans.getPlans(ids), facets };
  });
}

/** One plan counted under `to` instead of `from`. */
function move(counts: Map<string, number>, from: string | number | null, to: string | number | null): void {
  if (from === to) return;
  if (from !== null) {
    const left = (counts.get(String(from)) ?? 1) - 1;
    if (left > 0) counts.set(String(from), left);
    else counts.delete(String(from));
  }
  if (to !== null && to !== '') counts.set(String(to), (counts.get(String(to)) ?? 0) + 1);
}

const sorted = (counts: Map<string, number>): FacetCount[] =>
  [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
