// A bullet naming the body that oversees a prose task, between its unit and its time (heldout-fresh17
// q01 II.3.3): the task's supervisor, not a task of its own that cuts the task in two.
import { describe, expect, it } from 'vitest';
import { tasksFromProseLists } from '../../../extractors/tasks/prose-list.js';
import { supervisingBody } from '../../../extractors/tasks/supervising-bullet.js';
import { linesWithOffsets } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const tasksOf = (text: string) =>
  tasksFromProseLists(linesWithOffsets(text), testContext(), { planYear: 2025, typed: true }).map((t) => ({
    index: t.index, content: t.content, lead: t.lead, supervisor: t.supervisor, deadline: t.deadline?.text ?? null,
  }));

const LIST = (between: string) => [
  '3.2. Nâng cấp hạ tầng công nghệ thông tin',
  '- Rà soát xây dựng danh mục, thực hiện nâng cấp hạ tầng.',
  '- Đơn vị thực hiện: Các bệnh viện trực thuộc.',
  '- Thời gian thực hiện: Hoàn thành trước ngày 30/9/2025.',
  '3.3. Mua sắm, đấu thầu',
  '- Chủ động xây dựng kế hoạch mua sắm, đấu thầu phần mềm.',
  '- Lựa chọn nhà cung cấp phần mềm có đủ năng lực.',
  '- Đơn vị thực hiện: Các bệnh viện trực thuộc.',
  between,
  '- Thời gian thực hiện: Theo lộ trình đã đề ra.',
].join('\n');

describe('a bullet naming who oversees a prose task', () => {
  it('is the supervisor of the task it stands in', () => {
    expect(tasksOf(LIST('- Sở Y tế chỉ đạo, hướng dẫn các bệnh viện tổng hợp trình cấp có thẩm quyền.'))).toEqual([
      { index: '3.2', content: 'Nâng cấp hạ tầng công nghệ thông tin', lead: ['Các bệnh viện trực thuộc'], supervisor: null, deadline: 'Hoàn thành trước ngày 30/9/2025' },
      { index: '3.3', content: 'Mua sắm, đấu thầu', lead: ['Các bệnh viện trực thuộc'], supervisor: 'Sở Y tế', deadline: 'Theo lộ trình đã đề ra' },
    ]);
  });

  it('leaves a bullet of work between the labels as it was', () => {
    // "tổ chức" is work the body does, not oversight: no supervisor is read from it.
    const tasks = tasksOf(LIST('- Sở Y tế tổ chức tập huấn cho các bệnh viện.'));
    expect(tasks.every((t) => t.supervisor === null)).toBe(true);
  });
});

describe('supervisingBody', () => {
  it.each([
    ['Sở Y tế chỉ đạo, hướng dẫn các bệnh viện …', 'Sở Y tế'],
    ['Sở Y tế theo dõi, hướng dẫn, đôn đốc, giám sát các bệnh viện', 'Sở Y tế'],
    ['UBND các huyện, thị xã đôn đốc các xã thực hiện', 'UBND các huyện, thị xã'],
    ['Văn phòng Ủy ban nhân dân tỉnh theo dõi, tổng hợp', 'Văn phòng Ủy ban nhân dân tỉnh'],
  ])('%s → %s', (bullet, body) => {
    expect(supervisingBody(bullet)).toBe(body);
  });

  it.each([
    ['work, not oversight', 'Sở Y tế tổ chức tập huấn cho các bệnh viện'],
    ['no body at its head', 'Các bệnh viện chỉ đạo khoa phòng thực hiện'],
    ['a verb of oversight opening the line', 'Hướng dẫn các bệnh viện triển khai'],
    ['small letters', 'sở y tế chỉ đạo các bệnh viện'],
    ['a name too long to be one', 'Sở Y tế cùng với các cơ quan, đơn vị có liên quan của thành phố chỉ đạo'],
  ])('%s', (_what, bullet) => {
    expect(supervisingBody(bullet)).toBeNull();
  });
});

describe('bodies listed as a label value', () => {
  it('are no overseers, whatever words their names hold', () => {
    expect(supervisingBody('Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.')).toBeNull();
  });
});
