// A prose list whose labels follow the bullet that announces them ("- Rà soát … và tổ chức họp với
// các doanh nghiệp:" / "+ Đơn vị chủ trì: …" / "+ Thời gian thực hiện: …"), bullets without labels
// above it: the announcing bullet is the task's content. Without such a colon the first bullet since
// the last block stays the content, as before.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2022-03-18', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const LIST = (third: string) => [
  'II. NỘI DUNG THỰC HIỆN',
  '3. Tổ chức họp với các sở, ngành',
  '- Tổ chức Hội nghị họp với các doanh nghiệp viễn thông:',
  '+ Đơn vị chủ trì: Phòng Bưu chính - Viễn thông.',
  '+ Thời gian thực hiện: Trong Quý II/2022.',
  '4. Ban hành Kế hoạch và triển khai thực hiện',
  '- Tham mưu ban hành Kế hoạch triển khai phát triển hạ tầng số.',
  '- Triển khai phát triển hạ tầng kỹ thuật viễn thông thụ động.',
  third,
  '+ Đơn vị chủ trì: Phòng Bưu chính - Viễn thông.',
  '+ Thời gian thực hiện: Thường xuyên khi gặp khó khăn, vướng mắc.',
  '- Đôn đốc UBND cấp huyện triển khai Kế hoạch chỉnh trang, ngầm hóa mạng ngoại vi:',
  '+ Đơn vị chủ trì: Phòng Bưu chính - Viễn thông.',
  '+ Thời gian thực hiện: Trong Quý III/2022.',
  'III. TỔ CHỨC THỰC HIỆN',
];

describe('the bullet that announces its labels', () => {
  it('is the content of the task the labels close', () => {
    const tasks = read(LIST('- Rà soát cơ sở dữ liệu và tổ chức họp với các doanh nghiệp:'));
    expect(tasks.map((t) => [t.content, t.deadline?.text])).toEqual([
      ['Tổ chức họp với các sở, ngành', 'Trong Quý II/2022'],
      ['Rà soát cơ sở dữ liệu và tổ chức họp với các doanh nghiệp', 'Thường xuyên khi gặp khó khăn, vướng mắc'],
      ['Đôn đốc UBND cấp huyện triển khai Kế hoạch chỉnh trang, ngầm hóa mạng ngoại vi', 'Trong Quý III/2022'],
    ]);
  });

  it('without a colon, the first bullet since the last block stays the content', () => {
    const tasks = read(LIST('- Rà soát cơ sở dữ liệu và tổ chức họp với các doanh nghiệp.'));
    expect(tasks[1]?.content).toBe('Tham mưu ban hành Kế hoạch triển khai phát triển hạ tầng số');
  });
});
