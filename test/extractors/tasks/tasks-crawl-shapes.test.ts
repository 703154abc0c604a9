// Task tables as web crawls break them: rows cut over several pipe lines with cells inside lines
// (merged cells rendered badly), and a second line of units printed under a row's merged
// content cell. Built from the shapes, not copied from a document.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-01-15', title: null } as DocumentInfo;

function read(text: string) {
  const ctx = testContext();
  return extractTasks(text, ctx, { tables: [], document: DOC, sections: extractSections(text) });
}

const brief = (t: ReturnType<typeof read>[number]) => ({
  index: t.index,
  section: t.section,
  content: t.content,
  lead: t.lead,
  support: t.support,
  deadline: t.deadline?.text ?? null,
});

/** A pipe-cell table: each row's cells, each cell's lines, as a crawl prints them. */
function pipeTable(rows: string[][]): string {
  return rows.map((cells) => ['|', ...cells.flatMap((c) => [c, '|'])].join('\n')).join('\n');
}

describe('rows a crawl cut over several pipe lines', () => {
  it.each([
    {
      name: 'a header row alone, group rows, an empty index column, rows cut inside and a unit cell on a line without a pipe',
      lines: [
        '| STT | Tên văn bản | Cơ quan trình | Cơ quan chủ trì soạn thảo | Cơ quan thẩm định | Thời hạn trình | Ghi chú | |',
        '|',
        '| A. Nghị định của Chính phủ |',
        '| |||||',
        '| | Nghị định quy định chi tiết về quản lý cụm công nghiệp | Bộ Công Thương | Vụ Công nghiệp (Cục Hóa chất phối hợp)',
        '| Bộ Tư pháp',
        '| Quý II/2026 | Thay thế văn bản cũ | |',
        '| Nghị định sửa đổi quy định về khuyến công | Bộ Công Thương | Cục Công nghiệp',
        '| Bộ Tư pháp',
        '| Quý III/2026 | | ||',
        '| B. Thông tư của Bộ trưởng | |||||||',
        '|',
        '| |||||||',
        '| | Thông tư hướng dẫn thống kê ngành công thương | Vụ Kế hoạch |',
        'Vụ Kế hoạch - Tài chính [2] |',
        '| Trước ngày 30/9/2026 | Văn bản mới | |',
        '| Thông tư bãi bỏ một số thông tư về xuất nhập khẩu | Cục Xuất nhập khẩu | Cục Xuất nhập khẩu | Vụ Pháp chế | Trước ngày 31/12/2026 | Bãi bỏ | ||',
      ],
      rows: [
        { index: null, section: 'Nghị định của Chính phủ', content: 'Nghị định quy định chi tiết về quản lý cụm công nghiệp', lead: ['Vụ Công nghiệp'], support: ['Cục Hóa chất'], deadline: 'Quý II/2026' },
        { index: null, section: 'Nghị định của Chính phủ', content: 'Nghị định sửa đổi quy định về khuyến công', lead: ['Cục Công nghiệp'], support: [], deadline: 'Quý III/2026' },
        { index: null, section: 'Thông tư của Bộ trưởng', content: 'Thông tư hướng dẫn thống kê ngành công thương', lead: ['Vụ Kế hoạch - Tài chính'], support: [], deadline: 'Trước ngày 30/9/2026' },
        { index: null, section: 'Thông tư của Bộ trưởng', content: 'Thông tư bãi bỏ một số thông tư về xuất nhập khẩu', lead: ['Cục Xuất nhập khẩu'], support: [], deadline: 'Trước ngày 31/12/2026' },
      ],
    },
    {
      name: 'rows without their index cells run straight into each other',
      lines: [
        '| TT | Tên đề án | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Ghi chú | |',
        '|',
        '| | Đề án phát triển du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính',
        '| Năm 2027 | Trình HĐND tỉnh',
        '| Đề án bảo tồn làng nghề truyền thống | Sở Công Thương | UBND các xã | Năm 2028 | Trình UBND tỉnh',
        '| Đề án chuyển đổi số trong quản lý di tích | Sở Văn hóa, Thể thao và Du lịch',
        '| Sở Khoa học và Công nghệ | Năm 2026 | Trình UBND tỉnh | |',
      ],
      rows: [
        { index: null, section: null, content: 'Đề án phát triển du lịch cộng đồng', lead: ['Sở Văn hóa, Thể thao và Du lịch'], support: ['Sở Tài chính'], deadline: 'Năm 2027' },
        { index: null, section: null, content: 'Đề án bảo tồn làng nghề truyền thống', lead: ['Sở Công Thương'], support: ['UBND các xã'], deadline: 'Năm 2028' },
        { index: null, section: null, content: 'Đề án chuyển đổi số trong quản lý di tích', lead: ['Sở Văn hóa, Thể thao và Du lịch'], support: ['Sở Khoa học và Công nghệ'], deadline: 'Năm 2026' },
      ],
    },
    {
      name: 'numbered rows cut after their unit cell, the next row opening on the same stream',
      lines: [
        '| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |',
        '| 1 | Tổ chức hội nghị sơ kết phong trào thi đua | Sở Nội vụ',
        '| Các sở, ban, ngành | Tháng 6/2026 |',
        '| 2 | Xây dựng cơ sở dữ liệu khen thưởng | Sở Nội vụ | Sở Khoa học và Công nghệ',
        '| Quý IV/2026 |',
        '| 3 | Tổng kết công tác thi đua năm 2026 | Sở Nội vụ | UBND các xã, phường | Tháng 12/2026 |',
      ],
      rows: [
        { index: '1', section: null, content: 'Tổ chức hội nghị sơ kết phong trào thi đua', lead: ['Sở Nội vụ'], support: ['Các sở, ban, ngành'], deadline: 'Tháng 6/2026' },
        { index: '2', section: null, content: 'Xây dựng cơ sở dữ liệu khen thưởng', lead: ['Sở Nội vụ'], support: ['Sở Khoa học và Công nghệ'], deadline: 'Quý IV/2026' },
        { index: '3', section: null, content: 'Tổng kết công tác thi đua năm 2026', lead: ['Sở Nội vụ'], support: ['UBND các xã, phường'], deadline: 'Tháng 12/2026' },
      ],
    },
    {
      name: 'a markdown table with its rule line whose later rows are cut',
      lines: [
        '| STT | Nội dung | Đơn vị thực hiện | Thời gian thực hiện |',
        '|---|---|---|---|',
        '| 1 | Phát động phong trào thi đua | Sở Nội vụ | Tháng 02/2026 |',
        '| 2 | Kiểm tra việc thực hiện phong trào | Sở Nội vụ',
        '| Quý III/2026 |',
      ],
      rows: [
        { index: '1', section: null, content: 'Phát động phong trào thi đua', lead: ['Sở Nội vụ'], support: [], deadline: 'Tháng 02/2026' },
        { index: '2', section: null, content: 'Kiểm tra việc thực hiện phong trào', lead: ['Sở Nội vụ'], support: [], deadline: 'Quý III/2026' },
      ],
    },
    {
      name: 'an empty cell between two cut lines keeps the cells after it in their columns',
      lines: [
        '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |',
        '|',
        '| 1 | Rà soát quy chế thi đua | Văn phòng UBND tỉnh |',
        '| Quý I/2026 |',
        '| 2 | Ban hành hướng dẫn chấm điểm | Sở Nội vụ | Sở Tài chính | Quý II/2026 |',
      ],
      rows: [
        { index: '1', section: null, content: 'Rà soát quy chế thi đua', lead: ['Văn phòng UBND tỉnh'], support: [], deadline: 'Quý I/2026' },
        { index: '2', section: null, content: 'Ban hành hướng dẫn chấm điểm', lead: ['Sở Nội vụ'], support: ['Sở Tài chính'], deadline: 'Quý II/2026' },
      ],
    },
  ])('$name', ({ lines, rows }) => {
    const text = ['Các nhiệm vụ cụ thể như sau:', '', ...lines, '', 'Trên đây là kế hoạch thực hiện.'].join('\n');
    const got = read(text);
    expect(got.map(brief)).toEqual(rows);
    // Each row points at its own text.
    for (const task of got) expect(text.slice(task.span!.start, task.span!.end)).toContain(task.content.split(' ').slice(0, 4).join(' '));
  });

  it.each([
    ['a table of figures', ['| TT | Nội dung | Năm 2025 | Năm 2026 | |', '|', '| 1 | Tổng thu | 1.200', '| 1.350 | |']],
    ['a whole markdown table with its rule line', ['| TT | Nội dung | Đơn vị chủ trì | Thời gian |', '|---|---|---|---|']],
  ])('%s gives no row', (_name, lines) => {
    expect(read(lines.join('\n'))).toEqual([]);
  });
});

describe('a second line of units under a row’s merged content cell', () => {
  const HEADER = ['**TT**', '**Tên đề án**', '**Cơ quan chủ trì**', '**Cơ quan phối hợp**', '**Thời hạn hoàn thành**'];

  it.each([
    {
      name: 'central and local units of one row',
      rows: [
        HEADER,
        ['1', 'Đề án phát triển văn hóa đọc\ntrong cộng đồng', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Giáo dục và Đào tạo; Bộ Tài chính', '2028'],
        ['Ủy ban nhân dân các tỉnh, thành phố', 'Sở Giáo dục và Đào tạo'],
        ['2', 'Đề án số hóa thư viện công cộng', 'Bộ Văn hóa, Thể thao và Du lịch', 'Các bộ, ngành liên quan', '2030'],
      ],
      tasks: [
        { index: '1', section: null, content: 'Đề án phát triển văn hóa đọc trong cộng đồng', lead: ['Bộ Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân các tỉnh, thành phố'], support: ['Bộ Giáo dục và Đào tạo', 'Bộ Tài chính', 'Sở Giáo dục và Đào tạo'], deadline: '2028' },
        { index: '2', section: null, content: 'Đề án số hóa thư viện công cộng', lead: ['Bộ Văn hóa, Thể thao và Du lịch'], support: ['Các bộ, ngành liên quan'], deadline: '2030' },
      ],
    },
    {
      name: 'the last row of the table',
      rows: [
        HEADER,
        ['1', 'Đề án hỗ trợ khởi nghiệp sáng tạo', 'Bộ Khoa học và Công nghệ', 'Bộ Tài chính', 'Năm 2027'],
        ['UBND các tỉnh', 'Sở Khoa học và Công nghệ các tỉnh'],
      ],
      tasks: [
        { index: '1', section: null, content: 'Đề án hỗ trợ khởi nghiệp sáng tạo', lead: ['Bộ Khoa học và Công nghệ', 'UBND các tỉnh'], support: ['Bộ Tài chính', 'Sở Khoa học và Công nghệ các tỉnh'], deadline: 'Năm 2027' },
      ],
    },
    {
      name: 'a sub-row with content of its own stays a task',
      rows: [
        HEADER,
        ['1', 'Đề án bảo tồn di sản', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Tài chính', '2029'],
        ['- Kiểm kê di sản phi vật thể', 'Sở Văn hóa, Thể thao và Du lịch', 'Các huyện', '2027'],
      ],
      tasks: [
        { index: '1', section: null, content: 'Đề án bảo tồn di sản', lead: ['Bộ Văn hóa, Thể thao và Du lịch'], support: ['Bộ Tài chính'], deadline: '2029' },
        { index: '1', section: null, content: 'Kiểm kê di sản phi vật thể', lead: ['Sở Văn hóa, Thể thao và Du lịch'], support: ['Các huyện'], deadline: '2027' },
      ],
    },
    {
      name: 'a sub-row whose content opens with the body that does it stays a task',
      rows: [
        HEADER,
        ['1', 'Đề án bảo tồn di sản', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Tài chính', '2029'],
        ['UBND các tỉnh tổ chức kiểm kê di sản', 'Sở Văn hóa, Thể thao và Du lịch'],
      ],
      tasks: [
        { index: '1', section: null, content: 'Đề án bảo tồn di sản', lead: ['Bộ Văn hóa, Thể thao và Du lịch'], support: ['Bộ Tài chính'], deadline: '2029' },
        { index: null, section: null, content: 'UBND các tỉnh tổ chức kiểm kê di sản', lead: ['Sở Văn hóa, Thể thao và Du lịch'], support: [], deadline: null },
      ],
    },
  ])('$name', ({ rows, tasks }) => {
    expect(read(pipeTable(rows)).map(brief)).toEqual(tasks);
  });
});

describe('unit lists a kind of body heads', () => {
  it.each([
    ['Các Sở: Tư pháp, Nội vụ', ['Sở Tư pháp', 'Sở Nội vụ']],
    // A department whose own name holds a comma stays whole in a comma list.
    ['Các Sở: Văn hóa, Thể thao và Du lịch, Nội vụ', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ']],
    ['Các Bộ: Tài chính, Văn hóa, Thể thao và Du lịch', ['Bộ Tài chính', 'Bộ Văn hóa, Thể thao và Du lịch']],
    ['Các Sở: Văn hóa, Giáo dục và Đào tạo', ['Sở Văn hóa', 'Sở Giáo dục và Đào tạo']],
    ['Các Cục: Quản lý thị trường; Xuất nhập khẩu; Hóa chất. Vụ Pháp chế', ['Cục Quản lý thị trường', 'Cục Xuất nhập khẩu', 'Cục Hóa chất', 'Vụ Pháp chế']],
    ['Văn phòng UBND tỉnh; các Sở: NV, TC, KHCN; UBND các xã', ['Văn phòng UBND tỉnh', 'Sở NV', 'Sở TC', 'Sở KHCN', 'UBND các xã']],
    ['Các Bộ: Y tế; Tài chính; Văn phòng Chính phủ', ['Bộ Y tế', 'Bộ Tài chính', 'Văn phòng Chính phủ']],
    // Kinds of school, not named bodies: the list stays one collective.
    ['Các trường: Đại học, Cao đẳng trên địa bàn tỉnh', ['Các trường: Đại học, Cao đẳng trên địa bàn tỉnh']],
    // A bracket that explains the body, a footnote mark: not part of the unit; a naming bracket is.
    ['Tổ biên tập do Bộ thành lập (Vụ Pháp chế là cơ quan thường trực của Tổ biên tập)', ['Tổ biên tập do Bộ thành lập']],
    ['Ủy ban Dân tộc [4]', ['Ủy ban Dân tộc']],
    ['Bộ Công an (Cục Cảnh sát giao thông)', ['Bộ Công an (Cục Cảnh sát giao thông)']],
    // A named office whose kind word alone is in small letters is a body of its own after a comma;
    // a kind in small letters with no name ("phòng ban liên quan") goes on the collective.
    ['BCH Quân sự, phòng Tổng hợp', ['BCH Quân sự', 'phòng Tổng hợp']],
    ['UBND huyện, phòng Văn hóa và Thông tin', ['UBND huyện', 'phòng Văn hóa và Thông tin']],
    ['Sở Nội vụ, phòng ban liên quan', ['Sở Nội vụ, phòng ban liên quan']],
    // A ministry, then a province's government: two bodies; a ministry's own "và" and a council's office stay one.
    ['Bộ Y tế và Ủy ban nhân dân tỉnh Thừa Thiên Huế', ['Bộ Y tế', 'Ủy ban nhân dân tỉnh Thừa Thiên Huế']],
    ['Bộ Nội vụ và UBND các tỉnh', ['Bộ Nội vụ', 'UBND các tỉnh']],
    ['Bộ Nông nghiệp và Phát triển nông thôn', ['Bộ Nông nghiệp và Phát triển nông thôn']],
    ['Văn phòng HĐND và UBND quận', ['Văn phòng HĐND và UBND quận']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

// How their time grows with the input: `npm run bench -- scaling --only tasks-crawl-shapes`.
describe('long input reads as its short form does', () => {
  it.each([
    ['kind lists one after another', 50_000, (n: number) => 'các Sở: Tư pháp; '.repeat(n)],
    ['an unclosed bracket of clauses', 80_000, (n: number) => `Sở Nội vụ (${' là phối hợp '.repeat(n)}`],
  ])('%s', (_name, n, cell) => {
    expect(splitUnits(cell(n))).toEqual(splitUnits(cell(2)));
  });

  it('a comma list of a megabyte is cut at its commas, never inside a name', () => {
    const units = splitUnits(`Các Cục: ${'Quản lý, '.repeat(100_000)}`);
    expect(units[0]).toBe('Cục Quản lý');
    for (const unit of units) expect(unit).toMatch(/^(?:Cục )?Quản lý(?:, Quản lý)*$/u);
  });

  it('a kind list longer than a list is read keeps its names whole', () => {
    const names = Array.from({ length: 120 }, (_, i) => `Quản lý ${i % 2 ? 'thị trường' : 'xây dựng'}`);
    for (const unit of splitUnits(`Các Cục: ${names.join(', ')}`)) expect(unit).toMatch(/^(?:Cục )?Quản lý (?:thị trường|xây dựng)(?:, Quản lý (?:thị trường|xây dựng))*$/u);
  });

  it('every row of a long table cut onto one line is read, row numbers up to 999', () => {
    const rows = Array.from({ length: 999 }, (_, i) => `| ${i + 1} | Nhiệm vụ số ${i + 1} | Sở Nội vụ | Quý I/2026`).join(' ');
    const tasks = read(`| TT | Nội dung | Đơn vị chủ trì | Thời gian | |\n|\n${rows} |`);
    expect(tasks.map(brief)).toEqual(
      Array.from({ length: 999 }, (_, i) => ({ index: String(i + 1), section: null, content: `Nhiệm vụ số ${i + 1}`, lead: ['Sở Nội vụ'], support: [], deadline: 'Quý I/2026' })),
    );
  });
});
