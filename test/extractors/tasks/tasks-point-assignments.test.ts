// Lettered items assigned afterwards, point by point ("* Phân công thực hiện: - X chủ trì phối hợp
// với Y thực hiện nội dung điểm a, c."), and the plan a decision carries after its own articles.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { attachedPlanStart } from '../../../extractors/tasks/attached-plan.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { testContext } from '../context.js';

const KH = { date: '2013-07-05', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const QD = { date: '2013-07-05', title: null, type: 'Quyết định', typeCode: 'QĐ' } as DocumentInfo;
const CT = { date: '2013-07-05', title: null, type: 'Chỉ thị', typeCode: 'CT' } as DocumentInfo;

function read(body: string[], document: DocumentInfo = KH) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document, sections: [], typed: true });
}

const brief = (t: ReturnType<typeof read>[number]) => ({ index: t.index, section: t.section, content: t.content, lead: t.lead, support: t.support });

const PART = [
  'II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN',
  '1. Tăng cường công tác tuyên truyền, phổ biến pháp luật:',
  'a) Chủ động, tích cực tổ chức quán triệt, phổ biến Nghị quyết đến cán bộ, đảng viên.',
  'b) Tăng cường công tác tuyên truyền về chế độ, chính sách bảo hiểm y tế trên các phương tiện thông tin.',
  'c) Tích cực vận động nhân dân tham gia bảo hiểm xã hội, bảo hiểm y tế.',
  'đ) Kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm pháp luật về bảo hiểm y tế.',
  '* Phân công thực hiện:',
  '- Bảo hiểm xã hội thành phố, Ủy ban nhân dân các quận, huyện thực hiện nội dung điểm a, c.',
  '- Bảo hiểm xã hội thành phố chủ trì phối hợp với Sở Y tế, Liên đoàn Lao động thành phố thực hiện nội dung điểm b, đ.',
];

describe('lettered items assigned point by point', () => {
  it('gives each named item its bodies: all lead without "chủ trì", partners after "phối hợp với"', () => {
    expect(read(PART).map(brief)).toEqual([
      { index: 'a', section: 'Tăng cường công tác tuyên truyền, phổ biến pháp luật', content: 'Chủ động, tích cực tổ chức quán triệt, phổ biến Nghị quyết đến cán bộ, đảng viên', lead: ['Bảo hiểm xã hội thành phố', 'Ủy ban nhân dân các quận, huyện'], support: [] },
      { index: 'b', section: 'Tăng cường công tác tuyên truyền, phổ biến pháp luật', content: 'Tăng cường công tác tuyên truyền về chế độ, chính sách bảo hiểm y tế trên các phương tiện thông tin', lead: ['Bảo hiểm xã hội thành phố'], support: ['Sở Y tế', 'Liên đoàn Lao động thành phố'] },
      { index: 'c', section: 'Tăng cường công tác tuyên truyền, phổ biến pháp luật', content: 'Tích cực vận động nhân dân tham gia bảo hiểm xã hội, bảo hiểm y tế', lead: ['Bảo hiểm xã hội thành phố', 'Ủy ban nhân dân các quận, huyện'], support: [] },
      { index: 'đ', section: 'Tăng cường công tác tuyên truyền, phổ biến pháp luật', content: 'Kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm pháp luật về bảo hiểm y tế', lead: ['Bảo hiểm xã hội thành phố'], support: ['Sở Y tế', 'Liên đoàn Lao động thành phố'] },
    ]);
  });

  it.each([
    ['"điểm d" of a list printed "d, đ" stays "d"', ['a) Củng cố mạng lưới y tế trường học tại các trường.', 'd) Rà soát trụ sở làm việc của các cơ quan.', 'đ) Mở rộng đại lý thu bảo hiểm tại cơ sở.', 'Phân công thực hiện:', '- Sở Y tế, Bảo hiểm xã hội thành phố phối hợp Sở Giáo dục và Đào tạo thực hiện điểm d.'], [['d', ['Sở Y tế', 'Bảo hiểm xã hội thành phố'], ['Sở Giáo dục và Đào tạo']]]],
    ['"các điểm a và b", the block headed "Phân công nhiệm vụ"', ['a) Tổ chức hội nghị quán triệt kế hoạch.', 'b) Xây dựng chuyên mục tuyên truyền trên báo.', 'Phân công nhiệm vụ:', '- Sở Văn hóa và Thể thao chủ trì thực hiện các điểm a và b.'], [['a', ['Sở Văn hóa và Thể thao'], []], ['b', ['Sở Văn hóa và Thể thao'], []]]],
    ['a letter named by two bullets gathers both bodies', ['a) Tổ chức kiểm tra việc thực hiện chính sách.', 'Phân công thực hiện:', '- Sở Y tế chủ trì thực hiện nội dung điểm a.', '- Sở Tài chính chủ trì thực hiện nội dung điểm a.'], [['a', ['Sở Y tế', 'Sở Tài chính'], []]]],
  ] as const)('%s', (_name, body, expected) => {
    expect(read([...body]).map((t) => [t.index, t.lead, t.support])).toEqual(expected);
  });

  it('reads the block in a directive too: the block names each item its bodies', () => {
    expect(read(PART, CT)).toHaveLength(4);
  });

  it.each([
    ['no block: lettered items alone are no tasks', ['1. Mục tiêu:', 'a) Nâng cao nhận thức của người dân.', 'b) Tăng tỷ lệ tham gia bảo hiểm y tế.']],
    ['a bullet naming no point', ['a) Tổ chức hội nghị quán triệt kế hoạch.', 'Phân công thực hiện:', '- Sở Y tế chủ trì tổ chức thực hiện.']],
    ['a point no item above has', ['a) Tổ chức hội nghị quán triệt kế hoạch.', 'Phân công thực hiện:', '- Sở Y tế chủ trì thực hiện nội dung điểm c.']],
    ['points of an earlier numbered item are not this one\'s', ['1. Tuyên truyền:', 'a) Tổ chức hội nghị quán triệt kế hoạch.', '2. Kiểm tra:', 'Phân công thực hiện:', '- Sở Y tế chủ trì thực hiện nội dung điểm a.']],
    ['a sentence in the body citing "điểm a" is no block', ['a) Tổ chức hội nghị quán triệt kế hoạch.', 'Các đơn vị thực hiện nội dung điểm a theo quy định.']],
  ] as const)('%s', (_name, body) => {
    expect(read([...body], { ...KH, typeCode: 'TB', type: 'Thông báo' } as DocumentInfo)).toEqual([]);
  });
});

const DECISION = [
  'QUYẾT ĐỊNH:',
  'Điều 1. Nay ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình hành động.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'KT. CHỦ TỊCH',
  'KẾ HOẠCH',
  'THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ BẢO HIỂM Y TẾ',
  '(Ban hành kèm Quyết định số 3651/QĐ-UBND ngày 05 tháng 7 năm 2013 của Ủy ban nhân dân thành phố)',
  'I. MỤC TIÊU',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội thành phố tổ chức kiểm tra việc thực hiện kế hoạch.',
  '2. Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch, hoàn thành trong quý III năm 2013.',
];

describe('the plan a decision carries', () => {
  it('finds the plan by its title line and the caption below it', () => {
    const text = DECISION.join('\n');
    expect(attachedPlanStart(foldVietnamese(text))).toBe(text.indexOf('KẾ HOẠCH\n'));
  });

  it('reads the carried plan\'s assignments as a plan\'s', () => {
    expect(read(DECISION, QD).map((t) => [t.index, t.lead, t.support])).toEqual([
      ['1', ['Sở Y tế'], ['Bảo hiểm xã hội thành phố']],
      ['2', ['Sở Tài chính'], []],
    ]);
  });

  it.each([
    ['a decision naming a plan in its articles carries none', ['Điều 1. Ban hành Kế hoạch kèm theo Quyết định này.', 'Điều 2. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.']],
    ['a title line with no caption under it', ['KẾ HOẠCH', 'Tổ chức hội nghị', '1. Giao Sở Y tế chủ trì tổ chức kiểm tra.', '2. Giao Sở Tài chính chủ trì bố trí kinh phí.']],
    ['a caption under no title line', ['Điều 1. Phê duyệt.', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/02/2020)']],
  ] as const)('%s', (_name, body) => {
    expect(attachedPlanStart(foldVietnamese(body.join('\n')))).toBeNull();
    expect(read([...body], QD)).toEqual([]);
  });
});

describe('"Giao <bodies> <work>" without "chủ trì"', () => {
  it('reads the bodies up to the work, and a scope after a body is no part of it', () => {
    const tasks = read([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Giao Bảo hiểm xã hội thành phố làm đầu mối triển khai thực hiện Kế hoạch; tổ chức đoàn kiểm tra định kỳ hàng năm.',
      '2. Giao Sở Kế hoạch và Đầu tư, Sở Tài chính đảm bảo kinh phí thực hiện Kế hoạch.',
      '3. Các đơn vị trong phạm vi nhiệm vụ, quyền hạn của mình và nội dung được phân công có trách nhiệm thực hiện kế hoạch.',
    ]);
    expect(tasks.map((t) => [t.index, t.lead])).toEqual([
      ['1', ['Bảo hiểm xã hội thành phố']],
      ['2', ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']],
      ['3', ['Các đơn vị']],
    ]);
  });

  it.each([
    ['"Giao nhiệm vụ cho …" names no body first', ['1. Giao nhiệm vụ cho các phòng tổ chức thực hiện kế hoạch.', '2. Giao chỉ tiêu thực hiện cho các xã, thị trấn.']],
    ['a lone "Giao" item is a duty, not a list', ['1. Giao Sở Tài chính đảm bảo kinh phí thực hiện Kế hoạch.', '2. Kinh phí thực hiện từ ngân sách tỉnh.']],
  ] as const)('%s', (_name, body) => {
    expect(read(['III. TỔ CHỨC THỰC HIỆN', ...body])).toEqual([]);
  });
});
