// Rows of PDF task tables cut by a page break inside a name, a date or a phrase (heldout-fresh10):
// the continuation opens with a capital or a figure ("Việt Nam theo hướng …", "12 tháng 9 năm
// 2025 …") or, in a deadline cell, carries on the phrase in small letters; and a unit cell whose
// "và" opens a second collective ("… và cơ quan, tổ chức liên quan").
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { carriesOnOpenCells, carriesOnPhrase } from '../../../extractors/tasks/page-cut.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-04-08', title: null } as DocumentInfo;
const HEADER = ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời hạn hoàn thành'];
const row = (cells: string[]) => cells.join('\t');
/** A page break as a PDF reader gives it: form feed, then the header printed again. */
const pageBreak = `\f${row(HEADER)}`;
/** A page break in a table whose header is printed on its first page only. */
const bareBreak = '\f';

function read(lines: string[]) {
  return extractTasks(lines.join('\n'), testContext(), { tables: [], document: DOC, sections: [] });
}
const brief = (t: ReturnType<typeof read>[number]) => ({ index: t.index, lead: t.lead, support: t.support, deadline: t.deadline?.text ?? null });

const CUT_ROW = row([
  '2',
  'Sắp xếp các đơn vị sự nghiệp công lập theo yêu cầu tại Công văn số 59-CV/BCĐ ngày',
  'Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành',
  'Bộ Nội vụ; Bộ Y tế',
  'Văn bản quyết định sắp xếp các đơn vị sự',
  'Quý III/2026',
]);
const NEXT_ROW = row(['2.1', 'Theo dõi, tổng hợp việc sắp xếp.', 'Bộ Nội vụ', 'Các bộ, cơ quan ngang bộ', 'Báo cáo', 'Thường xuyên']);

describe('a row a page break cut inside a date or a name', () => {
  it('carries on when its content opens with a figure and its other cells carry on cut cells', () => {
    const tasks = read([row(HEADER), CUT_ROW + pageBreak, row(['', '12 tháng 9 năm 2025 của Ban Chỉ đạo Trung ương', 'phố trực thuộc trung ương', '', 'nghiệp công lập', '']), NEXT_ROW]);
    expect(tasks.map(brief)).toEqual([
      { index: '2', lead: ['Các bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'], support: ['Bộ Nội vụ', 'Bộ Y tế'], deadline: 'Quý III/2026' },
      { index: '2.1', lead: ['Bộ Nội vụ'], support: ['Các bộ, cơ quan ngang bộ'], deadline: 'Thường xuyên' },
    ]);
    expect(tasks[0]!.content).toContain('ngày 12 tháng 9 năm 2025 của Ban Chỉ đạo Trung ương');
  });

  it('carries on when its content opens with a name, with no header printed again', () => {
    const tasks = read([
      row(HEADER),
      row(['1.', 'Kiện toàn chức năng của Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài tại', 'Bộ Ngoại giao', 'Các cơ quan thành viên trong Ủy ban', 'Quyết định kiện toàn Ủy', '2026']) + bareBreak + row(['', 'Việt Nam theo hướng tinh gọn, hiệu quả.', '', 'công tác về các tổ chức phi chính phủ nước ngoài', 'ban công tác', '']),
      row(['2.', 'Kiện toàn bộ phận phụ trách của các địa phương.', 'UBND các tỉnh, thành phố', 'Bộ Nội vụ', 'Văn bản kiện toàn', '2026']),
    ]);
    expect(tasks.map(brief)).toEqual([
      { index: '1', lead: ['Bộ Ngoại giao'], support: ['Các cơ quan thành viên trong Ủy ban công tác về các tổ chức phi chính phủ nước ngoài'], deadline: '2026' },
      { index: '2', lead: ['UBND các tỉnh, thành phố'], support: ['Bộ Nội vụ'], deadline: '2026' },
    ]);
  });

  it.each([
    ['names its own lead', ['', 'Việt Nam hóa quy trình cấp phép.', 'Bộ Tài chính', '', '', 'Năm 2026'], ['Bộ Tài chính']],
    ['fills no cell but its content', ['', 'Việt Nam hóa quy trình cấp phép.', '', '', '', ''], []],
    ['names a collective of its own in small letters', ['', 'Việt Nam hóa quy trình cấp phép.', '', 'các sở, ngành liên quan', '', ''], []],
  ])('is a row of its own when it %s', (_name, cells, lead) => {
    const tasks = read([row(HEADER), CUT_ROW + pageBreak, row(cells)]);
    expect(tasks).toHaveLength(2);
    expect(tasks[1]!.lead).toEqual(lead);
    expect(tasks[0]!.lead).toEqual(['Các bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành']);
  });

  it('is a row of its own when the content above was closed', () => {
    const closed = row(['3', 'Rà soát các quy định về tổ chức bộ máy.', 'Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành', '', '', 'Năm 2026']);
    const tasks = read([row(HEADER), closed + pageBreak, row(['', 'Việt Nam hóa quy trình.', 'phố trực thuộc trung ương', '', '', ''])]);
    expect(tasks).toHaveLength(2);
  });
});

describe('a table without an index column', () => {
  // Every row there lacks a number, so a row after a page break that opens with a capital is no
  // continuation for want of one: it is a task of its own, whatever its cells open with.
  const UNNUMBERED = ['Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];
  it('reads the first row after a page break as a row of its own', () => {
    const tasks = read([
      row(UNNUMBERED),
      row(['Xây dựng đề án phát triển', 'Sở Nội vụ', '', 'hằng năm']) + `\f${row(UNNUMBERED)}`,
      // Its lead merged down from the row above (left blank), its deadline in small letters.
      row(['Tổ chức hội nghị sơ kết 6 tháng', '', '', 'thường xuyên']),
    ]);
    expect(tasks.map((t) => t.content)).toEqual(['Xây dựng đề án phát triển', 'Tổ chức hội nghị sơ kết 6 tháng']);
  });
});

describe('a deadline cell a page break cut mid-phrase', () => {
  it.each([
    ['goes on in small letters: one phrase', 'cấp hạ tầng trong Quý II/2026. Cập nhật thường xuyên', 'Ban hành các quy định trong Quý II/2026. Đầu tư, nâng cấp hạ tầng trong Quý II/2026. Cập nhật thường xuyên'],
    ['a second date opening with a capital is listed after the first', 'Quý IV/2026', 'Ban hành các quy định trong Quý II/2026. Đầu tư, nâng; Quý IV/2026'],
  ])('%s', (_name, rest, deadline) => {
    const cut = row(['4', 'Ban hành các quy định và đầu tư nguồn lực xây dựng cơ sở dữ liệu quốc gia; xây', 'Các bộ, cơ quan ngang bộ', '', '', 'Ban hành các quy định trong Quý II/2026. Đầu tư, nâng']);
    const tasks = read([row(HEADER), cut + pageBreak, row(['', 'dựng cơ sở dữ liệu liên thông', '', '', '', rest]), row(['5', 'Rà soát.', 'Bộ Nội vụ', '', '', 'Năm 2026'])]);
    expect(tasks.map((t) => t.deadline?.text)).toEqual([deadline, 'Năm 2026']);
  });
});

describe('carriesOnOpenCells', () => {
  const previous = { content: 'Kiện toàn tại', lead: 'Bộ Ngoại giao;', support: 'Các cơ quan trong Ủy', product: 'Quyết định kiện toàn Ủy' };
  it.each([
    ['support and product carry on open cells', { content: 'Việt Nam theo hướng.', support: 'ban công tác', product: 'ban công tác' }, true],
    ['a cell opens with a capital', { content: 'Việt Nam theo hướng.', support: 'Bộ Tư pháp' }, false],
    ['the cell above ended its item', { content: 'Việt Nam theo hướng.', lead: 'các đơn vị' }, false],
    ['only the content is filled', { content: 'Việt Nam theo hướng.' }, false],
    ['the cell above is empty', { content: 'Việt Nam theo hướng.', deadline: 'năm 2026' }, false],
    ['no content', { support: 'ban công tác' }, false],
    ['a unit opening a collective of its own', { content: 'Việt Nam theo hướng.', support: 'các sở, ngành liên quan' }, false],
    ['a bullet opens the content', { content: '- Công trình giao thông', support: 'ban công tác' }, false],
    ['a figure opens the content', { content: '12 tháng 9 năm 2025', product: 'ban công tác' }, true],
  ])('%s → %s', (_name, rowCells, expected) => {
    expect(carriesOnOpenCells(rowCells, previous)).toBe(expected);
  });
  it('needs the content above left open', () => {
    expect(carriesOnOpenCells({ content: 'Việt Nam.', support: 'ban công tác' }, { ...previous, content: 'Kiện toàn xong.' })).toBe(false);
  });
  it.each([
    ['cấp hạ tầng', true],
    ['Quý IV/2026', false],
    ['2027', false],
    ['', false],
  ])('carriesOnPhrase(%j) → %s', (text, expected) => {
    expect(carriesOnPhrase(text)).toBe(expected);
  });
});

describe('"và" before a collective of kinds closed by "liên quan" (heldout-fresh10 f10b IV.4)', () => {
  it.each([
    ['after a collective: a second collective', 'Các bộ, cơ quan ngang bộ và cơ quan, tổ chức liên quan', ['Các bộ, cơ quan ngang bộ', 'cơ quan, tổ chức liên quan']],
    ['after a named body, as before', 'Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và cơ quan, tổ chức liên quan', ['Các bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'cơ quan, tổ chức liên quan']],
    ['one kind after "và": one collective', 'Các sở, ban, ngành và địa phương liên quan', ['Các sở, ban, ngành và địa phương liên quan']],
    ['no "liên quan": one collective', 'Các sở, ban, ngành và cơ quan, đơn vị', ['Các sở, ban, ngành và cơ quan, đơn vị']],
    ['a collective of kinds alone stays whole', 'Cơ quan, tổ chức và doanh nghiệp liên quan', ['Cơ quan, tổ chức và doanh nghiệp liên quan']],
  ])('%s', (_name, cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
