// An OCR layer's number line with its serial and day each spaced in two and a capital of the symbol
// read small ("số: 121 4/GsQL - GQ2 Hà Nội, ngày 2 3 tháng 08 năm 2022"): read as printed, the
// number 1214/GSQL-GQ2 and the day 23. OCR'd text only (references-ocr.ts repairOcrHeaderCodes).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const letter = (numberLine: string) => [
  'TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỤC HẢI QUAN TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc',
  numberLine,
  'V/v hoạt động xuất khẩu của',
  'doanh nghiệp FDI',
  '',
  'Kính gửi: Công ty TNHH Minh Phát.',
  '',
  'Trả lời công văn số 01/CV ngày 12/10/2022 của Công ty, Cục Hải quan có ý kiến như sau:',
];

describe('a number line spaced and misread (OCR)', () => {
  it.each([
    ['the serial and the day split, a small s', 'số: 121 4/GsQL - GQ2 Bình Dương, ngày 2 3 tháng 08 năm 2022', '1214/GSQL-GQ2', '2022-08-23'],
    ['the serial split', 'Số: 24 08/HQBD-GSQL Bình Dương, ngày 24 tháng 10 năm 2022', '2408/HQBD-GSQL', '2022-10-24'],
    ['the day split', 'Số: 2408/HQBD-GSQL Bình Dương, ngày 2 4 tháng 10 năm 2022', '2408/HQBD-GSQL', '2022-10-24'],
    ['a small o between capitals', 'Số: 2408/HQBD-GSoL Bình Dương, ngày 24 tháng 10 năm 2022', '2408/HQBD-GSOL', '2022-10-24'],
  ])('%s', (_how, line, number, date) => {
    const doc = headerOf(letter(line));
    expect(doc.number).toBe(number);
    expect(doc.date).toBe(date);
  });

  it.each([
    // A symbol's own small letters close its part.
    ['the Prime Minister\'s code', 'Số: 11/CT-TTg Bình Dương, ngày 24 tháng 10 năm 2022', '11/CT-TTg'],
    ['a small letter ending a part', 'Số: 15/QĐ-NHNo Bình Dương, ngày 24 tháng 10 năm 2022', '15/QĐ-NHNo'],
  ])('keeps %s', (_how, line, number) => {
    expect(headerOf(letter(line)).number).toBe(number);
  });

  it('a day of 4 and 0 apart is no day 40', () => {
    expect(headerOf(letter('Số: 2408/HQBD-GSQL Bình Dương, ngày 4 0 tháng 10 năm 2022')).date).not.toBe('2022-10-40');
  });

  it('typed text keeps what was typed', () => {
    expect(headerOf(letter('Số: 24 08/HQBD-GSQL Bình Dương, ngày 24 tháng 10 năm 2022'), false).number).not.toBe('2408/HQBD-GSQL');
  });
});
