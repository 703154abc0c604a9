// A receiving office's "CÔNG VĂN ĐẾN" stamp struck over the date line: the engine reads the place
// and "ngày", then the stamp's words and scraps. The place is read, the year is the one the number
// line prints, and nothing below is taken for the date. OCR'd text only (stamped-date-line.ts).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const circular = (dateLine: string, numberLine = 'Số: ... /2026/TT-BCT') => [
  'BỘ CÔNG THƯƠNG',
  numberLine,
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'VĂN PHÒNG CHÍNH PHỦ',
  dateLine,
  'Tà : ` Giờ....C... Ngày S.... .....',
  'THÔNG TƯ',
  'Bãi bỏ một phần khoản 2 Điều 1 của Thông tư số 18/2025/TT-BCT ngày 13 tháng 3 năm 2025 của Bộ trưởng Bộ Công Thương',
];

describe('a date line under an incoming-mail stamp', () => {
  it.each([
    ['the stamp\'s word after "ngày"', 'Hà Nội, ngày¿ ...Ôj\\nš ĐẾN ...'],
    ['scraps only', 'Hà Nội, ngày ¿ ...Ôj ...'],
  ])('OCR: %s', (_how, line) => {
    const doc = headerOf(circular(line));
    expect(doc.place).toBe('Hà Nội');
    expect(doc.date).toBe('2026');
  });

  it('no year in the number line: the place alone', () => {
    const doc = headerOf(circular('Hà Nội, ngày¿ ...Ôj ĐẾN ...', 'Số: ... /TT-BCT'));
    expect(doc.place).toBe('Hà Nội');
    expect(doc.date).toBeNull();
  });

  it.each([
    ['typed text', 'Hà Nội, ngày¿ ...Ôj ĐẾN ...', false],
    ['prose after "ngày" (a sentence)', 'Hà Nội, ngày hôm nay đoàn công tác đến', true],
  ])('%s: no date from it', (_how, line, ocr) => {
    expect(headerOf(circular(line), ocr).date).toBeNull();
  });
});

describe('a garbled date line whose printed month and year still read', () => {
  const letter = (dateLine: string) => ['TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM', 'CỤC THUE TINH BAC GIANG Độc lập — Tự do — Hanh phúc', '', dateLine, 'Vv chính sách thuế TNDN đối với', '', 'Kính gửi: Công ty TNHH DYT Việt Nam'];

  it.each([
    ['Số: §2 /CTBGLTTHT Bắc Giang, ngay © $ thắng 01 năm 2021', '2021-01'],
    ['la Nội, ngày / ¡ tháng 8 năm 2011', '2011-08'],
  ])('OCR: %s keeps %s', (line, date) => {
    expect(headerOf(letter(line)).date).toBe(date);
  });
});
