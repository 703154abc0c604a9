// A task table whose header has merged cells, written as two rows by a web copy: the second row
// names the columns a merged cell spans ("Đơn vị thực hiện" over "Chủ trì | Phối hợp", "Cấp trình
// và thời gian trình" over "Bộ trưởng | Chính phủ | Thủ tướng Chính phủ"; heldout-fresh29 t03).
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { columnRole } from '../../../extractors/tasks/columns.js';
import { subHeaderRoles } from '../../../extractors/tasks/sub-header.js';
import { testContext } from '../context.js';

const PLAN = { date: '2024-01-08', title: null, type: 'Chương trình', typeCode: 'CTr' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const PROJECTS = [
  'PHỤ LỤC SỐ 02 DANH MỤC CÁC ĐỀ ÁN',
  '| STT |  | Tên đề án | Cấp trình |  | Thời gian trình | Đơn vị thực hiện |  | Ghi chú |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '|  | Theo NQ 01 |  | Chính phủ | TTg CP |  | Chủ trì | Phối hợp |  |',
  '| 1 | 116 | Đề án kiểm kê đất đai năm 2024 |  | x | Tháng 3 | Cục Đăng ký và Dữ liệu thông tin đất đai | - Vụ Đất đai - Các đơn vị khác có liên quan |  |',
  '| 2 | 117 | Đề án bảo tồn đa dạng sinh học vùng Đông Nam Bộ |  | x | Tháng 8 | Cục Bảo tồn thiên nhiên và Đa dạng sinh học | - Vụ Môi trường |  |',
];

const ACTS = [
  'PHỤ LỤC 01 DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2024',
  '| STT |  | Tên văn bản | Đơn vị chủ trì soạn thảo | Đơn vị cho ý kiến | Cấp trình và thời gian trình |  |  | Ghi chú |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '|  | Theo NQ 01 |  |  |  | Bộ trưởng | Chính phủ | Thủ tướng Chính phủ |  |',
  '| 1 | 38 | Nghị định về xử phạt vi phạm hành chính trong lĩnh vực đất đai | Vụ Đất đai | Vụ Pháp chế | Tháng 11/2024 | Tháng 12/2024 |  |  |',
  '| 2 | 44 | Quyết định ban hành danh mục cơ sở phát thải khí nhà kính | Cục Biến đổi khí hậu | Vụ Pháp chế | Tháng 2/2024 |  | Tháng 3/2024 |  |',
];

describe('a header row of merged cells followed by the row naming the columns they span', () => {
  it('"Chủ trì | Phối hợp" under "Đơn vị thực hiện": the lead and the partners', () => {
    const tasks = read(PROJECTS);
    expect(tasks.map((t) => [t.lead, t.support, t.deadline?.text])).toEqual([
      [['Cục Đăng ký và Dữ liệu thông tin đất đai'], ['Vụ Đất đai', 'Các đơn vị khác có liên quan'], 'Tháng 3'],
      [['Cục Bảo tồn thiên nhiên và Đa dạng sinh học'], ['Vụ Môi trường'], 'Tháng 8'],
    ]);
  });

  it('levels under "Cấp trình và thời gian trình": the last level filled is the deadline; "Đơn vị cho ý kiến" are partners', () => {
    const tasks = read(ACTS);
    expect(tasks.map((t) => [t.lead, t.support, t.deadline?.text])).toEqual([
      [['Vụ Đất đai'], ['Vụ Pháp chế'], 'Tháng 12/2024'],
      [['Cục Biến đổi khí hậu'], ['Vụ Pháp chế'], 'Tháng 3/2024'],
    ]);
  });

  it.each([
    ['Đơn vị cho ý kiến', 'support'],
    ['Cơ quan góp ý', 'support'],
    ['Đơn vị phối hợp', 'support'],
    ['Đơn vị chủ trì soạn thảo', 'lead'],
    // A plan for gathering views: its content and its lead say "góp ý" too (review 19).
    ['Nội dung góp ý', 'content'],
    ['Đơn vị chủ trì lấy ý kiến góp ý', 'lead'],
  ])('column "%s" is %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  const HEADER = ['STT', 'Nội dung', 'Đơn vị thực hiện', '', 'Thời gian'];
  const ROLES = ['index', 'content', 'lead', null, 'deadline'] as const;
  it.each([
    ['a row with an index', ['1', '', 'Chủ trì', 'Phối hợp', '']],
    ['text under the content column', ['', 'Rà soát văn bản', 'Chủ trì', 'Phối hợp', '']],
    ['a row not aligned with the header', ['Chủ trì', 'Phối hợp']],
    ['one cell only', ['', '', 'Chủ trì', '', '']],
  ])('no sub-header: %s', (_how, row) => {
    expect(subHeaderRoles(HEADER, ROLES, row)).toBeNull();
  });

  it('the sub-header row itself is no task', () => {
    expect(read(PROJECTS).some((t) => /Chủ trì|Theo NQ/.test(t.content))).toBe(false);
  });
});
