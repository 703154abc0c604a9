// Long task tables of PDF appendices (heldout-tasks2): tables that run over many pages, whose text
// layer repeats a page header inside the table, cuts rows at page breaks, spreads group headings
// over the columns and joins each cell's lines with spaces.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { headerRoles } from '../../../extractors/tasks/columns.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-06-04', title: null } as DocumentInfo;
const HEADER = ['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian thực hiện'];
const row = (cells: string[]) => cells.join('\t');

function read(lines: string[]) {
  return extractTasks(lines.join('\n'), testContext(), { tables: [], document: DOC, sections: [] });
}

const brief = (t: ReturnType<typeof read>[number]) => ({ index: t.index, lead: t.lead, support: t.support, deadline: t.deadline?.text ?? null });

/** A page break as a PDF reader gives it: form feed, the running page line, the header again. */
const pageBreak = (page: number) => `\fCÔNG BÁO/Số 333/Ngày 16-06-2026\t${page}\n${row(HEADER)}`;

describe('running page headers inside a task table', () => {
  it('are not rows, and the row they cut carries on across the page', () => {
    const lines = [
      row(HEADER),
      row(['1.1', 'Nghiên cứu, rà soát các quy định.', 'Bộ Tài chính', 'Bộ Khoa học và Công nghệ', 'Cơ chế được ban hành', 'Quý IV/2026']),
      row(['1.2', 'Nghiên cứu xây dựng tiêu chuẩn cơ', 'Bộ Khoa học và', 'Cơ quan, tổ chức', 'Tiêu chuẩn, quy', 'Quý IV/2026']) + pageBreak(92),
      row(['', 'sở, tiêu chuẩn quốc gia cho các nhóm sản phẩm.', 'Công nghệ', 'và doanh nghiệp liên quan', 'chuẩn được ban hành']),
      row(['1.3', 'Tăng cường năng lực hạ tầng chất lượng.', 'Bộ Khoa học và Công nghệ', 'Bộ Tài chính', 'Quyết định', 'Quý III/2026']) + pageBreak(93),
      row(['1.4', 'Hỗ trợ nghiên cứu, làm chủ công nghệ.', 'Bộ Khoa học và Công nghệ', 'Bộ Tài chính', 'Đề xuất', 'Nhiệm vụ thường xuyên']) + pageBreak(94),
      row(['1.5', 'Thúc đẩy triển khai nền tảng.', 'Bộ Khoa học và Công nghệ', 'Bộ Tài chính', 'Nhiệm vụ được triển khai', 'Quý I/2027']),
    ];
    const tasks = read(lines);
    expect(tasks.map((t) => t.index)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(brief(tasks[1]!)).toEqual({ index: '1.2', lead: ['Bộ Khoa học và Công nghệ'], support: ['Cơ quan, tổ chức và doanh nghiệp liên quan'], deadline: 'Quý IV/2026' });
    expect(tasks[1]!.content).toBe('Nghiên cứu xây dựng tiêu chuẩn cơ sở, tiêu chuẩn quốc gia cho các nhóm sản phẩm.');
  });

  it('that open fewer than three pages are left alone', () => {
    const lines = [row(HEADER), row(['1', 'Rà soát quy định.', 'Bộ Tư pháp', '', '', 'Quý IV/2026']) + '\fGhi chú trang\t2', row(['2', 'Ban hành kế hoạch.', 'Bộ Nội vụ', '', '', '2026'])];
    expect(read(lines).map((t) => t.index)).toEqual(['1', 'Ghi chú trang', '2']);
  });
});

describe('a row a page break cut', () => {
  it.each([
    ['a second date under the same units is listed after the first', ['', 'tư nhân theo Nghị quyết số 68-NQ/TW.', 'Bộ Tài chính', 'Các bộ, cơ quan ngang bộ', 'Báo cáo kết quả', 'Tháng 11/2026'], 'Tháng 02/2026; Tháng 11/2026'],
    ['its deadline cell cut mid-phrase goes on', ['', 'tư nhân theo Nghị quyết số 68-NQ/TW.', '', '', '', 'và các năm tiếp theo'], 'Tháng 02/2026 và các năm tiếp theo'],
  ])('%s', (_name, rest, deadline) => {
    const cut = row(['16', 'Tiếp tục thể chế hóa các chủ trương phát triển kinh tế', 'Bộ Tài chính', 'Các bộ, cơ quan ngang bộ', 'Báo cáo chuyên đề', 'Tháng 02/2026']);
    const tasks = read([
      row(HEADER),
      cut + pageBreak(99),
      row(rest),
      row(['17', 'Thể chế hóa chủ trương về y tế.', 'Bộ Y tế', '', '', 'Tháng 5/2026']) + pageBreak(100),
      row(['18', 'Rà soát.', 'Bộ Y tế', '', '', '2026']) + pageBreak(101),
      row(['19', 'Tổng kết.', 'Bộ Y tế', '', '', '2027']),
    ]);
    expect(tasks.map(brief)[0]).toEqual({ index: '16', lead: ['Bộ Tài chính'], support: ['Các bộ, cơ quan ngang bộ'], deadline });
    expect(tasks.map((t) => t.index)).toEqual(['16', '17', '18', '19']);
  });

  it('does not swallow a row of its own that opens with a capital', () => {
    const tasks = read([row(HEADER), row(['1', 'Rà soát quy định.', 'Bộ Tư pháp', '', '', 'Quý IV/2026']) + pageBreak(5), row(['', '- Công trình giao thông.', 'Bộ Xây dựng', '', '', '2026'])]);
    expect(tasks.map((t) => t.lead)).toEqual([['Bộ Tư pháp'], ['Bộ Xây dựng']]);
  });
});

describe('a row the reader broke in two on one page', () => {
  it('carries on when its content and its units go on the cut cells', () => {
    const tasks = read([
      row(HEADER),
      row(['26', 'Xây dựng, triển khai bộ chỉ số pháp luật', 'Bộ Tư pháp', 'Các bộ, ngành,', 'Bộ chỉ số được xây dựng', '2026']),
      row(['', 'kinh doanh cấp tỉnh', '', 'UBND tỉnh, thành phố', 'Bộ chỉ số được thi hành', '2027 - 2030']),
      row(['27', 'Hoàn thiện tiêu chí.', 'Bộ Tư pháp', '', '', 'Tháng 9/2026']),
    ]);
    expect(tasks.map(brief)).toEqual([
      { index: '26', lead: ['Bộ Tư pháp'], support: ['Các bộ, ngành', 'UBND tỉnh, thành phố'], deadline: '2026; 2027 - 2030' },
      { index: '27', lead: ['Bộ Tư pháp'], support: [], deadline: 'Tháng 9/2026' },
    ]);
  });

  it('is a sub-row when the unit cell above was whole', () => {
    const tasks = read([row(HEADER), row(['1', 'Tổ chức tuyên truyền pháp luật', 'Sở Tư pháp', 'Sở Nội vụ', '', '2026']), row(['', 'cấp xã thực hiện tại địa bàn', 'UBND xã', '', '', '2026'])]);
    expect(tasks.map((t) => t.lead)).toEqual([['Sở Tư pháp'], ['UBND xã']]);
  });
});

describe('a second milestone under one content cell', () => {
  const first = row(['15', 'Thể chế hóa các chủ trương phát triển kinh tế', 'Bộ Tài chính', 'Các bộ, cơ quan ngang bộ', 'Báo cáo chuyên đề', 'Tháng 5/2026']);
  it.each([
    ['the same units and another date: one task, both dates', ['', '', 'Bộ Tài chính', 'Các bộ, cơ quan ngang bộ', 'Báo cáo kết quả', 'Tháng 11/2026'], [['15', 'Tháng 5/2026; Tháng 11/2026']]],
    ['another lead: a sub-task of its own', ['', '', 'Bộ Y tế', 'Các bộ, cơ quan ngang bộ', 'Báo cáo kết quả', 'Tháng 11/2026'], [['15', 'Tháng 5/2026'], [null, 'Tháng 11/2026']]],
  ])('%s', (_name, second, expected) => {
    expect(read([row(HEADER), first, row(second)]).map((t) => [t.index, t.deadline?.text])).toEqual(expected);
  });
});

describe('group rows a PDF reader spread over the columns', () => {
  it.each([
    ['a numbered item over its sub-items', ['2.', 'Đẩy mạnh nghiên cứu, phát triển chuẩn và', 'sản phẩm, dịch vụ', 'công nghệ số, nguồn', 'nhân lực chất lượng'], ['2.1', '2.2']],
    ['a Roman numeral with words in its cell, numbering going on', ['II. Hoàn', 'thiện thể chế về bảo hiểm y tế', 'mục tiêu bao phủ'], ['7', '8']],
    ['a Roman numeral over rows numbered from 1', ['II', 'Phân công, phân cấp và nâng cao', 'năng lực cho lực'], ['1', '2']],
  ])('%s are headings, not tasks', (_name, group, numbers) => {
    const lines = [row(HEADER), row(group), ...numbers.map((n) => row([n, `Nhiệm vụ ${n}.`, 'Bộ Tài chính', '', '', 'Quý IV/2026']))];
    const tasks = read(lines);
    expect(tasks.map((t) => t.index)).toEqual(numbers);
    expect(tasks[0]!.section).not.toBeNull();
  });

  it('a numbered row with no unit over bullet rows that carry them is their heading', () => {
    const tasks = read([
      row(HEADER),
      row(['4', 'Hoàn thiện hệ thống tiêu chuẩn đối với cơ sở hạ tầng.']),
      row(['-', 'Công trình giao thông.', 'Bộ Xây dựng', 'Các bộ, cơ quan', '', 'Năm 2026']),
      row(['-', 'Công trình hạ tầng năng lượng.', 'Bộ Công Thương', 'Các bộ, cơ quan', '', 'Năm 2026']),
      row(['5', 'Sửa đổi quy hoạch kho tàng.', 'Bộ Tài chính', '', '', 'Giai đoạn 2026 - 2030']),
    ]);
    expect(tasks.map((t) => [t.content, t.lead])).toEqual([
      ['Công trình giao thông.', ['Bộ Xây dựng']],
      ['Công trình hạ tầng năng lượng.', ['Bộ Công Thương']],
      ['Sửa đổi quy hoạch kho tàng.', ['Bộ Tài chính']],
    ]);
  });
});

describe('header rows', () => {
  it.each([
    [['2.2', 'Triển khai Testbed kỹ thuật', 'Bộ Khoa học và Công nghệ', 'Cơ quan, tổ chức, doanh nghiệp liên quan', 'Nhiệm vụ được triển khai', 'Nhiệm vụ thường xuyên']],
    [['IV', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian']],
  ])('a row numbered in its first cell is never one: %j', (cells) => {
    expect(headerRoles(cells)).toBeNull();
  });

  it('a header is still one', () => {
    expect(headerRoles(HEADER)).not.toBeNull();
  });
});

describe('unit cells whose lines a PDF reader joined with spaces', () => {
  it.each([
    ['Bộ Khoa học và Công nghệ Cơ quan, tổ chức và doanh nghiệp liên quan', ['Bộ Khoa học và Công nghệ', 'Cơ quan, tổ chức và doanh nghiệp liên quan']],
    ['Ngân hàng Nhà nước Bộ Khoa học và Công nghệ; Cơ quan, tổ chức, doanh nghiệp liên quan', ['Ngân hàng Nhà nước', 'Bộ Khoa học và Công nghệ', 'Cơ quan, tổ chức, doanh nghiệp liên quan']],
    ['Bộ Ngoại giao Bộ Công Thương Cơ quan, tổ chức và doanh nghiệp liên quan', ['Bộ Ngoại giao', 'Bộ Công Thương', 'Cơ quan, tổ chức và doanh nghiệp liên quan']],
    ['Bộ Ngoại giao Và các cơ quan, tổ chức, doanh nghiệp liên quan', ['Bộ Ngoại giao', 'các cơ quan, tổ chức, doanh nghiệp liên quan']],
    ['Các Bộ, ngành Ủy ban nhân dân cấp tỉnh, Sở Y tế cơ quan, đơn vị liên quan', ['Các Bộ, ngành', 'Ủy ban nhân dân cấp tỉnh', 'Sở Y tế', 'cơ quan, đơn vị liên quan']],
    ['Bộ Tài chính, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh', ['Bộ Tài chính', 'cơ quan, tổ chức có liên quan', 'cơ sở khám bệnh, chữa bệnh']],
    ['Bộ Tài chính, Bộ Y tế, Cơ quan, đơn vị liên quan, cơ sở khám bệnh, chữa bệnh', ['Bộ Tài chính', 'Bộ Y tế', 'Cơ quan, đơn vị liên quan', 'cơ sở khám bệnh, chữa bệnh']],
    ['Bộ Tài chính, cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan', ['Bộ Tài chính', 'cơ sở khám bệnh, chữa bệnh', 'cơ quan, đơn vị liên quan']],
    ['Bộ, ngành, cơ quan, đơn vị có liên quan', ['Bộ, ngành, cơ quan, đơn vị có liên quan']],
    // Left whole: a department of a ministry, a collective of kinds, one body's name.
    ['Các đơn vị thuộc Bộ', ['Các đơn vị thuộc Bộ']],
    ['Cơ quan, tổ chức và doanh nghiệp liên quan', ['Cơ quan, tổ chức và doanh nghiệp liên quan']],
    ['Bộ Văn hóa, Thể thao và Du lịch', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Văn phòng HĐND và UBND quận', ['Văn phòng HĐND và UBND quận']],
    ['Ban Thường trực Ủy ban MTTQ Việt Nam xã', ['Ban Thường trực Ủy ban MTTQ Việt Nam xã']],
    ['Phó Chủ tịch UBND phụ trách', ['Phó Chủ tịch UBND phụ trách']],
    ['các chuyên viên cơ quan MTTQ xã tham mưu, giúp việc thuộc Cơ quan Ủy ban MTTQ Việt Nam xã', ['các chuyên viên cơ quan MTTQ xã tham mưu, giúp việc thuộc Cơ quan Ủy ban MTTQ Việt Nam xã']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

describe('what a unit cell says about its units', () => {
  it.each([
    ['Bộ Tư pháp (đối với các nội dung liên quan đến thủ tục hành chính); Bộ Tài chính (đối với điều kiện đầu tư kinh doanh)', ['Bộ Tư pháp', 'Bộ Tài chính']],
    ['Bộ Nông nghiệp và Môi trường (theo chức năng, nhiệm vụ đã được giao của mỗi cơ quan)', ['Bộ Nông nghiệp và Môi trường']],
    ['Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp', ['Ủy ban nhân dân cấp tỉnh']],
    ['Bộ Y tế, Sở Y tế đối với địa phương', ['Bộ Y tế', 'Sở Y tế']],
    ['Sở Tư pháp; Sở Khoa học và Công nghệ để tổng hợp, báo cáo', ['Sở Tư pháp', 'Sở Khoa học và Công nghệ']],
    ['Bộ Nông nghiệp và Môi trường (chủ trì chương trình quốc gia)', ['Bộ Nông nghiệp và Môi trường (chủ trì chương trình quốc gia)']],
    // A bracket that names or divides the work stays.
    ['Văn phòng UBND tỉnh (Cổng thông tin điện tử)', ['Văn phòng UBND tỉnh (Cổng thông tin điện tử)']],
    ['Bộ Nông nghiệp và Môi trường (mạng lưới quốc gia)', ['Bộ Nông nghiệp và Môi trường (mạng lưới quốc gia)']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
