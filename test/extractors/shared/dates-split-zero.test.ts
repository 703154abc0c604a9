// A leading zero typed apart from its digit in a date line ("Hà Nội, ngày 26 tháng 0 6 năm 2018",
// a web copy of a decision): "0 6" is the month 06. Only "0 d" is joined: "1 2" could be 1 or 12.
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { findDate } from '../../../extractors/shared/dates.js';

const iso = (s: string) => findDate(foldVietnamese(s).toLowerCase())?.iso ?? null;

describe('a date with a zero typed apart', () => {
  it.each([
    ['Hà Nội, ngày 26 tháng 0 6 năm 2018', '2018-06-26'],
    ['Hải Dương, ngày 0 5 tháng 6 năm 2023', '2023-06-05'],
    ['ngày 03 tháng 02 năm 2023', '2023-02-03'],
  ])('%s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('two figures other than "0 d" are not joined', () => {
    expect(iso('ngày 26 tháng 1 2 năm 2018')).not.toBe('2018-12-26');
  });
});
