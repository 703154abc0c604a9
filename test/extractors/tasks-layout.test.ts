import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../output/schema.js';
import { extractSections } from '../../extractors/sections.js';
import { extractTasks, linesWithOffsets } from '../../extractors/tasks/index.js';
import { layoutTableRows } from '../../extractors/tasks/layout-table.js';
import { layoutTableLines } from '../../normalizers/layout-tables.js';
import { rejoinWrappedLines } from '../../normalizers/lines.js';
import { removeMarkupDebris } from '../../normalizers/debris.js';
import { testContext } from './context.js';

const DOC = { date: '2024-11-01', title: null } as DocumentInfo;

// A task table as a PDF text layer lays it out: columns kept by spaces, cells wrapped, each
// row's number on the middle line of the row, a page number and the header again on page 2.
// Pieces are placed at the columns' left margins: TT 0, content 5, lead 46, support 70, time 96.
function at(pieces: ReadonlyArray<[number, string]>): string {
  let line = '';
  for (const [column, text] of pieces) line = line.padEnd(column, ' ') + text;
  return line;
}
const row = (index: string, content: string, lead = '', support = '', time = '') =>
  at([[0, index], [5, content], [46, lead], [70, support], [96, time]]).trimEnd();
const HEADER = at([[0, 'TT'], [20, 'Nhiệm vụ'], [48, 'Cơ quan chủ trì'], [72, 'Cơ quan phối hợp'], [96, 'Thời gian']]);
const TABLE = [
  HEADER,
  row('', 'Rà soát quy hoạch cây xanh đô thị', '', '- Các sở, ngành;'),
  row('1', 'đến năm 2030 gắn với hạ tầng xanh', 'Sở Xây dựng', '', 'Năm 2025'),
  row('', 'và di sản thiên niên kỷ.', '', '- UBND các huyện.'),
  row('', 'Thực hiện hiệu quả Tết trồng cây', 'UBND các huyện,', '- Các sở, ngành.'),
  row('2', '', '', '', 'Hàng năm'),
  row('', '“Đời đời nhớ ơn Bác Hồ”.', 'thành phố'),
  row('', 'Dự thảo Nghị quyết của HĐND tỉnh', '', '', 'Trình trong'),
  row('3', 'về chính sách trồng cây xanh', 'Sở Nông nghiệp và', '- Các sở, ngành.', 'tháng 6/2025'),
  row('', 'trên địa bàn tỉnh', 'Phát triển nông thôn'),
  row('', 'Trình UBND tỉnh ban hành Đề án'),
  row('4', 'trồng cây trên địa bàn tỉnh', 'Sở Nông nghiệp và', '- Các sở, ngành.', 'Quý I/2025'),
  row('', 'Ninh Bình.', 'Phát triển nông thôn'),
  at([[50, '5']]),
  '',
  HEADER,
  row('5', 'Tăng cường thanh tra, kiểm tra.', 'Thanh tra tỉnh', '- Các sở, ngành.', 'Hàng năm'),
];

function tasksOf(text: string) {
  const ctx = testContext();
  return extractTasks(text, ctx, { tables: [], document: DOC, sections: extractSections(text) });
}

describe('task tables laid out with spaces', () => {
  it('reads rows whose number stands on their middle line, across a page break', () => {
    const tasks = tasksOf(TABLE.join('\n'));
    expect(tasks.map((t) => t.index)).toEqual(['1', '2', '3', '4', '5']);
    expect(tasks[0]).toMatchObject({
      content: 'Rà soát quy hoạch cây xanh đô thị đến năm 2030 gắn với hạ tầng xanh và di sản thiên niên kỷ.',
      lead: ['Sở Xây dựng'],
      support: ['Các sở, ngành', 'UBND các huyện'],
    });
    expect(tasks[1]!.lead).toEqual(['UBND các huyện, thành phố']);
    expect(tasks[1]!.deadline).toMatchObject({ text: 'Hàng năm', recurring: true });
    // Row 3's content ends without a full stop: the split falls where the rows are centred.
    expect(tasks[2]!.content).toBe('Dự thảo Nghị quyết của HĐND tỉnh về chính sách trồng cây xanh trên địa bàn tỉnh');
    expect(tasks[2]!.deadline).toMatchObject({ text: 'Trình trong tháng 6/2025', start: '2025-06', end: '2025-06' });
    // A short last line at the content's margin stands under the index column: it is content.
    expect(tasks[3]!.content).toBe('Trình UBND tỉnh ban hành Đề án trồng cây trên địa bàn tỉnh Ninh Bình.');
    expect(tasks[3]!.lead).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
    expect(tasks[4]!.lead).toEqual(['Thanh tra tỉnh']);
  });

  it.each([
    ['a line of prose after the table', ['      III. TỔ CHỨC THỰC HIỆN: các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện kế hoạch']],
    ['a signature block', ['Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN']],
    ['a numbered heading', ['', '     III. TỔ CHỨC THỰC HIỆN']],
    ['another document\'s header, as an engine without Vietnamese printed it', ['', " TRUONG D~ HQC DI~N LV'C                    CQNG HoA          xA HQI CHU NGHiA VI~T NAM"]],
    ['justified prose, its words spread by two spaces', ['', 'Yêu cầu các cơ quan, đơn vị nghiêm túc  triển khai thực hiện  Kế hoạch này. Trong quá trình thực hiện nếu', 'có vướng mắc báo cáo về Sở Nội vụ.']],
  ])('ends the table at %s', (_, after) => {
    const rows = layoutTableRows(linesWithOffsets([...TABLE.slice(0, 4), ...after, row('1', 'Không phải một nhiệm vụ', 'Sở Y tế', '- Sở Tài chính.', 'Năm 2026')].join('\n')));
    expect(rows.map((r) => r.text.split('\t')[0])).toEqual(['TT', '1']);
  });

  it.each([
    ['no header', ['1    Một dòng    Sở Xây dựng    Năm 2025']],
    ['a header that names no task column', ['TT    Tên thủ tục    Số hồ sơ    Tỷ lệ', '1     Đăng ký kết hôn    1.700    54%']],
    ['a sentence with wide spaces', ['Căn cứ nhiệm vụ  được giao,  các đơn vị chủ trì  thực hiện đúng thời gian.']],
    ['titles of plain words near garbled header words ("toàn dân" is no "tiến độ")', ['Nội dung chính    Toàn dân tham gia    Ghi chú', '1     Ra quân vệ sinh    Các hộ gia đình    Hằng tháng']],
  ])('finds no table in %s', (_, lines) => {
    expect(layoutTableRows(linesWithOffsets(lines.join('\n')))).toEqual([]);
  });

  it('keeps the table lines through normalisation, and only them', () => {
    const text = ['Căn cứ  Kế hoạch   số 12,', 'các sở thực hiện như sau:', ...TABLE.slice(0, 7), '', '     III. TỔ CHỨC THỰC HIỆN', 'Sở Tài chính  bố trí kinh phí', 'hằng năm.'].join('\n');
    const kept = layoutTableLines(text.split('\n'));
    expect([...kept]).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const normalized = rejoinWrappedLines(removeMarkupDebris(text));
    // Prose is collapsed and re-joined; the table keeps its spacing and its lines.
    expect(normalized).toContain('Căn cứ Kế hoạch số 12, các sở thực hiện như sau:');
    expect(normalized).toContain('Sở Tài chính bố trí kinh phí hằng năm.');
    expect(normalized).toContain(TABLE.slice(0, 7).join('\n'));
  });

  // A header whose titles wrap over three lines, the first line holding no task word; a row
  // whose content and lead cells the layer set one space apart.
  const wrappedHeader = (words: readonly string[][]) => [
    at([[10, words[0]![0]!], [36, 'Trách'], [52, 'Trách'], [70, 'Chuẩn mực']]),
    at([[0, 'TT'], [36, words[1]![0]!], [52, words[1]![1]!], [70, 'chấp nhận /']]),
    at([[12, words[2]![0]!], [36, words[2]![1]!], [52, words[2]![2]!], [70, words[2]![3]!]]),
  ];
  const WRAPPED_HEADER = wrappedHeader([['Tiến trình các'], ['nhiệm', 'nhiệm'], ['công việc', 'thực hiện', 'phối hợp', 'Thời gian']]);
  // The same header as an engine without Vietnamese prints it, before restoration.
  const GARBLED_HEADER = wrappedHeader([['Ti~n trinh cac'], ['nhi~m', 'nhi~m'], ['cong vi~c', 'thuc hi~n', "ph6i hQ'p", 'IT hOi gian']]);
  const WRAPPED_ROWS = [
    at([[5, 'Lập danh sách sinh viên'], [36, 'Phòng Đào'], [52, 'Khoa CM'], [70, 'Tuần 1, tháng 01/2021']]),
    at([[0, '1'], [5, 'đăng ký chuyên ngành.'], [36, 'tạo']]),
    at([[5, 'Tổng hợp danh sách sinh viên Đào tạo'], [52, 'CTSV'], [70, 'Tuần 2, tháng 01/2021']]),
    at([[0, '2'], [5, 'khóa mới']]),
  ];

  it('reads a header wrapped over three lines, and cells set one space apart by their place', () => {
    const rows = layoutTableRows(linesWithOffsets([...WRAPPED_HEADER, ...WRAPPED_ROWS].join('\n')));
    expect(rows.map((r) => r.text.split('\t'))).toEqual([
      ['TT', 'Tiến trình các công việc', 'Trách nhiệm thực hiện', 'Trách nhiệm phối hợp', 'Chuẩn mực chấp nhận / Thời gian'],
      ['1', 'Lập danh sách sinh viên đăng ký chuyên ngành.', 'Phòng Đào tạo', 'Khoa CM', 'Tuần 1, tháng 01/2021'],
      ['2', 'Tổng hợp danh sách sinh viên khóa mới', 'Đào tạo', 'CTSV', 'Tuần 2, tháng 01/2021'],
    ]);
  });

  it('never takes a numbered first row for more of a one-line header, whatever title words its cells hold', () => {
    const rows = layoutTableRows(linesWithOffsets([HEADER, row('1', 'Rà soát nội dung công việc', 'Cơ quan chủ trì', 'Các đơn vị phối hợp', 'Thời gian: quý I')].join('\n')));
    expect(rows.map((r) => r.text.split('\t'))).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      ['1', 'Rà soát nội dung công việc', 'Cơ quan chủ trì', 'Các đơn vị phối hợp', 'Thời gian: quý I'],
    ]);
  });

  it('keeps the lines of a wrapped, garbled header and its rows through normalisation', () => {
    const lines = ['Cac don vi thuc hien theo quy trinh sau:', ...GARBLED_HEADER, ...WRAPPED_ROWS, 'Nội dung trên đây là quy trình thực hiện cho các khoa và phòng ban.'];
    expect([...layoutTableLines(lines)]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  // How its time grows with the line: `npm run bench -- scaling --only layoutTable`.
  it('reads no table from a one-line megabyte of spaced pieces: one line is no table', () => {
    const line = `${'Nhiệm vụ  chủ trì  '.repeat(50_000)}`;
    expect([...layoutTableLines([line])]).toEqual([]);
    expect(layoutTableRows(linesWithOffsets(line))).toEqual([]);
  });
});
