// Task tables of typed documents (DOCX through mammoth, HTML): a unit cell written one unit a
// paragraph, the row that numbers a table's columns, and a second collective after "liên quan".
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import type { Table } from '../../../output/stage.js';
import { htmlToText } from '../../../pipeline/readers/html.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { isColumnNumbering } from '../../../extractors/tasks/tsv-table.js';
import { cellBreaksOf, isPersonName, withCellBreaks } from '../../../extractors/tasks/cell-breaks.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-04-23', title: null } as DocumentInfo;

function tasksOfHtml(html: string) {
  const { text, tables } = htmlToText(html);
  return extractTasks(text, testContext(), { tables, document: DOC, sections: extractSections(text), typed: true });
}

const cell = (...paragraphs: string[]) => `<td>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</td>`;
const TEAM_TABLE = (leadCell: string) =>
  `<table><tr><td>TT</td><td>Nhiệm vụ thực hiện</td><td>Người thực hiện</td><td>Ghi chú</td></tr>` +
  `<tr><td>1</td><td>Tổ chức kiểm tra</td>${leadCell}<td></td></tr>` +
  `<tr><td>2</td><td>Tổ chức chấm bài</td><td>Vũ Việt Linh</td><td></td></tr></table>`;

describe('a unit cell written one unit a paragraph', () => {
  it('keeps the paragraphs apart in the structured table and joins them in the text', () => {
    const { text, tables } = htmlToText(TEAM_TABLE(cell('Đỗ Mạnh Cường', 'Vũ Việt Linh')));
    expect(text).toContain('Tổ chức kiểm tra\tĐỗ Mạnh Cường Vũ Việt Linh');
    expect(tables[0]!.rows[1]![2]).toBe('Đỗ Mạnh Cường\nVũ Việt Linh');
  });

  it('gives one lead per paragraph', () => {
    const rows = tasksOfHtml(TEAM_TABLE(cell('Đỗ Mạnh Cường', 'Vũ Việt Linh', 'Nguyễn Thị Loan')));
    expect(rows.map((t) => t.lead)).toEqual([['Đỗ Mạnh Cường', 'Vũ Việt Linh', 'Nguyễn Thị Loan'], ['Vũ Việt Linh']]);
  });

  it('leaves a one-paragraph cell to the usual splitting', () => {
    const rows = tasksOfHtml(TEAM_TABLE(cell('Sở Nông nghiệp và Môi trường')));
    expect(rows[0]!.lead).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('keeps a body named over two paragraphs whole', () => {
    const rows = tasksOfHtml(TEAM_TABLE(cell('Lãnh đạo', 'Sở Giáo dục và Đào tạo')));
    expect(rows[0]!.lead).toEqual(['Lãnh đạo Sở Giáo dục và Đào tạo']);
  });

  const NAMES = 'Đỗ Mạnh Cường\nVũ Việt Linh';
  it.each<[string, Table[], Record<string, string>, Record<string, string>]>([
    ['no tables', [], { lead: 'Đỗ Mạnh Cường Vũ Việt Linh' }, { lead: 'Đỗ Mạnh Cường Vũ Việt Linh' }],
    ['people one a paragraph', [{ page: null, rows: [[NAMES]] }], { lead: 'Đỗ Mạnh Cường Vũ Việt Linh' }, { lead: NAMES }],
    ['marks and spacing retouched by the normalisers', [{ page: null, rows: [[NAMES]] }], { support: 'Đỗ Mạnh  Cường Vũ Việt Linh' }, { support: NAMES }],
    ['a content cell (not a unit cell)', [{ page: null, rows: [[NAMES]] }], { content: 'Đỗ Mạnh Cường Vũ Việt Linh' }, { content: 'Đỗ Mạnh Cường Vũ Việt Linh' }],
    ['a body over two paragraphs', [{ page: null, rows: [['Vụ Pháp chế\nBộ Xây dựng']] }], { lead: 'Vụ Pháp chế Bộ Xây dựng' }, { lead: 'Vụ Pháp chế Bộ Xây dựng' }],
    ['another cell of the row', [{ page: null, rows: [[NAMES]] }], { lead: 'Sở Tư pháp' }, { lead: 'Sở Tư pháp' }],
    // A body and its place in Title Case are one body, not two people.
    ['a body, then its province', [{ page: null, rows: [['Hải Quan\nLào Cai']] }], { lead: 'Hải Quan Lào Cai' }, { lead: 'Hải Quan Lào Cai' }],
    ['a post, then its commune', [{ page: null, rows: [['Đồn Biên Phòng\nBản Lầu']] }], { lead: 'Đồn Biên Phòng Bản Lầu' }, { lead: 'Đồn Biên Phòng Bản Lầu' }],
    ['a person, then a place', [{ page: null, rows: [['Đỗ Mạnh Cường\nLào Cai']] }], { lead: 'Đỗ Mạnh Cường Lào Cai' }, { lead: 'Đỗ Mạnh Cường Lào Cai' }],
    ['people named like a ward', [{ page: null, rows: [['Lê Lợi\nTrần Hưng Đạo']] }], { lead: 'Lê Lợi Trần Hưng Đạo' }, { lead: 'Lê Lợi\nTrần Hưng Đạo' }],
  ])('restores breaks only where the reader kept them between people: %s', (_case, tables, cells, expected) => {
    expect(withCellBreaks(cells, cellBreaksOf(tables))).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ['Nguyễn Thị Loan', true],
    ['Đỗ Mạnh Cường', true],
    ['Nguyễn Thị thúy Nhung', true],
    ['Lãnh đạo', false],
    ['Sở Tư pháp', false],
    ['Bộ Xây Dựng', false],
    ['UBND Xã', false],
    ['Cường', false],
    ['Tổ Công Tác', false],
    ['Nguyễn văn thị Loan', false],
    ['Hải Quan', false],
    ['Điện Lực Lào Cai', false],
    ['Đội Quản Lý Thị Trường', false],
    ['Biên Phòng Tỉnh', false],
    ['Giám đốc Sở', false],
    ['Phó Giám Đốc', false],
    ['Trưởng Phòng', false],
    ['Kiểm Lâm', false],
    ['Bưu Điện Tỉnh', false],
    ['Cảng Vụ', false],
    ['Hạt Kiểm Lâm', false],
    ['Khu Kinh Tế', false],
    ['Quân Sự Tỉnh', false],
    ['Trương Văn Hải', true],
    ['Giàng Seo Phử', true],
  ])('%s is a person\'s name: %s', (text, name) => {
    expect(isPersonName(text)).toBe(name);
  });
});

describe('the row that numbers the columns', () => {
  it.each<[string, string[], boolean]>([
    ['bracketed, TT cell empty', ['', '(1)', '(2)', '(3)', '(4)', '(5)'], true],
    ['plain figures', ['1', '2', '3', '4'], true],
    ['two numbers only', ['(1)', '(2)'], false],
    ['not consecutive', ['(1)', '(3)', '(4)'], false],
    ['a task row', ['1', 'Tổ chức kiểm tra', 'Sở Công Thương', 'Quý II/2026'], false],
    ['a row of counts', ['3', '5', '7'], false],
  ])('%s', (_case, cells, numbering) => {
    expect(isColumnNumbering(cells)).toBe(numbering);
  });

  it('is not read as a task under the header', () => {
    const html =
      '<table><tr><td>TT</td><td>Tên nhiệm vụ</td><td>Sở, ngành chủ trì tham mưu</td><td>Đơn vị phối hợp thực hiện</td><td>Thời gian thực hiện</td></tr>' +
      '<tr><td></td><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td></tr>' +
      '<tr><td>1</td><td>Rà soát quy hoạch khoáng sản</td><td>Sở Nông nghiệp và Môi trường</td><td>Các sở, ngành</td><td>Trong năm 2026</td></tr></table>';
    const rows = tasksOfHtml(html);
    expect(rows.map((t) => t.index)).toEqual(['1']);
  });
});

describe('a second collective after "liên quan"', () => {
  it.each<[string, string[]]>([
    ['Các Sở, ban, ngành và các cơ quan, đơn vị, địa phương liên quan và các tổ chức hoạt động khai thác khoáng sản', ['Các Sở, ban, ngành', 'các cơ quan, đơn vị, địa phương liên quan', 'các tổ chức hoạt động khai thác khoáng sản']],
    ['Các cơ quan, đơn vị liên quan và các doanh nghiệp', ['Các cơ quan, đơn vị liên quan', 'các doanh nghiệp']],
    // Inside a collective "và" still joins its members.
    ['Các Sở, ban, ngành và địa phương', ['Các Sở, ban, ngành và địa phương']],
    ['Các cơ quan, tổ chức và doanh nghiệp liên quan', ['Các cơ quan, tổ chức và doanh nghiệp liên quan']],
    ['Các sở, ngành liên quan và UBND các xã', ['Các sở, ngành liên quan', 'UBND các xã']],
  ])('%s', (text, units) => {
    expect(splitUnits(text)).toEqual(units);
  });
});
