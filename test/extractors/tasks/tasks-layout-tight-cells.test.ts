// The cells of a tight OCR task table (ocr-text-heldout7 o7a) where the scan's pages are set at
// different scales, not only shifted: a page's rows open their support cells a few characters left
// of where the page's other rows do, a body's name is glued one space after the content, the
// engine's specks stand in the gaps, and a group heading's numeral is garbled into a letter.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { layoutTableRows } from '../../../extractors/tasks/layout-table.js';
import { garbledGroupHeading, stackedRow, withoutSpecks, type Piece } from '../../../extractors/tasks/tight-layer.js';
import { testContext } from '../context.js';

const DOC = { date: '2022-12-29', title: null } as DocumentInfo;

function at(pieces: ReadonlyArray<[number, string]>): string {
  let line = '';
  for (const [column, text] of pieces) line = line.padEnd(column, ' ') + text;
  return line.trimEnd();
}
const HEADER = [
  at([[71, 'CƠ QUAN CHỦ CƠ QUAN PHỐI HỢP THỰC'], [118, 'THỜI GIAN']]),
  at([[0, 'TT'], [27, 'NHIỆM VỤ'], [42, 'ĐỀ ÁN'], [130, 'CẤP TRÌNH']]),
  at([[71, 'TRÌ THỰC HIỆN'], [92, 'HIỆN'], [118, 'TRÌNH']]),
  '',
];
/** A row of three lines: content, lead, support (two lines), time, level; `support` where the support cell starts. */
function block(index: string, content: [string, string, string], lead: string, support: number, time: string): string[] {
  return [
    at([[5, content[0]], [support, 'Các cơ quan và địa phương'], [130, 'Thủ tướng']]),
    at([[0, index], [5, content[1]], [68, lead], [112, time]]),
    at([[5, content[2]], [support + 8, 'liên quan'], [130, 'Chính phủ']]),
    '',
  ];
}
const CONTENT: [string, string, string] = ['Tiếp tục đẩy mạnh phân cấp, phân quyền, ủy quyền và', 'nâng cao hiệu lực, hiệu quả hoạt động của các cấp', 'chính quyền địa phương'];

/** The last column of each row of the table as read (the level each row goes to). */
function levels(lines: readonly string[]): string[] {
  return layoutTableRows(linesWithOffsets(lines.join('\n')), { roughPlacement: true }).map((r) => r.text.split('\t').at(-1)!);
}

function tasksOf(lines: readonly string[]) {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text), ocr: true });
}

describe('a tight OCR table whose rows set their cells apart differently', () => {
  it('keeps a support cell whole that opens a few characters left of where the other rows open theirs', () => {
    const lines = [...HEADER, ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'), ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023'), ...block('3', CONTENT, 'Bộ Nội vụ', 78, '2022 - 2030'), ...block('4', CONTENT, 'Bộ Tư pháp', 79, '2024')];
    const tasks = tasksOf(lines);
    expect(tasks.map((t) => [t.index, t.lead, t.support])).toEqual([
      ['1', ['Bộ Quốc phòng'], ['Các cơ quan và địa phương liên quan']],
      ['2', ['Bộ Ngoại giao'], ['Các cơ quan và địa phương liên quan']],
      ['3', ['Bộ Nội vụ'], ['Các cơ quan và địa phương liên quan']],
      ['4', ['Bộ Tư pháp'], ['Các cơ quan và địa phương liên quan']],
    ]);
  });

  it("opens the lead cell at a body's name glued one space after the content, near where the lead cells start", () => {
    // The row's content set three characters right, as a rough layer may: its glued body's name
    // five characters left of where the lead cells start.
    const glued = [
      at([[8, 'Đề án phát triển Bệnh viện Trường Đại học Y - Dược Huế Bộ Giáo dục và'], [85, 'Bộ Y tế'], [130, 'Thủ tướng']]),
      at([[0, '3'], [5, 'thuộc Đại học Huế đạt chuẩn khu vực'], [68, 'Đào tạo'], [112, '2023']]),
      at([[5, 'Đông Nam Á'], [130, 'Chính phủ']]),
      '',
    ];
    const lines = [...HEADER, ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'), ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023'), ...glued];
    const task = tasksOf(lines)[2]!;
    expect(task.content).toBe('Đề án phát triển Bệnh viện Trường Đại học Y - Dược Huế thuộc Đại học Huế đạt chuẩn khu vực Đông Nam Á');
    expect(task.lead).toEqual(['Bộ Giáo dục và Đào tạo']);
  });

  it('keeps a "và" already inside the lead column with the name after it', () => {
    const glued = [
      at([[5, 'Đề án phát triển nông nghiệp hàng hóa hiệu quả, bền'], [68, 'Bộ Nông nghiệp'], [85, 'Các cơ quan'], [130, 'Thủ tướng']]),
      // "và" glued at the lead column's edge (68), one space after the content.
      `3    ${'vững, ít phát thải theo hướng kinh tế tuần hoàn, thông minh số'} và Phát triển nông`.padEnd(112, ' ') + '2023',
      at([[5, 'vùng Bắc Trung Bộ'], [70, 'thôn'], [130, 'Chính phủ']]),
      '',
    ];
    const lines = [...HEADER, ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'), ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023'), ...glued];
    expect(tasksOf(lines)[2]!.lead).toEqual(['Bộ Nông nghiệp và Phát triển nông thôn']);
  });

  it('leaves a long line of content whole when no body opens near the lead column', () => {
    const long = [
      // Past where the lead cells start (68), short of the lead title's middle.
      at([[5, 'Tổng kết Hiệp định về quy chế biên giới giữa Chính phủ nước Việt Nam'], [85, 'Các cơ quan'], [130, 'Thủ tướng']]),
      at([[0, '3'], [5, 'và Chính phủ nước Lào'], [68, 'Bộ Ngoại giao'], [112, '2026 - 2030']]),
      '',
    ];
    const lines = [...HEADER, ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'), ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023'), ...long];
    const task = tasksOf(lines)[2]!;
    expect(task.content).toBe('Tổng kết Hiệp định về quy chế biên giới giữa Chính phủ nước Việt Nam và Chính phủ nước Lào');
    expect(task.lead).toEqual(['Bộ Ngoại giao']);
  });

  it("reads a row set far right of the page's other rows from its own pieces", () => {
    const far = [
      at([[5, CONTENT[0]], [117, 'Các cơ quan và địa phương'], [163, 'Thủ tướng']]),
      at([[0, '3'], [5, CONTENT[1]], [101, 'Bộ Ngoại giao'], [145, '2026 - 2030'], [163, 'Chính phủ']]),
      at([[5, CONTENT[2]], [125, 'liên quan']]),
      '',
    ];
    const lines = [...HEADER, ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'), ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023'), ...far];
    const task = tasksOf(lines)[2]!;
    expect(task).toMatchObject({ index: '3', lead: ['Bộ Ngoại giao'], support: ['Các cơ quan và địa phương liên quan'] });
    expect(task.deadline).toMatchObject({ start: '2026', end: '2030' });
  });

  it("gives the next row a unit cell that opens above its content, the row above's cells centred on its number", () => {
    const lines = [
      ...HEADER,
      ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'),
      at([[5, 'Mở rộng Trung tâm lọc hóa dầu'], [68, 'Bộ Công Thương'], [84, 'Các cơ quan và địa phương'], [130, 'Thủ tướng']]),
      at([[0, '2'], [5, 'và năng lượng Quốc gia tại Khu'], [112, '2023 - 2030']]),
      at([[5, 'Kinh tế Dung Quất'], [92, 'liên quan'], [130, 'Chính phủ']]),
      at([[84, 'Bộ Văn hóa, Thể thao và'], [130, 'Thủ tướng']]),
      at([[5, 'Đề án phát triển huyện đảo Lý Sơn'], [68, 'Ủy ban nhân dân']]),
      at([[0, '3'], [5, 'thành trung tâm du lịch biển'], [84, 'Du lịch và các cơ quan'], [112, '2023']]),
      at([[5, 'đảo'], [68, 'tỉnh Quảng Ngãi'], [90, 'liên quan'], [130, 'Chính phủ']]),
      '',
    ];
    const tasks = tasksOf(lines);
    expect(tasks.map((t) => t.index)).toEqual(['1', '2', '3']);
    expect(tasks[1]!.support).toEqual(['Các cơ quan và địa phương liên quan']);
    expect(tasks[2]!.support).toEqual(['Bộ Văn hóa, Thể thao và Du lịch', 'các cơ quan liên quan']);
    // The level it goes to ("Cấp trình", no column of the record) moves with it.
    expect(levels(lines)).toEqual(['CẤP TRÌNH', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ']);
  });

  it("leaves a cell's last line two below its number with its row: its first stood two above", () => {
    const lines = [
      ...HEADER,
      ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'),
      at([[130, 'Thủ tướng']]),
      at([[5, 'Rà soát cơ chế đặc thù'], [68, 'Bộ Kế hoạch và'], [84, 'Các cơ quan và địa phương']]),
      at([[0, '2'], [112, '2023 - 2024'], [130, 'Chính phủ/']]),
      at([[5, 'phát triển vùng'], [72, 'Đầu tư'], [92, 'liên quan']]),
      at([[130, 'Chính phủ']]),
      at([[5, 'Xây dựng hệ thống thông tin'], [68, 'Bộ Tài chính'], [84, 'Các cơ quan'], [130, 'Thủ tướng']]),
      at([[0, '3'], [5, 'về quy hoạch vùng'], [112, '2024']]),
      at([[5, 'Bắc Trung Bộ'], [92, 'liên quan'], [130, 'Chính phủ']]),
    ];
    expect(levels(lines)).toEqual(['CẤP TRÌNH', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ/ Chính phủ', 'Thủ tướng Chính phủ']);
  });

  it('passes over specks, rules and a dash before a row number', () => {
    const specked = [
      at([[5, CONTENT[0]], [78, 'Các cơ quan và địa phương'], [130, 'Thủ tướng']]),
      at([[0, '-- 3'], [68, 'Bộ Nội vụ']]),
      at([[76, 'f'], [97, 'Á'], [112, '2022 - 2030']]),
      at([[5, CONTENT[1]], [81, '_____ liên quan__'], [130, 'Chính phủ']]),
      at([[14, 'r'], [22, 't'], [42, '\\'], [64, '*á']]),
      at([[5, CONTENT[2]]]),
    ];
    const lines = [...HEADER, ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'), ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023'), ...specked];
    const task = tasksOf(lines)[2]!;
    expect(task).toMatchObject({ index: '3', lead: ['Bộ Nội vụ'], support: ['Các cơ quan và địa phương liên quan'] });
    expect(task.content).toBe(CONTENT.join(' '));
    expect(task.deadline).toMatchObject({ start: '2022', end: '2030' });
  });

  it('ends a row at a group heading whose numeral the engine garbled', () => {
    const lines = [
      ...HEADER,
      ...block('1', CONTENT, 'Bộ Quốc phòng', 84, '2022 - 2030'),
      ...block('2', CONTENT, 'Bộ Ngoại giao', 84, '2023').slice(0, 3),
      at([[0, 'n'], [5, 'CHUYỂN DỊCH CƠ CẤU KINH TẾ VÙNG']]),
      at([[61, 'Các bộ, ngành có'], [85, 'Các cơ quan'], [130, 'Thủ tướng']]),
      at([[0, '3'], [5, 'Mở rộng Trung tâm lọc hóa dầu'], [61, 'liên quan'], [112, '2023']]),
      at([[5, 'Dung Quất'], [85, 'liên quan'], [130, 'Chính phủ']]),
    ];
    const tasks = tasksOf(lines);
    expect(tasks.map((t) => t.index)).toEqual(['1', '2', '3']);
    expect(tasks[1]!.lead).toEqual(['Bộ Ngoại giao']);
    expect(tasks[2]!.lead).toEqual(['Các bộ, ngành có liên quan']);
  });

  it('reads a typed layer as before: a dash before a number is no row number there', () => {
    // A typed PDF's header set apart as usual: nothing of the above applies to its lines.
    const typedHeader = at([[0, 'TT'], [20, 'Nhiệm vụ'], [66, 'Cơ quan chủ trì'], [84, 'Cơ quan phối hợp'], [112, 'Thời gian']]);
    const rows = [
      at([[0, '1'], [5, 'Lập quy hoạch tỉnh'], [66, 'Sở Xây dựng'], [84, 'Các sở, ngành'], [112, '2023']]),
      at([[0, '2'], [5, 'Rà soát cơ chế đặc thù'], [66, 'Sở Tài chính'], [84, 'Các sở, ngành'], [112, '2024']]),
      at([[0, '-- 3'], [5, 'Tổng kết'], [66, 'Sở Nội vụ'], [84, 'Các sở, ngành'], [112, '2025']]),
    ];
    const out = layoutTableRows(linesWithOffsets([typedHeader, ...rows].join('\n'))).map((r) => r.text.split('\t'));
    expect(out.map((r) => r[0])).toEqual(['TT', '1', '2']);
    expect(out[2]![1]).toBe('Rà soát cơ chế đặc thù -- 3 Tổng kết');
  });
});

describe('withoutSpecks', () => {
  const pieces = (line: string): Piece[] => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], from: m.index!, to: m.index! + m[0].length }));
  const texts = (line: string) => withoutSpecks(pieces(line))?.map((p) => [p.from, p.text]) ?? null;

  it.each([
    ['lone letters and strokes in the gaps', at([[76, 'f'], [97, 'Á'], [112, '2022 - 2030']]), [[112, '2022 - 2030']]],
    ['a ruled line around a cell', at([[5, 'hiệu lực'], [81, '_____ liên quan__']]), [[5, 'hiệu lực'], [87, 'liên quan']]],
    ['signs at the end of a cell', at([[68, 'Bộ Nội vụ \\'], [84, '■ Các cơ quan']]), [[68, 'Bộ Nội vụ'], [86, 'Các cơ quan']]],
    ['dashes before a row number', at([[0, '-- 26'], [112, '2023']]), [[0, '26'], [112, '2023']]],
    ['a row number with specks after it', at([[0, '21'], [10, 'r'], [16, 'f']]), [[0, '21']]],
  ])('%s', (_, line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it.each([
    ['specks alone', at([[14, 'r'], [22, 't'], [42, '\\'], [64, '*á']])],
    ['a stray figure among specks', at([[10, '\\'], [26, '4'], [68, '/'], [80, '*á']])],
  ])('a line of %s is no line', (_, line) => {
    expect(withoutSpecks(pieces(line))).toBeNull();
  });

  it('leaves words, figures and a "-" inside a cell alone', () => {
    const line = at([[5, 'Đề án Khu KTTM xuyên biên giới Lao Bảo - Densavan'], [112, '2023 - 2030'], [130, 'Thủ tướng']]);
    expect(withoutSpecks(pieces(line))).toEqual(pieces(line));
  });

  it.each([
    [at([[0, 'n'], [5, 'CHUYỂN DỊCH']]), true],
    [at([[0, 'HI'], [5, 'HOÀN THIỆN KẾT CẤU HẠ TẦNG']]), true],
    [at([[0, 'II'], [5, 'CHUYỂN DỊCH']]), false],
    [at([[0, '3'], [5, 'CHUYỂN DỊCH']]), false],
    [at([[0, 'n'], [5, 'Lập quy hoạch vùng']]), false],
    [at([[5, 'CHUYỂN DỊCH CƠ CẤU']]), false],
  ])('garbledGroupHeading(%j) is %s', (line, expected) => {
    expect(garbledGroupHeading(pieces(line))).toBe(expected);
  });
});

describe('stackedRow', () => {
  const pieces = (line: string): Piece[] => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], from: m.index!, to: m.index! + m[0].length }));
  const read = (lines: string[]) => stackedRow(lines.map(pieces), 5, 0, 1, 71);

  it('gives each stack of overlapping pieces right of the content the next column', () => {
    expect(read([at([[5, 'Tổng kết Hiệp định'], [117, 'Các cơ quan']]), at([[0, '30'], [5, 'về biên giới'], [101, 'Bộ Ngoại giao'], [145, '2026']]), at([[120, 'liên quan']])])).toEqual([
      '30', 'Tổng kết Hiệp định về biên giới', 'Bộ Ngoại giao', 'Các cơ quan liên quan', '2026',
    ]);
  });

  it.each([
    ['a cell left empty: one stack short', [at([[5, 'Tổng kết'], [113, 'Các cơ quan']]), at([[0, '30'], [5, 'biên giới'], [145, '2026']])]],
    ['two cells whose lines overlap: one stack', [at([[5, 'Tổng kết'], [101, 'Bộ Ngoại giao và Bộ Quốc phòng']]), at([[0, '30'], [5, 'biên giới'], [120, 'Các cơ quan'], [145, '2026']])]],
    ['content run into the unit cells: glued, read by place', [at([[5, 'Tổng kết Hiệp định về quy chế biên giới trên đất liền Bộ Ngoại giao'], [113, 'Các cơ quan']]), at([[0, '30'], [5, 'biên giới'], [101, 'Bộ Ngoại'], [145, '2026']])]],
  ])('null for %s', (_, lines) => {
    expect(read(lines)).toBeNull();
  });
});

describe('a short group heading numbered with one Roman letter', () => {
  const row = (index: string, content: string, lead: string) => [at([[0, index], [5, content], [68, lead], [84, 'Các cơ quan liên quan'], [112, '2023'], [130, 'Thủ tướng']]), ''];
  const lines = [
    ...HEADER,
    at([[0, 'I'], [5, 'KINH TẾ - XÃ HỘI']]), '',
    ...row('1', 'Rà soát cơ chế đặc thù', 'Bộ Tư pháp'),
    ...row('2', 'Xây dựng hệ thống thông tin', 'Bộ Tài chính'),
    at([[0, 'V'], [5, 'QUỐC PHÒNG AN NINH']]), '',
    ...row('3', 'Đề án phát triển du lịch', 'Bộ Văn hóa'),
    ...row('4', 'Đề án phát triển nông nghiệp', 'Bộ Nông nghiệp'),
  ];

  it('keeps its numeral: the heading is no part of the next task', () => {
    const tasks = tasksOf(lines);
    expect(tasks.find((t) => t.index === '1')?.content).toBe('Rà soát cơ chế đặc thù');
    expect(tasks.find((t) => t.index === '3')?.content).toBe('Đề án phát triển du lịch');
  });

  it('a lone Roman letter standing after a word is still a speck', () => {
    const pieces: Piece[] = [{ text: 'Rà soát', from: 5, to: 12 }, { text: 'I', from: 20, to: 21 }];
    expect(withoutSpecks(pieces)?.map((p) => p.text)).toEqual(['Rà soát']);
  });
});
