// A plan's "Tổ chức thực hiện" by body as OCR reads it off a scan: no bold and no blank lines, so a
// heading is known only by naming a body; OCR's misreadings of the item numbers ("9," for "9.",
// "§." for "8."); the youth union's and the providers' names ("Quận Đoàn", "Tỉnh Đoàn Sơn La",
// "VNPT Sơn La"); a Party document's part heading "III- …"; a heading on one page, its duty on the next.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2023-07-26', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(text: string) {
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), ocr: true }).map((t) => ({ lead: t.lead, content: t.content, section: t.section }));
}

const PROVINCE = [
  'III- TỔ CHỨC THỰC HIỆN',
  '1. Ban Tuyên giáo Tỉnh uỷ',
  '- Tham mưu cho Ban Chỉ đạo thực hiện các nội dung liên quan công tác phát động Cuộc thi.',
  '- Tham mưu, chuẩn bị bài phát biểu phát động Cuộc thi.',
  '2. Sở Giáo dục và Đào tạo',
  'Xây dựng kế hoạch tổ chức phát động, triển khai Cuộc thi; tăng cường tuyên truyền,',
  'vận động giáo viên, học sinh hưởng ứng tham gia Cuộc thi.',
  '3. Tỉnh Đoàn Sơn La',
  '- Xây dựng kế hoạch phát động, triển khai Cuộc thi trong các cấp bộ đoàn.',
  '§. Ban chỉ đạo chuyển đổi số cấp huyện, xã',
  '- Tham mưu cấp ủy chỉ đạo, tổ chức điểm cầu phát động Cuộc thi.',
  '9, VNPT Sơn La\f4',
  'Đảm bảo đường truyền Internet để phục vụ hoạt động đăng tải.',
  '10. Viettel Sơn La',
  'Đảm bảo phương tiện, triển khai việc kết nối, đáp ứng yêu cầu về kỹ thuật.',
  '* Lưu ý: Các cơ quan đơn vị, địa phương tổ chức vận hành, chạy thử đường truyền.',
  'Trên đây là kế hoạch tổ chức phát động Cuộc thi.',
].join('\n');

describe('a plan\'s duties by body, read off a scan', () => {
  it('reads every body\'s duties: bullets, one paragraph, OCR\'s "9," and "§.", a duty over the page break; the note after is none', () => {
    const tasks = read(PROVINCE);
    expect(tasks.map((t) => [t.lead, t.content.split(' ').slice(0, 4).join(' ')])).toEqual([
      [['Ban Tuyên giáo Tỉnh uỷ'], 'Tham mưu cho Ban'],
      [['Ban Tuyên giáo Tỉnh uỷ'], 'Tham mưu, chuẩn bị'],
      [['Sở Giáo dục và Đào tạo'], 'Xây dựng kế hoạch'],
      [['Tỉnh Đoàn Sơn La'], 'Xây dựng kế hoạch'],
      [['Ban chỉ đạo chuyển đổi số cấp huyện, xã'], 'Tham mưu cấp ủy'],
      [['VNPT Sơn La'], 'Đảm bảo đường truyền'],
      [['Viettel Sơn La'], 'Đảm bảo phương tiện,'],
    ]);
    expect(tasks[2]!.content).toBe('Xây dựng kế hoạch tổ chức phát động, triển khai Cuộc thi; tăng cường tuyên truyền, vận động giáo viên, học sinh hưởng ứng tham gia Cuộc thi.');
    expect(new Set(tasks.map((t) => t.section))).toEqual(new Set(['TỔ CHỨC THỰC HIỆN']));
  });

  it('a district youth union\'s list, its first heading closing a page and its duty opening the next', () => {
    const text = [
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Quận Đoàn\f- Xây dựng kế hoạch triển khai đến các đơn vị Đoàn trực thuộc.',
      '2. Đoàn phường Hòa Quý:',
      '- Dự trù kinh phí tổ chức chương trình.',
      '3. Các cơ sở Đoàn và chi đoàn trực thuộc',
      '- Trên cơ sở Kế hoạch này, báo cáo lãnh đạo đơn vị xin chủ trương tham gia.',
      'Trên đây là Kế hoạch tổ chức Ngày Đoàn viên.',
    ].join('\n');
    expect(read(text).map((t) => t.lead)).toEqual([['Quận Đoàn'], ['Đoàn phường Hòa Quý'], ['Các cơ sở Đoàn và chi đoàn trực thuộc']]);
  });

  it.each([
    ['a body\'s heading followed by prose with no list around it', ['III- TỔ CHỨC THỰC HIỆN', '1. Sở Giáo dục và Đào tạo', 'Xây dựng kế hoạch tổ chức phát động Cuộc thi.', 'Trên đây là kế hoạch.']],
    ['"9," before a word in small letters is no item', ['III- TỔ CHỨC THỰC HIỆN', '1. Ban Tuyên giáo Tỉnh uỷ', '- Tham mưu cho Ban Chỉ đạo.', '2. Sở Nội vụ', '- Thẩm định hồ sơ.', '9, các đơn vị còn lại', '- Chuẩn bị báo cáo.']],
  ])('%s', (_, lines) => {
    const tasks = read(lines.join('\n'));
    expect(tasks.some((t) => t.lead.some((l) => /Giáo dục|đơn vị còn lại/.test(l)))).toBe(false);
  });
});
