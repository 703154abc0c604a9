// A scanned appendix task table whose content header the seal hid: OCR reads "TT | | Cơ quan chủ
// trì | Đơn vị phối hợp | Thời gian thực hiện" (heldout-fresh14-scans s01), and without a content
// column named the table gave no rows. On OCR text the one empty cell after the index, beside
// named units and a time column, is the content; typed text keeps asking for the header's words.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo, TaskRow } from '../../../output/schema.js';
import { headerRoles } from '../../../extractors/tasks/columns.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { withoutMirroredRows } from '../../../extractors/tasks/mirrored-rows.js';
import { testContext } from '../context.js';

describe('a header whose content cell OCR read empty', () => {
  it.each([
    { name: 'index, blank, lead, support, time', cells: ['TT', '', 'Cơ quan chủ trì', 'Đơn vị phối hợp', 'Thời gian Thực hiện'], roles: ['index', 'content', 'lead', 'support', 'deadline'] },
    { name: 'index, blank, lead, time', cells: ['STT', ' ', 'Đơn vị thực hiện', 'Thời hạn hoàn thành'], roles: ['index', 'content', 'lead', 'deadline'] },
    { name: 'no time column', cells: ['TT', '', 'Cơ quan chủ trì', 'Đơn vị phối hợp'], roles: null },
    { name: 'no unit column', cells: ['TT', '', 'Kinh phí', 'Thời gian thực hiện'], roles: null },
    { name: 'two empty cells', cells: ['TT', '', '', 'Cơ quan chủ trì', 'Thời gian thực hiện'], roles: null },
    { name: 'no index column', cells: ['', 'Cơ quan chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'], roles: null },
    { name: 'an unknown cell among them', cells: ['TT', '', 'Cơ quan chủ trì', 'Số tiền', 'Thời gian thực hiện'], roles: null },
  ])('$name', ({ cells, roles }) => {
    expect(headerRoles(cells, { blankContent: true })).toEqual(roles);
  });

  it('is no header unless the text is OCR\'s', () => {
    expect(headerRoles(['TT', '', 'Cơ quan chủ trì', 'Đơn vị phối hợp', 'Thời gian Thực hiện'])).toBeNull();
  });

  const text = [
    'PHỤ LỤC',
    'TT\t\tCơ quan chủ trì\tĐơn vị phối hợp\tThời gian Thực hiện',
    '\tXây dựng các phóng sự, chuyên mục về hoạt động cung cấp thông tin\tSở TTTT\tBáo Hà Tĩnh, Đài PTTH tỉnh và các đơn vị liên quan\t2017-2020',
    '\tXây dựng ấn phẩm điện tử về cung cấp thông tin\tSở TTTT\tCác sở, ban, ngành cấp tỉnh\t2017',
  ].join('\n');
  const tasks = (ocr: boolean) =>
    extractTasks(text, testContext(), { tables: [], document: { date: '2016-12-30', title: null, typeCode: 'KH' } as DocumentInfo, sections: extractSections(text), ocr });

  it('reads the rows of OCR text', () => {
    expect(tasks(true).map((t) => [t.content, t.lead, t.deadline?.text])).toEqual([
      ['Xây dựng các phóng sự, chuyên mục về hoạt động cung cấp thông tin', ['Sở TTTT'], '2017-2020'],
      ['Xây dựng ấn phẩm điện tử về cung cấp thông tin', ['Sở TTTT'], '2017'],
    ]);
  });

  it('typed text is read as before', () => {
    expect(tasks(false).map((t) => t.content).filter((c) => c?.startsWith('Xây dựng')).length).toBeLessThan(2);
  });
});

describe('body items that say a task table\'s rows again (OCR text)', () => {
  const text = [
    'III. NHIỆM VỤ',
    '1. Xây dựng ấn phẩm điện tử về cung cấp thông tin và hướng dẫn khai thác thông tin trực tuyến.',
    'Cơ quan chủ trì: Sở Thông tin và Truyền thông.',
    'Thời gian thực hiện: Năm 2017.',
    '2. Tổ chức hội nghị sơ kết việc thực hiện kế hoạch và chuẩn bị giai đoạn sau.',
    'Cơ quan chủ trì: Sở Nội vụ.',
    'Thời gian thực hiện: Năm 2018.',
    'PHỤ LỤC',
    'TT\tNội dung thực hiện\tCơ quan chủ trì\tĐơn vị phối hợp\tThời gian Thực hiện',
    '1\tXây dựng ấn phẩm điện tử về cung cấp thông tin và hướng dẫn cách thức khai thác thông tin\tSở TTTT\tCác sở, ban, ngành\t2017',
  ].join('\n');
  const contents = (ocr: boolean) =>
    extractTasks(text, testContext(), { tables: [], document: { date: '2016-12-30', title: null, typeCode: 'KH' } as DocumentInfo, sections: extractSections(text), ocr }).map((t) => t.content);

  it('drops the item the table holds, keeps the one it does not', () => {
    const read = contents(true);
    expect(read.filter((c) => c?.startsWith('Xây dựng ấn phẩm')).length).toBe(1);
    expect(read.some((c) => c?.startsWith('Tổ chức hội nghị sơ kết'))).toBe(true);
  });

  it('typed text keeps both, as before', () => {
    expect(contents(false).filter((c) => c?.startsWith('Xây dựng ấn phẩm')).length).toBe(2);
  });
});

describe('withoutMirroredRows', () => {
  const row = (content: string) => ({ content }) as TaskRow;
  const table = [
    row('Tổ chức tập huấn về chuyển đổi số cho cán bộ, công chức'),
    row('Tổ chức hội nghị về cải cách hành chính của tỉnh'),
    row('Tổ chức kiểm tra về an toàn thông tin mạng'),
    row('Tổ chức đánh giá về chỉ số hài lòng của người dân'),
  ];

  it('drops an item saying a row\'s work again, keeps different work in the same words', () => {
    const items = [row('Mở lớp tập huấn chuyển đổi số cho cán bộ, công chức các cấp'), row('Tổ chức tuyên truyền về chuyển đổi số trên địa bàn')];
    expect(withoutMirroredRows(items, table).map((t) => t.content)).toEqual(['Tổ chức tuyên truyền về chuyển đổi số trên địa bàn']);
  });

  it('keeps an item of too few telling words', () => {
    expect(withoutMirroredRows([row('Tổ chức về')], table)).toHaveLength(1);
  });
});
