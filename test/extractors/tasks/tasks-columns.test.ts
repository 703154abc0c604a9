// Column roles of task-table headers: what a header MEANS, whatever words and order the issuer
// chose. Legislative and project programmes name their rows by what is to be made ("Tên văn
// bản") and name several bodies per row, of which the drafter does the work.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { headerRoles } from '../../../extractors/tasks/columns.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

describe('task-table header roles', () => {
  it.each([
    {
      name: 'legislative programme: the drafter leads, the submitter and the examiner are notes',
      cells: ['TT', 'Tên văn bản', 'Cơ quan trình', 'Cơ quan soạn thảo', 'Cơ quan thẩm tra/chuẩn bị ý kiến', 'Tiến độ', 'Hồ sơ'],
      roles: ['index', 'content', 'note', 'lead', 'note', 'deadline', null],
    },
    {
      name: 'project list named "Tên dự án" with a lead body and a deadline',
      cells: ['STT', 'Tên dự án', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      roles: ['index', 'content', 'lead', 'support', 'deadline'],
    },
    {
      name: '"Cơ quan chủ trì soạn thảo" beside "Cơ quan trình": the drafter leads',
      cells: ['TT', 'Tên đề án', 'Cơ quan trình', 'Cơ quan chủ trì soạn thảo', 'Thời hạn trình'],
      roles: ['index', 'content', 'note', 'lead', 'deadline'],
    },
    {
      name: 'a team\'s duties by member: the person leads, the post is a note though it says "nhiệm vụ"',
      cells: ['TT', 'Họ và tên', 'Chức vụ giao /Nhiệm vụ đảm nhận', 'Nội dung phân công chi tiết'],
      roles: ['index', 'lead', 'note', 'content'],
    },
    {
      name: 'a person column beside the work given and a time',
      cells: ['STT', 'Họ tên', 'Công việc được giao', 'Thời gian hoàn thành'],
      roles: ['index', 'lead', 'content', 'deadline'],
    },
    {
      name: 'a post column that also names who does the work leads',
      cells: ['TT', 'Nội dung công việc', 'Chức danh, người thực hiện', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
    {
      name: 'a post and unit column named "chủ trì" leads',
      cells: ['TT', 'Nội dung công việc', 'Chức vụ, đơn vị chủ trì', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
    {
      name: 'a person column beside the duties given',
      cells: ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ được giao'],
      roles: ['index', 'lead', 'note', 'content'],
    },
    {
      name: 'two unit columns, neither submitting nor examining: both still lead',
      cells: ['TT', 'Nội dung', 'Cơ quan tham mưu', 'Đơn vị thực hiện', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'lead', 'deadline'],
    },
    {
      name: 'the head answerable for the task supervises; the body named "chủ trì" leads',
      cells: ['STT', 'Tên nhiệm vụ', 'Người đứng đầu chịu trách nhiệm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả thực hiện', 'Thời hạn hoàn thành'],
      roles: ['index', 'content', 'supervisor', 'lead', 'support', 'product', 'deadline'],
    },
    {
      name: 'a procedure table: "Căn cứ thực hiện" is a note, not the lead (OCR swapped "thực hiện")',
      cells: ['TT', 'Tiến trình các bước công việc', 'Trách nhiệm hiện thực', 'Trách nhiệm phối hợp', 'Căn vs. "cứ thực hiện', 'Hồ sơ công việc (Kết quả)', 'Chuẩn Thời mực chấ gian nhận', 'Ghi chú'],
      roles: ['index', 'content', 'lead', 'support', 'note', 'product', 'deadline', 'note'],
    },
    {
      name: 'a two-line time header read interleaved, and no more than two words between its words',
      cells: ['TT', 'Nội dung', 'Đơn vị thực hiện', 'Thời điểm khởi công và gian hàng'],
      roles: ['index', 'content', 'lead', null],
    },
    {
      name: 'the expected number of days is the time column of a step list',
      cells: ['TT', 'Công việc', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Số ngày dự kiến'],
      roles: ['index', 'content', 'lead', 'support', 'deadline'],
    },
    {
      name: 'a second numbering column is named by no role',
      cells: ['TT', 'Chi tiết', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'],
      roles: ['index', null, 'content', 'lead', 'support', 'product', 'deadline'],
    },
    {
      name: 'a schedule of checks: the body checked is the content, the check time the deadline',
      cells: ['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'],
      roles: ['index', 'content', 'deadline'],
    },
    {
      name: 'bodies and places checked, listed with commas, beside the inspecting body',
      cells: ['TT', 'Cơ quan, địa phương được kiểm tra', 'Đơn vị kiểm tra', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
    {
      name: '"được giám sát" names the body watched, not a supervisor',
      cells: ['TT', 'Đơn vị được giám sát', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
    {
      name: '"Đối tượng kiểm tra" is what is checked',
      cells: ['TT', 'Đối tượng kiểm tra', 'Thời gian'],
      roles: ['index', 'content', 'deadline'],
    },
    {
      name: 'beside a content column, the inspecting body still leads',
      cells: ['TT', 'Nội dung kiểm tra', 'Đơn vị kiểm tra', 'Thời gian kiểm tra'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
    {
      name: 'beside a content column, the body checked is a note, neither content nor lead',
      cells: ['STT', 'Đơn vị được kiểm tra', 'Nội dung kiểm tra', 'Thời gian', 'Đơn vị chủ trì'],
      roles: ['index', 'note', 'content', 'deadline', 'lead'],
    },
    {
      name: 'a bare "Chủ trì" beside the units that do the work presides: the supervisor (the seeds\' "Chủ trì, chỉ đạo")',
      cells: ['STT', 'Nội dung', 'Thời gian', 'Chủ trì', 'Thực hiện'],
      roles: ['index', 'content', 'deadline', 'supervisor', 'lead'],
    },
    {
      name: '"Đơn vị chủ trì" beside "Đơn vị thực hiện" names a body: both still lead',
      cells: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị thực hiện', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'lead', 'deadline'],
    },
    {
      name: 'a bare "Chủ trì" beside "Phối hợp" leads',
      cells: ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'support', 'deadline'],
    },
    {
      name: 'a submitting body as the only unit column still leads',
      cells: ['TT', 'Nội dung', 'Cơ quan trình', 'Thời gian trình'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
    {
      name: '"Số người", "Số lượng" count, they name no one: notes beside the lead',
      cells: ['TT', 'Nội dung', 'Số người', 'Đơn vị thực hiện', 'Số lượng', 'Thời gian'],
      roles: ['index', 'content', 'note', 'lead', 'note', 'deadline'],
    },
    {
      name: 'a task table priced row by row still names who does each task',
      cells: ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian', 'Thành tiền'],
      roles: ['index', 'content', 'lead', 'deadline', null],
    },
  ])('$name', ({ cells, roles }) => {
    expect(headerRoles(cells)).toEqual(roles);
  });

  it.each([
    { name: 'a list of documents with no unit or deadline column', cells: ['TT', 'Tên văn bản', 'Số ký hiệu', 'Ngày ban hành'] },
    { name: 'a person named "Tên" is no content', cells: ['TT', 'Tên', 'Chức vụ', 'Đơn vị'] },
    { name: 'the inspecting body alone names no row', cells: ['TT', 'Đơn vị kiểm tra', 'Thời gian kiểm tra'] },
    { name: 'a list of bodies checked with their scores (no time, no unit column)', cells: ['STT', 'Đơn vị được kiểm tra', 'Điểm đạt'] },
    { name: 'a cost estimate: its rows are priced budget lines', cells: ['TT', 'Nội dung', 'Số người', 'Số ngày, đợt', 'Đơn giá', 'Thành tiền', 'Ghi chú'] },
    { name: 'counts alone name no one', cells: ['TT', 'Nội dung', 'Số người', 'Số lượng', 'Ghi chú'] },
    { name: 'a board\'s members and their posts in it', cells: ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ trong Ban'] },
    { name: 'a board\'s members, "Nhiệm vụ" their post', cells: ['STT', 'Họ tên', 'Chức danh', 'Nhiệm vụ'] },
  ])('no task header: $name', ({ cells }) => {
    expect(headerRoles(cells)).toBeNull();
  });
});

describe('a legislative programme as a markdown table', () => {
  it('reads one task per act, the drafter as lead', () => {
    const text = [
      '| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra | Tiến độ |',
      '|---|---|---|---|---|---|',
      '| 1 | Nghị quyết sửa đổi Quy chế làm việc | Ủy ban Thường vụ Quốc hội | Văn phòng Quốc hội | Ủy ban Pháp luật | Trước ngày 10/01/2025 |',
      '| 2 | Nghị quyết về tổ chức Ban Dân nguyện | Ban Dân nguyện | Ban Dân nguyện | Ủy ban Pháp luật | Tháng 4/2025 |',
    ].join('\n');
    const ctx = testContext();
    const tasks = extractTasks(text, ctx, { tables: [], document: { date: '2024-12-28', title: null } as DocumentInfo, sections: extractSections(text) });
    expect(tasks.map((t) => [t.content, t.lead])).toEqual([
      ['Nghị quyết sửa đổi Quy chế làm việc', ['Văn phòng Quốc hội']],
      ['Nghị quyết về tổ chức Ban Dân nguyện', ['Ban Dân nguyện']],
    ]);
    expect(tasks[0]!.deadline?.end).toBe('2025-01-10');
  });
});

describe('a schedule of checks', () => {
  it('reads one task per body checked, under its group row, with no lead invented', () => {
    const text = [
      '| STT | Đơn vị được kiểm tra | Thời gian kiểm tra |',
      '|---|---|---|',
      '| I | Cơ quan chuyên môn cấp tỉnh | |',
      '| 1 | Sở Xây dựng | Tháng 7/2026 |',
      '| 2 | Sở Y tế | Từ tháng 3 đến tháng 9/2026 |',
      '| II | Ủy ban nhân dân cấp xã | |',
      '| 1 | Xã Đắk Song | Tháng 3/2026 |',
    ].join('\n');
    const ctx = testContext();
    const tasks = extractTasks(text, ctx, { tables: [], document: { date: '2026', title: null } as DocumentInfo, sections: extractSections(text) });
    expect(tasks.map((t) => [t.index, t.section, t.content, t.lead, t.support, t.deadline?.start, t.deadline?.end])).toEqual([
      ['1', 'Cơ quan chuyên môn cấp tỉnh', 'Sở Xây dựng', [], [], '2026-07', '2026-07'],
      ['2', 'Cơ quan chuyên môn cấp tỉnh', 'Sở Y tế', [], [], '2026-03', '2026-09'],
      ['1', 'Ủy ban nhân dân cấp xã', 'Xã Đắk Song', [], [], '2026-03', '2026-03'],
    ]);
  });
});

// A power-dispatch centre's Word table (heldout-fresh6 g02): who presides, who does the work.
describe('a table with the presiding leadership beside the units doing the work', () => {
  const read = (rows: string[]) => {
    const text = rows.join('\n');
    return extractTasks(text, testContext(), { tables: [], document: { date: '2024-03-01', title: null, typeCode: 'KH' } as DocumentInfo, sections: extractSections(text), typed: true });
  };

  it('reads the doing units as the lead, each named apart, and the presiding one as the supervisor', () => {
    const tasks = read([
      'STT\tNội dung\tThời gian\tChủ trì\tThực hiện',
      'I\tCông tác giáo dục quốc phòng - an ninh',
      '1\tRà soát, lập danh sách cán bộ chưa được bồi dưỡng kiến thức QP&AN.\tThường xuyên\tLãnh đạo Trung tâm\tBCH Quân sự, phòng Tổng hợp',
      '2\tTham gia hội thao theo kế hoạch của BCH Quân sự Quận 3.\tQuí II/2024\tBCH Quân sự Quận 3\tTrung đội DQTV',
    ]);
    expect(tasks.map((t) => [t.index, t.lead, t.supervisor, t.deadline?.text])).toEqual([
      ['1', ['BCH Quân sự', 'phòng Tổng hợp'], 'Lãnh đạo Trung tâm', 'Thường xuyên'],
      ['2', ['Trung đội DQTV'], 'BCH Quân sự Quận 3', 'Quí II/2024'],
    ]);
  });

  it('keeps two unit columns apart: their cells do not run into one name', () => {
    const tasks = read(['TT\tNội dung\tCơ quan tham mưu\tĐơn vị thực hiện\tThời gian', '1\tTổ chức hội nghị sơ kết\tCông an huyện\tUBND các xã\tQuý II/2024']);
    expect(tasks.map((t) => t.lead)).toEqual([['Công an huyện', 'UBND các xã']]);
  });
});
