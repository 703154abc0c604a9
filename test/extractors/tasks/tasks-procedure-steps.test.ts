// A plan's procedure written as numbered steps, each ending with the time it must be done by:
// "2.2. Bước 2: Kiểm tra …" / paragraph / "Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.".
// "Hoàn tất" is "hoàn thành"; a step ("Bước N:") and a lettered sub-item ("2.1.b.") are tasks with
// their own time, as a lettered step ("b) …") already was.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { lineLabels } from '../../../extractors/tasks/prose-labels.js';
import { testContext } from '../context.js';

const DOC = { date: '2014-06-28', title: null } as DocumentInfo;
const tasks = (text: string) => extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text) });

const STEPS = [
  '2. Trình tự, thời gian lập và phê duyệt danh sách hỗ trợ nhà ở',
  '',
  '2.1. Bước 1: Kiểm tra hiện trạng nhà ở của từng hộ có đơn.',
  '',
  'Ban Chỉ đạo tổ chức kiểm tra hiện trạng nhà ở của từng đối tượng.',
  '',
  'Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.',
  '',
  '2.2. Bước 2: Tổng hợp và phê duyệt danh sách đối tượng.',
  '',
  'Ủy ban nhân dân quận, huyện tổng hợp và phê duyệt danh sách.',
  '',
  'Thời gian hoàn tất: trước ngày 18 tháng 8 năm 2014.',
];

describe('procedure steps with "Thời gian hoàn tất:"', () => {
  it('"Thời gian hoàn tất:" is a deadline label, as "Thời gian hoàn thành:"', () => {
    expect(lineLabels('Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.')).toEqual([expect.objectContaining({ role: 'deadline', value: 'trước ngày 27 tháng 6 năm 2014' })]);
    expect(lineLabels('Thời gian hoàn thành: trước ngày 27 tháng 6 năm 2014.')?.[0]?.role).toBe('deadline');
  });

  it('numbered steps "Bước N:" each give a task with its deadline', () => {
    const rows = tasks(STEPS.join('\n'));
    expect(rows.map((r) => [r.index, r.deadline?.end])).toEqual([
      ['2.1', '2014-07-25'],
      ['2.2', '2014-08-18'],
    ]);
    expect(rows[0]!.content).toMatch(/^Bước 1: Kiểm tra hiện trạng nhà ở/);
  });

  it('lettered sub-items numbered "2.1.a." / "2.1.b." are steps too', () => {
    const text = [
      '2.1.a. Tổng hợp danh sách các hộ được hỗ trợ:',
      'Ủy ban nhân dân xã lập danh sách.',
      'Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.',
      '2.1.b. Rà soát hồ sơ đề nghị hỗ trợ:',
      'Phòng Lao động rà soát hồ sơ.',
      'Thời gian hoàn tất: trước ngày 10 tháng 7 năm 2014.',
    ].join('\n');
    expect(tasks(text).map((r) => [r.index, r.deadline?.end])).toEqual([
      ['2.1.a', '2014-06-27'],
      ['2.1.b', '2014-07-10'],
    ]);
  });

  it.each([
    {
      name: 'a single step in a whole text is no list',
      text: STEPS.slice(0, 7).join('\n'),
    },
    {
      name: 'numbered topics (not steps, not actions) each followed by a plan part\'s time are no list',
      text: [
        '1. Mục tiêu chung của kế hoạch',
        'Nâng cao chất lượng phục vụ.',
        'Thời gian hoàn tất: năm 2025.',
        '2. Đối tượng áp dụng',
        'Các hộ gia đình trên địa bàn.',
        'Thời gian hoàn tất: năm 2026.',
      ].join('\n'),
    },
  ])('$name', ({ text }) => {
    expect(tasks(text)).toEqual([]);
  });
});

describe('a step that prints only its time is led by the body its paragraph names', () => {
  it('lead and partners from "X chủ trì, phối hợp với Y"; none from a labelled lead', () => {
    const text = [
      '2.4. Bước 4: Lập Đề án hỗ trợ người có công với cách mạng về nhà ở.',
      'Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án.',
      'Thời gian hoàn tất: trước ngày 30 tháng 9 năm 2014.',
      '2.5. Bước 5: Thẩm định và xác định nguồn kinh phí thực hiện.',
      'Sở Kế hoạch và Đầu tư tổng hợp nhu cầu vốn.',
      'Đơn vị chủ trì: Sở Tài chính.',
      'Thời gian hoàn tất: trước ngày 15 tháng 10 năm 2014.',
    ].join('\n');
    expect(tasks(text).map((r) => [r.index, r.lead, r.support])).toEqual([
      ['2.4', ['Sở Xây dựng'], ['Sở Tài chính']],
      ['2.5', ['Sở Tài chính'], []],
    ]);
  });
});
