// The date line's printed year read with a stroke between its figures ("năm 2/025": the edge of an
// italic figure on a phone photo): the stroke is taken out when the figures left spell a year, else
// the word stays as read.
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';
import { scoredLine as line } from '../../helpers/ocr-words.js';

const dateLine = (year: string, yearWord = 'năm') => line(['Đồng,', 96], ['ngày', 95], ['17', 94], ['tháng', 93], ['08', 96], [yearWord, 96], [year, 71]);
const textOf = (words: readonly OcrWord[]) => checkHeaderFigures(words).words.map((w) => w.text).join(' ');

describe('a stroke inside the date line\'s year', () => {
  it.each([
    ['a slash after the first figure', '2/025', 'Đồng, ngày 17 tháng 08 năm 2025'],
    ['a bar in the middle', '20|25', 'Đồng, ngày 17 tháng 08 năm 2025'],
    ['a stop after the year kept', '19/98.', 'Đồng, ngày 17 tháng 08 năm 1998.'],
  ])('%s: taken out', (_name, year, text) => {
    expect(textOf(dateLine(year))).toBe(text);
  });

  it.each([
    ['figures that spell no year of this era', '2/225'],
    ['two strokes', '2/0/25'],
    ['five figures', '2/0255'],
    ['a plain year', '2025'],
  ])('%s: as read', (_name, year) => {
    expect(textOf(dateLine(year))).toBe(`Đồng, ngày 17 tháng 08 năm ${year}`);
  });

  it('a fraction in a body line with no date words is left as it is', () => {
    expect(checkHeaderFigures(line(['tỷ', 96], ['lệ', 95], ['2/025', 90])).words.map((w) => w.text).join(' ')).toBe('tỷ lệ 2/025');
  });
});
