// A table header written one cell per line ("Nhiệm vụ chủ trì" / "Đơn vị phối hợp" / "Thời gian
// hoàn thành"), repeated under each page's number, is no prose task whose labels those names
// would be; a real labelled task beside it still is.
import { describe, expect, it } from 'vitest';
import { tasksFromProseLists } from '../../../extractors/tasks/prose-list.js';
import { linesWithOffsets } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const read = (lines: string[]) => tasksFromProseLists(linesWithOffsets(lines.join('\n')), testContext(), { planYear: 2023 });

describe('a header written one cell per line', () => {
  it('opens no task, under a page number or not', () => {
    const header = ['Nhiệm vụ chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
    const tasks = read(['74', 'II. NHIỆM VỤ CỤ THỂ', ...header, 'Tham mưu ban hành Nghị định (1) Bộ Tư pháp', 'Quý IV/2023', '', '75', ...header, 'Xây dựng quy chuẩn (1) Bộ Công an', 'Trước năm 2025']);
    expect(tasks).toEqual([]);
  });

  it('leaves labelled tasks read', () => {
    const tasks = read([
      '1. Rà soát văn bản pháp luật',
      '- Đơn vị chủ trì: Bộ Công an.',
      '- Thời gian thực hiện: Trong năm 2023, 2024.',
      '2. Tham mưu Thủ tướng Chính phủ phê duyệt Quy hoạch',
      '- Đơn vị chủ trì: Bộ Thông tin và Truyền thông.',
      '- Đơn vị phối hợp: Bộ Công an.',
      '- Thời gian thực hiện: Quý IV năm 2023.',
    ]);
    expect(tasks.map((t) => [t.index, t.lead, t.support])).toEqual([
      ['1', ['Bộ Công an'], []],
      ['2', ['Bộ Thông tin và Truyền thông'], ['Bộ Công an']],
    ]);
  });
});
