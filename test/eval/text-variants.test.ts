// The reshaped copies the eval scores real text documents in (text-variants.ts).
import { describe, expect, it } from 'vitest';
import { textVariant } from './text-variants.js';

describe('textVariant', () => {
  it('runs a document onto one line', () => {
    expect(textVariant('ỦY BAN NHÂN DÂN\r\nXÃ AN BÌNH\nSố: 12/KH-UBND', 'one-line')).toBe('ỦY BAN NHÂN DÂN XÃ AN BÌNH Số: 12/KH-UBND');
  });

  it.each([
    ['stripped', 'ỦY BAN NHÂN DÂN\nXÃ ĐỨC GIANG\nngày 03 tháng 02 năm 2023', 'UY BAN NHAN DAN\nXA DUC GIANG\nngay 03 thang 02 nam 2023'],
    ['stripped', 'Thực hiện Kế hoạch số 03/KH-HĐTĐKT', 'Thuc hien Ke hoach so 03/KH-HDTDKT'],
    ['stripped-one-line', 'ỦY BAN NHÂN DÂN\r\nXÃ ĐỨC GIANG', 'UY BAN NHAN DAN XA DUC GIANG'],
  ] as const)('gives the %s copy of %j', (variant, text, copy) => {
    expect(textVariant(text, variant)).toBe(copy);
  });

  it('wraps a long prose line at a space, at most 72 characters a line', () => {
    const line = 'Thực hiện Kế hoạch số 120/KH-UBND ngày 02/3/2025 của Ủy ban nhân dân huyện về tổ chức phong trào thi đua năm 2025 trên địa bàn xã.';
    const out = textVariant(line, 'wrapped').split('\n');
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((l) => l.length <= 72)).toBe(true);
    expect(out.join(' ')).toBe(line);
  });

  it.each([
    ['a row laid out in columns', `ỦY BAN NHÂN DÂN${' '.repeat(20)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc — dòng dài`],
    ['a table row', '| 1 | Tổ chức hội nghị tổng kết công tác thi đua năm 2025 | Phòng Nội vụ | Quý IV/2025 |'],
    ['a short line', 'KẾ HOẠCH'],
  ])('leaves %s as it is', (_what, line) => {
    expect(textVariant(line, 'wrapped')).toBe(line);
  });
});
