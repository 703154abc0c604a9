// A corrected plan as search, filters and links see it (migration 60): the corrected year,
// level, issuer and type are what `search`/`list` filter on; a corrected reference is what
// links are resolved from; a corrected restoration change is what the text is searched and
// shown by. Everything goes back to the machine's when the correction is deleted, and holds
// when the plan is stored again (ingest --force).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureLinks, planLinks } from '../../corpus/graph.js';
import { searchStore } from '../../corpus/search.js';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import { rawConnection } from '../../corpus/store/sqlite-store.js';
import type { PlanRecord } from '../../output/schema.js';
import { buildPlan, type PlanSpec } from '../corpus/records.js';

const BODY = Array.from({ length: 30 }, (_, i) => `Điều ${i + 1}: các đơn vị tổ chức thực hiện phong trào thi đua số ${i * 7} theo kế hoạch của quận`);
const PLAN: PlanSpec = {
  name: 'docx', number: '04/KH-HĐTĐKT', typeCode: 'KH', issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', level: 'district',
  date: '2023-02-03', title: 'Kiểm tra công tác thi đua, khen thưởng năm 2023', body: [...BODY, 'Giao Phòng Nội vụ theo dõi thtrông xuyên việc thực hiện.'],
};
const OTHER: PlanSpec = { ...PLAN, name: 'other', number: '09/KH-UBND', issuer: 'Ủy ban nhân dân phường Đức Giang', level: 'ward', date: '2021-05-01', body: ['Kiểm tra công tác thi đua của phường'] };

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-corrected-'));
  store = openStore(join(dir, 's.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The plan, with an OCR copy of it (a second source) and another plan. */
function setUp(): { plan: PlanRecord; planId: string } {
  const plan = buildPlan(PLAN);
  const scan = buildPlan({ ...PLAN, name: 'scan' });
  scan.source = { ...scan.source, format: 'pdf', ocr: true };
  store.saveRecords([plan, scan, buildPlan(OTHER)]);
  return { plan, planId: store.planOfDocument(plan.id)! };
}

const planIdsOf = (ids: string[]) => [...new Set(ids.map((id) => store.planOfDocument(id)))].sort();

describe('filters on corrected values', () => {
  it.each([
    ['document.date', '2019-12-30', { year: 2019 }, { year: 2023 }],
    ['document.issuer.level', 'city', { level: 'city' }, { level: 'district' }],
    ['document.issuer.name', 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội', { issuer: 'ha noi' }, { issuer: 'long bien' }],
    ['document.typeCode', 'QĐ', { type: 'QD' }, { type: 'KH' }],
  ] as const)('%s corrected: search and list find the plan by the new value, not the old', async (path, value, now, before) => {
    const { planId } = setUp();
    const search = async (filters: object) => planIdsOf((await searchStore(store, 'kiểm tra công tác thi đua', filters)).hits.map((h) => h.id));
    expect(await search(now)).not.toContain(planId);
    expect(await search(before)).toContain(planId);
    const c = store.addCorrection(planId, { path, value, author: 'a' });
    expect(await search(now)).toEqual([planId]);
    expect(await search(before)).not.toContain(planId);
    if (!('type' in now)) {
      expect(store.listPlans(now as object).map((p) => p.id)).toEqual([planId]);
      expect(store.listPlans(before as object).map((p) => p.id)).not.toContain(planId);
    }
    // Stored again (ingest --force): still the corrected value.
    store.saveRecord(buildPlan(PLAN));
    expect(await search(now)).toEqual([planId]);
    store.deleteCorrection(c.id);
    expect(await search(now)).not.toContain(planId);
    expect(await search(before)).toContain(planId);
  });

  it('a store corrected before migration 60 gets its corrected rows when opened for writing', async () => {
    const { planId } = setUp();
    store.addCorrection(planId, { path: 'document.date', value: '2019-12-30', author: 'a' });
    rawConnection(store).exec('DELETE FROM corrected_documents');
    const path = store.path;
    store.close();
    store = openStore(path);
    expect(planIdsOf((await searchStore(store, 'kiểm tra', { year: 2019 })).hits.map((h) => h.id))).toEqual([planId]);
  });
});

describe('links from corrected references', () => {
  const issuer = 'Ủy ban nhân dân quận Long Biên';
  const upper = () => buildPlan({ name: 'upper', number: '06/KH-UBND', typeCode: 'KH', issuer, level: 'district', date: '2023-01-10', body: BODY.slice(0, 3) });
  const lower = () => buildPlan({
    name: 'lower', number: '12/KH-UBND', typeCode: 'KH', issuer: 'Ủy ban nhân dân phường Đức Giang', level: 'ward', date: '2023-02-01', body: ['Thực hiện kế hoạch'],
    references: [
      { number: '01/KH-UBND', typeCode: 'KH', date: '2022-01-01', issuer: 'Ủy ban nhân dân thành phố Hà Nội', relation: 'basis' },
      { number: '05/KH-UBND', typeCode: 'KH', date: '2023-01-10', issuer, relation: 'implements' },
    ],
  });

  it.each([
    ['the number', 'references[1].number', '06/KH-UBND'],
    ['the whole row', 'references[1]', JSON.stringify({ type: 'Kế hoạch', typeCode: 'KH', number: '06/KH-UBND', date: '2023-01-10', issuer, relation: 'implements', span: { start: 0, end: 1 } })],
  ])('a corrected reference (%s) makes the link appear, and it goes with the correction', async (_name, path, value) => {
    store.saveRecords([upper(), lower()]);
    await ensureLinks(store);
    const links = async () => planLinks(store, lower().id);
    expect((await links()).upstream).toEqual([]);
    expect((await links()).unresolved.map((r) => r.number)).toEqual(['01/KH-UBND', '05/KH-UBND']);
    const c = store.addCorrection(store.planOfDocument(lower().id)!, { path, value, author: 'a' });
    expect(store.graph.linksAreStale()).toBe(true);
    await ensureLinks(store);
    expect((await links()).upstream.map((l) => [l.id, l.refOrd])).toEqual([[upper().id, 1]]);
    expect((await links()).unresolved.map((r) => r.number)).toEqual(['01/KH-UBND']);
    // Reprocessed: the machine still reads 05/…; the correction still holds.
    store.saveRecord(lower());
    await ensureLinks(store);
    expect((await links()).upstream.map((l) => l.id)).toEqual([upper().id]);
    store.deleteCorrection(c.id);
    await ensureLinks(store);
    expect((await links()).upstream).toEqual([]);
  });

  it('a deleted reference is no longer listed as unresolved', async () => {
    store.saveRecords([upper(), lower()]);
    store.addCorrection(store.planOfDocument(lower().id)!, { path: 'references[0]', value: 'null', author: 'a' });
    await ensureLinks(store);
    expect((await planLinks(store, lower().id)).unresolved.map((r) => r.number)).toEqual(['05/KH-UBND']);
  });
});

describe('search on corrected text', () => {
  /** The plan as restoration left it: "thtrông" written "thường" (a change a reviewer can correct). */
  function restored(): PlanRecord {
    const record = buildPlan(PLAN);
    const at = record.text.normalized.indexOf('thtrông');
    record.text.normalized = record.text.normalized.replace('thtrông', 'thường');
    record.text.changes = [{ span: { start: at, end: at + 'thường'.length }, original: 'thtrông', replacement: 'thường', kind: 'ocr', confidence: 0.5 }];
    return record;
  }

  it('the corrected word finds the plan, with a snippet showing it; the word the machine wrote does not', async () => {
    const record = restored();
    store.saveRecord(record);
    const planId = store.planOfDocument(record.id)!;
    const hits = async (query: string) => (await searchStore(store, query)).hits;
    const phrase = (words: string) => hits(`"${words}"`);
    expect((await phrase('theo doi thuong xuyen')).map((h) => h.id)).toEqual([record.id]);
    expect(await phrase('theo doi thong xuyen')).toEqual([]);
    store.addCorrection(planId, { path: 'text.changes[0].replacement', value: 'thông', author: 'a' });
    const [hit] = await phrase('theo doi thong xuyen');
    expect(hit?.id).toBe(record.id);
    expect(hit!.snippets.map((s) => s.text).join(' ')).toContain('theo dõi thông xuyên');
    expect(await phrase('theo doi thuong xuyen')).toEqual([]);
    expect(store.getPlanRecord(planId)!.text.normalized).toContain('theo dõi thông xuyên việc');
    // Stored again: the same change, the same corrected text.
    store.saveRecord(restored());
    expect((await phrase('theo doi thong xuyen')).map((h) => h.id)).toEqual([record.id]);
    expect(store.getPlanRecord(planId)!.review!.conflicts).toEqual([]);
    // The machine record is the machine's.
    expect(store.getRecord(record.id)!.text.normalized).toContain('theo dõi thường xuyên việc');
  });
});
