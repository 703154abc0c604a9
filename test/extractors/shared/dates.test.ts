import { describe, expect, it } from 'vitest';
import { findDate, parseVietnameseDate } from '../../../extractors/shared/dates.js';
import { foldVietnamese } from '../../../normalizers/fold.js';

const parse = (s: string) => parseVietnameseDate(foldVietnamese(s));

describe('Vietnamese dates', () => {
  it.each([
    ['ngày 03 tháng 02 năm 2023', '2023-02-03'],
    ['ngày 3 tháng 2 năm 2023', '2023-02-03'],
    ['ngày 10  tháng 01  năm 2018', '2018-01-10'],
    ['ngay 10 thang 12 nam 2020', '2020-12-10'],
    ['NGÀY 14 THÁNG 12 NĂM 2017', '2017-12-14'],
    ['07/4/2014', '2014-04-07'],
    ['30/01/2023', '2023-01-30'],
    ['30.4.1975', '1975-04-30'],
    ['1-2-2020', '2020-02-01'],
    ['29/02/2020', '2020-02-29'],
    // An engine's slashed zero for a 0 beside a real figure, as its O.
    ['ngày 3Ø tháng 12 năm 2014', '2014-12-30'],
    ['ngày 2Ø tháng Ø6 năm 2019', '2019-06-20'],
  ])('%s → %s', (text, iso) => {
    expect(parse(text)).toMatchObject({ iso, partial: false, invalid: false });
  });

  it.each([
    ['ngày tháng năm 2017', '2017'],
    ['ngày   tháng 12 năm 2017', '2017-12'],
    ['ngày …. tháng …. năm 2020', '2020'],
    ['ngày/...../2017', '2017'],
    ['/...../2017', '2017'],
    ['ngayo2>£ thdngOj ndm 2021', '2021'],
    ['ngày Ø tháng 12 năm 2014', '2014-12'],
  ])('partial %j keeps only the known parts: %s', (text, iso) => {
    expect(parse(text)).toMatchObject({ iso, partial: true });
  });

  // A day is written in by hand or left blank: a stroke read there is never made a figure, nor is
  // a stroke in the month, nor a table's bar. (OCR'd text has a month of two look-alike letters,
  // "tháng II năm", read back before dates are read: references-ocr.ts.)
  it.each([
    ['ngày l tháng 6 năm 2020', '2020-06'],
    ['ngày ll tháng 3 năm 2014', '2014-03'],
    ['ngày | tháng 3 năm 2024', '2024-03'],
    ['ngày 5 tháng l năm 2020', '2020'],
    ['ngày 5 tháng | năm 2020', '2020'],
    ['ngày 12 tháng II năm 2012', '2012'],
  ])('no figure invented from strokes: %s → %s', (text, iso) => {
    expect(parse(text)).toMatchObject({ iso, partial: true });
  });

  it('letters that are no ones stay unread, and a numeric date is not read so', () => {
    expect(parse('ngày 12 tháng Il1 năm 2012')).toMatchObject({ iso: '2012', partial: true });
    expect(parse('ngày 12 tháng iv năm 2012')).toMatchObject({ iso: '2012' });
    expect(parse('12/ll/2012')).toBeNull();
  });

  it.each([
    ['ngày 32 tháng 01 năm 2020', '2020-01'],
    ['ngày 29 tháng 02 năm 2021', '2021-02'],
    ['ngày 10 tháng 13 năm 2020', '2020'],
  ])('invalid %j is flagged, the valid parts kept', (text, iso) => {
    expect(parse(text)).toMatchObject({ iso, invalid: true });
  });

  it('gives the offsets of the date it found', () => {
    const text = 'Long Biên, ngày 03 tháng 02 năm 2023';
    const d = findDate(foldVietnamese(text))!;
    expect(text.slice(d.start, d.end)).toBe('ngày 03 tháng 02 năm 2023');
  });

  it.each(['giai đoạn 2016-2020', 'năm 2018', 'Quý I/2018', 'không có ngày'])('%j has no date', (text) => {
    expect(parse(text)).toBeNull();
  });
});

describe('a mark an OCR layer glued to a day or month', () => {
  it.each([
    // [folded date, iso]: the month is read where the hidden digit could not change it
    ['ngay 23thang■4 nam 2023', '2023-04-23'],
    ['ngay 23 thang 4■ nam 2023', '2023-04-23'],
    // a day with a mark before it could be 8, 18 or 28: left unread
    ['ngay~8 thang 4 nam 2017', '2017-04'],
    // a month 1 with a mark could be 10, 11 or 12
    ['ngay 05 thang ■1 nam 2020', '2020'],
    ['ngay 05 thang 1■ nam 2020', '2020'],
    // two figures fill the field: the mark is debris
    ['ngay ~28 thang ■12 nam 2017', '2017-12-28'],
    // a day after which no digit fits (4x is no day)
    ['ngay 5■ thang 6 nam 2019', '2019-06-05'],
    ['ngay 2■ thang 6 nam 2019', '2019-06'],
    // punctuation is typing, not a lost figure
    ['ngay 5, thang 6 nam 2019', '2019-06-05'],
    ['ngay 5. thang 6. nam 2019', '2019-06-05'],
    // a blank's leader dots before one figure: written by hand on them, a digit may be lost (12 read "..2")
    ['ngay 14 thang ..2 nam 2019', '2019'],
    ['ngay ..5 thang 6 nam 2019', '2019-06'],
    ['ngay 14 thang …2 nam 2019', '2019'],
    // a figure after which no digit fits, or two figures, fill the field whatever the leader hid
    ['ngay 14 thang ..9 nam 2019', '2019-09-14'],
    ['ngay ...28 thang ..12 nam 2019', '2019-12-28'],
  ])('%s → %s', (folded, iso) => {
    expect(parseVietnameseDate(folded)?.iso).toBe(iso);
  });

  it.each([
    // [folded date, iso]: a 1 read as a stroke beside a figure, the field's two places filled
    ['ngay !7 thang 01 nam 2026', '2026-01-17'],
    ['ngay l7 thang 0|} nam 2026', '2026-01-17'],
    ['ngay 2! thang 0| nam 2026', '2026-01-21'],
    ['ngay [8 thang 9 nam 1986', '1986-09-18'],
    // a mark before one figure still hides a digit: left unread
    ['ngay ~8 thang 0|} nam 2026', '2026-01'],
  ])('a 1 read as a stroke: %s → %s', (folded, iso) => {
    expect(parseVietnameseDate(folded)?.iso).toBe(iso);
  });

  it('marks the date partial when the day is left unread', () => {
    expect(parseVietnameseDate('ngay~8 thang 4 nam 2017')?.partial).toBe(true);
  });
});

describe('a footnote number glued to the year of a date', () => {
  it.each([
    ['the date line, its footnote 4', 'ha noi, ngay 23 thang 02 nam 20264\nquyet dinh', '2026-02-23'],
    ['footnote 12 before a semicolon', 'ngay 01 thang 4 nam 202512;', '2025-04-01'],
    ['before a closing bracket', '(ngay 5 thang 6 nam 19993)', '1999-06-05'],
  ])('reads the year and leaves the mark: %s', (_what, folded, iso) => {
    expect(parseVietnameseDate(folded)?.iso).toBe(iso);
  });

  it.each([
    ['five digits that do not open with a year', 'ngay 23 thang 02 nam 30264\n'],
    ['a long figure running on into words', 'ngay 23 thang 02 nam 20264 cua bo'],
    ['three extra digits', 'ngay 23 thang 02 nam 2026456\n'],
  ])('reads no date: %s', (_what, folded) => {
    expect(parseVietnameseDate(folded)).toBeNull();
  });

  it('gives the header the date of a date line whose year carries a footnote', async () => {
    const { processBytes } = await import('../../../pipeline/run.js');
    const text = [
      'BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 333/QĐ-BTC\tHà Nội, ngày 23 tháng 02 năm 20264',
      'QUYẾT ĐỊNH',
      'Về việc công bố văn bản',
      'Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;',
      'Điều 1. Quyết định này có hiệu lực kể từ ngày ký.',
      'KT. BỘ TRƯỞNG',
      'THỨ TRƯỞNG',
      'Nguyễn Văn A',
    ].join('\n');
    const result = await processBytes('qd.txt', new TextEncoder().encode(text), { after: [] });
    expect(result.record?.document.date).toBe('2026-02-23');
    expect(result.record?.document.place).toBe('Hà Nội');
  });
});
