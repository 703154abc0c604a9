// A Party plan's "Tổ chức thực hiện" as OCR reads it off a scan (heldout-fresh26-task-scans n03):
// "các Ban xây dựng Đảng" (the committee's Ban Tổ chức, Tuyên giáo, Dân vận, Kiểm tra) names
// bodies, its "xây dựng" no work; a bold heading of many bodies wraps in the middle of a name
// ("Ủy ban Mặt trận" / "Tổ quốc …") onto a line of more bodies, its paragraph after it.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { subjectDuty } from '../../../extractors/tasks/subject-duty.js';
import { testContext } from '../context.js';

const PLAN = { date: '2025-01-10', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(lines: string[]) {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), ocr: true });
}

const PART = [
  'V- TỔ CHỨC THỰC HIỆN',
  '1. Trung tâm Chính trị huyện',
  '- Phối hợp với các Ban xây dựng Đảng, Văn phòng Huyện ủy, Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội huyện xây dựng kế hoạch tổ chức các lớp đảm bảo đúng tiến độ.',
  '- Xây dựng kế hoạch toàn khóa và thông báo đến các cơ quan, đơn vị có học viên theo quy định.',
  '2. Các Ban xây dựng Đảng, Văn phòng Huyện ủy, Ủy ban Mặt trận',
  'Tổ quốc và các tổ chức chính trị - xã hội huyện; các chi bộ, đảng bộ trực thuộc Huyện ủy',
  'Căn cứ thời gian mở các lớp đào tạo, bồi dưỡng năm 2025, chủ động lập danh sách gửi về Trung tâm Chính trị huyện.',
  'Nơi nhận:',
];

describe('the Party\'s "Ban xây dựng Đảng" is a name', () => {
  it('as partners: the list goes on past it to the work', () => {
    expect(read(PART)[0]!.support).toEqual(['các Ban xây dựng Đảng', 'Văn phòng Huyện ủy', 'Ủy ban Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội huyện']);
  });

  it.each([
    { sentence: 'Các Ban xây dựng Đảng Huyện ủy tham mưu tổ chức các lớp bồi dưỡng chuyên đề.', lead: 'Các Ban xây dựng Đảng Huyện ủy' },
    { sentence: 'Ban Chỉ đạo tỉnh xây dựng kế hoạch kiểm tra.', lead: 'Ban Chỉ đạo tỉnh' },
  ])('as the subject of a duty: $lead', ({ sentence, lead }) => {
    expect(subjectDuty(sentence)?.lead).toBe(lead);
  });
});

describe('a heading of many bodies wrapped in the middle of a name', () => {
  it('reads the heading over both lines, the paragraph after it the duty', () => {
    const task = read(PART).find((t) => t.index === '2');
    expect(task?.lead.slice(0, 3)).toEqual(['Các Ban xây dựng Đảng', 'Văn phòng Huyện ủy', 'Ủy ban Mặt trận Tổ quốc']);
    expect(task?.lead.join(' | ')).toContain('Huyện ủy');
    expect(task?.content).toMatch(/^Căn cứ thời gian mở các lớp/);
  });

  it.each([
    { name: 'a duty opening in capitals', line: 'Chủ động xây dựng kế hoạch phối hợp' },
    { name: 'a sentence naming bodies', line: 'Văn phòng Huyện ủy, các chi bộ tham gia đầy đủ.' },
    { name: 'a line in capitals (the block after the list)', line: 'ỦY BAN NHÂN DÂN TỈNH' },
  ])('the next line is the duty, not the name, when it is $name', ({ line }) => {
    const task = read(['V- TỔ CHỨC THỰC HIỆN', '1. Trung tâm Chính trị huyện', '- Xây dựng kế hoạch toàn khóa.', '2. Văn phòng Huyện ủy, Ủy ban Mặt trận Tổ quốc huyện', line, 'Nơi nhận:']).find((t) => t.index === '2');
    expect(task?.lead).toEqual(['Văn phòng Huyện ủy', 'Ủy ban Mặt trận Tổ quốc huyện']);
    expect(task?.content).toBe(line);
  });
});

describe('a wrapped heading of bodies, its duties as bullets', () => {
  const part = (heading: string[], tail = '- Lập danh sách học viên gửi về Trung tâm Chính trị huyện.') =>
    read(['V- TỔ CHỨC THỰC HIỆN', '1. Trung tâm Chính trị huyện', '- Xây dựng kế hoạch toàn khóa.', ...heading, tail, '2. Sở Y tế', '- Bảo đảm công tác y tế.', 'Nơi nhận:']);

  it('cut in the middle of a name: the name goes on, every row kept', () => {
    const rows = part(['2. Các Ban xây dựng Đảng, Văn phòng Huyện ủy, Ủy ban Mặt trận', 'Tổ quốc và các tổ chức chính trị - xã hội huyện']);
    expect(rows.map((r) => r.lead)).toEqual([
      ['Trung tâm Chính trị huyện'],
      ['Các Ban xây dựng Đảng', 'Văn phòng Huyện ủy', 'Ủy ban Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội huyện'],
      ['Sở Y tế'],
    ]);
  });

  it.each([
    ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh', ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']],
    ['Công an tỉnh, Sở Ngoại vụ', 'Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh', ['Công an tỉnh', 'Sở Ngoại vụ', 'Sở Thông tin và Truyền thông', 'Đài Phát thanh và Truyền hình tỉnh']],
  ])('cut between names (%s / %s): the line lists more bodies, none glued to another', (first, second, lead) => {
    const rows = part([`2. ${first}`, second], '- Phối hợp bảo đảm an ninh trật tự.');
    expect(rows.find((r) => r.content.startsWith('Phối hợp'))?.lead).toEqual(lead);
  });

  it("a body's own sub-heading is no rest of the heading's name", () => {
    const rows = part(['2. Các sở, ngành tỉnh', 'Sở Nội vụ:'], '- Chủ trì hướng dẫn thực hiện Kế hoạch.');
    expect(rows.flatMap((r) => r.lead)).not.toContain('Các sở, ngành tỉnh Sở Nội vụ');
  });
});
