// A body's heading that lists a collective of kinds reads it whole ("14. Các bộ, ban, ngành khác:
// …"), while named bodies a comma apart are each a lead ("12. Đài Truyền hình Việt Nam, Đài Tiếng
// nói Việt Nam, Thông tấn xã Việt Nam: Chủ trì …").
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../output/schema.js';
import { extractSections } from '../../extractors/sections.js';
import { extractTasks } from '../../extractors/tasks/index.js';
import { namesUnit } from '../../extractors/tasks/units.js';
import { testContext } from './context.js';

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
