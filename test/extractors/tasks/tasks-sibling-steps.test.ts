// Numbered sub-items with no lines of their own, then a unit and a time after the last: the parent
// item is the task, its sub-items its steps. When a later sibling carries lines of its own, the
// sub-items are the tasks after all (heldout-fresh29 t01: 1.1 bare, 1.2–1.4 each with lines).
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2020-05-04', title: null, type: 'Chương trình', typeCode: 'CTr' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true }).map((t) => [t.index, t.content, t.lead]);
};

describe('sibling sub-items and the lines after them', () => {
  it('a later sibling with lines of its own: the sub-items are the tasks', () => {
    expect(
      read([
        'II. NỘI DUNG HOẠT ĐỘNG',
        '1. Tăng cường sự lãnh đạo của cấp ủy',
        '1.1. Tổ chức nghiên cứu, quán triệt Chỉ thị.',
        '1.2. Nâng cao vai trò của người đứng đầu.',
        '- Cơ quan thực hiện: Các sở, ban, ngành.',
        '- Thời gian thực hiện: Thực hiện thường xuyên.',
        '1.3. Tiếp tục thực hiện hiệu quả Đề án tuyên truyền.',
        '- Cơ quan thực hiện: Sở Nội vụ chủ trì.',
        '- Thời gian thực hiện: Thực hiện thường xuyên.',
      ]),
    ).toEqual([
      ['1.2', 'Nâng cao vai trò của người đứng đầu.', ['Các sở, ban, ngành']],
      ['1.3', 'Tiếp tục thực hiện hiệu quả Đề án tuyên truyền.', ['Sở Nội vụ']],
    ]);
  });

  it('no later sibling: the parent is the task, as before', () => {
    expect(
      read([
        'II. NỘI DUNG HOẠT ĐỘNG',
        '3. Giải quyết tốt tranh chấp lao động',
        '3.1. Rà soát, kiện toàn các thiết chế.',
        '3.2. Tập huấn cho hòa giải viên.',
        '- Cơ quan thực hiện: Sở Nội vụ chủ trì.',
        '- Thời gian thực hiện: Thực hiện thường xuyên.',
        '4. Tăng cường thanh tra lao động.',
        '- Cơ quan thực hiện: Sở Y tế chủ trì.',
        '- Thời gian thực hiện: Quý II/2020.',
        'III. TỔ CHỨC THỰC HIỆN',
      ]),
    ).toEqual([
      ['3', 'Giải quyết tốt tranh chấp lao động', ['Sở Nội vụ']],
      ['4', 'Tăng cường thanh tra lao động.', ['Sở Y tế']],
    ]);
  });
});
