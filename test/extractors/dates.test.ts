import { describe, expect, it } from 'vitest';
import { findDate, parseVietnameseDate } from '../../extractors/dates.js';
import { foldVietnamese } from '../../normalizers/fold.js';

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
  ])('partial %j keeps only the known parts: %s', (text, iso) => {
    expect(parse(text)).toMatchObject({ iso, partial: true });
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
