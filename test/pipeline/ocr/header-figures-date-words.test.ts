// The date line's words as OCR misreads their marks on scans ("ngài", "thẳng"): the line is still
// found, its figures checked, and a figure that cannot be read is blanked and reported.
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import { scoredLine as line } from '../../helpers/ocr-words.js';

describe('date words misread by OCR', () => {
  it.each([
    ['"ngài" for ngày, a mark for the month', [['Nội,', 96], ['ngài', 79], ['24', 90], ['tháng', 93], ['?', 0], ['năm', 97], ['2026', 95]], ['?'], 'Nội, ngày 24 tháng ... năm 2026', ['month']],
    ['"ngài" for ngày, every figure read', [['Nội,', 96], ['ngài', 79], ['24', 90], ['tháng', 93], ['3', 90], ['năm', 97], ['2026', 95]], [], 'Nội, ngày 24 tháng 3 năm 2026', []],
    ['"ngải" for ngày, a blank day', [['Nội,', 96], ['ngải', 79], ['tháng', 93], ['3', 90], ['năm', 97], ['2026', 95]], [], 'Nội, ngày tháng 3 năm 2026', []],
    ['"ngáy" is left to the reader, which takes it', [['Nội,', 96], ['ngáy', 79], ['24', 90], ['tháng', 93], ['3', 90], ['năm', 97], ['2026', 95]], [], 'Nội, ngáy 24 tháng 3 năm 2026', []],
    ['a place that spells like it, capitalised', [['Quảng', 96], ['Ngãi,', 90], ['ngày', 96], ['24', 90], ['tháng', 93], ['3', 90], ['năm', 97], ['2026', 95]], [], 'Quảng Ngãi, ngày 24 tháng 3 năm 2026', []],
    ['"thẳng" for tháng, a 1 read "Ï"', [['Tĩnh,', 97], ['ngày', 86], ['11', 90], ['thẳng', 69], ['0Ï', 83], ['năm', 97], ['2018', 96]], ['0Ï'], 'Tĩnh, ngày 11 thẳng ... năm 2018', ['month']],
    ['both words right, a junk day', [['Nội,', 96], ['ngày', 93], ['/2', 87], ['tháng', 77], ['6', 90], ['năm', 96], ['2026', 94]], ['/2'], 'Nội, ngày ... tháng 6 năm 2026', ['day']],
  ] as const)('%s', (_name, words, illegible, text, kinds) => {
    const checked = checkHeaderFigures(line(...(words as unknown as Array<[string, number]>)));
    expect(checked.illegible).toEqual(illegible);
    expect(checked.words.map((w) => w.text).join(' ')).toBe(text);
    expect(checked.blanks.map((b) => b.kind)).toEqual(kinds);
  });

  it('a body line with no date words is left as it is', () => {
    const words = line(['Ngài', 90], ['Chủ', 95], ['tịch', 95], ['đã', 95], ['ký', 95]);
    expect(checkHeaderFigures(words).words.map((w) => w.text).join(' ')).toBe('Ngài Chủ tịch đã ký');
  });
});

describe('a month written by hand glued to the printed "tháng"', () => {
  it.each([
    ['"tháng/4" for a written 11: blanked, never month 4', [['Xuân,', 96], ['ngày', 93], ['04', 41], ['tháng/4', 72], ['năm', 96], ['2019', 95]], ['04', '/4'], 'Xuân, ngày ... tháng ... năm 2019', ['day', 'month']],
    ['printed figures glued to it are read', [['Nội,', 96], ['ngày', 93], ['12', 91], ['tháng02', 90], ['năm', 96], ['2019', 95]], [], 'Nội, ngày 12 tháng 02 năm 2019', []],
    ['a stop after it is no figure', [['Nội,', 96], ['ngày', 93], ['12', 91], ['tháng,', 90], ['02', 92], ['năm', 96], ['2019', 95]], [], 'Nội, ngày 12 tháng, 02 năm 2019', []],
  ] as const)('%s', (_name, words, illegible, text, kinds) => {
    const checked = checkHeaderFigures(line(...(words as unknown as Array<[string, number]>)));
    expect(checked.illegible).toEqual(illegible);
    expect(checked.words.map((w) => w.text).join(' ')).toBe(text);
    expect(checked.blanks.map((b) => b.kind)).toEqual(kinds);
  });
});
