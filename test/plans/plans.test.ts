// Plan identity, text signatures, merging and the primary rule: pure functions, table-driven.
import { withAppendixTasks } from '../../corpus/plans/appendix-tasks.js';
import { describe, expect, it } from 'vitest';
import { assignSource, mayMerge, type StoredSource } from '../../corpus/plans/assign.js';
import { identityKey, LINK_SIMILARITY, MERGE_SIMILARITY, sourceFacts } from '../../corpus/plans/identity.js';
import { choosePrimary, compareVersions, type PrimaryCandidate } from '../../corpus/plans/primary.js';
import { signatureBands, similarity, textSignature } from '../../corpus/plans/signature.js';
import { buildPlan } from '../corpus/records.js';

/** Words in a fixed pseudo-random order, so texts of any size can be built and varied. */
function words(count: number, seed: number): string[] {
  const vocabulary = 'thi đua khen thưởng kế hoạch phường quận năm công tác tổ chức thực hiện phong trào đơn vị cán bộ nhân dân báo cáo kiểm tra'.split(' ');
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return `${vocabulary[state % vocabulary.length]}${(state >>> 8) % 50}`;
  });
}

describe('identityKey', () => {
  const base = { name: 'a', number: '04/KH-HĐTĐKT', typeCode: 'KH', issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', date: '2023-02-03', body: ['Nội dung một'] };
  it.each([
    ['same heading, other text', { ...base, name: 'b', body: ['Một nội dung khác hẳn'] }, true],
    ['number written without diacritics', { ...base, name: 'b', number: '04/KH-HDTDKT' }, true],
    ['another number', { ...base, name: 'b', number: '05/KH-HĐTĐKT' }, false],
    ['another date', { ...base, name: 'b', date: '2023-02-04' }, false],
    ['another issuer', { ...base, name: 'b', issuer: 'Ủy ban nhân dân quận Long Biên' }, false],
  ])('%s: same identity = %s', (_label, other, same) => {
    expect(identityKey(buildPlan(base)) === identityKey(buildPlan(other))).toBe(same);
  });

  it('a blank serial falls back on the text: the same words match, other words do not', () => {
    const blank = { ...base, number: null, body: ['Kế hoạch tổ chức hội nghị'] };
    expect(identityKey(buildPlan(blank))).toContain('text:');
    expect(identityKey(buildPlan({ ...blank, name: 'b' }))).toBe(identityKey(buildPlan(blank)));
    expect(identityKey(buildPlan({ ...blank, name: 'b', body: ['Kế hoạch tổ chức đại hội'] }))).not.toBe(identityKey(buildPlan(blank)));
  });

  it('a number without issuer or date is not enough: the text decides', () => {
    const bare = { name: 'a', number: '04/KH-HĐTĐKT', issuer: null, date: null, body: ['Một'] };
    expect(identityKey(buildPlan(bare))).not.toBe(identityKey(buildPlan({ ...bare, name: 'b', body: ['Hai'] })));
  });
});

describe('textSignature and similarity', () => {
  const text = words(400, 1).join(' ');
  it('is 1 for the same words whatever the case, diacritics and punctuation', () => {
    const variant = text.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ /g, ', ');
    expect(similarity(textSignature(text), textSignature(variant))).toBe(1);
  });
  it.each([
    ['one word in 200 changed', 2, 0.85, 1],
    ['one word in 20 changed', 20, 0.45, 0.8],
  ])('%s: estimate between %s', (_label, every, low, high) => {
    const changed = words(400, 1).map((w, i) => (i % (400 / every) === 0 ? `khac${i}` : w)).join(' ');
    const sim = similarity(textSignature(text), textSignature(changed));
    expect(sim).toBeGreaterThanOrEqual(low);
    expect(sim).toBeLessThanOrEqual(high);
  });
  it('is near 0 for unrelated texts, and 0 when a text has no words', () => {
    expect(similarity(textSignature(text), textSignature(words(400, 99).join(' ')))).toBeLessThan(0.1);
    expect(textSignature(' .,; ')).toBeNull();
    expect(similarity(null, textSignature(text))).toBe(0);
  });
  it('texts shorter than a shingle still compare', () => {
    expect(similarity(textSignature('kế hoạch'), textSignature('Ke hoach'))).toBe(1);
  });
  it('similar texts share a band, unrelated ones (almost always) none', () => {
    const a = signatureBands(textSignature(text));
    const b = signatureBands(textSignature(`${text} thêm`));
    const c = signatureBands(textSignature(words(400, 7).join(' ')));
    expect(a).toHaveLength(32);
    expect(a.some((h, i) => h === b[i])).toBe(true);
    expect(a.filter((h, i) => h === c[i]).length).toBeLessThanOrEqual(1);
  });
});

describe('mayMerge', () => {
  const a = { numberKey: '04/kh', issuerKey: 'x', typeCode: 'KH', year: 2023 };
  it.each([
    ['same everything', a, true],
    ['other number has none', { ...a, numberKey: null }, true],
    ['other number', { ...a, numberKey: '05/kh' }, false],
    ['other year', { ...a, year: 2024 }, false],
    ['other issuer', { ...a, issuerKey: 'y' }, false],
    ['other type', { ...a, typeCode: 'QĐ' }, false],
  ])('%s → %s', (_label, b, expected) => expect(mayMerge(a, b)).toBe(expected));
  it('an unknown issuer or year never merges', () => {
    expect(mayMerge({ ...a, issuerKey: null }, { ...a, issuerKey: null })).toBe(false);
    expect(mayMerge({ ...a, year: null }, { ...a, year: null })).toBe(false);
  });
});

describe('assignSource', () => {
  const record = buildPlan({ name: 'new', number: null, typeCode: 'KH', issuer: 'UBND phường A', date: '2024-03-01', body: [words(300, 5).join(' ')] });
  const facts = { ...sourceFacts(record), signature: textSignature(record.text.normalized) };
  const stored = (planId: string, over: Partial<StoredSource>, text: string): StoredSource => ({
    docId: `doc-${planId}`, planId, identityKey: 'other', numberKey: '12/kh-ubnd', issuerKey: facts.issuerKey, typeCode: 'KH', year: 2024,
    signature: textSignature(text), ...over,
  });
  const near = words(300, 5).map((w, i) => (i === 150 ? 'khac' : w)).join(' ');
  const related = words(300, 5).map((w, i) => (i % 75 === 37 ? `khac${i}` : w)).join(' ');

  it('joins the plan of the same identity before anything else', () => {
    const decision = assignSource(facts, [stored('p1', {}, near), stored('p2', { identityKey: facts.identityKey }, 'x y z')]);
    expect(decision).toMatchObject({ planId: 'p2', joinedBy: 'identity' });
    expect(decision.links.map((l) => l.planId)).toEqual(['p1']);
  });
  it(`joins a plan of the same issuer, type and year at similarity ≥ ${MERGE_SIMILARITY}`, () => {
    expect(assignSource(facts, [stored('p1', {}, near)])).toMatchObject({ planId: 'p1', joinedBy: 'text' });
  });
  it('does not merge similar text of another issuer, type or year: it links', () => {
    for (const over of [{ issuerKey: 'ubnd phuong b' }, { year: 2023 }, { typeCode: 'QĐ' }]) {
      const decision = assignSource(facts, [stored('p1', over, near)]);
      expect(decision.planId).toBeNull();
      expect(decision.links.map((l) => l.planId)).toEqual(['p1']);
    }
  });
  it(`links (never merges) text similar at ≥ ${LINK_SIMILARITY} but below the merge threshold`, () => {
    const sim = similarity(facts.signature, textSignature(related));
    expect(sim).toBeGreaterThanOrEqual(LINK_SIMILARITY);
    expect(sim).toBeLessThan(MERGE_SIMILARITY);
    expect(assignSource(facts, [stored('p1', {}, related)])).toMatchObject({ planId: null, joinedBy: 'new', links: [{ planId: 'p1' }] });
  });
  it('starts a new plan for unrelated text', () => {
    expect(assignSource(facts, [stored('p1', {}, words(300, 77).join(' '))])).toEqual({ planId: null, joinedBy: 'new', similarity: null, links: [] });
  });
});

describe('the primary rule', () => {
  const source = (docId: string, over: Partial<PrimaryCandidate> = {}): PrimaryCandidate => ({
    docId, textLayer: 1, errorCount: 0, pipelineVersion: '1.0.0', ingestedAt: '2024-01-01T00:00:00Z', ...over,
  });
  it.each([
    ['a text layer over OCR', [source('ocr', { textLayer: 0 }), source('text', { errorCount: 3 })], 'text'],
    ['then fewer errors', [source('a', { errorCount: 2 }), source('b', { errorCount: 1 })], 'b'],
    ['then the newer pipeline (numerically)', [source('old', { pipelineVersion: '0.9.0' }), source('new', { pipelineVersion: '0.10.0' })], 'new'],
    ['then the earlier ingested', [source('late', { ingestedAt: '2024-02-01' }), source('early', { ingestedAt: '2024-01-01' })], 'early'],
  ])('%s', (_label, sources, expected) => {
    expect(choosePrimary(sources, null)).toBe(expected);
    expect(choosePrimary([...sources].reverse(), null)).toBe(expected);
  });
  it("a reviewer's choice wins while it is still a source", () => {
    const sources = [source('a'), source('b', { textLayer: 0 })];
    expect(choosePrimary(sources, 'b')).toBe('b');
    expect(choosePrimary(sources, 'gone')).toBe('a');
    expect(choosePrimary([], null)).toBeNull();
  });
  it.each([
    ['1.2.0', '1.10.0', -1],
    ['2.0', '2.0.0', 0],
    ['1.0.1', '1.0.0', 1],
  ])('compareVersions(%s, %s) = %s', (a, b, expected) => expect(compareVersions(a, b)).toBe(expected));
});

describe('an appendix filed alone', () => {
  it('ranks below a whole copy of its document as the primary', () => {
    const record = buildPlan({ name: 'a', number: '45/KH-UBND', typeCode: 'KH', issuer: 'Ủy ban nhân dân phường Bến Thành', date: '2025-03-12', body: ['Nội dung'] });
    const annex = { ...record, diagnostics: [...record.diagnostics, { code: 'ANNEX_ALONE', severity: 'warning' as const, message: 'an appendix' }] };
    expect([sourceFacts(annex).whole, sourceFacts(record).whole]).toEqual([0, 1]);
    expect(sourceFacts(annex).errorCount).toBe(sourceFacts(record).errorCount);
    const candidate = (docId: string, r: typeof record, textLayer: 0 | 1) => ({ docId, whole: sourceFacts(r).whole, textLayer, errorCount: sourceFacts(r).errorCount, pipelineVersion: '1.0.0', ingestedAt: docId === 'annex' ? '2024-01-01' : '2024-02-01' });
    // Earlier, and a text layer against an OCR'd whole copy: still not the primary.
    expect(choosePrimary([candidate('annex', annex, 1), candidate('whole', record, 0)], null)).toBe('whole');
  });
});

describe('assignSource across numbers', () => {
  it('never merges into a plan one of whose sources carries another number, even through a source without one', () => {
    const record = buildPlan({ name: 'n', number: '09/KH', typeCode: 'KH', issuer: 'UBND phường A', date: '2024-03-01', body: [words(200, 3).join(' ')] });
    const facts = { ...sourceFacts(record), signature: textSignature(record.text.normalized) };
    const same = { planId: 'p', identityKey: 'x', issuerKey: facts.issuerKey, typeCode: 'KH', year: 2024, signature: facts.signature };
    const decision = assignSource(facts, [{ ...same, docId: 'a', numberKey: null }, { ...same, docId: 'b', numberKey: '04/kh' }]);
    expect(decision.planId).toBeNull();
    expect(decision.links).toEqual([{ planId: 'p', similarity: 1 }]);
  });
});

describe('withAppendixTasks: the tasks of appendices filed alone join the primary record', () => {
  const plan = (name: string, contents: string[]) =>
    buildPlan({ name, number: '12/KH-UBND', typeCode: 'KH', issuer: 'UBND phường Tân Định', level: 'ward', date: '2024-03-01', title: 'Kế hoạch', tasks: contents.map((content, i) => ({ content, index: String(i + 1) })) });
  const cases: Array<[string, string[], Array<[string, string[]]>, Array<[string, string]>]> = [
    ['no appendix', ['A việc một'], [], [['A việc một', 'own']]],
    ['a plan without tasks takes an appendix\'s', [], [['p1', ['Rà soát', 'Tổng kết']]], [['Rà soát', 'p1'], ['Tổng kết', 'p1']]],
    ['a copy of the primary\'s own table (folded, case and marks aside) adds nothing', ['Rà soát hồ sơ', 'Tổng kết'], [['p1', ['RA SOAT HO SO', 'Tong ket', 'Báo cáo']]], [['Rà soát hồ sơ', 'own'], ['Tổng kết', 'own']]],
    ['two appendices in order, a row both hold once', [], [['p1', ['Rà soát', 'Khen thưởng']], ['p2', ['Khen thưởng', 'Sơ kết', 'Tổng kết']]], [['Rà soát', 'p1'], ['Khen thưởng', 'p1'], ['Sơ kết', 'p2'], ['Tổng kết', 'p2']]],
    ["an appendix's own repeated rows and blank rows all stay", [], [['p1', ['Phòng Văn hóa', 'Báo cáo kết quả', 'Phòng Y tế', 'Báo cáo kết quả', '', '']]], [['Phòng Văn hóa', 'p1'], ['Báo cáo kết quả', 'p1'], ['Phòng Y tế', 'p1'], ['Báo cáo kết quả', 'p1'], ['', 'p1'], ['', 'p1']]],
    ['a two-row appendix sharing one generic row with the primary is no copy: its other row joins', ['Tổ chức thực hiện'], [['p1', ['Tổ chức thực hiện', 'Xây dựng kế hoạch tuyên truyền']]], [['Tổ chức thực hiện', 'own'], ['Xây dựng kế hoạch tuyên truyền', 'p1']]],
  ];
  it.each(cases)('%s', (_name, own, appendices, expected) => {
    const merged = withAppendixTasks(plan('own', own), appendices.map(([id, contents]) => ({ id, record: plan(id, contents) })));
    expect(merged.tasks.map((t) => [t.content, t.sourceId ?? 'own'])).toEqual(expected);
  });
});
