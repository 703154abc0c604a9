// A plan's own framing parts ("IV. THỜI GIAN, PHẠM VI, ĐỐI TƯỢNG THỰC HIỆN" with "1. Thời gian
// thực hiện: …" under it) are not tasks, while the numbered work items of the plan still are.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { isPlanPartHeading } from '../../../extractors/tasks/prose-list.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-07-03', title: null } as DocumentInfo;

function tasks(text: string) {
  const ctx = testContext();
  return extractTasks(text, ctx, { tables: [], document: DOC, sections: extractSections(text) });
}

describe('isPlanPartHeading', () => {
  it.each([
    'THỜI GIAN, PHẠM VI, ĐỐI TƯỢNG THỰC HIỆN',
    'Thời gian thực hiện',
    'Thời gian và kinh phí thực hiện',
    'PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG:',
    'Mục đích, yêu cầu',
  ])('a part of the plan: %s', (heading) => {
    expect(isPlanPartHeading(heading)).toBe(true);
  });

  it.each([
    'Kiện toàn bộ máy chỉ đạo, điều hành và tổ chức thực hiện',
    'Rà soát thời gian giải quyết hồ sơ',
    'Thời gian, địa điểm tổ chức Hội nghị',
    'Tổ chức thực hiện',
    'Tuyên truyền, vận động Nhân dân',
  ])('work, or a part that may hold tasks: %s', (heading) => {
    expect(isPlanPartHeading(heading)).toBe(false);
  });
});

describe('a plan whose framing section has a time label', () => {
  const plan = [
    'IV. THỜI GIAN, PHẠM VI, ĐỐI TƯỢNG THỰC HIỆN',
    '1. Thời gian thực hiện:',
    'Thực hiện theo thời gian của đợt cao điểm 180 ngày quy định tại Kế hoạch của UBND tỉnh.',
    '2. Phạm vi thực hiện: Triển khai trên toàn bộ địa giới hành chính phường.',
    'V. NỘI DUNG THỰC HIỆN',
    '1. Kiện toàn bộ máy chỉ đạo, điều hành và tổ chức thực hiện',
    'Thời gian thực hiện: Tháng 7/2026.',
    '- Kiện toàn Ban Chỉ đạo cấp phường.',
    '2. Tuyên truyền, vận động và huy động sự tham gia của Nhân dân',
    'Thời gian thực hiện: Tháng 7 đến tháng 12/2026.',
    '- Đẩy mạnh tuyên truyền.',
  ].join('\n');

  it('reads the work items as tasks and the framing section as none', () => {
    const rows = tasks(plan);
    expect(rows.map((t) => t.content)).toEqual([
      'Kiện toàn bộ máy chỉ đạo, điều hành và tổ chức thực hiện',
      'Tuyên truyền, vận động và huy động sự tham gia của Nhân dân',
    ]);
    expect(rows.map((t) => t.deadline?.text)).toEqual(['Tháng 7/2026', 'Tháng 7 đến tháng 12/2026']);
  });
});
