// Rows without an index and without content under a numbered task: a second product of that task
// printed under its merged content cell (DOCX tables, tab-separated text, pipe tables share it).
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import type { Table } from '../../../output/stage.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-01-05', title: null } as DocumentInfo;
const HEADER = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'];

function fromText(rows: string[][]) {
  const text = [HEADER, ...rows].map((r) => r.join('\t')).join('\n');
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: [] });
}

function fromTable(rows: string[][]) {
  const table = { rows: [HEADER, ...rows] } as unknown as Table;
  return extractTasks('Kế hoạch\n', testContext(), { tables: [table], document: DOC, sections: [] });
}

const brief = (t: ReturnType<typeof fromText>[number]) => ({ index: t.index, content: t.content, lead: t.lead, support: t.support, deadline: t.deadline?.text ?? null });

describe('continuation rows of a task table', () => {
  const KIEM_TRA = ['2', 'Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026', 'Kế hoạch kiểm tra', 'Trong tháng 01/2026', 'Sở Nội vụ', 'Các cơ quan, đơn vị, địa phương'];
  const SECOND_PRODUCT = ['', '', 'Kế hoạch tự kiểm tra của cơ quan, đơn vị', 'Trong tháng 6/2026', 'Các cơ quan, đơn vị, địa phương', ''];
  const NEXT = ['3', 'Tham mưu ban hành Kế hoạch tuyên truyền', 'Kế hoạch tuyên truyền', 'Trong tháng 01/2026', 'Sở Nội vụ', ''];

  it.each([
    ['tab-separated text', fromText],
    ['a structured table (DOCX, HTML)', fromTable],
  ])('with units and a date of their own are sub-tasks of the task in %s', (_name, read) => {
    const tasks = read([KIEM_TRA, SECOND_PRODUCT, NEXT]);
    expect(tasks.map(brief)).toEqual([
      { index: '2', content: KIEM_TRA[1], lead: ['Sở Nội vụ'], support: ['Các cơ quan, đơn vị, địa phương'], deadline: 'Trong tháng 01/2026' },
      { index: null, content: SECOND_PRODUCT[2], lead: ['Các cơ quan, đơn vị, địa phương'], support: [], deadline: 'Trong tháng 6/2026' },
      { index: '3', content: NEXT[1], lead: ['Sở Nội vụ'], support: [], deadline: 'Trong tháng 01/2026' },
    ]);
    expect(tasks[1]).toMatchObject({ parent: '2' });
  });

  it('that carry on a wrapped product and a unit cell cut after its comma join the task above', () => {
    const wrapped = ['1', 'Tham mưu kiểm tra', 'Kế hoạch kiểm tra công tác', 'Quý I', 'Sở Nội vụ,', ''];
    const rest = ['', '', 'cải cách hành chính', '', 'Sở Tài chính', ''];
    expect(fromText([wrapped, rest, NEXT]).map((t) => [t.index, t.lead])).toEqual([
      ['1', ['Sở Nội vụ', 'Sở Tài chính']],
      ['3', ['Sở Nội vụ']],
    ]);
  });

  it('with only a product join the task above', () => {
    const productOnly = ['', '', 'Báo cáo kết quả kiểm tra', '', '', ''];
    expect(fromText([KIEM_TRA, productOnly, NEXT]).map((t) => [t.index, t.deadline?.text])).toEqual([
      ['2', 'Trong tháng 01/2026'],
      ['3', 'Trong tháng 01/2026'],
    ]);
  });

  it('fill only the cells the task left empty', () => {
    const noUnits = ['4', 'Xây dựng kế hoạch cải cách hành chính', 'Kế hoạch', '', '', ''];
    const units = ['', '', 'Báo cáo', 'Quý IV/2026', 'Sở Nội vụ', 'Sở Tài chính'];
    expect(fromText([noUnits, units]).map(brief)).toEqual([
      { index: '4', content: noUnits[1], lead: ['Sở Nội vụ'], support: ['Sở Tài chính'], deadline: 'Quý IV/2026' },
    ]);
  });

  it('leave a sub-row with its own content a task of its own', () => {
    const parent = ['1', 'Tổ chức các phong trào thi đua', '', 'Năm 2026', 'Sở Nội vụ', ''];
    const sub = ['', '- Phong trào thi đua “Cả nước chung tay vì người nghèo”', '', 'Năm 2026', 'Sở Y tế', ''];
    expect(fromText([parent, sub]).map((t) => [t.index, t.lead])).toEqual([
      ['1', ['Sở Nội vụ']],
      [null, ['Sở Y tế']],
    ]);
  });

  it('span the task over its continuation rows, and a sub-task over its own row', () => {
    const productOnly = ['', '', 'Báo cáo kết quả kiểm tra', '', '', ''];
    const [task] = fromText([KIEM_TRA, productOnly]);
    const text = [HEADER, KIEM_TRA, productOnly].map((r) => r.join('\t')).join('\n');
    expect(text.slice(task!.span!.start, task!.span!.end)).toContain('Báo cáo kết quả kiểm tra');
    const [, sub] = fromText([KIEM_TRA, SECOND_PRODUCT]);
    const subText = [HEADER, KIEM_TRA, SECOND_PRODUCT].map((r) => r.join('\t')).join('\n');
    expect(subText.slice(sub!.span!.start, sub!.span!.end)).toBe(SECOND_PRODUCT.join('\t'));
  });
});

describe('group rows numbered in a second numbering column', () => {
  const HEAD = ['TT', 'Chi tiết', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn'];
  const read = (rows: string[][]) =>
    extractTasks([HEAD, ...rows].map((r) => r.join('\t')).join('\n'), testContext(), { tables: [], document: DOC, sections: [] });

  it.each([
    {
      name: 'a group heads the numbered rows below it',
      rows: [
        ['', '1', 'Làm sạch, chuẩn hóa nhóm dữ liệu thiết yếu', '', 'Sở Khoa học và Công nghệ', '30/8/2026'],
        ['1', 'a)', 'Dữ liệu quy hoạch', 'Sở Quy hoạch - Kiến trúc', 'Sở Khoa học và Công nghệ', '30/8/2026'],
        ['2', 'b)', 'Dữ liệu y tế', 'Sở Y tế', 'Sở Khoa học và Công nghệ', '30/8/2026'],
        ['', '2', 'Cao điểm chuyển đổi số hoạt động kinh doanh, bao gồm:', '', '', 'Theo thời hạn cụ thể sau đây:'],
        ['3', 'a)', 'Triển khai đợt cao điểm các chợ không dùng tiền mặt', 'UBND các xã, phường', '', '31/7/2026'],
        // Numbered in both columns: a task, not a group.
        ['4', '3', 'Phát triển kinh tế đêm sáng tạo', 'Sở Văn hóa và Thể thao', '', '31/12/2026'],
      ],
      want: [
        { index: '1', section: 'Làm sạch, chuẩn hóa nhóm dữ liệu thiết yếu', content: 'Dữ liệu quy hoạch' },
        { index: '2', section: 'Làm sạch, chuẩn hóa nhóm dữ liệu thiết yếu', content: 'Dữ liệu y tế' },
        { index: '3', section: 'Cao điểm chuyển đổi số hoạt động kinh doanh, bao gồm:', content: 'Triển khai đợt cao điểm các chợ không dùng tiền mặt' },
        { index: '4', content: 'Phát triển kinh tế đêm sáng tạo' },
      ],
    },
    {
      name: 'a numbered row with no numbered rows under it is a task',
      rows: [
        ['', '1', 'Rà soát hệ thống thông tin', 'Sở Khoa học và Công nghệ', '', '30/9/2026'],
        ['', '2', 'Tổng kết, đánh giá', 'Sở Nội vụ', '', '31/12/2026'],
      ],
      want: [
        { index: '1', content: 'Rà soát hệ thống thông tin', lead: ['Sở Khoa học và Công nghệ'] },
        { index: '2', content: 'Tổng kết, đánh giá', lead: ['Sở Nội vụ'] },
      ],
    },
  ])('$name', ({ rows, want }) => {
    const got = read(rows);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});
