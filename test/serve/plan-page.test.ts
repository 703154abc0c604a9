// Store.planPage, which GET /api/plans lists from: the same plans, in the same order, and the
// same counts as reading every plan whole with listPlans would give, for a collection with a
// plan of two sources (its second source not counted), a corrected heading (filtered and counted
// under its corrected values) and every filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type PlanPageFilters, type PlanSummary, type SqliteStore } from '../../corpus/store.js';
import type { IssuerLevel, PlanRecord } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { buildPlan } from '../corpus/records.js';

const PLACES: Array<[IssuerLevel, string]> = [
  ['district', 'Hội đồng Thi đua - Khen thưởng quận Long Biên'],
  ['ward', 'Ủy ban nhân dân phường Đức Giang'],
  ['ward', 'Ủy ban nhân dân phường Phúc Xá'],
  ['city', 'Ủy ban nhân dân thành phố Hà Nội'],
];

function collection(): PlanRecord[] {
  const records = Array.from({ length: 30 }, (_, i) => {
    const [level, issuer] = PLACES[i % PLACES.length]!;
    const typeCode = i % 5 === 0 ? 'QĐ' : 'KH';
    return buildPlan({
      name: `plan-${i}`, number: `${String(i + 1).padStart(2, '0')}/${typeCode}-UBND`, typeCode, issuer, level,
      date: `${2018 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`, title: `Kế hoạch số ${i} về công tác thi đua khen thưởng ${i * 13}`,
      body: Array.from({ length: 12 }, (_, k) => `Nội dung riêng ${i} đoạn ${k}: ${'x'.repeat(i + k)} việc ${i * 31 + k}`),
    });
  });
  // A second file of plan 0: same identity, read by OCR; it joins plan 0 and is not its primary.
  const scan = buildPlan({ ...{ name: 'plan-0-scan', number: '01/QĐ-UBND', typeCode: 'QĐ', issuer: PLACES[0]![1], level: PLACES[0]![0], date: records[0]!.document.date!, title: records[0]!.document.title! } });
  scan.source = { ...scan.source, format: 'pdf', ocr: true };
  return [...records, scan];
}

/** What planPage must answer, from every plan read whole. */
function expected(all: readonly PlanSummary[], filters: PlanPageFilters, limit: number) {
  const fold = (s: string) => foldVietnamese(s).toLowerCase();
  const plans = all.filter((p) => filters.type === undefined || (p.typeCode !== null && fold(p.typeCode) === fold(filters.type)));
  const count = (key: (p: PlanSummary) => string | number | null) => {
    const m = new Map<string, number>();
    for (const p of plans) if (key(p) !== null) m.set(String(key(p)), (m.get(String(key(p))) ?? 0) + 1);
    return [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return {
    total: plans.length,
    ids: plans.slice(0, limit).map((p) => p.id),
    facets: { level: count((p) => p.issuerLevel), year: count((p) => p.year), issuer: count((p) => p.issuerName), type: count((p) => p.typeCode) },
  };
}

describe('Store.planPage', () => {
  let store: SqliteStore;
  beforeAll(() => {
    store = openStore(':memory:');
    store.saveRecords(collection());
    // Plan 3's issuer corrected: it counts under the corrected level and name.
    const third = store.listPlans()[3]!;
    store.addCorrections(third.id, [
      { path: 'document.issuer.level', value: '"commune"', author: 't' },
      { path: 'document.issuer.name', value: '"Ủy ban nhân dân xã Bát Tràng"', author: 't' },
      { path: 'document.typeCode', value: '"QĐ"', author: 't' },
      { path: 'document.date', value: '"2030-01-15"', author: 't' },
    ]);
  });
  afterAll(() => store.close());

  it('the collection has a plan of two sources', () => {
    expect(store.listDocuments()).toHaveLength(31);
    expect(store.listPlans()).toHaveLength(30);
  });

  it.each<[string, PlanPageFilters, number]>([
    ['no filter', {}, 20],
    ['a small page', {}, 3],
    ['a page larger than the collection', {}, 200],
    ['level', { level: 'ward' }, 20],
    ['year', { year: 2019 }, 20],
    ['issuer, without diacritics', { issuer: 'duc giang' }, 20],
    ['type QD for QĐ', { type: 'QD' }, 20],
    ['type and level', { type: 'kh', level: 'district' }, 5],
    ['nothing passes', { year: 1990 }, 20],
    ['the corrected year', { year: 2030 }, 20],
    ['the corrected level and type', { level: 'commune', type: 'qd' }, 20],
    ['the machine level of the corrected plan', { level: PLACES[3]![0] }, 20],
    ['a type no plan has', { type: 'NQ' }, 20],
  ])('%s: the plans, order and counts listPlans gives', (_name, filters, limit) => {
    const page = store.planPage(filters, limit);
    const want = expected(store.listPlans({ level: filters.level, issuer: filters.issuer, year: filters.year }), filters, limit);
    expect(page.total).toBe(want.total);
    expect(page.plans.map((p) => p.id)).toEqual(want.ids);
    expect(page.facets).toEqual(want.facets);
  });

  it('a page lists each plan with all its sources, under its corrected heading', () => {
    const page = store.planPage({}, 200);
    const corrected = page.plans.find((p) => p.corrections > 0)!;
    expect([corrected.issuerLevel, corrected.typeCode, corrected.year]).toEqual(['commune', 'QĐ', 2030]);
    expect(store.planPage({ year: 2030 }, 5).plans.map((p) => p.id)).toEqual([corrected.id]);
    expect(page.facets.level.find((f) => f.value === 'commune')?.count).toBe(1);
    const twoFiles = page.plans.find((p) => p.sources.length === 2)!;
    expect(twoFiles.sources.filter((s) => s.primary)).toHaveLength(1);
    expect(twoFiles.primaryId).toBe(twoFiles.sources.find((s) => s.primary)!.id);
  });

  it('getPlans answers several plans in the order asked, leaving out ids of none', () => {
    const ids = store.listPlans().map((p) => p.id).reverse().slice(0, 5);
    expect(store.getPlans([...ids, 'f'.repeat(64)]).map((p) => p.id)).toEqual(ids);
    expect(store.getPlans(ids)).toEqual(ids.map((id) => store.getPlan(id)));
  });
});
