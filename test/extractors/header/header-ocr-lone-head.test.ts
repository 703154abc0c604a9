// A department's head an OCR layer set alone on its line ("CỤC" over "THUẾ TỈNH ĐỒNG NAI") opens
// the name the next line carries on; a place read with figures for its letters ("Bình Du012g") is
// the issuer's locality when the figures stand for its letters.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (issuerLines: readonly string[], place = 'Đồng Nai') =>
  headerOf([
    `${issuerLines[0]}          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    ...issuerLines.slice(1, -1),
    `${issuerLines.at(-1)}      Độc lập - Tự do - Hạnh phúc`,
    `Số: 1234/CT-TTHT    ${place}, ngày 22 tháng 3 năm 2021`,
    'V/v chính sách thuế',
  ]);

describe('a head alone on its line', () => {
  it.each([
    ['"CỤC" alone over its name', ['TỔNG CỤC THUẾ', 'CỤC', 'THUẾ TỈNH ĐỒNG NAI'], 'Cục Thuế tỉnh Đồng Nai', 'province'],
    ['the name on one line', ['TỔNG CỤC THUẾ', 'CỤC THUẾ TỈNH ĐỒNG NAI'], 'Cục Thuế tỉnh Đồng Nai', 'province'],
    // Negative case: the head with a word of its name on its line keeps the line below as a body of its own.
    ['"CỤC THUẾ" over a line naming its own place', ['CỤC THUẾ', 'THUẾ TỈNH ĐỒNG NAI'], 'Thuế tỉnh Đồng Nai', 'province'],
  ])('%s', (_how, lines, name, level) => {
    const doc = header(lines);
    expect(doc.issuer.name).toBe(name);
    expect(doc.issuer.level).toBe(level);
  });
});

describe('a place read with figures for its letters', () => {
  it.each([
    ['"Du012g" under Bình Dương\'s department', ['TỔNG CỤC THUẾ', 'CỤC THUẾ TỈNH BÌNH DƯƠNG'], 'Bình Du012g', 'Bình Dương'],
    // Negative cases: figures that cannot stand for the locality's letters, a place the list knows.
    ['figures under another province\'s department', ['TỔNG CỤC THUẾ', 'CỤC THUẾ TỈNH ĐỒNG NAI'], 'Bình Du012g', 'Bình Du012g'],
    ['a known place stays', ['TỔNG CỤC THUẾ', 'CỤC THUẾ TỈNH BÌNH DƯƠNG'], 'Biên Hòa', 'Biên Hòa'],
  ])('%s', (_how, lines, place, expected) => {
    expect(header(lines, place).place).toBe(expected);
  });
});
