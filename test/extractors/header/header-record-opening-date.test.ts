// A biên bản prints no place-and-date line: it is dated by its opening sentence ("Hôm nay, ngày
// 08/6/2026, Sở Công Thương tiến hành kiểm tra …", heldout-fresh25-scans z04), as a law is by the day
// it was passed. Only the sentence that opens with "Hôm nay", and never over a printed date line.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (text: string) => headerOf(text, false);

const record = (opening: string, above = '') =>
  `CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${above}BIÊN BẢN KIỂM TRA\nThực tế khu vực sử dụng vật liệu nổ công nghiệp\n${opening}\nA. THÀNH PHẦN ĐOÀN LÀM VIỆC\n1. Đại diện Sở Công Thương\nB. NỘI DUNG KIỂM TRA\n1. Về hồ sơ pháp lý: Giấy phép khai thác khoáng sản số 1525/GP-UBND ngày 22/10/2025.\n`;

describe('the date of a biên bản: the day its opening sentence gives', () => {
  it.each([
    ['in figures', 'Hôm nay, ngày 08/6/2026, Sở Công Thương tiến hành kiểm tra thực tế tại mỏ đá, với các nội dung sau:', '2026-06-08'],
    ['in words, after the hour', 'Hôm nay, vào hồi 14 giờ 30 phút, ngày 12 tháng 3 năm 2025, tại trụ sở Ủy ban nhân dân xã, chúng tôi gồm:', '2025-03-12'],
    ['no opening sentence: no date, never a cited one', 'Đoàn kiểm tra của Sở Công Thương làm việc tại mỏ đá, với các nội dung sau:', null],
  ])('%s', (_name, opening, date) => {
    expect(header(record(opening)).date).toBe(date);
  });

  it('gives way to a printed date line', () => {
    const text = record('Hôm nay, ngày 08/6/2026, Sở Công Thương tiến hành kiểm tra thực tế tại mỏ đá:', 'Lào Cai, ngày 09 tháng 6 năm 2026\n');
    expect(header(text).date).toBe('2026-06-09');
  });
});
