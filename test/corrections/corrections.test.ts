// Corrections as an overlay: paths and values checked against the record schema, rows followed
// by index and fingerprint, conflicts when the machine's value changed. Table-driven.
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../corpus/corrections/apply.js';
import { parsePath, parseValue } from '../../corpus/corrections/paths.js';
import { prepareCorrection } from '../../corpus/corrections/prepare.js';
import { findRow, rowKey } from '../../corpus/corrections/rows.js';
import { CorrectionError, type Correction } from '../../corpus/corrections/types.js';
import { PlanRecord } from '../../output/schema.js';
import { buildPlan } from '../corpus/records.js';

const TASKS = [
  { index: '1', content: 'Tổ chức hội nghị triển khai phong trào thi đua năm', lead: ['Phòng Nội vụ'] },
  { index: '2', content: 'Kiểm tra công tác thi đua khen thưởng tại các phường', lead: ['Hội đồng'] },
  { index: '3', content: 'Sơ kết, tổng kết phong trào và đề nghị khen thưởng', lead: ['Văn phòng'] },
];
const machine = () => buildPlan({ name: 'plan', number: '04/KH-UBND', title: 'Kế hoạch thi đua năm 2023', date: '2023-02-03', tasks: TASKS });

/** A correction as a reviewer makes it on `record` (with `existing` already stored). */
function make(record: PlanRecord, path: string, value: string, existing: Correction[] = []): Correction {
  return prepareCorrection('plan', record, existing, { path, value, author: 'tester', at: new Date('2024-01-01T00:00:00Z') }).correction;
}

describe('parsePath', () => {
  it.each([
    ['document.title', 'document.title', null],
    ['document.issuer.name', 'document.issuer.name', null],
    ['tasks[2].lead', 'tasks[].lead', 'tasks'],
    ['tasks[#2.1].deadline.text', 'tasks[].deadline.text', 'tasks'],
    ['tasks[+]', 'tasks[]', 'tasks'],
    ['text.changes[4].replacement', 'text.changes[].replacement', 'text.changes'],
  ])('%s → %s', (path, template, list) => {
    const parsed = parsePath(path);
    expect(parsed.template).toBe(template);
    expect(parsed.list).toBe(list);
  });

  it.each([
    ['', /empty/],
    ['document.bogus', /no field "document.bogus"/],
    ['document..title', /not a field path/],
    ['id', /what the machine read/],
    ['source.path', /what the machine read/],
    ['text.normalized', /what the machine read/],
    ['text.wordBoxes', /what the machine read/],
    ['pipeline.version', /what the machine read/],
    ['document.title[0]', /not a list/],
    ['tasks[x].lead', /names no row/],
    ['tasks[+].lead', /adds a whole row/],
    ['tasks[0].lead[1]', /one list at most/],
    ['movements[#1]', /no printed index/],
  ])('refuses %j', (path, message) => {
    expect(() => parsePath(path)).toThrow(CorrectionError);
    expect(() => parsePath(path)).toThrow(message);
  });
});

describe('parseValue', () => {
  it.each([
    ['document.title', 'Tiêu đề mới', 'Tiêu đề mới'],
    ['document.title', 'null', null],
    ['document.title', '2023', '2023'],
    ['document.serial', '04', '04'],
    ['document.date', '2023-02', '2023-02'],
    ['document.issuer.level', 'ward', 'ward'],
    ['tasks[0].lead', '["Phòng Nội vụ","Văn phòng"]', ['Phòng Nội vụ', 'Văn phòng']],
    ['tasks[0].confidence', '0.5', 0.5],
    ['text.diacriticsRestored', 'false', false],
  ])('%s %j', (path, raw, expected) => expect(parseValue(parsePath(path), raw, path)).toEqual(expected));

  it.each([
    ['document.date', '03/02/2023'],
    ['document.issuer.level', 'village'],
    ['tasks[0].lead', 'Phòng Nội vụ'],
    ['tasks[0].confidence', '1.5'],
    ['tasks[+]', '{"content": 1}'],
    ['text.diacriticsRestored', 'maybe'],
  ])('refuses %s %j', (path, raw) => {
    expect(() => parseValue(parsePath(path), raw, path)).toThrow(CorrectionError);
  });
});

describe('rows are followed by index and fingerprint', () => {
  const rows = TASKS.map((t) => ({ ...t }));
  const key = rowKey('tasks', rows[1], 1);
  it.each([
    ['in place', rows, 1],
    ['after a row inserted above', [{ index: '0', content: 'Một dòng mới ở đầu bảng' }, ...rows], 2],
    ['after the rows were reordered', [rows[2], rows[1], rows[0]], 1],
    ['with diacritics restored differently', [rows[0], { ...rows[1], content: 'Kiem tra cong tac thi dua khen thuong tai cac phuong' }, rows[2]], 1],
    ['not when its first words changed', [rows[0], { ...rows[1], content: 'Thanh tra công tác' }, rows[2]], -1],
    ['not when it is gone', [rows[0], rows[2]], -1],
  ])('%s', (_label, now, expected) => expect(findRow('tasks', now, key)).toBe(expected));

  it('prefers the row with the same printed index among rows of the same words', () => {
    const twin = [{ index: '5', content: TASKS[1]!.content }, { index: '2', content: TASKS[1]!.content }];
    expect(findRow('tasks', twin, key)).toBe(1);
  });
});

describe('applyCorrections', () => {
  it('lays a value over the machine record without changing it, and marks it human', () => {
    const record = machine();
    const c = make(record, 'document.title', 'Tiêu đề đã duyệt');
    const { record: shown } = applyCorrections(record, [c]);
    expect(shown.document.title).toBe('Tiêu đề đã duyệt');
    expect(record.document.title).toBe('Kế hoạch thi đua năm 2023');
    expect(shown.review).toMatchObject({ provenance: { 'document.title': 'human' }, conflicts: [] });
    expect(shown.review!.corrections[0]).toMatchObject({ machineValue: 'Kế hoạch thi đua năm 2023', status: 'applied' });
    expect(PlanRecord.safeParse(shown).success).toBe(true);
  });

  it('a record without corrections has no review part', () => {
    expect(applyCorrections(machine(), []).record.review).toBeUndefined();
  });

  it('keeps a correction whose machine value changed, applied, and reports the conflict', () => {
    const c = make(machine(), 'document.title', 'Tiêu đề đã duyệt');
    const reprocessed = machine();
    reprocessed.document.title = 'Kế hoạch thi đua năm 2023 (đọc lại)';
    const { record, review } = applyCorrections(reprocessed, [c]);
    expect(record.document.title).toBe('Tiêu đề đã duyệt');
    expect(review.conflicts).toEqual([
      { correctionId: c.id, path: 'document.title', reason: 'machine-changed', machineNow: 'Kế hoạch thi đua năm 2023 (đọc lại)', machineThen: 'Kế hoạch thi đua năm 2023', value: 'Tiêu đề đã duyệt' },
    ]);
  });

  it('a task correction follows its row when rows move, and marks the row where it now stands', () => {
    const c = make(machine(), 'tasks[1].lead', '["Phòng Văn hóa"]');
    const moved = machine();
    moved.tasks = [{ ...moved.tasks[0]!, index: '0', content: 'Dòng mới chen vào đầu' }, ...moved.tasks];
    const { record, review } = applyCorrections(moved, [c]);
    expect(record.tasks[2]!.lead).toEqual(['Phòng Văn hóa']);
    expect(record.tasks[1]!.lead).toEqual(['Phòng Nội vụ']);
    expect(review.provenance).toEqual({ 'tasks[2].lead': 'human' });
    expect(review.conflicts).toEqual([]);
  });

  it('a row that cannot be found again turns its correction into a conflict, not applied', () => {
    const c = make(machine(), 'tasks[1].lead', '["Phòng Văn hóa"]');
    const gone = machine();
    gone.tasks.splice(1, 1);
    const { record, review } = applyCorrections(gone, [c]);
    expect(record.tasks.map((t) => t.lead)).toEqual([['Phòng Nội vụ'], ['Văn phòng']]);
    expect(review.conflicts[0]).toMatchObject({ reason: 'row-missing', machineNow: null });
    expect(review.corrections[0]!.status).toBe('not-applied');
  });

  it('adds and deletes rows; positions a reviewer types are those of the plan as shown', () => {
    const record = machine();
    const deleted = make(record, 'tasks[0]', 'null');
    expect(deleted.op).toBe('delete');
    const row = JSON.stringify({ index: '4', section: null, content: 'Khen thưởng đột xuất', lead: [], support: [], supervisor: null, deadline: null, confidence: 1 });
    const added = make(record, 'tasks[+]', row, [deleted]);
    // Shown: rows 2, 3, then the added one; position 0 is now the machine's row 2.
    const edited = make(record, 'tasks[0].lead', '["Ban Thi đua"]', [deleted, added]);
    expect(edited.row).toMatchObject({ index: '2', position: 1 });
    const { record: shown, review } = applyCorrections(record, [deleted, added, edited]);
    expect(shown.tasks.map((t) => t.index)).toEqual(['2', '3', '4']);
    expect(shown.tasks[0]!.lead).toEqual(['Ban Thi đua']);
    expect(review.provenance).toMatchObject({ 'tasks[0].lead': 'human', 'tasks[2]': 'human', 'tasks[-]': 'human' });
    expect(PlanRecord.safeParse(shown).success).toBe(true);
  });

  it('an added row the machine now extracts itself is flagged', () => {
    const row = JSON.stringify({ index: '4', section: null, content: 'Khen thưởng đột xuất các tập thể', lead: [], support: [], supervisor: null, deadline: null, confidence: 1 });
    const added = make(machine(), 'tasks[+]', row);
    const later = machine();
    later.tasks.push({ ...later.tasks[0]!, index: '4', content: 'Khen thưởng đột xuất các tập thể' });
    expect(applyCorrections(later, [added]).review.conflicts[0]).toMatchObject({ reason: 'row-now-extracted' });
  });
});

describe('prepareCorrection', () => {
  it('a second correction of the same field replaces the first', () => {
    const record = machine();
    const first = make(record, 'document.title', 'Một');
    const { correction, replaces } = prepareCorrection('plan', record, [first], { path: 'document.title', value: 'Hai', author: 'a' });
    expect(replaces).toEqual([first.id]);
    expect(correction.machineValue).toBe('Kế hoạch thi đua năm 2023');
  });

  it.each([
    ['tasks[9].lead', '[]', /3 rows/],
    ['tasks[#7].lead', '[]', /no row of tasks is printed "7"/],
    ['document.date', 'hôm qua', /not a value for document.date/],
  ])('refuses %s %j', (path, value, message) => {
    expect(() => make(machine(), path, value)).toThrow(message);
  });

  it('refuses to edit a row added by a correction', () => {
    const record = machine();
    const row = JSON.stringify({ index: '4', section: null, content: 'Mới', lead: [], support: [], supervisor: null, deadline: null, confidence: 1 });
    const added = make(record, 'tasks[+]', row);
    expect(() => make(record, 'tasks[3].lead', '[]', [added])).toThrow(/added by a correction/);
  });
});
