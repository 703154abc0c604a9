// A body's name that holds a verb's words in small letters ("Ban quản lý dự án đầu tư xây dựng
// tỉnh") is read whole, as lead or partner; "Sở Kế hoạch và Đầu tư xây dựng kế hoạch …" still
// starts its work at "xây dựng". A heading's commas inside brackets ("các doanh nghiệp viễn thông
// (VNPT, Viettel, MobiFone …)") do not split its body.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { subjectDuty } from '../../../extractors/tasks/subject-duty.js';
import { testContext } from '../context.js';

const PLAN = { date: '2025-11-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

describe('a project board\'s name in small letters', () => {
  it.each([
    ['Ban quản lý dự án đầu tư xây dựng tỉnh chủ trì thi công các hạng mục.', 'Ban quản lý dự án đầu tư xây dựng tỉnh', 'Chủ trì thi công các hạng mục.'],
    ['Ban Quản lý dự án đầu tư xây dựng huyện tổ chức nghiệm thu công trình.', 'Ban Quản lý dự án đầu tư xây dựng huyện', 'Tổ chức nghiệm thu công trình.'],
    // The verb's words after another name do start the work.
    ['Sở Kế hoạch và Đầu tư xây dựng kế hoạch vốn hằng năm.', 'Sở Kế hoạch và Đầu tư', 'Xây dựng kế hoạch vốn hằng năm.'],
    ['Ban Chỉ huy quân sự huyện xây dựng kế hoạch diễn tập.', 'Ban Chỉ huy quân sự huyện', 'Xây dựng kế hoạch diễn tập.'],
  ])('%s', (sentence, lead, duty) => {
    expect(subjectDuty(sentence)).toEqual({ lead, duty });
  });

  it('is one partner in an assignment', () => {
    const tasks = read([
      'II. NHIỆM VỤ',
      '1. Giao Sở Xây dựng chủ trì, phối hợp với Ban quản lý dự án đầu tư xây dựng tỉnh tổ chức kiểm tra chất lượng công trình, hoàn thành trước ngày 30/12/2025.',
      '2. Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư xây dựng phương án bố trí vốn, hoàn thành trong quý IV/2025.',
    ]);
    expect(tasks.map((t) => [t.lead, t.support, t.content.split(' ').slice(0, 2).join(' ')])).toEqual([
      [['Sở Xây dựng'], ['Ban quản lý dự án đầu tư xây dựng tỉnh'], 'tổ chức'],
      [['Sở Tài chính'], ['Sở Kế hoạch và Đầu tư'], 'xây dựng'],
    ]);
  });
});

describe('a heading\'s commas inside brackets', () => {
  const lines = (heading: string) => [
    'IV. PHÂN CÔNG NHIỆM VỤ',
    '1. Sở Công Thương:',
    '- Chủ trì tiếp nhận hàng hóa cứu trợ.',
    `2. ${heading}`,
    '- Đảm bảo thông tin liên lạc ổn định.',
    'Nơi nhận:',
  ];

  it('keep the body whole', () => {
    expect(read(lines('Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác):'))[1]?.lead).toEqual([
      'các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)',
    ]);
  });

  it.each([
    ['Các doanh nghiệp bưu chính, viễn thông', ['Các doanh nghiệp bưu chính, viễn thông']],
    ['Các doanh nghiệp bưu chính, Viettel Hải Dương', ['Các doanh nghiệp bưu chính', 'Viettel Hải Dương']],
    ['Các doanh nghiệp bưu chính, ủy ban nhân dân các xã', ['Các doanh nghiệp bưu chính', 'ủy ban nhân dân các xã']],
  ])('a collective\'s sectors in small words stay with it: %s', (heading, lead) => {
    expect(read(lines(`${heading}:`))[1]?.lead).toEqual(lead);
  });

  it('commas outside them still part distinct bodies', () => {
    expect(read(lines('Sở Y tế (cơ quan thường trực), Sở Tài chính:'))[1]?.lead).toEqual(['Sở Y tế (cơ quan thường trực)', 'Sở Tài chính']);
  });
});
