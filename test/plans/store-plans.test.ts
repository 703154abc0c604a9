// Plans, sources and corrections in the SQLite store: one plan for several files, a stable plan
// id, the primary rule, near-duplicates linked, corrections surviving reprocessing, moved
// between stores, and bad input leaving the store as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorrectionError } from '../../corpus/corrections/types.js';
import { planIdFor } from '../../corpus/store/plans.js';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import { rawConnection } from '../../corpus/store/sqlite-store.js';
import type { PlanRecord } from '../../output/schema.js';
import { StoreError } from '../../output/errors.js';
import { buildPlan, type PlanSpec } from '../corpus/records.js';

const BODY = Array.from({ length: 40 }, (_, i) => `Điều ${i + 1}: các đơn vị tổ chức thực hiện phong trào thi đua số ${i * 7} theo kế hoạch của quận`);
const PLAN: PlanSpec = {
  name: 'docx', number: '04/KH-HĐTĐKT', typeCode: 'KH', issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', level: 'district',
  date: '2023-02-03', title: 'Kiểm tra công tác thi đua, khen thưởng năm 2023', body: BODY,
  tasks: [{ content: 'Tổ chức hội nghị triển khai', lead: ['Phòng Nội vụ'], index: '1' }, { content: 'Kiểm tra các phường', lead: ['Hội đồng'], index: '2' }],
};
/** Another file of the same plan: other bytes (id), read by OCR. */
function ocrCopy(spec: PlanSpec = PLAN, name = 'scan'): PlanRecord {
  const record = buildPlan({ ...spec, name });
  record.source = { ...record.source, format: 'pdf', ocr: true };
  return record;
}

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-plans-'));
  store = openStore(join(dir, 's.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('plans and sources', () => {
  it('the same plan as two files is one plan with two sources, its id that of its first source', () => {
    const scan = ocrCopy();
    const docx = buildPlan(PLAN);
    store.saveRecord(scan, new Date('2024-01-01'));
    const planId = store.planOfDocument(scan.id)!;
    expect(planId).toBe(planIdFor(scan.id));
    store.saveRecord(docx, new Date('2024-01-02'));
    expect(store.planOfDocument(docx.id)).toBe(planId);
    const plans = store.listPlans();
    expect(plans).toHaveLength(1);
    expect(plans[0]!.sources.map((s) => [s.id, s.primary, s.joinedBy])).toEqual([
      [docx.id, true, 'identity'],
      [scan.id, false, 'new'],
    ]);
    expect(store.listDocuments()).toHaveLength(2);
  });

  it('an appendix filed alone (a text layer, stored first) is never the primary over an OCR\'d whole copy', () => {
    const annex = buildPlan({ ...PLAN, name: 'phu-luc', title: 'DANH MỤC NHIỆM VỤ' });
    annex.diagnostics = [...annex.diagnostics, { code: 'ANNEX_ALONE', severity: 'warning', message: 'an appendix given without its document' }];
    const scan = ocrCopy();
    store.saveRecord(annex, new Date('2024-01-01'));
    store.saveRecord(scan, new Date('2024-01-02'));
    const [plan] = store.listPlans();
    expect(plan!.sources.map((x) => [x.id, x.primary])).toEqual([
      [scan.id, true],
      [annex.id, false],
    ]);
    expect(store.getPlanRecord(plan!.id)?.document.title).toBe(PLAN.title);
    expect(plan!.sources.find((x) => x.id === annex.id)?.errorCount).toBe(0);
  });

  it("an appendix filed alone adds its tasks to the plan's record, its count and its corrections; a whole copy's own appendix is not added twice", () => {
    const plan = buildPlan({ ...PLAN, tasks: [] });
    const annex = buildPlan({
      ...PLAN, name: 'phu-luc', title: 'DANH MỤC NHIỆM VỤ',
      tasks: [{ content: 'Rà soát hồ sơ khen thưởng', lead: ['Phòng Nội vụ'], index: '1' }, { content: 'Tổng kết phong trào', lead: ['UBND phường'], index: '2' }],
    });
    annex.diagnostics = [...annex.diagnostics, { code: 'ANNEX_ALONE', severity: 'warning', message: 'an appendix given without its document' }];
    store.saveRecords([plan, annex]);
    const planId = store.planOfDocument(plan.id)!;
    expect(store.planOfDocument(annex.id)).toBe(planId);
    const record = store.getPlanRecord(planId)!;
    expect(record.id).toBe(plan.id);
    expect(record.tasks.map((t) => [t.content, t.sourceId])).toEqual([
      ['Rà soát hồ sơ khen thưởng', annex.id],
      ['Tổng kết phong trào', annex.id],
    ]);
    expect(record.plan!.sources.map((x) => [x.id, x.whole])).toEqual([[plan.id, true], [annex.id, false]]);
    expect(store.listPlans()[0]!.taskCount).toBe(2);
    store.addCorrection(planId, { path: 'tasks[1].lead', value: '["Văn phòng HĐND và UBND"]', author: 'lan' });
    expect(store.getPlanRecord(planId)!.tasks[1]!.lead).toEqual(['Văn phòng HĐND và UBND']);

    // A whole copy that holds the same table: the appendix adds nothing to it.
    const whole = buildPlan({ ...PLAN, name: 'whole', tasks: annex.tasks.map((t) => ({ content: t.content, lead: t.lead, index: t.index ?? undefined })) });
    store.saveRecord(whole);
    store.setPrimarySource(planId, whole.id);
    expect(store.getPlanRecord(planId)!.tasks.map((t) => t.sourceId ?? 'own')).toEqual(['own', 'own']);
    // The listing counts the same tasks as the record, from the stored rows.
    expect(store.listPlans()[0]!.taskCount).toBe(2);
  });

  it("the plan's record is the primary source's (a text layer over OCR) and lists every source; a reviewer may choose another", () => {
    const scan = ocrCopy();
    scan.document.title = 'Kiem tra cong tac (OCR)';
    const docx = buildPlan(PLAN);
    store.saveRecords([scan, docx]);
    const planId = store.planOfDocument(docx.id)!;
    expect(store.getPlanRecord(planId)!).toMatchObject({ id: docx.id, document: { title: PLAN.title }, plan: { id: planId } });
    expect(store.getPlanRecord(planId)!.plan!.sources.map((s) => [s.id, s.primary, s.ocr])).toEqual([[docx.id, true, false], [scan.id, false, true]]);
    store.setPrimarySource(planId, scan.id);
    expect(store.getPlanRecord(planId)!.id).toBe(scan.id);
    store.setPrimarySource(planId, null);
    expect(store.getPlanRecord(planId)!.id).toBe(docx.id);
    expect(() => store.setPrimarySource(planId, 'f'.repeat(64))).toThrow(StoreError);
  });

  it('near-identical text of the same issuer, type and year without a serial merges; with another number it is only linked', () => {
    const base = buildPlan(PLAN);
    const blank = buildPlan({ ...PLAN, name: 'blank', number: null, date: '2023-02-04', body: [...BODY.slice(0, 39), 'Điều 40: thêm một câu'] });
    const other = buildPlan({ ...PLAN, name: 'other', number: '09/KH-HĐTĐKT', body: [...BODY.slice(0, 39), 'Điều 40: thêm một câu'] });
    store.saveRecords([base, blank, other]);
    const plan = store.planOfDocument(base.id)!;
    expect(store.planOfDocument(blank.id)).toBe(plan);
    expect(store.planSources(plan).find((s) => s.id === blank.id)).toMatchObject({ joinedBy: 'text' });
    const otherPlan = store.planOfDocument(other.id)!;
    expect(otherPlan).not.toBe(plan);
    expect(store.similarPlans(plan).map((s) => s.planId)).toEqual([otherPlan]);
    expect(store.listPlans()).toHaveLength(2);
  });

  it('resolvePlan takes a plan id, a unique prefix, a source id or the number', () => {
    const docx = buildPlan(PLAN);
    store.saveRecords([docx, ocrCopy(), buildPlan({ name: 'x', number: '01/KH-UBND', issuer: 'UBND phường', date: '2020-01-01' })]);
    const planId = store.planOfDocument(docx.id)!;
    for (const ref of [planId, planId.slice(0, 8), docx.id, docx.id.slice(0, 10), '04/KH-HĐTĐKT', '04/kh-hdtdkt']) {
      expect(store.resolvePlan(ref).map((p) => p.id), ref).toEqual([planId]);
    }
    expect(store.resolvePlan('99/KH')).toEqual([]);
  });

  it('stores made before plans get their plans when opened for writing', () => {
    store.saveRecords([buildPlan(PLAN), ocrCopy()]);
    const db = rawConnection(store);
    db.exec('DELETE FROM plan_source_bands; DELETE FROM plan_sources; DELETE FROM plan_links; DELETE FROM plans;');
    store.close();
    store = openStore(join(dir, 's.db'));
    expect(store.listPlans().map((p) => p.sources.length)).toEqual([2]);
  });
});

describe('corrections', () => {
  const setUp = () => {
    const docx = buildPlan(PLAN);
    store.saveRecord(docx);
    return { docx, planId: store.planOfDocument(docx.id)! };
  };

  it('apply wherever the plan is read: record, list, resolve by a corrected number', () => {
    const { planId } = setUp();
    store.addCorrection(planId, { path: 'document.title', value: 'Tiêu đề đã duyệt', author: 'lan' });
    store.addCorrection(planId, { path: 'document.number', value: '05/KH-HĐTĐKT', author: 'lan' });
    expect(store.getPlanRecord(planId)!.document.title).toBe('Tiêu đề đã duyệt');
    expect(store.listPlans()[0]).toMatchObject({ title: 'Tiêu đề đã duyệt', number: '05/KH-HĐTĐKT', corrections: 2 });
    expect(store.resolvePlan('05/KH-HĐTĐKT').map((p) => p.id)).toEqual([planId]);
    expect([...store.iteratePlanRecords()][0]!.review!.provenance).toEqual({ 'document.title': 'human', 'document.number': 'human' });
  });

  it('survive reprocessing: applied quietly while the machine value is the same, flagged when it changed', () => {
    const { docx, planId } = setUp();
    store.addCorrection(planId, { path: 'document.title', value: 'Tiêu đề đã duyệt', author: 'lan' });
    store.addCorrection(planId, { path: 'tasks[1].lead', value: '["Văn phòng"]', author: 'lan' });
    store.saveRecord(docx); // ingest --force
    expect(store.getPlanRecord(planId)!.review!.conflicts).toEqual([]);
    const newer = structuredClone(docx);
    newer.document.title = 'Kiểm tra (pipeline mới)';
    newer.tasks.reverse();
    store.saveRecord(newer);
    const record = store.getPlanRecord(planId)!;
    expect(record.document.title).toBe('Tiêu đề đã duyệt');
    expect(record.tasks[0]!.lead).toEqual(['Văn phòng']);
    expect(record.review!.conflicts.map((c) => [c.path, c.reason])).toEqual([['document.title', 'machine-changed']]);
  });

  it('bad input changes nothing', () => {
    const { planId } = setUp();
    for (const [path, value] of [['document.bogus', 'x'], ['document.date', '3/2/2023'], ['tasks[7].lead', '[]'], ['source.path', 'x']]) {
      expect(() => store.addCorrection(planId, { path: path!, value: value!, author: 'a' })).toThrow(CorrectionError);
    }
    expect(() => store.addCorrection('0'.repeat(64), { path: 'document.title', value: 'x', author: 'a' })).toThrow(StoreError);
    expect(store.listCorrections()).toEqual([]);
  });

  it('a plan with corrections outlives its last source and takes it back', () => {
    const { docx, planId } = setUp();
    store.addCorrection(planId, { path: 'document.title', value: 'Giữ lại', author: 'a' });
    store.deleteDocument(docx.id);
    expect(store.listPlans()).toEqual([]);
    store.saveRecord(docx);
    expect(store.planOfDocument(docx.id)).toBe(planId);
    expect(store.getPlanRecord(planId)!.document.title).toBe('Giữ lại');
  });

  it('move to another store, matched by plan identity; importing twice adds nothing', () => {
    const { planId } = setUp();
    store.addCorrection(planId, { path: 'document.title', value: 'Tiêu đề đã duyệt', author: 'lan', note: 'OCR' });
    const data = JSON.parse(JSON.stringify(store.exportCorrections()));
    const other = openStore(join(dir, 'other.db'));
    try {
      const scan = ocrCopy(); // another file of the same plan: another id, the same identity
      other.saveRecords([scan, buildPlan({ name: 'unrelated', number: '01/KH-UBND', issuer: 'UBND phường', date: '2020-01-01' })]);
      expect(other.importCorrections(data)).toEqual({ imported: 1, present: 0, unmatched: [] });
      expect(other.importCorrections(data)).toEqual({ imported: 0, present: 1, unmatched: [] });
      const otherPlan = other.planOfDocument(scan.id)!;
      expect(other.getPlanRecord(otherPlan)!.document.title).toBe('Tiêu đề đã duyệt');
      expect(other.listCorrections(otherPlan)[0]).toMatchObject({ note: 'OCR', author: 'lan' });
      const lost = { ...data, plans: [{ ...data.plans[0], identity: 'kh|99/x|-|-', sourceIdentities: [] }] };
      expect(other.importCorrections(lost).unmatched).toEqual(['kh|99/x|-|-']);
    } finally {
      other.close();
    }
  });
});

describe('corrections and links', () => {
  it('a corrected number makes the references to it reach the plan', async () => {
    const { ensureLinks, planLinks } = await import('../../corpus/graph.js');
    const issuer = 'Ủy ban nhân dân quận Long Biên';
    const upper = buildPlan({ name: 'upper', number: '06/KH-UBND', typeCode: 'KH', issuer, level: 'district', date: '2023-01-10', body: BODY.slice(0, 3) });
    const lower = buildPlan({
      name: 'lower', number: '12/KH-UBND', typeCode: 'KH', issuer: 'Ủy ban nhân dân phường Đức Giang', level: 'ward', date: '2023-02-01', body: ['Thực hiện kế hoạch'],
      references: [{ number: '05/KH-UBND', typeCode: 'KH', date: '2023-01-10', issuer, relation: 'implements' }],
    });
    store.saveRecords([upper, lower]);
    await ensureLinks(store);
    expect((await planLinks(store, lower.id)).upstream).toEqual([]);
    store.addCorrection(store.planOfDocument(upper.id)!, { path: 'document.number', value: '05/KH-UBND', author: 'a' });
    expect(store.graph.linksAreStale()).toBe(true);
    await ensureLinks(store);
    expect((await planLinks(store, lower.id)).upstream.map((l) => l.id)).toEqual([upper.id]);
  });
});

describe('corrections and search', () => {
  it('a corrected title is found by its new words, before and after the plan is stored again, and not after the correction is deleted', async () => {
    const { searchStore } = await import('../../corpus/search.js');
    const docx = buildPlan(PLAN);
    store.saveRecord(docx);
    const planId = store.planOfDocument(docx.id)!;
    const found = async (query: string) => (await searchStore(store, query)).hits.map((h) => h.id);
    expect(await found('phê duyệt bổ sung')).toEqual([]);
    const c = store.addCorrection(planId, { path: 'document.title', value: 'Kiểm tra thi đua (phê duyệt bổ sung)', author: 'a' });
    expect(await found('phê duyệt bổ sung')).toEqual([docx.id]);
    store.saveRecord(docx);
    expect(await found('phê duyệt bổ sung')).toEqual([docx.id]);
    store.deleteCorrection(c.id);
    expect(await found('phê duyệt bổ sung')).toEqual([]);
    expect(await found('kiểm tra công tác thi đua')).toEqual([docx.id]);
  });
});

describe('search counts plans once', () => {
  it('two sources of one plan take one place, and the limit is still filled with other plans', async () => {
    const { searchPlans } = await import('../../corpus/plan-views.js');
    const other = buildPlan({ ...PLAN, name: 'other', number: '07/KH-HĐTĐKT', date: '2022-01-01', body: ['Kiểm tra công tác thi đua riêng'] });
    store.saveRecords([buildPlan(PLAN), ocrCopy(), other]);
    const result = await searchPlans(store, 'kiểm tra công tác thi đua', { limit: 2 });
    expect(result.hits.map((h) => h.planId).sort()).toEqual([store.planOfDocument(buildPlan(PLAN).id)!, store.planOfDocument(other.id)!].sort());
    expect(result.hits.find((h) => h.number === '04/KH-HĐTĐKT')!.sources).toHaveLength(2);
  });
});
