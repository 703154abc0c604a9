// A task table as a scanner's OCR layer lays it out tight (ocr-text-heldout7 o7a): a wrapped
// header whose first line sets two titles one space apart ("CO QUAN CHU CO QUAN PH6i HQP THtfC"),
// blank lines between rows, a group heading in capitals whose numeral the engine garbled ("HI" for
// III), cells glued one space apart, the next page set a few characters right.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { layoutHeaderAt, layoutTableLines } from '../../../normalizers/layout-tables.js';
import { tightHeaderAt } from '../../../normalizers/tight-layout-header.js';
import { testContext } from '../context.js';

const DOC = { date: '2022-12-29', title: null } as DocumentInfo;

function at(pieces: ReadonlyArray<[number, string]>): string {
  let line = '';
  for (const [column, text] of pieces) line = line.padEnd(column, ' ') + text;
  return line;
}
// Columns: TT 0, content 5, lead 67, support 84, time 112, level 128; `shift` moves a page right.
const row = (index: string, content: string, lead = '', support = '', time = '', level = '', shift = 0) =>
  at([[0, index], [5 + shift, content], [67 + shift, lead], [84 + shift, support], [112 + shift, time], [128 + shift, level]]).trimEnd();
const HEADER = [
  at([[67, 'CƠ QUAN CHỦ CƠ QUAN PHỐI HỢP THỰC'], [112, 'THỜI GIAN']]),
  at([[0, 'TT'], [27, 'NHIỆM VỤ'], [42, 'ĐỀ ÁN'], [128, 'CẤP TRÌNH']]),
  at([[67, 'TRÌ THỰC HIỆN'], [88, 'HIỆN'], [114, 'TRÌNH']]),
];
const TABLE = [
  ...HEADER,
  '',
  at([[0, 'I'], [5, 'TẬP TRUNG HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH VÀ PHÁT TRIỂN LIÊN KẾT VÙNG']]),
  '',
  row('', 'Lập quy hoạch vùng Bắc Trung Bộ và duyên hải Trung Bộ thời', 'Bộ Kế hoạch và', 'Các cơ quan và địa phương', '', 'Thủ tướng'),
  row('1', '', '', '', '2023'),
  row('', 'kỳ 2021 - 2030, tầm nhìn đến năm 2050', 'Đầu tư', 'liên quan', '', 'Chính phủ'),
  '',
  row('', 'Đề án về liên kết ngành trong lĩnh vực sản xuất công nghiệp,', '', 'Các cơ quan và địa phương', '', 'Thủ tướng'),
  row('2', '', 'Bộ Công Thương', '', '2023 - 2024'),
  row('', 'năng lượng vùng Bắc Trung Bộ và duyên hải Trung Bộ', '', 'liên quan', '', 'Chính phủ'),
  '\f',
  at([[0, 'HI HOÀN THIỆN KẾT CẤU HẠ TẦNG KINH TẾ - XÃ HỘI, PHÁT TRIỂN HỆ THỐNG ĐÔ THỊ']]),
  '',
  row('', 'Đề án phát triển nông nghiệp hàng hóa hiệu quả, bền vững, ít Bộ Nông nghiệp', '', '', '', '', 3),
  row('3', 'phát thải theo hướng kinh tế tuần hoàn', 'và Phát triển', 'Các cơ quan và địa phương', '2023', 'Thủ tướng', 3),
  row('', '', 'nông thôn', 'liên quan', '', 'Chính phủ', 3),
  '',
  row('', 'Tiếp tục xây dựng đội ngũ cán bộ, công chức', '', 'Các cơ quan và địa phương', '', 'Thủ tướng', 3),
  row('4', '', 'Bộ Nội vụ', '', '2022 - 2030', '', 3),
  row('', 'có bản lĩnh chính trị', '', 'liên quan', '', 'Chính phủ', 3),
];

function tasksOf(text: string) {
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text), ocr: true });
}

describe('a tight OCR task table', () => {
  it('reads its rows with their cells, across a group heading and a page set further right', () => {
    const tasks = tasksOf(TABLE.join('\n'));
    expect(tasks.map((t) => t.index)).toEqual(['1', '2', '3', '4']);
    expect(tasks[0]).toMatchObject({ content: 'Lập quy hoạch vùng Bắc Trung Bộ và duyên hải Trung Bộ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', lead: ['Bộ Kế hoạch và Đầu tư'], support: ['Các cơ quan và địa phương liên quan'] });
    expect(tasks[0]!.deadline).toMatchObject({ start: '2023', end: '2023' });
    expect(tasks[1]).toMatchObject({ lead: ['Bộ Công Thương'] });
    expect(tasks[1]!.deadline).toMatchObject({ start: '2023', end: '2024' });
    expect(tasks[2]!.deadline).toMatchObject({ start: '2023' });
    expect(tasks[3]).toMatchObject({ lead: ['Bộ Nội vụ'], support: ['Các cơ quan và địa phương liên quan'] });
  });

  it('ends at a paragraph of prose under it', () => {
    const prose = [
      '',
      'Các bộ, ngành và địa phương căn cứ chức năng, nhiệm vụ được giao chủ động triển khai thực hiện',
      'các nhiệm vụ nêu trong Chương trình này, định kỳ báo cáo kết quả thực hiện về Bộ Kế hoạch và Đầu tư.',
      '',
      row('', 'Không phải một nhiệm vụ', 'Bộ Y tế', 'Bộ Tài chính', '2024'),
      row('9', ''),
    ];
    expect(tasksOf([...TABLE.slice(0, 15), ...prose].join('\n')).map((t) => t.index)).toEqual(['1', '2']);
  });

  it('is no table read so in typed text', () => {
    const text = TABLE.join('\n');
    const typed = extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text), typed: true });
    expect(typed.some((t) => t.lead.includes('Bộ Kế hoạch và Đầu tư'))).toBe(false);
  });
});

describe('tightHeaderAt', () => {
  const titles = (h: { titles: string[] } | null) => h?.titles ?? null;
  const count = () => 1;

  it('cuts the first line where a column opener comes again, and joins the pieces below by where they start', () => {
    expect(titles(tightHeaderAt(HEADER, 0, count))).toEqual(['TT', 'NHIỆM VỤ ĐỀ ÁN', 'CƠ QUAN CHỦ TRÌ THỰC HIỆN', 'CƠ QUAN PHỐI HỢP THỰC HIỆN', 'THỜI GIAN TRÌNH', 'CẤP TRÌNH']);
  });

  it.each([
    ['a line in small letters', ['Cơ quan chủ trì Cơ quan phối hợp      Thời gian', 'TT  Nhiệm vụ  Cấp trình']],
    ['capitals that open no column', [at([[10, 'ỦY BAN NHÂN DÂN TỈNH'], [60, 'CỘNG HÒA XÃ HỘI']]), at([[0, 'TT'], [20, 'SỐ'], [40, 'NGÀY']])]],
  ])('%s: no header', (_how, lines) => {
    expect(tightHeaderAt(lines, 0, count)).toBeNull();
  });

  it('a header set apart as usual is the plain reading\'s, not a tight one', () => {
    const plain = [at([[0, 'TT'], [20, 'Nhiệm vụ'], [48, 'Cơ quan chủ trì'], [72, 'Cơ quan phối hợp'], [96, 'Thời gian']])];
    expect(layoutHeaderAt(plain, 0, () => 5)?.tight).toBeFalsy();
  });

  // Typed text keeps its column gaps: a tight setting is an OCR engine's only.
  it('is tried only for text an OCR engine may have written', () => {
    expect(layoutHeaderAt(HEADER, 0, count, true)?.tight).toBe(true);
    expect(layoutHeaderAt(HEADER, 0, count, false)).toBeNull();
    // The normaliser keeps the tight header's lines apart only then.
    expect(layoutTableLines(TABLE, true).has(0)).toBe(true);
    expect(layoutTableLines(TABLE, false).has(0)).toBe(false);
  });
});

describe('the state named inside a cell', () => {
  it('does not end the table: another document\'s motto is printed in capitals', () => {
    const cell = row('', 'Tổng kết Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', '', 'Các cơ quan và địa phương', '', 'Chính phủ');
    const lines = [...TABLE.slice(0, 15), '', cell, row('5', 'và Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào', 'Bộ Ngoại giao', 'liên quan', '2026 - 2030')];
    expect(tasksOf(lines.join('\n')).map((t) => t.index)).toEqual(['1', '2', '5']);
  });
});
