// Printed figures of small or serifed type as OCR spells them on real scans: a 1 read "I" beside
// other digits ("Số: I1 /TB-UBND" for 11, "I57/QĐ-NĐ-UB" for 157), a two-figure day whose box
// holds one figure read ("ngày 2 tháng" where 08 is printed).
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

/** Words of one line: [text, confidence, width]; each 10 px after the one before. */
function line(...words: Array<[string, number, number]>): OcrWord[] {
  let x = 0;
  return words.map(([text, confidence, width]) => {
    const word = { text, confidence, line: '1.1.1', x0: x, y0: 0, x1: x + width, y1: 40 };
    x += width + 10;
    return word;
  });
}

const text = (words: readonly OcrWord[]) => words.map((w) => w.text).join(' ');

describe('a printed 1 read as a letter beside digits', () => {
  it('is read as 1 when the figure was read with confidence', () => {
    const checked = checkHeaderFigures(line(['Số:', 96, 70], ['I1', 81, 40], ['/TB-UBND', 92, 270]));
    expect(checked.illegible).toEqual([]);
    expect(text(checked.words)).toBe('Số: 11 /TB-UBND');
  });

  it.each([
    ['without confidence, apart', [['Số:', 96, 70], ['I1', 40, 40], ['/TB-UBND', 92, 270]], 'I1', '11', 'whole'],
    ['without confidence, glued to the symbol', [['Số:', 85, 50], ['I57/QĐ-NĐ-UB', 28, 310]], 'I57', '157', 'start'],
  ] as const)('is left blank but given a second look %s', (_name, words, raw, digits, at) => {
    const checked = checkHeaderFigures(line(...(words as unknown as Array<[string, number, number]>)));
    expect(checked.illegible).toEqual([raw]);
    expect(checked.doubtful.map((d) => ({ raw: d.raw, digits: d.digits, at: d.at }))).toEqual([{ raw, digits, at }]);
    expect(text(checked.words)).toMatch(/^Số: \.\.\. \/(TB-UBND|QĐ-NĐ-UB)$/);
  });

  it.each([
    ['a lone letter is no figure', 'I'],
    ['letters only', 'Il'],
  ])('%s', (_name, serial) => {
    const checked = checkHeaderFigures(line(['Số:', 96, 70], [serial, 90, 30], ['/TB-UBND', 92, 270]));
    expect(checked.illegible).toEqual([serial]);
  });
});

describe('a day figure whose box holds more than was read', () => {
  const dateLine = (day: string, width: number) =>
    line(['Quảng', 93, 158], ['Ngãi,', 90, 122], ['ngày', 97, 113], [day, 69, width], ['tháng', 93, 132], ['01', 95, 50], ['năm', 97, 96], ['2025', 96, 115]);

  it('is left blank, not taken', () => {
    const checked = checkHeaderFigures(dateLine('2', 55));
    expect(checked.illegible).toEqual(['2']);
    expect(text(checked.words)).toContain('ngày ... tháng 01');
  });

  it.each([
    ['one figure in a box of one', '2', 24],
    ['two figures in a box of two', '08', 50],
  ])('is taken when the box fits it: %s', (_name, day, width) => {
    const checked = checkHeaderFigures(dateLine(day, width));
    expect(checked.illegible).toEqual([]);
    expect(text(checked.words)).toContain(`ngày ${day} tháng 01`);
  });
});
