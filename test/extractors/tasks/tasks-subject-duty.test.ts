// Duties written as sentences whose subject is the body, beside bodies' headings in a plan's
// "Tổ chức thực hiện" (the plan assigns its work in no other way): "1. Ủy ban Hội … chuẩn bị …",
// "15. Đề nghị Ủy ban … chủ trì, phối hợp với …", and under a topic's heading ("3. Kinh phí:")
// bullets that open with their own body. A part written only in such sentences stays the plan's
// closing (tasks-assignments.test.ts), and a name that holds a verb's words is read whole.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { subjectDuty } from '../../../extractors/tasks/subject-duty.js';
import { testContext } from '../context.js';

const PLAN = { date: '2019-07-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

describe('subjectDuty', () => {
  it.each([
    ['Ủy ban Hội LHTN quận chuẩn bị các điều kiện phục vụ Hội trại.', 'Ủy ban Hội LHTN quận', 'Chuẩn bị các điều kiện phục vụ Hội trại.'],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã hội giám sát việc thực hiện.', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Chủ trì, phối hợp với các tổ chức chính trị - xã hội giám sát việc thực hiện.'],
    ['Ban tổ chức chịu trách nhiệm chuẩn bị kinh phí tổ chức Hội trại.', 'Ban tổ chức', 'Chịu trách nhiệm chuẩn bị kinh phí tổ chức Hội trại.'],
    // The body that asks is not the one that does.
    ['Ủy ban nhân dân tỉnh giao Sở Nội vụ theo dõi, kiểm tra việc thực hiện Kế hoạch này.', 'Sở Nội vụ', 'Theo dõi, kiểm tra việc thực hiện Kế hoạch này.'],
    ['Các sở, ngành định kỳ báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.', 'Các sở, ngành', 'Định kỳ báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.'],
    ['Ban An toàn giao thông tỉnh chủ trì kiểm tra.', 'Ban An toàn giao thông tỉnh', 'Chủ trì kiểm tra.'],
    // A name's own words that fold like a verb are printed with a capital.
    ['Chi cục Quản lý thị trường tỉnh kiểm tra việc niêm yết giá.', 'Chi cục Quản lý thị trường tỉnh', 'Kiểm tra việc niêm yết giá.'],
    ['Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh hướng dẫn các đơn vị.', 'Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh', 'Hướng dẫn các đơn vị.'],
    ['Ban Quản lý dự án đầu tư Xây dựng tỉnh chủ trì thi công.', 'Ban Quản lý dự án đầu tư Xây dựng tỉnh', 'Chủ trì thi công.'],
    ['Ủy ban Kiểm tra Tỉnh ủy chủ trì giám sát.', 'Ủy ban Kiểm tra Tỉnh ủy', 'Chủ trì giám sát.'],
  ])('%s', (sentence, lead, duty) => {
    expect(subjectDuty(sentence)).toEqual({ lead, duty });
  });

  it.each([
    ['a clause before the body', 'Căn cứ Kế hoạch này, các sở, ngành xây dựng kế hoạch triển khai.'],
    ['a list of names going on after a comma', 'Các tổ chức chính trị - xã hội, tổ chức xã hội, doanh nghiệp và cộng đồng.'],
    ['no body opens it', 'Kinh phí tổ chức Hội trại do các đơn vị tự bảo đảm.'],
    ['a topic, no verb', 'Kinh phí:'],
  ])('%s: none', (_name, sentence) => {
    expect(subjectDuty(sentence)).toBeNull();
  });
});

describe('body-subject duties beside bodies\' headings', () => {
  const closing = [
    'IV. Tổ chức thực hiện',
    '1. Ủy ban Hội quận chuẩn bị các điều kiện về cơ sở vật chất, địa điểm phục vụ Hội trại.',
    '2. Các các đơn vị tham gia trại:',
    '+ Xây dựng, chọn đội hình, lực lượng tham gia Hội trại.',
    '+ Chuẩn bị những vật dụng cá nhân cần thiết để tham gia Hội trại.',
    '3. Kinh phí:',
    '+ Ban tổ chức chịu trách nhiệm chuẩn bị kinh phí tổ chức Hội trại, khen thưởng.',
    '+ Các đơn vị tham gia Hội trại chủ động chuẩn bị kinh phí cho đơn vị mình.',
    'Nơi nhận:',
  ];

  it('the recipients\' list after "Nơi nhận" gives no duty', () => {
    const tasks = read([...closing, '- Bộ Nội vụ;', '- Các sở, ban, ngành thực hiện;', '- Lưu: VT.']);
    expect(tasks.some((t) => /thực hiện;$/.test(t.content))).toBe(false);
    expect(tasks).toHaveLength(5);
  });

  it('are tasks led by the body, with the misprinted heading read once', () => {
    expect(read(closing).map((t) => [t.lead, t.content.slice(0, 30)])).toEqual([
      [['Ủy ban Hội quận'], 'Chuẩn bị các điều kiện về cơ s'],
      [['Các đơn vị tham gia trại'], 'Xây dựng, chọn đội hình, lực l'],
      [['Các đơn vị tham gia trại'], 'Chuẩn bị những vật dụng cá nhâ'],
      [['Ban tổ chức'], 'Ban tổ chức chịu trách nhiệm c'],
      [['Các đơn vị tham gia Hội trại'], 'Các đơn vị tham gia Hội trại c'],
    ]);
  });

  it('outside the closing part a body-subject sentence is no heading\'s list', () => {
    const elsewhere = closing.map((l) => (l === 'IV. Tổ chức thực hiện' ? 'II. Nội dung' : l));
    expect(read(elsewhere).some((t) => t.lead.includes('Ban tổ chức') || t.lead.includes('Ủy ban Hội quận'))).toBe(false);
  });

  it('partners named with a verb\'s words inside them are read whole', () => {
    const tasks = read([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      '- Phối hợp với các tổ chức chính trị - xã hội thực hiện công tác tuyên truyền.',
      '- Phối hợp với Ban Chỉ đạo tỉnh tổ chức kiểm tra.',
      '- Phối hợp với Đài Phát thanh cấp huyện chỉ đạo, hướng dẫn Đài Truyền thanh cấp xã.',
      '2. Sở Tài chính',
      '- Phối hợp với các đơn vị tổng kết, rà soát việc thực hiện.',
      '- Phối hợp với các cơ sở, doanh nghiệp trên địa bàn thực hiện tin, bài tuyên truyền.',
      'Nơi nhận:',
    ]);
    expect(tasks.map((t) => t.support)).toEqual([['các tổ chức chính trị - xã hội'], ['Ban Chỉ đạo tỉnh'], ['Đài Phát thanh cấp huyện'], ['các đơn vị'], ['các cơ sở, doanh nghiệp trên địa bàn']]);
  });
});
