// Rows found for many corrections at once: by the keys the rows had before any correction changed
// them (two corrections of one row both apply, whatever their order), and positions read without
// correcting the plan again when no row was added or deleted (the shortcut agrees with the full way).
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../corpus/corrections/apply.js';
import { prepareCorrection } from '../../corpus/corrections/prepare.js';
import { findRow, rowFinder, rowKey } from '../../corpus/corrections/rows.js';
import type { Correction } from '../../corpus/corrections/types.js';
import type { PlanRecord } from '../../output/schema.js';
import { buildPlan } from '../corpus/records.js';

const TASKS = [
  { index: '1', content: 'Tổ chức hội nghị triển khai phong trào thi đua năm', lead: ['Phòng Nội vụ'] },
  { index: '2', content: 'Kiểm tra công tác thi đua khen thưởng tại các phường', lead: ['Hội đồng'] },
  { index: '3', content: 'Sơ kết, tổng kết phong trào và đề nghị khen thưởng', lead: ['Văn phòng'] },
];
const machine = () => buildPlan({ name: 'finder', number: '04/KH-UBND', title: 'Kế hoạch thi đua năm 2023', date: '2023-02-03', tasks: TASKS });

/** Corrections made one after the other, each on the plan as the ones before left it. */
function made(record: PlanRecord, requests: Array<[string, string]>): Correction[] {
  const out: Correction[] = [];
  requests.forEach(([path, value], i) => {
    const { correction, replaces } = prepareCorrection('plan', record, out, { path, value, author: 't', at: new Date(Date.UTC(2024, 0, 1, 0, 0, i)) });
    out.splice(0, out.length, ...out.filter((c) => !replaces.includes(c.id)), correction);
  });
  return out;
}

describe('rowFinder', () => {
  it('finds what findRow finds, for every row of a list and for rows that are not there', () => {
    const rows = machine().tasks;
    const find = rowFinder('tasks', rows);
    const keys = [...rows.map((r, i) => rowKey('tasks', r, i)), rowKey('tasks', { index: '9', content: 'Không có dòng này' }, 0), { ...rowKey('tasks', rows[2], 2), position: 0 }];
    for (const key of keys) expect(find(key)).toBe(findRow('tasks', rows, key));
  });

  it.each([
    ['content, then lead', [['tasks[1].content', 'Kiểm tra chuyên đề công tác khen thưởng'], ['tasks[1].lead', '["Phòng Nội vụ"]']]],
    ['lead, then content', [['tasks[1].lead', '["Phòng Nội vụ"]'], ['tasks[1].content', 'Kiểm tra chuyên đề công tác khen thưởng']]],
  ] as Array<[string, Array<[string, string]>]>)('applies two corrections of one row: %s', (_order, requests) => {
    const record = machine();
    const { record: shown, review } = applyCorrections(record, made(record, requests));
    expect(shown.tasks[1]).toMatchObject({ content: 'Kiểm tra chuyên đề công tác khen thưởng', lead: ['Phòng Nội vụ'] });
    expect(review.conflicts).toEqual([]);
  });
});

describe('positions of the plan as shown', () => {
  it.each([
    ['no row added or deleted', [['tasks[0].lead', '["A"]']], 'tasks[2].lead', 2],
    ['a row deleted above', [['tasks[0]', 'null']], 'tasks[1].lead', 2],
    ['a row added at the end', [['tasks[+]', JSON.stringify({ index: '4', section: null, content: 'Dòng thêm', lead: [], support: [], supervisor: null, deadline: null, confidence: 1 })]], 'tasks[2].lead', 2],
  ] as Array<[string, Array<[string, string]>, string, number]>)('with %s, names the machine row shown there', (_case, before, path, machineRow) => {
    const record = machine();
    const existing = made(record, before);
    const { correction } = prepareCorrection('plan', record, existing, { path, value: '["Văn phòng HĐND-UBND"]', author: 't' });
    expect(correction.row).toEqual(rowKey('tasks', record.tasks[machineRow], machineRow));
    expect(correction.machineValue).toEqual(record.tasks[machineRow]!.lead);
  });
});
