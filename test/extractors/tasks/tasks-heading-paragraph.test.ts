// A body's heading followed by one paragraph instead of bullets, in a "Tổ chức thực hiện" whose
// other headings carry bullets: the paragraph is the body's one duty (a Word file's paragraphs come
// one a line; a web copy sets them apart with blank lines). A numbered name followed by prose
// with no list around it, or by prose and then bullets, stays a paragraph as before.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { holdParagraph } from '../../../extractors/tasks/heading-paragraph.js';
import { testContext } from '../context.js';

const PLAN = { date: '2022-03-31', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const BODY = [
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Thông tin và Truyền thông',
  '- Chủ trì tổ chức triển khai, hướng dẫn, đôn đốc việc thực hiện Kế hoạch này.',
  '- Thực hiện chế độ thông tin, báo cáo theo quy định.',
  '2. Bộ Kế hoạch và Đầu tư',
  'Bảo đảm nguồn kinh phí đầu tư phát triển thực hiện chính sách hỗ trợ cải thiện nhà ở.',
  '3. Đài Truyền thanh cấp xã',
  'Thực hiện tiếp âm đầy đủ chương trình phát thanh cấp trên; báo cáo kết quả thực hiện.',
  'Trong quá trình thực hiện nếu có vướng mắc đề nghị liên hệ với Sở Thông tin và Truyền thông.',
  'Nơi nhận:',
];

describe('a body heading with one paragraph beside headings with bullets', () => {
  it('gives the paragraph as the body\'s duty, lines one a paragraph', () => {
    const tasks = read(BODY);
    expect(tasks.map((t) => [t.lead, t.content, t.index])).toEqual([
      [['Sở Thông tin và Truyền thông'], 'Chủ trì tổ chức triển khai, hướng dẫn, đôn đốc việc thực hiện Kế hoạch này.', null],
      [['Sở Thông tin và Truyền thông'], 'Thực hiện chế độ thông tin, báo cáo theo quy định.', null],
      [['Bộ Kế hoạch và Đầu tư'], 'Bảo đảm nguồn kinh phí đầu tư phát triển thực hiện chính sách hỗ trợ cải thiện nhà ở.', '2'],
      [['Đài Truyền thanh cấp xã'], 'Thực hiện tiếp âm đầy đủ chương trình phát thanh cấp trên; báo cáo kết quả thực hiện.', '3'],
    ]);
  });

  it('reads the same with paragraphs set apart by blank lines, the plan\'s closing paragraph left out', () => {
    const spaced = BODY.flatMap((l) => [l, '']);
    expect(read(spaced).map((t) => t.content)).toEqual(read(BODY).map((t) => t.content));
  });

  it('a paragraph wrapped over lines is read whole', () => {
    const wrapped = [...BODY.slice(0, 5), 'Bảo đảm nguồn kinh phí đầu tư phát triển thực hiện', 'chính sách hỗ trợ cải thiện nhà ở.', ...BODY.slice(6)];
    expect(read(wrapped).find((t) => t.index === '2')?.content).toBe('Bảo đảm nguồn kinh phí đầu tư phát triển thực hiện chính sách hỗ trợ cải thiện nhà ở.');
  });

  it.each([
    ['no heading around carries bullets', ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', 'Bảo đảm kinh phí thực hiện Kế hoạch.', '2. Sở Nội vụ', 'Hướng dẫn các đơn vị thực hiện.', 'Nơi nhận:']],
    ['prose then bullets under the heading', ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', 'Tham mưu giúp UBND tỉnh công tác tài chính.', '- Bảo đảm kinh phí thực hiện.', '2. Sở Nội vụ', '- Hướng dẫn các đơn vị thực hiện.', 'Nơi nhận:']],
  ])('%s: the paragraph is no duty', (_name, lines) => {
    expect(read(lines).some((t) => t.lead.includes('Sở Tài chính'))).toBe(false);
  });
});

describe('holdParagraph', () => {
  it('joins a wrapped line, closes at a blank line or a sentence\'s end', () => {
    const first = holdParagraph(undefined, 'Bảo đảm nguồn kinh phí', 0, 10, false);
    expect(holdParagraph(first, 'thực hiện chính sách.', 11, 20, false)).toMatchObject({ text: 'Bảo đảm nguồn kinh phí thực hiện chính sách.', closed: true });
    expect(holdParagraph(first, 'Đoạn mới.', 11, 20, true)).toMatchObject({ text: 'Bảo đảm nguồn kinh phí', closed: true });
    const ended = holdParagraph(undefined, 'Một câu trọn.', 0, 10, false);
    expect(holdParagraph(ended, 'Câu sau', 11, 20, false).text).toBe('Một câu trọn.');
  });
});

describe('a long heading naming bodies in the closing part', () => {
  const LONG = '4. Văn phòng đại diện, Phóng viên thường trú của các cơ quan báo chí Trung ương tại tỉnh Hải Dương';
  const lines = (part: string) => [part, ...BODY.slice(1, 4), LONG, 'Chủ động nắm bắt thông tin từ các cơ quan chức năng của tỉnh để đăng, phát tin bài.', '5. Sở Nội vụ', '- Hướng dẫn các đơn vị thực hiện.', 'Nơi nhận:'];

  it('is a heading there, its paragraph the duty', () => {
    const task = read(lines('III. TỔ CHỨC THỰC HIỆN')).find((t) => t.index === '4');
    expect(task?.lead[0]).toBe('Văn phòng đại diện');
    expect(task?.content).toBe('Chủ động nắm bắt thông tin từ các cơ quan chức năng của tỉnh để đăng, phát tin bài.');
  });

  it('is no heading in another part', () => {
    expect(read(lines('II. NỘI DUNG')).some((t) => t.index === '4')).toBe(false);
  });
});
