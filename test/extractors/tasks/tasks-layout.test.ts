import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { layoutTableRows } from '../../../extractors/tasks/layout-table.js';
import { layoutTableLines } from '../../../normalizers/layout-tables.js';
import { rejoinWrappedLines } from '../../../normalizers/lines.js';
import { removeMarkupDebris } from '../../../normalizers/debris.js';
import { testContext } from '../context.js';

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
    [
      'a header over justified prose whose gaps line up (no column edge is learnt from prose)',
      [
        HEADER,
        'Các sở, ban, ngành căn cứ  chức năng, nhiệm vụ được giao  triển khai thực hiện kế hoạch này,',
        'định kỳ báo cáo kết quả  về Sở Nội vụ tổng hợp,  trước ngày 15 tháng 12 hằng năm.',
      ],
    ],
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

  it('reads a wrapped header whose first line alone already names its columns, two of them alike', () => {
    // "Cơ quan" / "Cơ quan" name two leads on the first line; the second line tells them apart.
    const header = [
      at([[0, 'TT'], [20, 'Nhiệm vụ'], [48, 'Cơ quan'], [72, 'Cơ quan'], [96, 'Thời gian']]),
      at([[48, 'chủ trì'], [72, 'phối hợp'], [96, 'thực hiện']]),
    ];
    const rows = layoutTableRows(linesWithOffsets([...header, ...TABLE.slice(1, 4)].join('\n')));
    expect(rows.map((r) => r.text.split('\t'))).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
      ['1', 'Rà soát quy hoạch cây xanh đô thị đến năm 2030 gắn với hạ tầng xanh và di sản thiên niên kỷ.', 'Sở Xây dựng', '- Các sở, ngành; - UBND các huyện.', 'Năm 2025'],
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

  // Columns whose titles stand off where their cells start: "Căn cứ" is centred far right of its
  // column (cells from 60, title at 80), so the halfway point between two titles (67) falls inside
  // the cells; an OCR layer sets glued words a character or two either side of the column's edge.
  // Cells start at: TT 0, content 5, lead 30, support 44, basis 60, time 90.
  const OFFSET_HEADER = at([[0, 'TT'], [10, 'Nội dung'], [31, 'Chủ trì'], [46, 'Phối hợp'], [80, 'Căn cứ'], [100, 'Thời gian']]);
  const cellsAt = (index: string, content: string, lead: string, support: string, basis: string, time: string) =>
    at([[0, index], [5, content], [30, lead], [44, support], [60, basis], [90, time]]).trimEnd();
  const OFFSET_ROWS = [
    cellsAt('', 'Lập kế hoạch tuyển sinh', 'Phòng Đào tạo', 'Khoa CM', 'Đề án tuyển sinh', 'Tháng 01/2025'),
    cellsAt('1', 'năm 2025.', '', '', 'năm 2025', ''),
    cellsAt('', 'Tổng hợp danh sách', 'Phòng Đào tạo', 'CTSV', 'Quyết định trúng tuyển', 'Tuần 2, tháng 01'),
    cellsAt('2', 'sinh viên khóa mới.', '', '', '', ''),
  ];
  // Row 3: its support, basis and time cells glued one space apart, each piece at its column.
  function glued(pieces: ReadonlyArray<[number, string]>): string {
    const line = at([[0, '3'], [5, 'Tư vấn chuyên ngành.'], [30, 'Các khoa'], ...pieces]);
    // One space between the glued cells: one piece of text from 44 on.
    expect(line.slice(44)).toMatch(/^\S+(?: \S+)*$/);
    return line;
  }
  const SQUEEZED = glued([[44, 'Phòng Giáo dục'], [59, 'Đề án tuyển sinh của Sở Giáo'], [88, 'Tuần 1, tháng 3/2025']]);

  it.each([
    [
      'glued words a character or two left of the learnt edges open the next cells',
      SQUEEZED,
      ['Phòng Giáo dục', 'Đề án tuyển sinh của Sở Giáo', 'Tuần 1, tháng 3/2025'],
    ],
    [
      'a long cell pushed the next one right: past the learnt edge, short of the halfway one, its words stay',
      glued([[44, 'các phòng, ban liên quan'], [69, 'Đề án tuyển sinh năm'], [90, 'Tháng 3/2025']]),
      ['các phòng, ban liên quan', 'Đề án tuyển sinh năm', 'Tháng 3/2025'],
    ],
    [
      'a word of a long cell at the learnt edge without a capital stays in its cell',
      glued([[44, 'UBND các huyện, thành phố'], [70, 'Đề án năm 2025 của tỉnh'], [94, 'Quý I']]),
      ['UBND các huyện, thành phố', 'Đề án năm 2025 của tỉnh', 'Quý I'],
    ],
  ])('learns column edges from where the cells start: %s', (_, line, [support, basis, time]) => {
    const rows = layoutTableRows(linesWithOffsets([OFFSET_HEADER, ...OFFSET_ROWS, line].join('\n')), { roughPlacement: true });
    expect(rows.map((r) => r.text.split('\t').slice(0, 3))).toEqual([
      ['TT', 'Nội dung', 'Chủ trì'],
      ['1', 'Lập kế hoạch tuyển sinh năm 2025.', 'Phòng Đào tạo'],
      ['2', 'Tổng hợp danh sách sinh viên khóa mới.', 'Phòng Đào tạo'],
      ['3', 'Tư vấn chuyên ngành.', 'Các khoa'],
    ]);
    expect(rows[3]!.text.split('\t').slice(3)).toEqual([support, basis, time]);
  });

  it('keeps the halfway edges where no two lines start a cell together', () => {
    // The squeezed row alone: one line is no evidence of where a column starts, so an OCR layer's
    // row is split as a typed one's is, however that split falls.
    const text = linesWithOffsets([OFFSET_HEADER, SQUEEZED].join('\n'));
    const rough = layoutTableRows(text, { roughPlacement: true });
    expect(rough.length).toBe(2);
    expect(rough).toEqual(layoutTableRows(text));
  });

  it('in a typed layer, a capital at a learnt edge stays in the cell that ran long', () => {
    // Words of a typed PDF stand where they were set: "Sở Y tế" near the basis column's edge is
    // the end of a support cell that ran long, not the start of the next cell.
    const line = glued([[44, 'phối hợp với'], [57, 'Sở Y tế'], [65, 'Đề án năm 2025'], [80, 'Quý I']]);
    const typed = layoutTableRows(linesWithOffsets([OFFSET_HEADER, ...OFFSET_ROWS, line].join('\n')));
    const rough = layoutTableRows(linesWithOffsets([OFFSET_HEADER, ...OFFSET_ROWS, line].join('\n')), { roughPlacement: true });
    expect(typed[3]!.text.split('\t')[3]).toMatch(/^phối hợp với Sở Y tế/);
    // An OCR layer's words may stand a few characters off: there the capital opens the next cell.
    expect(rough[3]!.text.split('\t')[3]).toBe('phối hợp với Sở');
  });

  // How its time grows with the line: `npm run bench -- scaling --only layoutTable`.
  it('reads no table from a one-line megabyte of spaced pieces: one line is no table', () => {
    const line = `${'Nhiệm vụ  chủ trì  '.repeat(50_000)}`;
    expect([...layoutTableLines([line])]).toEqual([]);
    expect(layoutTableRows(linesWithOffsets(line))).toEqual([]);
  });
});
