// The words of a date between its figures in a garbling engine's layer (date-words.ts): which words
// stand in a date's frame, where a date word run into its figure is cut, and what the restorer makes of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { dateWordAt, dateWordCut } from '../../normalizers/diacritics/date-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

const at = (line: string, word: string) => {
  const start = line.indexOf(word);
  return dateWordAt(line, start, start + word.length);
};

describe('a word in the frame of a date', () => {
  it.each([
    ['th6ng 9 rdm 2023 cria Uy ban', 'rdm', 'năm'],
    ['th6ng 9 rdm 2023 cria Uy ban', 'th6ng', 'tháng'],
    ['Hd NQi, ngdy 12 tlking 3 nirm 2020', 'ngdy', 'ngày'],
    ['Hd NQi, ngdy 12 tlking 3 nirm 2020', 'tlking', 'tháng'],
    ['Hd NQi, ngdy 12 tlking 3 nirm 2020', 'nirm', 'năm'],
    // The year run into its word, the day handwritten and misread.
    ['ngdy 7L thdng 8 ndm2025', 'ngdy', 'ngày'],
    ['ngdy 7L thdng 8 ndm2025', 'ndm', 'năm'],
    // Other short words before a figure and a year: not "tháng" without its t.
    ['hoc ky 2 nam 2021', 'ky', null],
    ['ket qua Quy 3 nam 2023', 'Quy', null],
    ['du kien thu 03 nam 2025-2027', 'thu', null],
    // A word whose t is followed by a vowel or an r is another word before a figure and a year.
    ['Tuan 3 ndm 2024 Uy ban tinh hqp', 'Tuan', null],
    ['tai tiet 3 nam 2021 cria trudng', 'tiet', null],
    ['tong 2 nam 2020 dqt 95%', 'tong', null],
    ['trong 2 nam 2020 va 2021', 'trong', null],
    // No year: no date.
    ['Khoan 2 Dieu 14 Thong tu 78', 'Dieu', null],
    // A symbol's figures are no date ("3812025/TT-BCT").
    ['C6ng ThLLo-ng, Th6ng fis6 3812025/TT-BCT ngity 191612025', 'Th6ng', null],
    ['C6ng ThLLo-ng, Th6ng fis6 3812025/TT-BCT ngity 191612025', 'ngity', null],
    // A correctly marked word is as the engine read it.
    ['giai đoạn 2 năm 2021', 'đoạn', null],
  ])('%s: %s → %s', (line, word, expected) => {
    expect(at(line, word)).toBe(expected);
  });
});

describe('a date word run into its figure', () => {
  it.each([
    ['Hd NQi, ngdy 12 thimg9 nirm 2020', 'thimg9', 5],
    ['Ldm D6ng, ngdy7L thdng 8 ndm 2025', 'ngdy7L', 4],
    ['ngdy 12 thtug7 ndm 2021', 'thtug7', 5],
    // A word with a glyph for its vowel, or a code, outside a date's frame: never cut.
    ['Th6ng tu s5 92/2015', 'Th6ng', -1],
    ['nop thu6 2 lan', 'thu6', -1],
    ['Phu luc KH2 nam 2020', 'KH2', -1],
  ])('%s: %s → %i', (line, word, expected) => {
    expect(dateWordCut(line, line.indexOf(word), word)).toBe(expected);
  });
});

describe('in a garbled layer the restorer reads the date words', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  it.each([
    ['nhdn ddn tinh vA viQc ban hdnh th6ng 9 rdm 2023 cria Uy ban nhdn ddn tinh;', 'tháng 9 năm 2023'],
    ['Cdn cri Quy6t dinh s6 12/QD-UBND ngdy 12 thimg9 nirm 2020 cria Uy ban', 'ngày 12 tháng 9 năm 2020'],
    ['S6: 125 /QD-UBND Ldm D6ng, ngdy7L thdng 8 ndm 2025', 'ngày 7L tháng 8 năm 2025'],
    ['Hd NQi, ngdy 12 thtug7 ndm 2021', 'ngày 12 tháng 7 năm 2021'],
  ])('%s', (line, expected) => {
    expect(restorer.restore(`${line}\nCdn c* Luqt TO ch*c chinh quyin dia phuong ngdy 16 thdng 6 ndm 2025;`).text).toContain(expected);
  });
});
