// Bodies' headings outside "Tổ chức thực hiện", their duties lettered rather than bulleted, as a
// plan's "II. NỘI DUNG THỰC HIỆN" may assign its work ("1. Sở Y tế" / "a) Chủ trì, phối hợp …" /
// "b) Tổ chức sơ kết …"): each lettered item is a duty of the body, numbered "1.a". A heading may
// name several bodies ";" apart, and "Sở, ban, ngành liên quan" is one collective lead.
// Also a schedule whose numbered items carry their time as a numbered field ("1. Lớp bồi dưỡng …" /
// "1.1. Thời gian: Tháng 7/2023" / "1.2. Thành phần: …"): each item is a task with that time.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2025-06-10', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const CONTENT = [
  'II. NỘI DUNG THỰC HIỆN',
  '1. Sở Y tế',
  'a) Chủ trì, phối hợp với Sở Nội vụ tăng cường kiểm tra, đôn đốc việc thực hiện;',
  'b) Tổ chức sơ kết, tổng kết các chương trình về công tác dân số;',
  '2. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ',
  'Chỉ đạo các cơ quan truyền thông, báo chí tăng thời lượng các chương trình về dân số.',
  '3. Sở, ban, ngành liên quan',
  'Căn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp với Sở Y tế thực hiện Kế hoạch.',
  '4. Ủy ban nhân dân xã, phường',
  'a) Tiếp tục tổ chức triển khai các chủ trương, chính sách về dân số;',
  'b) Kiện toàn Ban Chỉ đạo Dân số và Phát triển cấp xã.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.',
];

describe('lettered duties under bodies\' headings', () => {
  // Prose under the heading that announces the lettered items ("Chủ trì, phối hợp với X tham mưu
  // cho …:") gives its partners to every item; prose that announces nothing is no duty's.
  it.each([
    ['names partners', 'Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân tỉnh:', ['các cơ quan có liên quan']],
    ['names none', 'Tham mưu cho Ủy ban nhân dân tỉnh thực hiện các nội dung sau:', []],
  ])('announcing prose that %s', (_how, intro, support) => {
    const tasks = read([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa, Thể thao và Du lịch',
      '',
      intro,
      '',
      'a) Tổ chức thực hiện quản lý nhà nước về văn hóa, thể thao tại địa phương.',
      '',
      'b) Rà soát, điều chỉnh các quy hoạch, kế hoạch trên địa bàn.',
      '',
      '2. Sở Tài chính',
      '',
      'a) Bố trí kinh phí thực hiện Kế hoạch.',
    ]);
    expect(tasks.map((t) => [t.index, t.support])).toEqual([['1.a', support], ['1.b', support], ['2.a', []]]);
  });

  it('reads each lettered item as the body\'s duty, numbered with the heading', () => {
    expect(read(CONTENT).map((t) => [t.index, t.lead, t.content.slice(0, 25)])).toEqual([
      ['1.a', ['Sở Y tế'], 'Chủ trì, phối hợp với Sở '],
      ['1.b', ['Sở Y tế'], 'Tổ chức sơ kết, tổng kết '],
      ['2', ['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Cần Thơ'], 'Chỉ đạo các cơ quan truyề'],
      ['3', ['Sở, ban, ngành liên quan'], 'Căn cứ chức năng, nhiệm v'],
      ['4.a', ['Ủy ban nhân dân xã, phường'], 'Tiếp tục tổ chức triển kh'],
      ['4.b', ['Ủy ban nhân dân xã, phường'], 'Kiện toàn Ban Chỉ đạo Dân'],
    ]);
  });

  it.each([
    // Lettered items under a topic's heading describe the topic: no body leads them.
    ['a topic\'s heading', ['II. NỘI DUNG THỰC HIỆN', '1. Công tác tuyên truyền', 'a) Tuyên truyền trên báo chí;', 'b) Tuyên truyền trên mạng xã hội.', '2. Công tác kiểm tra', 'a) Kiểm tra định kỳ;', 'b) Kiểm tra đột xuất.']],
    // One heading alone is no list of bodies.
    ['one body\'s heading alone', ['II. NỘI DUNG THỰC HIỆN', '1. Sở Y tế', 'a) Tăng cường kiểm tra;', 'b) Tổ chức sơ kết.', 'III. TỔ CHỨC THỰC HIỆN', 'Các đơn vị triển khai thực hiện.']],
  ])('%s: no duties', (_name, lines) => {
    expect(read(lines)).toEqual([]);
  });

  // A lettered sub-heading over bullets ("a) Nhiệm vụ chung:") is no duty: its bullets are; a
  // lettered field of the heading ("a) Thời gian: …", "b) Kinh phí: …") is no duty either.
  it.each([
    ['sub-headings over bullets', ['1. Sở Y tế', 'a) Nhiệm vụ chung:', '- Chủ trì tổ chức triển khai kế hoạch.', '- Phối hợp với các đơn vị kiểm tra.', 'b) Nhiệm vụ cụ thể:', '- Triển khai tiêm chủng mở rộng.'],
      ['Chủ trì tổ chức triển khai', 'Phối hợp với các đơn vị ki', 'Triển khai tiêm chủng mở r']],
    ['fields of the heading', ['1. Sở Y tế', 'a) Thời gian: Quý II/2024.', 'b) Kinh phí: Ngân sách tỉnh.', 'c) Tổ chức kiểm tra việc tiêm chủng.'], ['Tổ chức kiểm tra việc tiêm']],
  ])('%s: only the duties', (_name, body, duties) => {
    const lines = ['II. NỘI DUNG THỰC HIỆN', ...body, '2. Sở Tài chính', '- Bố trí kinh phí thực hiện.', '- Hướng dẫn thanh quyết toán.', 'III. TỔ CHỨC THỰC HIỆN'];
    const rows = read(lines);
    expect(rows.filter((t) => t.lead[0] === 'Sở Y tế').map((t) => t.content.slice(0, 26))).toEqual(duties);
    expect(rows.filter((t) => t.lead[0] === 'Sở Tài chính')).toHaveLength(2);
  });

  it('a lettered item that names a body opens a heading of its own', () => {
    const lines = ['II. NỘI DUNG THỰC HIỆN', '1. Cấp tỉnh', 'a) Sở Y tế:', '- Tăng cường kiểm tra.', 'b) Sở Tài chính:', '- Bố trí kinh phí.', 'Nơi nhận:'];
    expect(read(lines).map((t) => t.lead)).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });

  it.each([
    ['a clause after ";"', '2. Sở Văn hóa, Thể thao và Du lịch; tổ chức tuyên truyền'],
    ['a sentence\'s end', '2. Sở Văn hóa, Thể thao và Du lịch. Báo Cần Thơ'],
  ])('%s in the heading: no heading', (_name, heading) => {
    const lines = [...CONTENT.slice(0, 4), heading, ...CONTENT.slice(5)];
    expect(read(lines).some((t) => t.lead.some((l) => l.startsWith('Sở Văn hóa')))).toBe(false);
  });

  it('a named body before a collective is split from it (README: between distinct bodies)', () => {
    const lines = [...CONTENT.slice(0, 6), '3. Sở Tư pháp, các sở, ngành liên quan', ...CONTENT.slice(7)];
    expect(read(lines).find((t) => t.index === '3')?.lead).toEqual(['Sở Tư pháp', 'các sở, ngành liên quan']);
  });
});

describe('a schedule whose items carry their time as a numbered field', () => {
  const SCHEDULE = [
    'II. Chương trình bồi dưỡng',
    '1. Lớp bồi dưỡng dành cho lãnh đạo các sở, ngành',
    '1.1. Thời gian: Tháng 7/2023',
    '1.2. Thành phần: Lãnh đạo các sở, ngành.',
    '2. Lớp bồi dưỡng dành cho giáo viên THCS',
    '2.1. Thời gian: Tháng 8, 9/2023',
    '2.2. Số lượng: Dự kiến khoảng 1000 người',
    'III. TỔ CHỨC THỰC HIỆN',
  ];

  it('gives each item with its time', () => {
    expect(read(SCHEDULE).map((t) => [t.index, t.content, t.deadline?.text, t.deadline?.start, t.deadline?.end])).toEqual([
      ['1', 'Lớp bồi dưỡng dành cho lãnh đạo các sở, ngành', 'Tháng 7/2023', '2023-07', '2023-07'],
      ['2', 'Lớp bồi dưỡng dành cho giáo viên THCS', 'Tháng 8, 9/2023', '2023-08', '2023-09'],
    ]);
  });

  it.each([
    ['one item alone', SCHEDULE.slice(0, 4)],
    // "2.1." under "1." is no field of the item above it.
    ['a field numbered under another item', ['II. Chương trình', '1. Lớp bồi dưỡng lãnh đạo', '2.1. Thời gian: Tháng 7/2023', '2. Lớp bồi dưỡng giáo viên', '3.1. Thời gian: Tháng 8/2023', 'III. TỔ CHỨC THỰC HIỆN']],
    // The plan's own period as a numbered part heading's field is no task.
    ['the plan\'s period', ['III. THỜI GIAN THỰC HIỆN', '1. Thời gian thực hiện', '1.1. Thời gian: Năm 2023', '2. Thời gian báo cáo', '2.1. Thời gian: Tháng 12/2023']],
  ])('%s: no tasks', (_name, lines) => {
    expect(read(lines)).toEqual([]);
  });
});
