// A body's heading that lists a collective of kinds reads it whole ("14. Các bộ, ban, ngành khác:
// …"), while named bodies a comma apart are each a lead ("12. Đài Truyền hình Việt Nam, Đài Tiếng
// nói Việt Nam, Thông tấn xã Việt Nam: Chủ trì …").
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { namesUnit } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const PLAN = { date: '2018-06-26', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

describe('leads of a body heading', () => {
  const tasks = read([
    'III. TỔ CHỨC THỰC HIỆN',
    '12. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam: Chủ trì xây dựng các chuyên mục về ưu đãi người có công.',
    '13. Các bộ, ban, ngành khác: Căn cứ vào chức năng nhiệm vụ, tổ chức triển khai thực hiện Kế hoạch.',
    '14. Các sở, ngành, UBND các huyện: Chủ động bố trí kinh phí thực hiện Kế hoạch.',
    'Nơi nhận:',
  ]);

  it('names a news agency as a body of its own', () => {
    expect(namesUnit('Thông tấn xã Việt Nam')).toBe(true);
    expect(tasks[0]?.lead).toEqual(['Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam']);
  });

  it('keeps a collective of kinds whole', () => {
    expect(tasks[1]?.lead).toEqual(['Các bộ, ban, ngành khác']);
  });

  it('still splits a collective from a named kind after it', () => {
    expect(tasks[2]?.lead).toEqual(['Các sở, ngành', 'UBND các huyện']);
  });
});

// Firms, cooperatives, investors and journals are bodies a plan gives duties to ("4. Các doanh
// nghiệp viễn thông"); other plural topics ("Các hoạt động …") stay topics.
describe('a heading naming firms or investors as a collective', () => {
  const tasks = read([
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Sở Công Thương',
    '- Chủ trì theo dõi việc thực hiện Kế hoạch.',
    '2. Các doanh nghiệp viễn thông',
    '- Đầu tư hạ tầng mạng lưới trong khu công nghiệp.',
    '3. Các chủ đầu tư',
    '- Hoàn thiện hạ tầng kỹ thuật theo quy hoạch.',
    '4. Các hoạt động hưởng ứng',
    '- Tổ chức mít tinh, diễu hành.',
    'Nơi nhận:',
  ]);

  it('reads them as leads', () => {
    expect(tasks.map((t) => t.lead)).toEqual([['Sở Công Thương'], ['Các doanh nghiệp viễn thông'], ['Các chủ đầu tư']]);
  });
});

// Partners named at a duty's opening without "với" ("Phối hợp UBND các xã …"); "phối hợp" before
// work or a topic names none.
describe('partners at a duty\'s opening without "với"', () => {
  const tasks = read([
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nông nghiệp và Môi trường',
    '- Phối hợp UBND các xã, phường cập nhật dữ liệu đất đai.',
    '- Chủ trì, phối hợp các sở, ngành, địa phương có liên quan tham mưu bố trí nguồn lực.',
    '- Phối hợp tổ chức tập huấn cho cán bộ.',
    '- Phối hợp các hoạt động tuyên truyền.',
    '2. Sở Tài chính',
    '- Phối hợp với Sở Nội vụ kiểm tra việc thực hiện.',
    'Nơi nhận:',
  ]);

  it('reads them as the duty\'s support', () => {
    expect(tasks.map((t) => t.support)).toEqual([['UBND các xã, phường'], ['các sở, ngành, địa phương có liên quan'], [], [], ['Sở Nội vụ']]);
  });
});
