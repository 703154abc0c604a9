// A body's name may name the field it works in with a verb's words: "Các doanh nghiệp hoạt động
// trong lĩnh vực xây dựng, giao thông, vận tải …" is one heading, not a body ("Các doanh nghiệp …
// trong lĩnh vực") and a duty ("Xây dựng, giao thông …"): after "lĩnh vực" no work starts.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { subjectDuty } from '../../../extractors/tasks/subject-duty.js';
import { testContext } from '../context.js';

const PLAN = { date: '2025-10-01', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const BODY = 'Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh';

describe('a field of work inside a body\'s name', () => {
  it('reads the whole heading as the lead of its bullets, and no part of it as a duty', () => {
    const tasks = read([
      'V. TỔ CHỨC THỰC HIỆN',
      '6. Sở Xây dựng',
      '- Tích cực triển khai ứng dụng công nghệ BIM trong quản lý dự án.',
      `7. ${BODY}`,
      '- Chủ động phối hợp triển khai các giải pháp, nền tảng số phục vụ quản lý.',
      '- Ứng dụng mô hình BIM, GIS, IoT trên nền tảng số.',
      'Nơi nhận:',
    ]);
    expect(tasks.map((t) => [t.lead, t.content.slice(0, 20)])).toEqual([
      [['Sở Xây dựng'], 'Tích cực triển khai '],
      [[BODY], 'Chủ động phối hợp tr'],
      [[BODY], 'Ứng dụng mô hình BIM'],
    ]);
  });

  it.each([
    // The verb after the name still starts the duty.
    ['Sở Xây dựng xây dựng kế hoạch kiểm tra lĩnh vực xây dựng trên địa bàn.', 'Sở Xây dựng', 'Xây dựng kế hoạch kiểm tra lĩnh vực xây dựng trên địa bàn.'],
    ['Phòng Kinh tế theo dõi lĩnh vực xây dựng, báo cáo UBND huyện.', 'Phòng Kinh tế', 'Theo dõi lĩnh vực xây dựng, báo cáo UBND huyện.'],
  ])('%s: a verb before "lĩnh vực" is the duty\'s', (sentence, lead, duty) => {
    expect(subjectDuty(sentence)).toEqual({ lead, duty });
  });

  it('"phải" binds the body to its duty and is no word of its name', () => {
    expect(subjectDuty('Các địa phương, tổ chức, doanh nghiệp phải phối hợp với các cơ quan chuyên môn.')).toEqual({
      lead: 'Các địa phương, tổ chức, doanh nghiệp',
      duty: 'Phải phối hợp với các cơ quan chuyên môn.',
    });
  });
});
