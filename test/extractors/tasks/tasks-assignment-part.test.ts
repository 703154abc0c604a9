// A plan's part that assigns the work ("IV. PHÂN CÔNG NHIỆM VỤ", "Phân công thực hiện") reads its
// bodies' headings as the closing "Tổ chức thực hiện" does: a heading alone on its line may name a
// long body or several ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị -
// xã hội:"), and "Doanh nghiệp, cộng đồng, tổ chức, cá nhân:" names kinds of body, not the verb
// "tổ chức". Its numbered topics ("2. Lãnh đạo, chỉ đạo rà soát …") stay topics.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2025-11-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};
const rows = (lines: string[]) => read(lines).map((t) => [t.index, t.lead, t.content]);

const part = (title: string) => [
  title,
  '1. Sở Công Thương:',
  '- Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ.',
  '- Phân bổ hàng hóa theo đúng mức độ thiệt hại.',
  '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:',
  '- Xây dựng kế hoạch cụ thể phân phối, cấp phát hàng hóa cứu trợ.',
  '- Tăng cường tuyên truyền ý nghĩa cuộc vận động.',
  '3. Doanh nghiệp, cộng đồng, tổ chức, cá nhân:',
  'Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho nhân dân bị ảnh hưởng mưa lũ.',
  'Nơi nhận:',
];

const EXPECTED = [
  [null, ['Sở Công Thương'], 'Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ.'],
  [null, ['Sở Công Thương'], 'Phân bổ hàng hóa theo đúng mức độ thiệt hại.'],
  [null, ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'], 'Xây dựng kế hoạch cụ thể phân phối, cấp phát hàng hóa cứu trợ.'],
  [null, ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'], 'Tăng cường tuyên truyền ý nghĩa cuộc vận động.'],
  ['3', ['Doanh nghiệp, cộng đồng, tổ chức, cá nhân'], 'Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho nhân dân bị ảnh hưởng mưa lũ.'],
];

describe('the part that assigns the work', () => {
  it.each([['IV. PHÂN CÔNG NHIỆM VỤ'], ['IV. TỔ CHỨC THỰC HIỆN'], ['III. Phân công thực hiện']])('%s: long and collective headings are bodies', (title) => {
    expect(rows(part(title))).toEqual(EXPECTED);
  });

  it('keeps the tight limit in a part of tasks by topic: a long line is no body there', () => {
    const topics = part('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(rows(topics).map((r) => r[1])).not.toContainEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội']);
  });

  it('reads a numbered topic of the part as no body doing its duty', () => {
    const lines = [
      'II. PHÂN CÔNG NHIỆM VỤ',
      '1. Tuyên truyền, quán triệt, nâng cao nhận thức về phát triển khoa học, công nghệ',
      '- Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan tổ chức phổ biến, quán triệt Nghị quyết.',
      '2. Lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, công nghệ; tăng cường giám sát.',
      '- Khẩn trương tổ chức rà soát, nhận diện các khó khăn, vướng mắc về pháp luật.',
      'III. TỔ CHỨC THỰC HIỆN',
    ];
    expect(read(lines).flatMap((t) => t.lead)).not.toContain('Lãnh đạo, chỉ đạo');
  });

  it.each([
    [['I. MỤC TIÊU', '1. Doanh nghiệp nhỏ và vừa:', '- Phấn đấu đến năm 2025 có 500 doanh nghiệp được hỗ trợ.', '- Tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 50%.']],
    [['II. ĐỐI TƯỢNG', '1. Doanh nghiệp:', '- Doanh nghiệp có trụ sở trên địa bàn tỉnh.', '- Hộ kinh doanh chuyển lên doanh nghiệp.']],
  ])('businesses the plan serves, outside the assigning part, are no body: %#', (lines) => {
    const closing = ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Kế hoạch và Đầu tư:', '- Chủ trì theo dõi, đôn đốc.', '- Tổng hợp kết quả.', '2. Sở Tài chính:', '- Bố trí kinh phí.', '- Hướng dẫn thanh quyết toán.', 'Nơi nhận:'];
    expect([...new Set(read([...lines, ...closing]).flatMap((t) => t.lead))]).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']);
  });

  it.each([
    // "tổ chức" as the work stays a duty: no heading, no body.
    ['3. Phòng Văn hóa tổ chức, phối hợp các đơn vị:'],
    ['3. Các đơn vị tổ chức hội nghị:'],
  ])('%s: "tổ chức" as a verb names no body', (line) => {
    const lines = [...part('IV. PHÂN CÔNG NHIỆM VỤ').slice(0, 7), line, '- Báo cáo kết quả về Sở.', 'Nơi nhận:'];
    expect(read(lines).flatMap((t) => t.lead)).not.toContain(line.slice(3, -1));
  });
});
