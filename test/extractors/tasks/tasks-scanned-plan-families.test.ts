// Task rows of scanned provincial plans (heldout-fresh14-scans families 2 and 3), as OCR reads them:
// - body items "2.1. …" with "- Cơ quan chủ trì / phối hợp / Thời gian thực hiện / Nguồn kinh phí"
//   labels: an item number read with a comma ("2,5.", ". 3,2."), a page's number alone before an item
//   ("2" / "1.4. …"), a partner list wrapped onto the next line mid-name ("…; Ban" / "Biên tập …"),
//   ";" read as ":" between two leads, a deadline with its appendix note and "G1ai đoạn";
// - duties by body in the closing part: bodies' headings with plain paragraphs, a heading naming
//   the bodies by what they lead ("Các cơ quan chủ trì các dự án …"), and an item announcing the
//   bodies below it ("Các sở, ngành sau đây …") over lettered items "a) Sở Tài chính: …" whose letters
//   OCR misreads ("6)" for "c)", "đ)" for "d)").
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { withItemNumberPoint, withLetterSequence } from '../../../extractors/tasks/ocr-prose.js';
import { cutMidPhrase, ocrDeadline } from '../../../extractors/tasks/prose-list.js';
import { testContext } from '../context.js';

const PLAN = { date: '2016-12-30', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

type Origin = { ocr: boolean; typed: boolean };
const SCAN: Origin = { ocr: true, typed: false };

function read(text: string, origin: Origin = SCAN) {
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), ...origin });
}

const BODY_ITEMS = [
  'III. NHIỆM VỤ',
  '1. Tuyên truyền, tập huấn nâng cao nhận thức',
  '1.1. Mỗi năm xây dựng 01 phóng sự về hoạt động ứng dụng CNTT.',
  '- Cơ quan chủ trì: Sở Thông tin và Truyền thông',
  '- Cơ quan phối hợp: Báo Hà Tĩnh, Đài Phát thanh và Truyền hình tỉnh; Ban',
  'Biên tập Cổng Thông tin điện tử tỉnh, và các đơn vị liên quan.',
  '- Thời gian thực hiện: G1ai đoạn 2017-2020 (có phụ lục chi tiết kèm theo).',
  '- Nguồn kinh phí: Ngân sách tỉnh.',
  '1.2. Tổ chức tập huấn cho người dân tại các xã, phường, thị trấn.',
  '- Cơ quan chủ trì: Sở Thông tin và Truyền thông: UBND cấp huyện.',
  '- Cơ quan phối hợp: UBND cấp xã và các đơn vị liên quan.',
  '- Thời gian thực hiện: Năm 2017.',
  '- Nguồn kinh phí: Ngân sách tỉnh.',
  '2',
  '1.3. Đào tạo bồi dưỡng Lãnh đạo CIO và đội ngũ chuyên trách CNTT.',
  '- Cơ quan chủ trì: Sở Thông tin và Truyền thông.',
  '- Cơ quan phối hợp: Ban Biên tập Cổng TTĐT tỉnh, các cơ quan theo quy định ban hành kèm theo',
  'Quyết định số 13/2012/QĐ-UBND ngày 6/4/2012 của UBND tỉnh.',
  '- Thời gian thực hiện: Năm 2018.',
  '- Nguồn kinh phí: Ngân sách tỉnh.',
  '. 1,4. Nâng cấp Sàn giao dịch thương mại điện tử tỉnh.',
  '- Cơ quan chủ trì: Sở Thông tin và Truyền thông.',
  '- Cơ quan phối hợp: Sở Công thương và các đơn vị liên quan.',
  '- Thời gian thực hiện: Năm 2019.',
  '- Nguồn kinh phí: Ngân sách tỉnh.',
  '_- Tổ chức Hội nghị đánh giá giữa kỳ, cuối kỳ của việc thực hiện Kế hoạch.',
  '- Cơ quan chủ trì: Sở Thông tin và Truyền thông.',
  '- Cơ quan phối hợp: Các đơn vị liên quan.',
  '- Thời gian thực hiện: Năm 2020.',
  '- Nguồn kinh phí: Ngân sách tỉnh.',
].join('\n');

describe('body items with labels, as OCR reads them off a scan', () => {
  const tasks = read(BODY_ITEMS);
  it('one row an item: the comma-read number, the page number and the wrapped partner line give no rows of their own', () => {
    expect(tasks.map((t) => [t.index, t.content.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['1.1', 'Mỗi năm xây'],
      ['1.2', 'Tổ chức tập'],
      ['1.3', 'Đào tạo bồi'],
      ['1.4', 'Nâng cấp Sàn'],
      [null, 'Tổ chức Hội'],
    ]);
  });
  it('a partner list wrapped mid-name goes on; ";" read as ":" parts two leads; the deadline keeps its appendix note, its range read past it', () => {
    expect(tasks[0]!.support).toEqual(['Báo Hà Tĩnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Ban Biên tập Cổng Thông tin điện tử tỉnh', 'các đơn vị liên quan']);
    expect(tasks[0]!.deadline).toEqual({ text: 'Giai đoạn 2017-2020 (có phụ lục chi tiết kèm theo)', start: '2017', end: '2020', recurring: false });
    expect(tasks[1]!.lead).toEqual(['Sở Thông tin và Truyền thông', 'UBND cấp huyện']);
    expect(tasks[2]!.support.at(-1)).toMatch(/kèm theo Quyết định số 13\/2012\/QĐ-UBND/);
  });
  // Typed (Word, RTF, a web page) and a text layer no OCR engine wrote (.txt, .md, a born-digital PDF): no OCR repair.
  it.each([
    ['typed', { ocr: false, typed: true }],
    ['plain text, not OCR', { ocr: false, typed: false }],
  ] as const)('%s keeps its lines as written', (_, origin) => {
    const read1 = read(BODY_ITEMS, origin);
    expect(read1.map((t) => t.deadline?.text)).toContain('G1ai đoạn 2017-2020 (có phụ lục chi tiết kèm theo)');
    expect(read1.find((t) => t.index === '1.2')?.lead).toEqual(['Sở Thông tin và Truyền thông: UBND cấp huyện']);
    expect(read1[0]!.support.at(-1)).toBe('Ban');
    expect(read1.map((t) => t.index)).not.toContain('1.4');
  });
  it('plain text, not OCR: a lead naming a body and its unit after a colon stays one, the deadline as printed', () => {
    const text = [
      'III. NHIỆM VỤ',
      '1.1. Mỗi năm xây dựng 01 phóng sự về hoạt động ứng dụng CNTT.',
      '- Cơ quan chủ trì: Sở Thông tin và Truyền thông',
      '- Thời gian thực hiện: Giai đoạn 2017-2020 (có phụ lục chi tiết kèm theo).',
      '1.2. Tổ chức tập huấn cho người dân tại các xã, phường, thị trấn.',
      '- Cơ quan chủ trì: Sở Y tế: Trung tâm Kiểm soát bệnh tật tỉnh.',
      '- Thời gian thực hiện: Năm 2017.',
    ].join('\n');
    const plain = read(text, { ocr: false, typed: false });
    expect(plain.map((t) => [t.index, t.lead, t.deadline?.text])).toEqual([
      ['1.1', ['Sở Thông tin và Truyền thông'], 'Giai đoạn 2017-2020 (có phụ lục chi tiết kèm theo)'],
      ['1.2', ['Sở Y tế: Trung tâm Kiểm soát bệnh tật tỉnh'], 'Năm 2017'],
    ]);
  });
});

describe('line repairs', () => {
  it.each([
    ['2,5. Nâng cấp Sàn giao dịch', '2.5. Nâng cấp Sàn giao dịch'],
    ['. 3,2. Ban hành Quy chế', '3.2. Ban hành Quy chế'],
    ['2,5 triệu đồng', '2,5 triệu đồng'],
    ['1,5. tỷ', '1,5. tỷ'],
  ])('withItemNumberPoint %s → %s', (text, out) => {
    expect(withItemNumberPoint({ text, start: 0 }).text).toBe(out);
  });
  it('withLetterSequence: a figure where the next letter comes, and "đ" where "d" comes, are that letter', () => {
    const lines = ['a) Sở Tài chính: Tổng hợp.', 'b) Sở Nội vụ: Tổ chức.', '6) Sở Kế hoạch và Đầu tư: Tham mưu.', '5', 'đ) Văn phòng UBND tỉnh: Phối hợp.', 'e) Sở Y tế: Chủ trì.'];
    expect(withLetterSequence(lines.map((text) => ({ text, start: 0 }))).map((l) => l.text.slice(0, 2))).toEqual(['a)', 'b)', 'c)', '5', 'd)', 'e)']);
    // No lettered item before: a figure stays a figure.
    expect(withLetterSequence([{ text: '6) Sở Y tế: Chủ trì.', start: 0 }])[0]!.text).toBe('6) Sở Y tế: Chủ trì.');
  });
  it.each([
    ['- Cơ quan phối hợp: Báo Hà Tĩnh; Ban', true],
    ['- Cơ quan phối hợp: các cơ quan ban hành kèm theo', true],
    ['- Thời gian thực hiện: Quý I, II', false],
    ['- Cơ quan chủ trì: Sở Thông tin và Truyền thông', false],
    ['- Cơ quan phối hợp: Sở Tư pháp, Sở Nội vụ', false],
  ])('cutMidPhrase %s → %s', (line, cut) => {
    expect(cutMidPhrase(line)).toBe(cut);
  });
  it.each([
    ['Giai đoạn 2017-2020 (có phụ lục chi tiết kèm theo)', 'Giai đoạn 2017-2020 (có phụ lục chi tiết kèm theo)'],
    ['G1ai đoạn 2018-2020 (có phu lục chỉ tiết kèm the)', 'Giai đoạn 2018-2020 (có phu lục chỉ tiết kèm the)'],
    ['Năm 2017 (dự kiến)', 'Năm 2017 (dự kiến)'],
  ])('ocrDeadline %s → %s', (value, out) => {
    expect(ocrDeadline(value)).toBe(out);
  });
});

const DUTIES = [
  'V. TỔ CHỨC THỰC HIỆN',
  '1. Các Sở, ban, ngành cấp tỉnh; UBND cấp huyện',
  'Căn cứ nội dung của Kế hoạch này để xây dựng Kế hoạch ứng dụng CNTT năm 2017 của đơn vị mình.',
  'Cân đối nguồn kinh phí để thực hiện kế hoạch, chương trình, dự án cụ thể.',
  '2. Các cơ quan chủ trì các dự án, nhiệm vụ được nêu trong Kế hoạch',
  'Có trách nhiệm tổ chức xây dựng, phê duyệt và triển khai các dự án, nhiệm vụ được giao.',
  '3. Sở Thông tin và Truyền thông',
  'Chủ trì tổ chức triển khai thực hiện Kế hoạch này.',
  'Định kỳ 6 tháng 1 lần tổng hợp báo cáo UBND tỉnh.',
  'Phối hợp với các ngành liên quan tham mưu cho UBND tỉnh thu hút nguồn lực.',
  '4. Các sở, ngành sau đây có trách nhiệm chủ trì và phối hợp với Sở',
  'Thông tin và Truyền thông thực hiện các nhiệm vụ',
  'a) Sở Tài chính: Tổng hợp, trình cấp có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch.',
  'b) Sở Nội vụ: Tổ chức xây dựng và thực hiện các giải pháp cải cách hành chính.',
  '6) Sở Kế hoạch và Đầu tư: Tham mưu, trình UBND tỉnh bố trí vốn đầu tư phát triển.',
  '5',
  'đ) Văn phòng UBND tỉnh: Phối hợp với Sở Thông tin và Truyền thông trong việc kiểm tra, giám sát.',
  'Nơi nhận:',
  '- Các sở, ban, ngành cấp tỉnh;',
].join('\n');

describe('duties by body in the closing part of a scanned plan', () => {
  it('plain text, not OCR: list letters stay as written', () => {
    const plain = read(DUTIES, { ocr: false, typed: false });
    expect(plain.map((t) => t.index)).toEqual(expect.arrayContaining(['6', 'đ']));
    expect(plain.map((t) => t.index)).not.toContain('4.c');
  });
  it('every paragraph under a body\'s heading and every lettered body is a row', () => {
    const tasks = read(DUTIES);
    expect(tasks.map((t) => [t.index, t.lead.join(' | '), t.content.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['1', 'Các Sở, ban, ngành cấp tỉnh | UBND cấp huyện', 'Căn cứ nội'],
      ['1', 'Các Sở, ban, ngành cấp tỉnh | UBND cấp huyện', 'Cân đối nguồn'],
      ['2', 'Các cơ quan chủ trì các dự án, nhiệm vụ được nêu trong Kế hoạch', 'Có trách nhiệm'],
      ['3', 'Sở Thông tin và Truyền thông', 'Chủ trì tổ'],
      ['3', 'Sở Thông tin và Truyền thông', 'Định kỳ 6'],
      ['3', 'Sở Thông tin và Truyền thông', 'Phối hợp với'],
      ['4.a', 'Sở Tài chính', 'Tổng hợp, trình'],
      ['4.b', 'Sở Nội vụ', 'Tổ chức xây'],
      ['4.c', 'Sở Kế hoạch và Đầu tư', 'Tham mưu, trình'],
      ['4.d', 'Văn phòng UBND tỉnh', 'Phối hợp với'],
    ]);
  });
});
