// In a plan's "Tổ chức thực hiện": a paragraph that names bodies and announces their duties
// ("Căn cứ …, các Sở, ban, ngành, Hội Khuyến học tỉnh, UBND các huyện, thành phố có trách
// nhiệm:") gives the bullets below it to those bodies; a heading naming "các tổ chức chính trị -
// xã hội" is a body's heading ("tổ chức" there is no verb).
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2022-08-17', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const part = (intro: string, section = 'V. TỔ CHỨC THỰC HIỆN') => [
  section,
  '1. Trách nhiệm chung',
  intro,
  '- Quán triệt, triển khai thực hiện nghiêm túc Quyết định số 387/QĐ-TTg.',
  '- Báo cáo định kỳ 6 tháng, hằng năm về Hội Khuyến học tỉnh.',
  '2. Sở Giáo dục và Đào tạo',
  '- Chủ trì đánh giá hiệu quả hoạt động của các trung tâm học tập cộng đồng.',
  '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, xã hội nghề nghiệp trong tỉnh',
  '- Đẩy mạnh tuyên truyền, vận động đoàn viên, hội viên học tập suốt đời.',
  'Nơi nhận:',
];

describe('bodies announced before their duties', () => {
  it('gives the bullets to the bodies the paragraph names, the clause before them left out', () => {
    const tasks = read(part('Căn cứ nội dung kế hoạch và chức năng, nhiệm vụ được giao, các Sở, ban, ngành, Hội Khuyến học tỉnh, UBND các huyện, thành phố, các đơn vị liên quan có trách nhiệm:'));
    expect(tasks.map((t) => t.lead)).toEqual([
      ['các Sở, ban, ngành', 'Hội Khuyến học tỉnh', 'UBND các huyện, thành phố', 'các đơn vị liên quan'],
      ['các Sở, ban, ngành', 'Hội Khuyến học tỉnh', 'UBND các huyện, thành phố', 'các đơn vị liên quan'],
      ['Sở Giáo dục và Đào tạo'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội, xã hội nghề nghiệp trong tỉnh'],
    ]);
  });

  it.each([
    ['a paragraph naming no body', 'Căn cứ nội dung kế hoạch, việc triển khai có trách nhiệm:'],
    ['a paragraph announcing nothing', 'Các Sở, ban, ngành, UBND các huyện thực hiện nghiêm túc Kế hoạch.'],
    ['a sentence whose bodies do the work already', 'Các Sở, ban, ngành tổ chức triển khai và có trách nhiệm:'],
  ])('%s: its bullets go to no body', (_name, intro) => {
    expect(read(part(intro)).some((t) => t.content.startsWith('Quán triệt'))).toBe(false);
  });

  it('outside the closing part such a paragraph gives nothing', () => {
    const lines = part('Các Sở, ban, ngành, UBND các huyện có trách nhiệm:', 'II. NHIỆM VỤ, GIẢI PHÁP');
    expect(read(lines).some((t) => t.content.startsWith('Quán triệt'))).toBe(false);
  });

  it.each([
    ['3. Tổ chức tập huấn cho cán bộ, hội viên'],
    ['3. Tổ chức xã hội hóa các hoạt động học tập'],
  ])('"%s": the verb makes no heading', (heading) => {
    const lines = [...part('Các Sở, ban, ngành có trách nhiệm:').slice(0, 7), heading, ...part('x').slice(8)];
    expect(read(lines).some((t) => t.content.startsWith('Đẩy mạnh tuyên truyền'))).toBe(false);
  });
});
