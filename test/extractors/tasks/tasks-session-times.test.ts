// A schedule's steps ("b) Đào tạo … cho cán bộ Văn thư" / "- Thành phần: …" / "- Thời gian dự
// kiến: …") also give their time as "Thời gian: Theo lịch công tác của lãnh đạo." or "Thời gian
// đào tạo: Trong quá trình triển khai.": a time that says when, so the step is a task. A session's
// length ("Thời gian đào tạo: 05 ngày") is no deadline.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { lineLabel } from '../../../extractors/tasks/prose-labels.js';
import { testContext } from '../context.js';

const PLAN = { date: '2011-12', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

describe('the time of a schedule\'s step', () => {
  it('reads steps whose time is a schedule or the course of the work', () => {
    const tasks = read([
      'II. NỘI DUNG',
      '2. Hướng dẫn sử dụng phần mềm',
      'a) Đào tạo lý thuyết và thực hành cho cán bộ Văn thư.',
      '- Thành phần: Cán bộ văn thư',
      '- Địa điểm: Văn phòng',
      '- Thời gian dự kiến: Chiều ngày 28/12 và cả ngày 29/12/2011',
      'b) Bồi dưỡng lý thuyết và thực hành cho lãnh đạo sở',
      '- Thành phần: Lãnh đạo sở.',
      '- Thời gian: Theo lịch công tác của lãnh đạo.',
      'c) Đào tạo quản trị hệ thống phần mềm, chuyển giao mã nguồn.',
      '- Thành phần: cán bộ Phòng CNTT.',
      '- Thời gian đào tạo: Trong quá trình triển khai.',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(tasks.map((t) => [t.content.slice(0, 20), t.deadline?.text ?? null])).toEqual([
      ['Đào tạo lý thuyết và', 'Chiều ngày 28/12 và cả ngày 29/12/2011'],
      ['Bồi dưỡng lý thuyết ', 'Theo lịch công tác của lãnh đạo'],
      ['Đào tạo quản trị hệ ', 'Trong quá trình triển khai'],
    ]);
  });

  it.each([
    ['- Thời gian: Theo lịch công tác của lãnh đạo.', 'Theo lịch công tác của lãnh đạo'],
    ['- Thời gian đào tạo: Trong quá trình triển khai.', 'Trong quá trình triển khai'],
    ['- Thời gian tập huấn: Dự kiến ngày 05/12/2025', 'Dự kiến ngày 05/12/2025'],
  ])('%s: a deadline', (line, value) => {
    expect(lineLabel(line, true)).toMatchObject({ role: 'deadline', value });
  });

  it.each([['- Thời gian đào tạo: 05 ngày'], ['- Thời gian tổ chức: 01 buổi'], ['- Thời gian: 01 ngày']])('%s: a length, no deadline', (line) => {
    expect(lineLabel(line, true)).toBeNull();
  });
});
