// A gazette's body-first task table as its text layer gives it in plain text (unit-column-lines.ts):
// cells one run of lines each, the header again on each page, the body's number and name merged
// over its rows and written once among them.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { unitColumnTableRows } from '../../../extractors/tasks/unit-column-lines.js';
import { linesWithOffsets } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2023-10-30', title: null, type: 'Nghị quyết', typeCode: 'NQ' } as DocumentInfo;
const HEADER = ['STT', 'Đơn vị', 'Nhiệm vụ chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];

const TABLE = [
  'II. NHIỆM VỤ CỤ THỂ',
  ...HEADER,
  'Tham mưu Chính phủ ban hành Nghị định quy định danh mục cơ sở dữ liệu quốc gia (1) Bộ Tư pháp (2) Văn phòng Chính phủ',
  'Quý IV/2023',
  'Ban hành Khung kiến trúc Chính phủ điện tử 3.0',
  'Văn phòng Chính phủ',
  'Quý IV/2023',
  '1',
  'Bộ Thông tin và',
  'Truyền thông',
  'Tham mưu ban hành quy định về tiêu chuẩn kết nối, chia sẻ dữ liệu (1) Văn phòng Chính phủ (2) Bộ Công an',
  'Quý I/2024',
  '',
  '75',
  ...HEADER,
  '2',
  'Bộ Tài chính',
  'Bố trí kinh phí thực hiện Nghị quyết theo quy định của pháp luật (1) Bộ Công an (2) Bộ Kế hoạch và Đầu tư',
  'Theo lộ trình của',
  'Đề án do Bộ',
  'Công an đề xuất',
  '3',
  'VTV, VOV',
  'Tuyên truyền mục tiêu, lợi ích của Trung tâm dữ liệu quốc gia',
  'Bộ Công an',
  'Thường xuyên',
  'Phụ lục II',
];

describe('a body-first table written cell by cell', () => {
  it('gives each task its body, partners and time', () => {
    const text = TABLE.join('\n');
    const tasks = extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text) });
    expect(tasks.map((t) => [t.index, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['1', ['Bộ Thông tin và Truyền thông'], ['Bộ Tư pháp', 'Văn phòng Chính phủ'], 'Quý IV/2023'],
      ['1', ['Bộ Thông tin và Truyền thông'], ['Văn phòng Chính phủ'], 'Quý IV/2023'],
      ['1', ['Bộ Thông tin và Truyền thông'], ['Văn phòng Chính phủ', 'Bộ Công an'], 'Quý I/2024'],
      ['2', ['Bộ Tài chính'], ['Bộ Công an', 'Bộ Kế hoạch và Đầu tư'], 'Theo lộ trình của Đề án do Bộ Công an đề xuất'],
      ['3', ['VTV', 'VOV'], ['Bộ Công an'], 'Thường xuyên'],
    ]);
    // The header repeated on the page is no task, nor is the page's number.
    expect(tasks.some((t) => /Nhiệm vụ chủ trì|^75$/.test(t.content))).toBe(false);
  });

  it('reads a lone partner and the time printed on one line', () => {
    const text = [...HEADER, '1', 'Bộ Xây dựng', 'Thẩm định dự án xây dựng', 'Bộ Kế hoạch và Đầu tư Theo lộ trình thực', 'hiện Đề án', 'Lập hồ sơ thiết kế (1) Bộ Công an', 'Quý II/2024', 'Phụ lục II'].join('\n');
    const rows = unitColumnTableRows(linesWithOffsets(text)).slice(1).map((r) => r.text.split('\t'));
    expect(rows).toEqual([
      ['1', 'Bộ Xây dựng', 'Thẩm định dự án xây dựng', 'Bộ Kế hoạch và Đầu tư', 'Theo lộ trình thực hiện Đề án'],
      ['1', 'Bộ Xây dựng', 'Lập hồ sơ thiết kế', 'Bộ Công an', 'Quý II/2024'],
    ]);
  });

  it('reads a body\'s name left open onto a long line', () => {
    const text = [...HEADER, '1', 'UBND thành phố', 'Hà Nội, Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng', 'Chuẩn bị bố trí mặt bằng', 'Bộ Công an', 'Theo lộ trình thực hiện Đề án', 'Giới thiệu địa điểm (1) Bộ Công an', 'Quý I/2024', 'Phụ lục II'].join('\n');
    const rows = unitColumnTableRows(linesWithOffsets(text)).slice(1).map((r) => r.text.split('\t')[1]);
    expect(rows).toEqual(['UBND thành phố Hà Nội, Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng', 'UBND thành phố Hà Nội, Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng']);
  });

  it('reads a province\'s name cut by the wrap, before a line that ends its list', () => {
    const text = [...HEADER, '1', 'UBND thành phố Cần', 'Thơ.', 'Chuẩn bị bố trí mặt bằng', 'Bộ Công an', 'Quý I/2024', 'Giới thiệu địa điểm (1) Bộ Công an', 'Quý II/2024', 'Phụ lục II'].join('\n');
    const rows = unitColumnTableRows(linesWithOffsets(text)).slice(1).map((r) => r.text.split('\t')[1]);
    expect(rows[0]).toBe('UBND thành phố Cần Thơ.');
  });

  it.each([
    ['a header with the task before the body (read by cell-lines.ts, not here)', ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', '1', 'Tổ chức hội nghị', 'Sở Nội vụ', 'Sở Tài chính', 'Quý I/2024']],
    ['rows with no body number at all', [...HEADER, 'Tổ chức hội nghị (1) Sở Tài chính', 'Quý I/2024', 'Tuyên truyền Luật (1) Sở Tư pháp', 'Quý II/2024']],
  ])('%s: no rows', (_name, lines) => {
    expect(unitColumnTableRows(linesWithOffsets(lines.join('\n')))).toEqual([]);
  });
});
