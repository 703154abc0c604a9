// Prose task lists: numbered tasks (or bullets under them) followed by lines naming the lead
// unit, the supporting units and the deadline, in the forms plans print them.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../output/schema.js';
import { extractSections } from '../../extractors/sections.js';
import { extractTasks } from '../../extractors/tasks/index.js';
import { testContext } from './context.js';

const DOC = { date: '2025-11-20', title: null } as DocumentInfo;

function tasks(text: string) {
  const ctx = testContext();
  return { ctx, tasks: extractTasks(text, ctx, { tables: [], document: DOC, sections: extractSections(text) }) };
}

describe('prose task lists', () => {
  it.each([
    {
      name: 'label lines in markdown emphasis, wrapped, under numbered tasks',
      text: [
        '**II. NHIỆM VỤ, GIẢI PHÁP**',
        '',
        '**1. Rà soát, kiện toàn đội ngũ cán bộ làm công tác pháp chế**',
        '',
        '- Thường xuyên rà soát, kiện toàn đội ngũ.',
        '',
        '*Đơn vị chủ trì thực hiện: *Các',
        'Sở, ngành, đơn vị, UBND cấp xã.',
        '',
        '*Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp.',
        '',
        '*Thời gian thực hiện: *Thường',
        'xuyên.',
        '',
        '**2. Tổ chức hội nghị tập huấn**',
        '',
        '*Đơn vị chủ trì: *Sở Tư pháp.',
        '',
        '*Thời gian thực hiện: *Quý II/2026.',
      ].join('\n'),
      rows: [
        { index: '1', content: 'Rà soát, kiện toàn đội ngũ cán bộ làm công tác pháp chế', lead: ['Các Sở, ngành, đơn vị', 'UBND cấp xã'], support: ['Sở Nội vụ', 'Sở Tư pháp'], deadline: { text: 'Thường xuyên', recurring: true } },
        { index: '2', content: 'Tổ chức hội nghị tập huấn', lead: ['Sở Tư pháp'], support: [], deadline: { start: '2026-04', end: '2026-06' } },
      ],
    },
    {
      name: 'sub-items a) b) c) with "Cơ quan thực hiện:" over "- Đơn vị chủ trì" bullets',
      text: [
        '1.1. Xây dựng Chiến lược dữ liệu của thành phố:',
        'a) Nhiệm vụ: Tham mưu rà soát, hoàn thiện Chiến lược dữ liệu.',
        'b) Cơ quan thực hiện:',
        '- Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
        '- Đơn vị phối hợp: Các Sở, ban, ngành.',
        'c) Thời gian thực hiện: Hoàn thành trong năm 2025.',
        '1.2. Triển khai, phát triển dữ liệu:',
        'a) Nhiệm vụ:',
        '- Chuẩn hóa cơ sở dữ liệu của đơn vị.',
        'b) Cơ quan thực hiện:',
        '- Đơn vị chủ trì: Các Sở, ban, ngành.',
        '- Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.',
        'c) Thời gian thực hiện: Thực hiện thường xuyên.',
      ].join('\n'),
      rows: [
        { index: '1.1', content: 'Xây dựng Chiến lược dữ liệu của thành phố', lead: ['Sở Khoa học và Công nghệ'], support: ['Các Sở, ban, ngành'], deadline: { start: '2025', end: '2025' } },
        { index: '1.2', content: 'Triển khai, phát triển dữ liệu', lead: ['Các Sở, ban, ngành'], support: ['Sở Khoa học và Công nghệ', 'UBND xã, phường'], deadline: { recurring: true } },
      ],
    },
    {
      name: 'bullets each with a deadline line under a heading that names the body',
      text: [
        '1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
        '',
        '- Tham mưu triển khai kế hoạch kiểm kê.',
        '',
        'Thời gian hoàn thành: Tháng 11 - 12/2025.',
        '',
        '- Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.',
      ].join('\n'),
      rows: [
        { index: null, parent: '1.2', content: 'Tham mưu triển khai kế hoạch kiểm kê', lead: ['Sở Tài chính'], deadline: { start: '2025-11', end: '2025-12' } },
        { index: null, content: 'Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính', lead: ['Sở Tài chính'], deadline: { end: '2026-05-31' } },
      ],
    },
    {
      name: 'labels run into the paragraph, and "X chủ trì, phối hợp với Y"',
      text: [
        '1. Tổ chức Tháng hành động vì bình đẳng giới (Chủ trì: Sở Nội vụ; phối hợp: Sở Y tế; thời gian thực hiện: Tháng 11/2026).',
        '2. Tuyên truyền trên các phương tiện truyền thông',
        '- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân phường, xã.',
        '- Thời hạn: Quý I/2026.',
      ].join('\n'),
      rows: [
        { index: '1', content: 'Tổ chức Tháng hành động vì bình đẳng giới', lead: ['Sở Nội vụ'], support: ['Sở Y tế'], deadline: { start: '2026-11', end: '2026-11' } },
        { index: '2', lead: ['Sở Văn hóa và Thể thao'], support: ['các sở, ban, ngành', 'Ủy ban nhân dân phường, xã'], deadline: { start: '2026-01', end: '2026-03' } },
      ],
    },
  ])('$name', ({ text, rows }) => {
    const { tasks: got } = tasks(text);
    expect(got).toHaveLength(rows.length);
    rows.forEach((row, i) => expect(got[i]).toMatchObject(row));
    for (const task of got) expect(task.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    [
      'duties by agency ("Tổ chức thực hiện")',
      ['IV. TỔ CHỨC THỰC HIỆN', '1. Sở Nội vụ: chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.', '2. Sở Tài chính: bố trí kinh phí thực hiện.'].join('\n'),
    ],
    ['a plan’s own period', ['3. Thời gian thực hiện: Từ năm 2026 - 2030.', 'a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.'].join('\n')],
    ['a meeting’s chair', ['Bước 2: Hội nghị cử tri.', '- Chủ trì: Người đứng đầu cơ quan.', 'Bước 3: Hội nghị mở rộng.', '- Chủ trì: Trưởng Ban công tác Mặt trận.'].join('\n')],
    ['one stray label', ['Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.'].join('\n')],
    ['an event’s length', ['1. Tổ chức hội nghị', '- Thời gian: 01 ngày/hội nghị.', '2. Tổ chức tập huấn', '- Thời gian: 02 ngày.'].join('\n')],
  ])('%s is not a task list', (_name, text) => {
    expect(tasks(text).tasks).toEqual([]);
  });

  it('labels naming units that no task could be read from are reported', () => {
    const text = ['Đơn vị chủ trì: Sở Nội vụ.', 'Đơn vị phối hợp: Sở Tài chính.'].join('\n');
    const { tasks: got, ctx } = tasks(text);
    expect(got).toEqual([]);
    expect(ctx.codes()).toContain('TASKS_NOT_FOUND');
  });

  it('2,000 tasks in a list are all read', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${(i % 99) + 1}. Tổ chức hoạt động số ${i + 1}\n- Đơn vị chủ trì: Sở Nội vụ.\n- Thời gian thực hiện: Quý II/2026.`).join('\n');
    const { tasks: got } = tasks(text);
    expect(got).toHaveLength(2000);
    expect(got[1999]).toMatchObject({ content: 'Tổ chức hoạt động số 2000', lead: ['Sở Nội vụ'] });
  });
});
