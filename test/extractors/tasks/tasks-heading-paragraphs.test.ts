// Bodies' headings in a plan's "Tổ chức thực hiện" followed by paragraphs of their own rather than
// bullets, as Word files and web copies of PDFs print them (one paragraph a line):
// - "4. Sở Lao động - Thương binh và Xã hội" / "Chủ trì, phối hợp với …": a heading and its duty,
//   not one sentence whose subject is the body (assignments.ts would read two such items as a
//   list of assignments and hide the headings' list);
// - two or three paragraphs under one heading, another heading after them: each is a duty; under
//   the part's last heading a later paragraph stays the plan's closing;
// - "+" items that a duty announces ("… Cụ thể:") belong to it; a numbered sentence that heads
//   numbered sub-items ("2. Các đơn vị phối hợp thực hiện" / "2.1. Đề nghị Sở …") is no duty.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { holdParagraph } from '../../../extractors/tasks/heading-paragraph.js';
import { namesUnit } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const PLAN = { date: '2022-08-17', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};
const rows = (lines: string[]) => read(lines).map((t) => [t.index, t.lead, t.content.slice(0, 30)]);

const PART = [
  'V. TỔ CHỨC THỰC HIỆN',
  '1. Sở Giáo dục và Đào tạo',
  '- Chủ trì đánh giá hiệu quả hoạt động của các trung tâm học tập cộng đồng.',
  '- Chỉ đạo các cơ sở giáo dục tổ chức triển khai.',
  '2. Sở Lao động - Thương binh và Xã hội',
  'Chủ trì, phối hợp với các sở, ngành có liên quan cụ thể hóa Kế hoạch này;',
  'Tổ chức lồng ghép việc thực hiện kế hoạch vào kế hoạch giáo dục nghề nghiệp hằng năm.',
  '3. Sở Thông tin và Truyền thông',
  'Phối hợp với Hội Khuyến học tỉnh triển khai kế hoạch truyền thông.',
  'Chỉ đạo các cơ quan báo chí thông tin, tuyên truyền về Chương trình.',
  '4. Sở Tài chính',
  'Tổng hợp, tham mưu bố trí kinh phí thực hiện chương trình theo quy định của pháp luật',
  'Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn cơ chế quản lý tài chính.',
  '5. Sở Nội vụ',
  'Tham mưu xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ, công chức.',
  'Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Hội Khuyến học tỉnh.',
  'Nơi nhận:',
];

describe('bodies\' headings with paragraphs of their own', () => {
  it('reads each paragraph under a heading that another heading follows as its duty', () => {
    expect(rows(PART)).toEqual([
      [null, ['Sở Giáo dục và Đào tạo'], 'Chủ trì đánh giá hiệu quả hoạt'],
      [null, ['Sở Giáo dục và Đào tạo'], 'Chỉ đạo các cơ sở giáo dục tổ '],
      ['2', ['Sở Lao động - Thương binh và Xã hội'], 'Chủ trì, phối hợp với các sở, '],
      ['2', ['Sở Lao động - Thương binh và Xã hội'], 'Tổ chức lồng ghép việc thực hi'],
      ['3', ['Sở Thông tin và Truyền thông'], 'Phối hợp với Hội Khuyến học tỉ'],
      ['3', ['Sở Thông tin và Truyền thông'], 'Chỉ đạo các cơ quan báo chí th'],
      ['4', ['Sở Tài chính'], 'Tổng hợp, tham mưu bố trí kinh'],
      ['4', ['Sở Tài chính'], 'Chủ trì, phối hợp với các cơ q'],
      // The last heading's later paragraph is the plan's closing.
      ['5', ['Sở Nội vụ'], 'Tham mưu xây dựng kế hoạch đào'],
    ]);
  });

  it('reads the same with the paragraphs set apart by blank lines', () => {
    const spaced = PART.flatMap((l) => [l, '']);
    expect(rows(spaced)).toEqual(rows(PART));
  });

  it('joins a paragraph wrapped onto a line in small letters', () => {
    const wrapped = [...PART.slice(0, 9), 'Chỉ đạo các cơ quan báo chí thông tin,', 'tuyên truyền về Chương trình.', ...PART.slice(10)];
    const tasks = read(wrapped).filter((t) => t.index === '3');
    expect(tasks.map((t) => t.content)).toEqual([
      'Phối hợp với Hội Khuyến học tỉnh triển khai kế hoạch truyền thông.',
      'Chỉ đạo các cơ quan báo chí thông tin, tuyên truyền về Chương trình.',
    ]);
  });

  it.each([
    // "2. Sở … chủ trì, phối hợp với …" on one line: the body is the subject, the item one sentence.
    ['the body and its verb on one line', ['V. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính chủ trì, phối hợp với các sở, ngành bố trí kinh phí thực hiện.', '2. Sở Nội vụ chủ trì, phối hợp với các đơn vị hướng dẫn thực hiện.', 'Nơi nhận:']],
    // A sentence wrapped after the name goes on in small letters: still one item.
    ['a sentence wrapped after the name', ['V. TỔ CHỨC THỰC HIỆN', '1. Giao Sở Tài chính', 'chủ trì, phối hợp với các sở, ngành bố trí kinh phí thực hiện.', '2. Giao Sở Nội vụ', 'chủ trì, phối hợp với các đơn vị hướng dẫn thực hiện.', 'Nơi nhận:']],
  ])('%s: an assignment whose subject is the body, read whole', (_name, lines) => {
    const tasks = read(lines);
    expect(tasks.map((t) => t.lead)).toEqual([['Sở Tài chính'], ['Sở Nội vụ']]);
    expect(tasks.every((t) => !/^(?:chủ trì|Chủ trì)/u.test(t.content))).toBe(true);
  });

  it('a heading alone with paragraphs, no list around it, gives no duties', () => {
    expect(read(['V. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', 'Bảo đảm kinh phí thực hiện Kế hoạch.', 'Tham mưu bố trí kinh phí hằng năm.', 'Nơi nhận:'])).toEqual([]);
  });
});

describe('items a duty announces and headings over numbered sub-items', () => {
  const LIST = [
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Sở Thông tin và Truyền thông',
    '- Chủ trì, phối hợp với các doanh nghiệp viễn thông rà soát hạ tầng.',
    '- Giám sát, tổng hợp, báo cáo kết quả thực hiện Chương trình.',
    '2. Các đơn vị phối hợp thực hiện',
    '2.1. Đề nghị Sở Lao động - Thương binh và Xã hội',
    '- Cung cấp danh sách hộ nghèo, hộ cận nghèo theo từng quý.',
    '- Xác định thứ tự ưu tiên hộ gia đình được nhận máy tính bảng. Cụ thể:',
    '+ Hộ nghèo đồng thời là gia đình chính sách;',
    '+ Hộ cận nghèo.',
    '2.2. Đề nghị Sở Giáo dục và Đào tạo',
    'Phối hợp cung cấp số lượng hộ nghèo đã được hỗ trợ máy tính từ các nguồn khác.',
    '3. Cổng Thông tin điện tử tỉnh, Báo Hải Dương',
    'Tăng cường công tác thông tin tuyên truyền về Chương trình.',
    'Nơi nhận:',
  ];

  it('keeps the announced "+" items inside their duty, drops the heading over sub-items and reads the portal as a body', () => {
    expect(rows(LIST)).toEqual([
      [null, ['Sở Thông tin và Truyền thông'], 'Chủ trì, phối hợp với các doan'],
      [null, ['Sở Thông tin và Truyền thông'], 'Giám sát, tổng hợp, báo cáo kế'],
      [null, ['Sở Lao động - Thương binh và Xã hội'], 'Cung cấp danh sách hộ nghèo, h'],
      [null, ['Sở Lao động - Thương binh và Xã hội'], 'Xác định thứ tự ưu tiên hộ gia'],
      ['2.2', ['Sở Giáo dục và Đào tạo'], 'Phối hợp cung cấp số lượng hộ '],
      ['3', ['Cổng Thông tin điện tử tỉnh', 'Báo Hải Dương'], 'Tăng cường công tác thông tin '],
    ]);
  });

  it('"+" items under a duty that announces nothing are duties of their own', () => {
    const plain = [...LIST.slice(0, 7), '- Xác định thứ tự ưu tiên hộ gia đình được nhận máy tính bảng.', ...LIST.slice(8)];
    expect(read(plain).filter((t) => t.lead.includes('Sở Lao động - Thương binh và Xã hội'))).toHaveLength(4);
  });

  it('a sentence with no numbered sub-items below it stays a duty beside the headings', () => {
    const lines = ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông', '- Chủ trì rà soát hạ tầng viễn thông.', '2. Các đơn vị liên quan phối hợp thực hiện Kế hoạch này.', '3. Sở Tài chính', '- Bố trí kinh phí thực hiện.', 'Nơi nhận:'];
    expect(read(lines).map((t) => t.lead)).toContainEqual(['Các đơn vị liên quan']);
  });
});

describe('namesUnit: a report is no newspaper, the portal is a body', () => {
  it.each([
    ['Báo cáo định kỳ 6 tháng về Hội Khuyến học tỉnh', false],
    ['Báo cáo', false],
    ['Báo Hải Dương', true],
    ['Báo Công an nhân dân', true],
    ['Cổng Thông tin điện tử tỉnh', true],
    ['Cống thoát nước', false],
  ])('%s → %s', (text, expected) => {
    expect(namesUnit(text)).toBe(expected);
  });

  it('a bullet opening "Báo cáo định kỳ …" under a topic is no body\'s duty', () => {
    const lines = ['V. TỔ CHỨC THỰC HIỆN', '1. Trách nhiệm chung', '- Báo cáo định kỳ 6 tháng, hằng năm về Hội Khuyến học tỉnh.', '2. Sở Nội vụ', '- Tham mưu đào tạo cán bộ.', '3. Sở Tài chính', '- Bố trí kinh phí.', 'Nơi nhận:'];
    expect(read(lines).some((t) => t.lead.includes('Báo cáo'))).toBe(false);
  });
});

describe('holdParagraph keeps later paragraphs apart', () => {
  it.each([
    ['after a sentence\'s end', 'Một câu trọn.', false],
    ['after a blank line', 'Câu chưa hết', true],
    ['after a ";"', 'Vế thứ nhất;', false],
  ])('%s, a line in capitals opens a paragraph of its own', (_name, first, blank) => {
    const held = holdParagraph(holdParagraph(undefined, first, 0, 10, false), 'Đoạn sau.', 11, 20, blank);
    expect(held).toMatchObject({ text: first, closed: true, rest: [{ text: 'Đoạn sau.' }] });
  });

  it('a duty\'s verb in capitals opens a paragraph even after a line without a stop', () => {
    const held = holdParagraph(holdParagraph(undefined, 'Tham mưu bố trí kinh phí theo quy định', 0, 10, false), 'Chủ trì, phối hợp hướng dẫn.', 11, 20, false);
    expect(held.rest?.map((p) => p.text)).toEqual(['Chủ trì, phối hợp hướng dẫn.']);
  });

  it.each([
    ['a line in small letters', 'Tham mưu bố trí kinh phí theo', 'quy định của pháp luật.'],
    ['a name in capitals after an open line', 'Phối hợp với Sở Văn hóa và', 'Thể thao tổ chức.'],
  ])('%s goes on the paragraph', (_name, first, next) => {
    const held = holdParagraph(holdParagraph(undefined, first, 0, 10, false), next, 11, 20, false);
    expect(held.text).toBe(`${first} ${next}`);
    expect(held.rest ?? []).toEqual([]);
  });
});
