// A scanned notice's task table whose header OCR read with a stray fragment inside its content
// column's name ("Nội v. dung", "Đơn vj/người : thực hiện", "Thời gian F (hạn cuội)"): the cells were
// each told by the tolerant rules, but the row's first test, for a content column's words, was strict,
// and the table was never read (heldout-fresh30-scans d06: 0 of its 11 rows).
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { headerRoles } from '../../../extractors/tasks/columns.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

describe('a task table header with a fragment OCR read inside a column name', () => {
  it.each([
    [['Stt', 'Nội v. dung', 'Đơn vj/người : thực hiện', 'Thời gian F (hạn cuội)'], ['index', 'content', 'lead', 'deadline']],
    [['TT', 'Nhiệm , vụ', 'Đơn vị thực hiện', 'Thời gian'], ['index', 'content', 'lead', 'deadline']],
  ])('%j is a header', (cells, roles) => {
    expect(headerRoles(cells)).toEqual(roles);
  });

  it('a row of the table is no header', () => {
    expect(headerRoles(['2', 'Lên kế hoạch làm đề', 'Ban đề thi (theo QĐ)', '15/06/2015'])).toBeNull();
  });

  it("the scanned notice's table gives its rows", () => {
    const text = [
      'THÔNG BÁO',
      'Về kế hoạch thi tốt nghiệp lần 1 năm 2015',
      '6. Kế hoạch thực hiện:',
      'Stt\tNội v. dung\tĐơn vj/người : thực hiện\tThời gian F (hạn cuội)',
      '¡\tThành lập các Hội dông Ban tôt nghiệp\tp pm\t25/05/2015',
      '2\tLên kế hoạch làm đề\tBan đề thi (theo QĐ})\t15/06/2015',
      '4\tChuẩn bị dữ liệu thi tốtnghiệp\tPhòng Đào tạo\t15/06/2015',
      '10\tDồn túi, đánh phách\tBan thư ký\t29/06/2015',
      '12\tCông bố điểm\tHội đồng thi\t17/07/2015',
      '7. Tổ chức thực hiện',
    ].join('\n');
    const tasks = extractTasks(text, testContext(), { tables: [], document: { date: '2015-05-22', title: null, typeCode: 'TB' } as DocumentInfo, sections: extractSections(text), ocr: true });
    expect(tasks.map((t) => t.content)).toEqual(expect.arrayContaining(['Lên kế hoạch làm đề', 'Dồn túi, đánh phách', 'Công bố điểm']));
    expect(tasks.find((t) => t.content === 'Công bố điểm')).toMatchObject({ lead: ['Hội đồng thi'], deadline: { end: '2015-07-17' } });
  });
});
