import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../extractors/shared/deadline.js';

describe('parseDeadline', () => {
  it.each([
    ['Tháng 01/2018', 2018, '2018-01', '2018-01', false],
    ['Tháng 2, 3/2021', 2021, '2021-02', '2021-03', false],
    ['Trước 20/01/2021', 2021, null, '2021-01-20', false],
    ['Trước ngày 31/12 hằng năm', 2021, null, null, true],
    ['Quý I, Quý II hàng năm', 2021, null, null, true],
    ['Giai đoạn 2021-2025', 2021, '2021', '2025', false],
    ['Từ năm 2013 đến năm 2020 và tiếp theo', 2013, '2013', '2020', false],
    ['từ 2021 đến hết năm 2025', 2021, '2021', '2025', false],
    ['Thường xuyên', 2021, null, null, true],
    ['Hàng tháng', 2021, null, null, true],
    ['Sau khi quận triển khai', 2018, null, null, false],
    ['Trước 20/01', 2021, null, '2021-01-20', false],
    ['Tháng 3/2021 đến trước 15/4/2021', 2021, '2021-03', '2021-04-15', false],
    ['Từ tháng 01 đến tháng 3 năm 2018', 2018, '2018-01', '2018-03', false],
    ['Quý I/2018', 2018, '2018-01', '2018-03', false],
    ['Thang 01/2021', 2021, '2021-01', '2021-01', false],
    // Forms of real plans' task tables and lists.
    ['Quí IV-2025', 2025, '2025-10', '2025-12', false],
    ['Tháng 11 - 12/2025', 2025, '2025-11', '2025-12', false],
    ['2025', 2025, '2025', '2025', false],
    ['Năm 2025 - 2026', 2025, '2025', '2026', false],
    ['Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê', 2025, '2025-11', null, false],
    ['Từ 01/7/2025', 2025, '2025-07-01', null, false],
    ['Thường xuyên, hằng năm', 2025, null, null, true],
    ['1/2 ngày', 2025, null, null, false],
    // dates written out in words, with and without their year
    ['Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1', 2026, '2026-01-23', '2026-01-23', false],
    ['Trước ngày 15 tháng 6 năm 2025', 2025, null, '2025-06-15', false],
    ['ngày 31 tháng 13', 2025, null, null, false],
  ])('%s', (text, planYear, start, end, recurring) => {
    const parsed = parseDeadline(text, { planYear });
    expect(parsed?.deadline).toEqual({ text, start, end, recurring });
  });

  it('flags a date before the plan year without correcting it', () => {
    const parsed = parseDeadline('Trước 15/01/2020', { planYear: 2021 });
    expect(parsed?.implausible).toBe(true);
    expect(parsed?.deadline.end).toBe('2020-01-15');
    expect(parseDeadline('Tháng 01/2019', { planYear: 2018 })?.implausible).toBe(false);
  });

  it('gives no range for a printed year-less date when the plan year is unknown', () => {
    expect(parseDeadline('Trước 20/01', {})?.deadline.end).toBeNull();
    expect(parseDeadline('   ')).toBeNull();
  });
});
