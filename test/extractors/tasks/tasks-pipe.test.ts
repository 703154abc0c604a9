// Task tables in the pipe-cell form of web crawls: every cell on its own line(s), a lone "|"
// between cells, "|" "|" between rows, bold headers, group headings between rows.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2025-11-18', title: null } as DocumentInfo;

function tasks(text: string) {
  const ctx = testContext();
  return { ctx, tasks: extractTasks(text, ctx, { tables: [], document: DOC, sections: extractSections(text) }) };
}

/** A pipe-cell table: each row's cells, each cell's lines, as a crawl prints them. */
function pipeTable(rows: string[][]): string {
  return rows.map((cells) => ['|', ...cells.flatMap((c) => [c, '|'])].join('\n')).join('\n');
}

const HEADER = ['**TT**', '**Nội dung\nthực hiện**', '**Cơ quan chủ trì**', '**Cơ quan phối hợp**', '**Thời gian hoàn\nthành**', '**Sản phẩm**'];

describe('pipe-cell task tables', () => {
  it.each([
    {
      name: 'rows with wrapped cells under a bold header and group headings',
      text: pipeTable([
        HEADER,
        ['**I**', '**KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO**'],
        ['1', 'Tổ chức lại Ban Chỉ huy cấp tỉnh,\ncấp xã', 'Bộ CHQS tỉnh; UBND\ncấp xã', 'Văn phòng Ban Chỉ\nhuy; các sở, ban, ngành', 'Trước ngày\n30/11/2025', 'Quyết định'],
        ['**II.\nTRIỂN KHAI VĂN BẢN**'],
        ['1', 'Triển khai mức chi đặc thù', 'Sở Tài chính', 'Cơ quan, địa\nphương liên quan', 'Thường xuyên', ''],
        ['2', 'Hướng dẫn thống kê', 'Sở Y tế', 'Sở Tài chính và cơ quan, địa phương liên quan', 'Quý II/2026', ''],
      ]),
      rows: [
        { index: '1', section: 'KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO', content: 'Tổ chức lại Ban Chỉ huy cấp tỉnh, cấp xã', lead: ['Bộ CHQS tỉnh', 'UBND cấp xã'], support: ['Văn phòng Ban Chỉ huy', 'các sở, ban, ngành'], deadline: { end: '2025-11-30', recurring: false } },
        { index: '1', section: 'TRIỂN KHAI VĂN BẢN', content: 'Triển khai mức chi đặc thù', lead: ['Sở Tài chính'], support: ['Cơ quan, địa phương liên quan'], deadline: { recurring: true } },
        { index: '2', section: 'TRIỂN KHAI VĂN BẢN', lead: ['Sở Y tế'], support: ['Sở Tài chính', 'cơ quan, địa phương liên quan'], deadline: { start: '2026-04', end: '2026-06' } },
      ],
    },
    {
      name: 'a caption run into the table and numbered group rows over sub-rows',
      text: [
        '**PHỤ LỤC**',
        '*(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)*',
        pipeTable([
          ['**STT**', '**Tên nhiệm vụ**', '**Cơ quan chủ trì**', '**Thời gian thực hiện**'],
          ['1', 'Về dữ liệu', '', ''],
          ['1.1', 'Xây dựng kho dữ liệu dùng chung', 'Sở Khoa học và Công nghệ', 'Năm 2025'],
          ['1.2', 'Chuẩn hóa dữ liệu chuyên ngành', 'Các sở, ngành', 'Quí IV-2025'],
        ]),
      ].join('\n'),
      rows: [
        { index: '1.1', section: 'Về dữ liệu', lead: ['Sở Khoa học và Công nghệ'], deadline: { start: '2025', end: '2025' } },
        { index: '1.2', section: 'Về dữ liệu', lead: ['Các sở, ngành'], deadline: { start: '2025-10', end: '2025-12' } },
      ],
    },
    {
      name: 'a row merged down from the one above (rowspan) keeps its units and index',
      text: pipeTable([
        ['**STT**', '**Cơ quan chủ trì**', '**Cơ quan phối hợp**', '**Nội dung nhiệm vụ**', '**Thời hạn hoàn thành**'],
        ['1', 'Bộ Y tế', 'Bộ Tài chính', '- Hoàn thiện quy chuẩn', 'Năm 2026'],
        ['- Rà soát hướng dẫn kỹ thuật', 'Giai đoạn 2026 - 2027'],
      ]),
      rows: [
        { index: '1', content: 'Hoàn thiện quy chuẩn', lead: ['Bộ Y tế'], support: ['Bộ Tài chính'] },
        { index: '1', content: 'Rà soát hướng dẫn kỹ thuật', lead: ['Bộ Y tế'], support: ['Bộ Tài chính'], deadline: { start: '2026', end: '2027' } },
      ],
    },
    {
      name: 'a plain markdown table, one row a line',
      text: ['| TT | Nội dung | Đơn vị chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | Tổ chức hội nghị | Sở Nội vụ | Tháng 3/2026 |'].join('\n'),
      rows: [{ index: '1', content: 'Tổ chức hội nghị', lead: ['Sở Nội vụ'], deadline: { start: '2026-03', end: '2026-03' } }],
    },
    {
      name: 'a header repeated under each group without its index cell (merged into the group row above)',
      text: pipeTable([
        ['**STT**', '**Nhiệm vụ, giải pháp**', '**Đơn vị thực hiện**', '**Đơn vị phối hợp**', '**Thời gian thực hiện**', '**Sản phẩm đầu ra**'],
        ['**A**', '**NHIỆM VỤ CHUNG**'],
        ['1', 'Xây dựng kế hoạch chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành', '2026', 'Kế hoạch'],
        ['**I**', '**Phát triển kinh tế số nông nghiệp**'],
        ['**Nội dung**', '**Đơn vị thực hiện**', '**Đơn vị phối hợp**', '**Thời gian thực hiện**', '**Sản phẩm đầu ra**'],
        ['1.1', 'Triển khai Nền tảng dữ liệu số nông nghiệp', 'Sở Nông nghiệp và Môi trường', 'Các sở, ban, ngành; UBND các xã', '2026 - 2030', 'Nền tảng'],
        ['1.2', 'Cập nhật bộ tiêu chí nông thôn mới', 'Sở Nông nghiệp và Môi trường', 'Các sở, ban, ngành', '2026 - 2030', 'Bộ tiêu chí'],
      ]),
      rows: [
        { index: '1', content: 'Xây dựng kế hoạch chuyển đổi số', lead: ['Sở Khoa học và Công nghệ'] },
        { index: '1.1', content: 'Triển khai Nền tảng dữ liệu số nông nghiệp', lead: ['Sở Nông nghiệp và Môi trường'], support: ['Các sở, ban, ngành', 'UBND các xã'] },
        { index: '1.2', content: 'Cập nhật bộ tiêu chí nông thôn mới', lead: ['Sở Nông nghiệp và Môi trường'] },
      ],
    },
  ])('$name', ({ text, rows }) => {
    const { tasks: got } = tasks(text);
    expect(got).toHaveLength(rows.length);
    rows.forEach((row, i) => expect(got[i]).toMatchObject(row));
    // Each row points at its own text.
    for (const task of got) expect(task.span && text.slice(task.span.start, task.span.end).replace(/\s+/g, ' ')).toContain(task.content.split(' ').slice(0, 3).join(' '));
  });

  it.each([
    ['a table of figures', pipeTable([['**STT**', '**Nội dung**', '**Đơn vị tính**', '**Năm 2026**', '**Dự toán 2027**'], ['1', 'Tổng thu ngân sách', 'Tỷ đồng', '1.200', '1.350']])],
    ['scoring criteria', pipeTable([['**TT**', '**Nội dung chấm điểm**', '**Điểm tối đa**'], ['1', 'Tổ chức phát động thi đua', '10']])],
    ['monitoring points', pipeTable([['**TT**', '**Điểm quan trắc**', '**Tọa độ**', '**Tần suất**'], ['1', 'Cửa sông', '12°N', '2 lần/năm']])],
    ['a signature block in cells', pipeTable([['Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A']])],
    ['targets with their unit of measure', pipeTable([['**TT**', '**Chỉ tiêu**', '**Đơn vị**', '**Kết quả**', '**Cơ quan chủ trì theo dõi, đánh giá**'], ['1', 'Tỉ lệ dịch vụ công trực tuyến', '%', '100%', 'Văn phòng Chính phủ']])],
  ])('%s is not a task table', (_name, text) => {
    const { tasks: got, ctx } = tasks(text);
    expect(got).toEqual([]);
    expect(ctx.codes()).not.toContain('TASKS_NOT_FOUND');
  });

  // A form appended for the reader to fill (a guideline's "Phụ lục" with blank rows): nothing missed.
  it.each([
    ['rows holding only their numbers', pipeTable([HEADER, ['1', '', '', '', '', ''], ['2', '', '', '', '', '']])],
    ['a placeholder in the first column', '| Tháng | Chủ điểm | Nội dung trọng tâm | Hình thức tổ chức | Thời gian thực hiện | Người thực hiện |\n|---|---|---|---|---|---|\n| Tháng ... | | | | | |\n| | | | | | |'],
  ])('%s: a form, not a task list missed', (_name, text) => {
    const { tasks: got, ctx } = tasks(text);
    expect(got).toEqual([]);
    expect(ctx.codes()).not.toContain('TASKS_NOT_FOUND');
  });

  it('a row with one word of content is no blank form', () => {
    const { ctx } = tasks('| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n| 1 | Toán | | |');
    expect(ctx.codes()).not.toContain('TASKS_NOT_FOUND');
    const { tasks: got } = tasks('| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n| 1 | Toán | | |');
    expect(got.map((t) => t.content)).toEqual(['Toán']);
  });

  it('a task header with no readable row is reported', () => {
    const { tasks: got, ctx } = tasks(pipeTable([HEADER]));
    expect(got).toEqual([]);
    expect(ctx.codes()).toContain('TASKS_NOT_FOUND');
  });

  it('a 2,000-row table is read whole', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1} của kế hoạch`, 'Sở Nội vụ', 'Các sở, ngành', 'Quý II/2026', '']);
    const { tasks: got } = tasks(pipeTable([HEADER, ...rows]));
    expect(got).toHaveLength(2000);
    expect(got[1999]).toMatchObject({ index: '2000', lead: ['Sở Nội vụ'], content: 'Nhiệm vụ số 2000 của kế hoạch' });
  });
});
