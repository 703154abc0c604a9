// A plan's closing part may assign its work to an institute or a ministry's department by name
// ("1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam" / "a) Tổ chức tuyên truyền …"),
// as to a Sở or a Phòng: "Viện …", "Cục …", "Tổng cục …" head a body's list of duties. "Viên chức"
// (public employees) folds like "Viện" and heads no body.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { namesUnit } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const PLAN = { date: '2025-11-18', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

describe('institutes and departments head a body\'s duties', () => {
  it.each([
    ['Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam', true],
    ['Viện Kiểm sát nhân dân tỉnh', true],
    ['Cục Thống kê tỉnh', true],
    ['Tổng cục Thuế', true],
    ['Viên chức, người lao động', false],
    ['Viện trợ nhân đạo cho các hộ nghèo', false],
    ['Viện phí cho người có công', false],
    ['Cục bộ các điểm ngập úng', false],
    ['Cực kỳ quan trọng', false],
    ['Viễn cảnh phát triển', false],
  ])('%s: names a body %s', (text, expected) => {
    expect(namesUnit(text)).toBe(expected);
  });

  it('a task heading that opens like an institute or a department assigns nothing: only the bodies\' parts do', () => {
    const tasks = read([
      'II. NHIỆM VỤ TRỌNG TÂM',
      '1. Viện trợ nước ngoài',
      'a) Vận động các tổ chức quốc tế hỗ trợ.',
      'b) Quản lý nguồn viện trợ đúng quy định.',
      '2. Cục bộ các khu vực ngập úng',
      'a) Khảo sát các điểm ngập.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính',
      'a) Bố trí kinh phí thực hiện.',
      '2. Sở Y tế',
      'a) Hướng dẫn phòng dịch sau ngập.',
    ]);
    expect(tasks.flatMap((t) => t.lead).filter((lead) => /^(?:Viện|Cục) /u.test(lead))).toEqual([]);
  });

  it('reads the lettered duties under an institute\'s heading beside a Sở\'s', () => {
    const tasks = read([
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam',
      '',
      'a) Tổ chức tuyên truyền phổ biến nội dung quy hoạch đến các tổ chức, cá nhân.',
      '',
      'b) Tổ chức đánh giá thực hiện Kế hoạch, báo cáo Thủ tướng Chính phủ.',
      '',
      '2. Sở Văn hóa, Thể thao và Du lịch',
      '',
      'a) Tổ chức thực hiện quản lý nhà nước về văn hóa, thể thao tại địa phương.',
      '',
      'b) Rà soát, điều chỉnh các quy hoạch, kế hoạch trên địa bàn.',
    ]);
    expect(tasks.map((t) => [t.index, t.lead, t.content.slice(0, 24)])).toEqual([
      ['1.a', ['Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam'], 'Tổ chức tuyên truyền phổ'],
      ['1.b', ['Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam'], 'Tổ chức đánh giá thực hi'],
      ['2.a', ['Sở Văn hóa, Thể thao và Du lịch'], 'Tổ chức thực hiện quản l'],
      ['2.b', ['Sở Văn hóa, Thể thao và Du lịch'], 'Rà soát, điều chỉnh các '],
    ]);
  });
});
