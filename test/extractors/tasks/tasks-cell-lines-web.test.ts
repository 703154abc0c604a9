// Task tables as legal websites copy them: the header alone as a markdown row (its rule row under
// it, its last cell fallen onto a line of its own), the body one cell per line, each cell a whole
// paragraph however long, groups numbered 1, 2 with their rows lettered "a)", "b)".
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { cellLineTableRows } from '../../../extractors/tasks/cell-lines.js';
import { rejoinWrappedLines } from '../../../normalizers/lines.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-06-10', title: null } as DocumentInfo;

function tasksOf(text: string) {
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: [] });
}

const LONG =
  'Rà soát, công bố và cập nhật danh mục các phương pháp tạo kết quả giảm phát thải để chuyển giao quốc tế có điều chỉnh tương ứng thuộc các tiêu chuẩn độc lập được áp dụng ở Việt Nam.';

const TABLE = [
  'PHỤ LỤC',
  'KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH',
  '| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |',
  '| --- | --- | --- | --- |',
  'Thời gian thực hiện',
  '1',
  'Tổ chức tuyên truyền, phổ biến Nghị định',
  'a)',
  'Tổ chức Hội nghị phổ biến Nghị định đến các cơ quan, tổ chức ở trung ương, địa phương.',
  'Cục Lâm nghiệp và Kiểm lâm',
  'Vụ Pháp chế; các cơ quan, đơn vị có liên quan',
  'Quý III, IV/2026',
  'b)',
  'Tổ chức các chương trình truyền thông phù hợp khác.',
  'Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường',
  'Các cơ quan, đơn vị có liên quan',
  'Thường xuyên',
  '2',
  'Rà soát, ban hành văn bản hướng dẫn Nghị định',
  'a)',
  'Xây dựng Thông tư quy định phương pháp xác định mức chi trả dịch vụ.',
  'Cục Lâm nghiệp và Kiểm lâm',
  'Vụ Pháp chế',
  'Quý III/2026',
  'b)',
  LONG,
  'Cục Biến đổi khí hậu',
  'Vụ Hợp tác quốc tế',
  'Quý II, III/2026',
  '3',
  'Tổng hợp, đánh giá việc thực hiện Nghị định.',
  'Cục Lâm nghiệp và Kiểm lâm',
  'Vụ Pháp chế; các cơ quan, đơn vị có liên quan',
  'Thường xuyên',
].join('\n');

const EXPECTED = [
  ['1.a', 'Tổ chức tuyên truyền, phổ biến Nghị định', ['Cục Lâm nghiệp và Kiểm lâm'], ['Vụ Pháp chế', 'các cơ quan, đơn vị có liên quan'], 'Quý III, IV/2026'],
  ['1.b', 'Tổ chức tuyên truyền, phổ biến Nghị định', ['Cục Lâm nghiệp và Kiểm lâm', 'Sở Nông nghiệp và Môi trường'], ['Các cơ quan, đơn vị có liên quan'], 'Thường xuyên'],
  ['2.a', 'Rà soát, ban hành văn bản hướng dẫn Nghị định', ['Cục Lâm nghiệp và Kiểm lâm'], ['Vụ Pháp chế'], 'Quý III/2026'],
  ['2.b', 'Rà soát, ban hành văn bản hướng dẫn Nghị định', ['Cục Biến đổi khí hậu'], ['Vụ Hợp tác quốc tế'], 'Quý II, III/2026'],
  ['3', null, ['Cục Lâm nghiệp và Kiểm lâm'], ['Vụ Pháp chế', 'các cơ quan, đơn vị có liên quan'], 'Thường xuyên'],
];

describe('a web copy’s task table: markdown header row, body one cell per line', () => {
  it.each([
    ['as copied', TABLE],
    // Normalisation runs "a)" onto the line before it, as it reads a wrapped sentence.
    ['as normalisation leaves it', rejoinWrappedLines(TABLE)],
  ])('%s: every lettered row of a group and every numbered row, with its cells', (_what, text) => {
    if (text !== TABLE) expect(text).toMatch(/Quý III, IV\/2026 b\)\n/);
    const got = tasksOf(text);
    expect(got.map((t) => [t.index, t.section, t.lead, t.support, t.deadline?.text])).toEqual(EXPECTED);
    // The group heading is no task; a cell longer than an OCR dump's line is the row's content.
    expect(got[3]!.content).toBe(LONG);
    for (const t of got) expect(text.slice(t.span!.start, t.span!.end)).toContain(t.lead[0]);
  });

  it('reads the header row as its cells, the fallen last cell with them', () => {
    const rows = cellLineTableRows(linesWithOffsets(TABLE));
    expect(rows[0]!.text).toBe('TT\tNội dung hoạt động\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện');
    expect(TABLE.slice(rows[0]!.start!, rows[0]!.start! + 2)).toBe('TT');
  });

  it.each([
    ['a markdown table whose rows are pipe rows too (the pipe-table reader’s)', ['| TT | Nội dung | Chủ trì | Thời gian |', '| --- | --- | --- | --- |', '| 1 | Tổ chức hội nghị | Sở Nội vụ | Quý I/2024 |', '| 2 | Kiểm tra | Sở Tư pháp | Quý II/2024 |']],
    ['a markdown row of another table over prose', ['| TT | Họ và tên | Chức vụ | Đơn vị |', '| --- | --- | --- | --- |', 'Danh sách trên gồm 12 người.', '1', 'Nguyễn Văn A']],
  ])('reads no cell-line table from %s', (_what, lines) => {
    expect(cellLineTableRows(linesWithOffsets(lines.join('\n')))).toEqual([]);
  });

  it('takes a letter after "điểm" at a line’s end for a citation, not a lettered row', () => {
    const text = ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', '1', 'Thực hiện nội dung tại điểm a)', 'Sở Nội vụ', 'Quý I/2024', '2', 'Kiểm tra', 'Sở Tư pháp', 'Quý II/2024'].join('\n');
    expect(cellLineTableRows(linesWithOffsets(text)).slice(1).map((r) => r.text)).toEqual(['1\tThực hiện nội dung tại điểm a)\tSở Nội vụ\tQuý I/2024', '2\tKiểm tra\tSở Tư pháp\tQuý II/2024']);
  });
});
