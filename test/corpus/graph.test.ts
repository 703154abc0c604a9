// The reference graph: references resolved to stored documents (number + date + issuer, or a
// blank serial on type + year + issuer), transitive upstream/downstream walks, unresolved
// references; and the project's samples (a Hoàng Mai ward plan implementing its district plan)
// through the real pipeline, compared for late ward deadlines.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRecords } from '../../corpus/compare.js';
import { dateAgreement, ensureLinks, issuerAgreement, linksAreStale, planLinks, resolveLinks } from '../../corpus/graph.js';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import type { PlanRecord } from '../../output/schema.js';
import { processFile } from '../../pipeline/run.js';
import { buildPlan } from './records.js';

const repoRoot = resolve(import.meta.dirname, '../..');

const CITY = 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội';

describe('issuerAgreement and dateAgreement', () => {
  const hoangMai = { issuerName: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai', issuerLevel: 'district', issuerLocality: 'Hoàng Mai' };
  it.each([
    ['Hội đồng Thi đua - Khen thưởng quận Hoàng Mai', 1],
    ['HĐTĐKT quận Hoang Mai', 1],
    ['Hội đồng TĐKT quận Long Biên', 0.1],
    ['UBND Quận', 0.75],
    ['Cơ quan thường trực Hội đồng TĐKT quận', 0.75],
    ['Hội đồng thi đua khen thưởng thành phố', 0.2],
    [null, 0.6],
  ])('%j fits the Hoàng Mai district council %d', (ref, score) => {
    expect(issuerAgreement(ref, hoangMai)).toBe(score);
  });

  it.each([
    ['2024-01-19', '2024-01-19', 1],
    ['2024-01', '2024-01-19', 0.9],
    ['2024', '2024-01-19', 0.9],
    ['2024-02-19', '2024-01-19', 0.6],
    ['2023-01-19', '2024-01-19', 0],
    [null, '2024-01-19', 0.7],
  ])('%j vs %j → %d', (a, b, score) => {
    expect(dateAgreement(a, b)).toBe(score);
  });
});

describe('resolveLinks and planLinks on hand-built plans', () => {
  let store: SqliteStore;
  const city = buildPlan({ name: 'city', number: '03/KH-HĐTĐKT', date: '2023-12-10', issuer: CITY, level: 'city', locality: 'Hà Nội' });
  const hoangMai = buildPlan({
    name: 'hoang-mai',
    number: '05/KH-HĐTĐKT',
    date: '2024-01-19',
    issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai',
    level: 'district',
    locality: 'Hoàng Mai',
    references: [
      { number: '03/KH-HĐTĐKT', date: '2023-12-10', issuer: CITY },
      { number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', relation: 'basis' },
    ],
  });
  // Same number, same year, another district: a different document.
  const longBien = buildPlan({
    name: 'long-bien',
    number: '05/KH-HĐTĐKT',
    date: '2024-01-22',
    issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên',
    level: 'district',
    locality: 'Long Biên',
    references: [{ number: '03/KH-HĐTĐKT', date: '2023-12-10', issuer: CITY }],
  });
  const ward = buildPlan({
    name: 'tuong-mai',
    number: '12/KH-UBND',
    date: '2024-01-29',
    issuer: 'Ủy ban nhân dân phường Tương Mai',
    level: 'ward',
    locality: 'Tương Mai',
    references: [{ number: '05/KH-HĐTĐKT', date: '2024-01-19', issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai' }],
  });
  // A draft citing its district plan with the serial and day left blank.
  const draft = buildPlan({
    name: 'draft-ward',
    number: null,
    date: '2024-02',
    issuer: 'Hội đồng Thi đua - Khen thưởng phường Định Công',
    level: 'ward',
    locality: 'Định Công',
    references: [{ number: null, date: '2024', issuer: 'Hội đồng TĐKT quận Hoàng Mai', typeCode: 'KH' }],
  });

  beforeAll(async () => {
    store = openStore(':memory:');
    for (const r of [city, hoangMai, longBien, ward, draft]) store.saveRecord(r);
    await resolveLinks(store);
  });
  afterAll(() => store.close());

  it('walks upstream from the ward to the district and on to the city', async () => {
    const up = (await planLinks(store, ward.id)).upstream;
    expect(up.map((l) => [l.id, l.depth, l.method])).toEqual([
      [hoangMai.id, 1, 'exact'],
      [city.id, 2, 'exact'],
    ]);
    expect(up[1]!.via).toBe(hoangMai.id);
  });

  it('does not take the other district with the same number for the ward\'s district', async () => {
    const up = (await planLinks(store, ward.id)).upstream.map((l) => l.id);
    expect(up).not.toContain(longBien.id);
  });

  it('links a blank-serial reference on type, year and issuer, with a lower confidence', async () => {
    const [link] = (await planLinks(store, draft.id)).upstream;
    expect(link).toMatchObject({ id: hoangMai.id, method: 'serial-blank' });
    expect(link!.confidence).toBeLessThan(0.8);
    expect(link!.confidence).toBeGreaterThanOrEqual(0.45);
  });

  it('walks downstream from the city through both districts to the wards', async () => {
    const down = (await planLinks(store, city.id)).downstream;
    expect(down.filter((l) => l.depth === 1).map((l) => l.id).sort()).toEqual([hoangMai.id, longBien.id].sort());
    expect(down.filter((l) => l.depth === 2).map((l) => l.id).sort()).toEqual([ward.id, draft.id].sort());
  });

  it('lists the references no stored document answers', async () => {
    expect((await planLinks(store, hoangMai.id)).unresolved.map((r) => r.number)).toEqual(['34-CT/TW']);
  });

  it('knows when the links are stale and rebuilds them', async () => {
    expect((await linksAreStale(store))).toBe(false);
    const upper = buildPlan({ name: 'central', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', level: 'central' });
    store.saveRecord(upper);
    expect((await linksAreStale(store))).toBe(true);
    await ensureLinks(store);
    expect((await planLinks(store, hoangMai.id)).unresolved).toEqual([]);
    expect((await planLinks(store, ward.id)).upstream.map((l) => l.id)).toContain(upper.id);
  });
});

// --- the project's samples through the real pipeline ---------------------------------------------

describe('corpus/samples: a ward plan and the district plan it implements', () => {
  const dir = resolve(repoRoot, 'corpus/samples');
  let store: SqliteStore;
  const records: PlanRecord[] = [];
  beforeAll(async () => {
    store = openStore(':memory:');
    for (const file of readdirSync(dir).sort()) {
      const result = await processFile(resolve(dir, file));
      if (result.record) {
        store.saveRecord(result.record);
        records.push(result.record);
      }
    }
    await resolveLinks(store);
  });
  afterAll(() => store.close());

  const find = (level: string, number: string) =>
    records.find((r) => r.document.issuer.level === level && r.document.number === number);

  it('links the ward plan to the Hoàng Mai district plan 05/KH-HĐTĐKT', async () => {
    const district = find('district', '05/KH-HĐTĐKT');
    const ward = records.find((r) => r.document.issuer.level === 'ward');
    expect(district).toBeDefined();
    expect(ward).toBeDefined();
    const up = (await planLinks(store, ward!.id)).upstream;
    expect(up[0]).toMatchObject({ id: district!.id, depth: 1, relation: 'implements' });
    expect((await planLinks(store, district!.id)).downstream.map((l) => l.id)).toContain(ward!.id);
  });

  it('reports the ward deadlines that fall after the district deadlines', async () => {
    const district = find('district', '05/KH-HĐTĐKT')!;
    const ward = records.find((r) => r.document.issuer.level === 'ward')!;
    const c = compareRecords(ward, district);
    expect(c.relation).toMatchObject({ lower: 'a', implements: 'a' });
    expect(c.deadlineConflicts.length).toBeGreaterThan(0);
    for (const d of c.deadlineConflicts) {
      expect(d).toMatchObject({ later: 'a', kind: 'lower-after-upper' });
      expect(d.days).toBeGreaterThan(0);
    }
  });
});
