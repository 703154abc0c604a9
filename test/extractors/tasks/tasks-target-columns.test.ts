// A table that assigns targets names its rows "Chỉ tiêu" or "Nội dung chỉ tiêu" and says who leads
// and who supports each ("STT | Nội dung chỉ tiêu | Chủ trì | Phối hợp", a plan's appendix of
// indicators): the targets are its content. A "chỉ tiêu" column beside a content column stays a
// column of results, and a table of targets naming neither a unit nor a time is no task table.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { headerRoles } from '../../../extractors/tasks/columns.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

describe('targets as a table\'s content', () => {
  it.each([
    { cells: ['STT', 'Nội dung chỉ tiêu', 'Chủ trì', 'Phối hợp'], roles: ['index', 'content', 'lead', 'support'] },
    { cells: ['TT', 'Chỉ tiêu', 'Đơn vị', 'Chủ trì'], roles: ['index', 'content', 'note', 'lead'] },
  ])('$cells', ({ cells, roles }) => {
    expect(headerRoles(cells)).toEqual(roles);
  });

  it.each([
    { name: 'results beside the content', cells: ['STT', 'Nội dung', 'Kết quả, chỉ tiêu đạt được', 'Đơn vị chủ trì'], content: 1 },
    { name: 'targets of a report beside its tasks', cells: ['TT', 'Nhiệm vụ', 'Nội dung chỉ tiêu', 'Cơ quan thực hiện'], content: 1 },
  ])('$name: the content stays where it was', ({ cells, content }) => {
    expect(headerRoles(cells)?.indexOf('content')).toBe(content);
  });

  it('a table of targets with neither a unit nor a time is no task table', () => {
    expect(headerRoles(['STT', 'Nội dung chỉ tiêu', 'Năm 2023', 'Năm 2024'])).toBeNull();
  });

  it('reads the rows of an indicators table under its group rows', () => {
    const text = [
      'PHỤ LỤC 2',
      'PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC THỰC HIỆN CÁC CHỈ TIÊU',
      'STT\tNội dung chỉ tiêu\tChủ trì\tPhối hợp',
      'I\tChính quyền số',
      '1\t100% kết quả giải quyết thủ tục hành chính được số hóa\tVP UBND tỉnh\tCác sở, ban, ngành; UBND cấp huyện, cấp xã',
      '2\t50% hồ sơ thủ tục hành chính được thực hiện trực tuyến từ xa\tSở TTTT\tUBND cấp huyện, cấp xã',
      'II\tKinh tế số',
      '1\tKinh tế số chiếm 10% tổng sản phẩm trên địa bàn (GRDP)\tSở KHĐT\tSở TTTT',
    ].join('\n');
    const doc = { date: '2023-06-05', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
    const tasks = extractTasks(text, testContext(), { tables: [], document: doc, sections: extractSections(text), typed: true });
    expect(tasks.map((t) => [t.index, t.lead, t.support])).toEqual([
      ['1', ['VP UBND tỉnh'], ['Các sở, ban, ngành', 'UBND cấp huyện, cấp xã']],
      ['2', ['Sở TTTT'], ['UBND cấp huyện, cấp xã']],
      ['1', ['Sở KHĐT'], ['Sở TTTT']],
    ]);
  });
});
