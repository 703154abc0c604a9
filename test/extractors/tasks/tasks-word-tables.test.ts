// Shapes of task tables read from Word 97 files (word-extractor gives no merged cells and joins
// a cell's paragraphs with spaces): merged lead cells, group rows merged across the table, a row
// number alone on the line above its row, items that head sub-items, lists inside cells.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { headingBeforeList } from '../../../extractors/tasks/tsv-table.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2014-01-24', title: null } as DocumentInfo;

/** As the Word 97 reader gives them: a merged cell's text in its first row only. */
function tasks(lines: string[], mergedCellsLost = true) {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text), mergedCellsLost });
}

const HEADER = 'STT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp';

describe('a lead cell merged down a group of rows', () => {
  it('gives the first row\'s lead to the rows under it that have none', () => {
    const rows = tasks([
      HEADER,
      'III. TỔ CHỨC CÁC ĐOÀN KIỂM TRA',
      '1\tTỉnh Đắc Nông\tTháng 6/2014\tVụ Pháp chế\tSở Tư pháp tỉnh Đắc Nông',
      '2\tTỉnh Bình Phước\tTháng 6/2014\t\tSở Tư pháp tỉnh Bình Phước',
      '3\tTỉnh Kon Tum\tTháng 7/2014\t\tSở Tư pháp tỉnh Kon Tum',
    ]);
    expect(rows.map((t) => t.lead)).toEqual([['Vụ Pháp chế'], ['Vụ Pháp chế'], ['Vụ Pháp chế']]);
    expect(rows.map((t) => t.section)).toEqual(Array(3).fill('TỔ CHỨC CÁC ĐOÀN KIỂM TRA'));
  });

  it('leaves empty leads alone when the reader sees merged cells (DOCX, HTML): a blank cell is blank', () => {
    const lines = [HEADER, '1\tTỉnh Đắc Nông\tTháng 6/2014\tVụ Pháp chế\t', '2\tTỉnh Bình Phước\tTháng 6/2014\t\tSở Tư pháp', '3\tTỉnh Kon Tum\tTháng 7/2014\t\tSở Tư pháp'];
    expect(tasks(lines, false).map((t) => t.lead)).toEqual([['Vụ Pháp chế'], [], []]);
  });

  it.each([
    ['a row below has a lead of its own', ['1\tA việc một\tTháng 6\tVụ Pháp chế\t', '2\tB việc hai\tTháng 6\t\t', '3\tC việc ba\tTháng 7\tVăn phòng Bộ\t'], [['Vụ Pháp chế'], [], ['Văn phòng Bộ']]],
    ['only two rows', ['1\tA việc một\tTháng 6\tVụ Pháp chế\t', '2\tB việc hai\tTháng 6\t\t'], [['Vụ Pháp chế'], []]],
    ['a row below has neither time nor supporting units', ['1\tA việc một\tTháng 6\tVụ Pháp chế\t', '2\tB việc hai\tTháng 6\t\t', '3\tC việc ba\t\t\t'], [['Vụ Pháp chế'], [], []]],
  ])('leaves empty leads alone when %s', (_case, lines, leads) => {
    expect(tasks([HEADER, ...lines]).map((t) => t.lead)).toEqual(leads);
  });

  it('starts a new group at a group row that has no tab', () => {
    const rows = tasks([
      HEADER,
      'I. TỰ KIỂM TRA VĂN BẢN',
      '\tKiểm tra văn bản theo Nghị định\tNăm 2014\tĐơn vị soạn thảo\tVụ Pháp chế',
      'II. KIỂM TRA VĂN BẢN GỬI ĐẾN',
      '\tKiểm tra văn bản gửi đến Bộ\tNăm 2014\t\tVụ Pháp chế',
      '\tKiểm tra văn bản của địa phương\tNăm 2014\t\tVụ Pháp chế',
    ]);
    expect(rows.map((t) => [t.section, t.lead])).toEqual([
      ['TỰ KIỂM TRA VĂN BẢN', ['Đơn vị soạn thảo']],
      ['KIỂM TRA VĂN BẢN GỬI ĐẾN', []],
      ['KIỂM TRA VĂN BẢN GỬI ĐẾN', []],
    ]);
  });
});

describe('a row number alone on the line above its row', () => {
  it('numbers the row', () => {
    const rows = tasks([HEADER, '1', '', '\tTỉnh Đắc Nông\tTháng 6/2014\tVụ Pháp chế\tSở Tư pháp', '2', '', '\tTỉnh Bình Phước\tTháng 6/2014\tVụ Pháp chế\tSở Tư pháp']);
    expect(rows.map((t) => t.index)).toEqual(['1', '2']);
  });

  it('does not take a page number printed between a row and its continuation for a number', () => {
    const rows = tasks([HEADER, '1\tTỉnh Đắc Nông\tTháng 6/2014\tVụ Pháp chế\tSở Tư pháp', '7', '\tTỉnh Bình Phước\tTháng 6/2014\tVụ Pháp chế\tSở Tư pháp']);
    expect(rows.map((t) => t.index)).toEqual(['1', null]);
  });

  it('does not number a row whose own first cell holds its number', () => {
    const rows = tasks([HEADER, '7', '2\tTỉnh Bình Phước\tTháng 6/2014\tVụ Pháp chế\tSở Tư pháp']);
    expect(rows.map((t) => t.index)).toEqual(['2']);
  });
});

describe('an item that only heads its sub-items', () => {
  const head = 'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện';
  it('is the section of the sub-items, not a task', () => {
    const rows = tasks([head, '1\tXây dựng các kế hoạch\t\t\t', '1.1\tKế hoạch kiểm soát năm\tVụ Pháp chế\t\tTháng 01', '1.2\tKế hoạch truyền thông\tVụ Pháp chế\t\tTháng 02', '2\tBan hành văn bản chỉ đạo\tVụ Pháp chế\t\tThường xuyên']);
    expect(rows.map((t) => [t.index, t.section])).toEqual([
      ['1.1', 'Xây dựng các kế hoạch'],
      ['1.2', 'Xây dựng các kế hoạch'],
      ['2', null],
    ]);
  });

  it('stays a task when the row below is not its sub-item or it has cells of its own', () => {
    const rows = tasks([head, '1\tXây dựng các kế hoạch\tVụ Pháp chế\t\t', '1.1\tKế hoạch năm\tVụ Pháp chế\t\tTháng 01', '2\tTổng kết công tác\t\t\t', '3\tBan hành văn bản\tVụ Pháp chế\t\tTháng 3']);
    expect(rows.map((t) => t.index)).toEqual(['1', '1.1', '2', '3']);
  });
});

describe('headingBeforeList: a content cell that goes on with a list', () => {
  it.each([
    ['Điều tra xã hội học: * Cấp bộ - Đối tượng điều tra: + Đại biểu', 'Điều tra xã hội học'],
    ['Kiểm tra tại một số địa phương: - Tại miền Bắc 01 cuộc - Tại miền Nam 01 cuộc', 'Kiểm tra tại một số địa phương'],
    ['Kế hoạch kiểm soát thủ tục hành chính năm - Các đơn vị xây dựng kế hoạch. - Vụ Pháp chế tổng hợp.', 'Kế hoạch kiểm soát thủ tục hành chính năm'],
    ['Thống kê, công bố thủ tục hành chính - Xây dựng các biểu mẫu - Rà soát các biểu mẫu', 'Thống kê, công bố thủ tục hành chính'],
    // Names with dashes, a single dash, a colon not followed by a list: whole.
    ['Đoàn kiểm tra tại tỉnh Bà Rịa - Vũng Tàu', 'Đoàn kiểm tra tại tỉnh Bà Rịa - Vũng Tàu'],
    // A dash after a one-letter word joins a name: "Y - Dược" is no item, twice over.
    ['Đề án phát triển Bệnh viện Trường Đại học Y - Dược Huế thuộc Trường Đại học Y - Dược Huế, Đại học Huế đạt chuẩn quốc tế', 'Đề án phát triển Bệnh viện Trường Đại học Y - Dược Huế thuộc Trường Đại học Y - Dược Huế, Đại học Huế đạt chuẩn quốc tế'],
    ['Tập huấn cho Phòng Văn hóa - Xã hội - Y tế các xã', 'Tập huấn cho Phòng Văn hóa - Xã hội - Y tế các xã'],
    ['Nội dung: Tổ chức hội nghị - Tổng kết', 'Nội dung: Tổ chức hội nghị - Tổng kết'],
    ['Tổ chức hội nghị sơ kết', 'Tổ chức hội nghị sơ kết'],
    // Documents and places listed with dashes are the content's own words.
    ['Tuyên truyền Luật Đất đai - Luật Nhà ở - Luật Kinh doanh bất động sản', 'Tuyên truyền Luật Đất đai - Luật Nhà ở - Luật Kinh doanh bất động sản'],
    ['Phổ biến các văn bản - Luật Hộ tịch - Nghị định 123/2015/NĐ-CP - Thông tư 04/2020/TT-BTP', 'Phổ biến các văn bản - Luật Hộ tịch - Nghị định 123/2015/NĐ-CP - Thông tư 04/2020/TT-BTP'],
    ['Kiểm tra tại huyện Chư Prông - Thị trấn Chư Prông - Xã Ia Drang', 'Kiểm tra tại huyện Chư Prông - Thị trấn Chư Prông - Xã Ia Drang'],
    // A two-word heading names the period its items fall in: the items are the content.
    ['Năm 2024: + Kỷ niệm 75 năm Ngày Giải phóng Thủ đô + Kỷ niệm 80 năm', 'Năm 2024: + Kỷ niệm 75 năm Ngày Giải phóng Thủ đô + Kỷ niệm 80 năm'],
    // "Quản lý …" folds like "Quận" but names no place: a step of the list.
    ['Phụ trách lực lượng dân quân tuần tra. - Nòng cốt trong công tác cứu hộ. - Quản lý các trang thiết bị.', 'Phụ trách lực lượng dân quân tuần tra.'],
  ])('%s', (cell, content) => {
    expect(headingBeforeList(cell)).toBe(content);
  });

  // A cell that opened with "- " (cut off before): its first item is the task, one more item makes it a list.
  it.each([
    ['Giúp Tổ trưởng điều hành công việc chung. - Phụ trách công tác tuyên truyền.', 'Giúp Tổ trưởng điều hành công việc chung.'],
    ['Tổ chức hội nghị sơ kết', 'Tổ chức hội nghị sơ kết'],
    ['Đoàn kiểm tra tại tỉnh Bà Rịa - Vũng Tàu', 'Đoàn kiểm tra tại tỉnh Bà Rịa - Vũng Tàu'],
    // A dash after a one-letter word joins a name: "Y - Dược" is no item, twice over.
    ['Đề án phát triển Bệnh viện Trường Đại học Y - Dược Huế thuộc Trường Đại học Y - Dược Huế, Đại học Huế đạt chuẩn quốc tế', 'Đề án phát triển Bệnh viện Trường Đại học Y - Dược Huế thuộc Trường Đại học Y - Dược Huế, Đại học Huế đạt chuẩn quốc tế'],
    ['Phổ biến văn bản mới - Luật Hộ tịch', 'Phổ biến văn bản mới - Luật Hộ tịch'],
  ])('opening a list: %s', (cell, content) => {
    expect(headingBeforeList(cell, true)).toBe(content);
  });
});

describe('unit cells of a ministry', () => {
  it.each([
    ['Các đơn vị thuộc Bộ Vụ Pháp chế', ['Các đơn vị thuộc Bộ', 'Vụ Pháp chế']],
    ['Các đơn vị thuộc Bộ, Vụ Pháp chế', ['Các đơn vị thuộc Bộ', 'Vụ Pháp chế']],
    ['- Các đơn vị thuộc Bộ - Vụ Pháp chế - Các đơn vị thuộc Bộ', ['Các đơn vị thuộc Bộ', 'Vụ Pháp chế']],
    // "thuộc Vụ …" is one unit; a name with a dash stays whole.
    ['Các đơn vị thuộc Vụ Tổ chức cán bộ', ['Các đơn vị thuộc Vụ Tổ chức cán bộ']],
    ['- Phòng Văn hóa - Xã hội', ['Phòng Văn hóa - Xã hội']],
    ['Vụ Kế hoạch, Tài chính', ['Vụ Kế hoạch, Tài chính']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
