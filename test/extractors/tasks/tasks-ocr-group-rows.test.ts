// The group rows of a ruled task table as OCR reads them off a scan (heldout-fresh26-task-scans):
// the Roman numeral of "I | Xây dựng cơ chế, chính sách" lost or misread ("II" read "H"), the
// row's empty cells holding what a seal's edge or a speck left ("v", ".s} -"), and the numbers of
// the rows under it lost as well. Such a row is the section of the rows below it, not a task.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2022-01-28', title: null, typeCode: 'QĐ' } as DocumentInfo;
const HEADER = 'TT\tNhiệm vụ, giải pháp\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện';
const TASK_A = '\tXây dựng và ban hành cơ chế, chính sách hỗ trợ đào tạo về chuyển đổi số\tBộ, ngành, địa phương\tBộ Thông tin và Truyền thông\t2022 - 2025';
const TASK_B = '\tTổ chức các hội nghị, hội thảo về chuyển đổi số\tBộ Thông tin và Truyền thông\tBộ, ngành, địa phương\t2022 - 2030';

const read = (rows: string[], ocr = true) =>
  extractTasks([HEADER, ...rows].join('\n'), testContext(), { tables: [], document: DOC, sections: [], ocr }).map((t) => [t.section, t.content.split(' ').slice(0, 3).join(' ')]);

describe('a group row whose numeral OCR lost', () => {
  it.each([
    { name: 'the numeral lost, the row right under the header', row: '\tXây dựng cơ chế, chính sách', section: 'Xây dựng cơ chế, chính sách' },
    { name: '"II" read "H", dust in the empty cells', row: 'H\tNâng cao nhận thức về chuyển đổi số\t\tv\t.s} -', section: 'Nâng cao nhận thức về chuyển đổi số' },
    { name: '"I" read "l"', row: 'l\tHoàn thiện môi trường pháp lý', section: 'Hoàn thiện môi trường pháp lý' },
  ])('$name: the section of the rows below, no task', ({ row, section }) => {
    expect(read([row, TASK_A, TASK_B])).toEqual([
      [section, 'Xây dựng và'],
      [section, 'Tổ chức các'],
    ]);
  });

  it('a second group row between tasks starts a new section', () => {
    expect(read(['\tXây dựng cơ chế, chính sách', TASK_A, 'H\tNâng cao nhận thức về chuyển đổi số', TASK_B])).toEqual([
      ['Xây dựng cơ chế, chính sách', 'Xây dựng và'],
      ['Nâng cao nhận thức về chuyển đổi số', 'Tổ chức các'],
    ]);
  });
});

describe('rows that stay tasks', () => {
  it.each([
    { name: 'a sentence with no unit cell (it ends with a stop)', row: '\tRà soát, cập nhật danh mục thủ tục hành chính.' },
    { name: 'a row with its own deadline', row: '\tXây dựng cơ chế, chính sách\t\t\t2022' },
  ])('$name', ({ row }) => {
    expect(read([row, TASK_A]).map(([, content]) => content)).toEqual([row.split('\t')[1]!.split(' ').slice(0, 3).join(' '), 'Xây dựng và']);
  });

  it('a numbered row over numbered rows', () => {
    expect(read(['3\tXây dựng cơ chế, chính sách', `4${TASK_A}`]).map(([, content]) => content)).toEqual(['Xây dựng cơ', 'Xây dựng và']);
  });

  it('text a converter wrote (no OCR) is read as before: the unnumbered row is a task', () => {
    expect(read(['\tXây dựng cơ chế, chính sách', TASK_A], false).map(([, content]) => content)).toEqual(['Xây dựng cơ', 'Xây dựng và']);
  });
});
