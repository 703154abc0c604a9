// A plan that shares its work out among a team's members, one numbered item per person
// ("4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …", heldout-fresh13 m01): each item is
// a task led by the person it names, its duty running on over the next lines. One item alone, a
// decision's list of members, or items naming bodies give no such tasks; a table's row whose
// content holds no word (a row number, a stamp's debris) is no task.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { hasWordContent } from '../../../extractors/tasks/word-content.js';
import { testContext } from '../context.js';

const PLAN = { date: '2026-03-10', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const DECISION = { date: '2026-03-06', title: null, type: 'Quyết định', typeCode: 'QĐ' } as DocumentInfo;

function read(body: string[], document: DocumentInfo = PLAN, typed = true) {
  const text = body.join('\n');
  return extractTasks(text, testContext(), { tables: [], document, sections: extractSections(text), typed }).map((t) => ({ index: t.index, content: t.content, lead: t.lead }));
}

const TEAM = [
  '3.5. Phương thức kiểm tra',
  'a. Thu thập tài liệu, báo cáo của đơn vị cung cấp;',
  '4. Phân công nhiệm vụ',
  '4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn;',
  '4.2. Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách việc kiểm tra hồ sơ pháp lý;',
  'Tổng hợp, dự thảo Báo cáo kết quả kiểm tra của Đoàn.',
  '4.3. Bà Nguyễn Thị Loan, Thư ký đoàn: Lập biên bản kiểm tra.',
  '5. Dự kiến các nguồn lực cho hoạt động kiểm tra chuyên ngành:',
  '5.1. Kinh phí cho hoạt động kiểm tra: Được thực hiện theo quy định.',
];

describe('work shared out among a team’s members', () => {
  it('gives one task per member, led by the person named', () => {
    expect(read(TEAM)).toEqual([
      { index: '4.1', content: 'Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn', lead: ['Hoàng Văn Thuân'] },
      { index: '4.2', content: 'Chủ trì, phụ trách việc kiểm tra hồ sơ pháp lý; Tổng hợp, dự thảo Báo cáo kết quả kiểm tra của Đoàn', lead: ['Đỗ Mạnh Cường'] },
      { index: '4.3', content: 'Lập biên bản kiểm tra', lead: ['Nguyễn Thị Loan'] },
    ]);
  });

  it('gives none for one member alone', () => {
    expect(read(['4. Phân công nhiệm vụ', '4.1. Ông Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung.', '5. Kinh phí'])).toEqual([]);
  });

  it('gives none in a decision, whose members’ duties conclude', () => {
    expect(read(TEAM, DECISION)).toEqual([]);
  });

  it('gives none for members listed without a duty', () => {
    expect(read(['Điều 1. Thành lập Đoàn kiểm tra gồm:', '1. Ông: Hoàng Văn Thuân - Phó Giám đốc Sở, Trưởng đoàn;', '2. Ông: Đỗ Mạnh Cường - Phó trưởng phòng, Phó Trưởng đoàn;'])).toEqual([]);
  });
});

describe('a task row’s content', () => {
  it.each([
    ['Phụ trách chung', true],
    ['Xây dựng kế hoạch', true],
    ['to chuc kiem tra', true],
    ['l', false],
    ['2', false],
    ['1 1C Z“ ` í ôôÔÔ', false],
    ['', false],
  ])('%j holds a word: %s', (content, words) => {
    expect(hasWordContent({ content })).toBe(words);
  });
});

describe('rows of a table rebuilt from OCR', () => {
  const HEADER = 'TT\tNội dung\tĐơn vị chủ trì\tThời gian';
  const rows = (ocr: boolean) =>
    extractTasks([HEADER, '1\tl\tSở Công Thương\tTháng 3/2026', '2\tRà soát hồ sơ\tSở Công Thương\tTháng 4/2026'].join('\n'), testContext(), { tables: [], document: PLAN, sections: [], ocr }).map((t) => t.content);

  it('drop a row whose content holds no word', () => {
    expect(rows(true)).toEqual(['Rà soát hồ sơ']);
  });

  it('keep it in typed text, where the table is as written', () => {
    expect(rows(false)).toEqual(['l', 'Rà soát hồ sơ']);
  });
});
