// A serial read with confidence beside a day that could not be read is kept: the day may be a
// hand's or small print the scan blurred (real scans and scanned PDFs in the real sets print
// serials beside such days), and a printed serial lost is an error too. Only the day is blanked.
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

function lines(numberLine: Array<[string, number]>, dateLine: Array<[string, number]>): OcrWord[] {
  // Boxes as wide as their letters (15 px each), 10 px apart.
  const words = (ws: Array<[string, number]>, n: number) => {
    let x = 0;
    return ws.map(([text, confidence]) => {
      const x0 = x;
      x += [...text].length * 15 + 10;
      return { text, confidence, line: `1.${n}.1`, x0, y0: n * 40, x1: x0 + [...text].length * 15, y1: n * 40 + 20 };
    });
  };
  return [...words(numberLine, 1), ...words(dateLine, 2)];
}
const text = (ws: OcrWord[]) => ws.map((w) => w.text).join(' ');

describe('a serial beside a day that could not be read', () => {
  it('is kept; the day alone is blanked and reported', () => {
    const checked = checkHeaderFigures(lines([['Số:', 90], ['42', 80], ['KH/ĐTN', 90]], [['Mỹ', 90], ['An,', 90], ['ngày', 90], ['†Ø', 30], ['tháng', 90], ['4', 90], ['năm', 90], ['2019', 90]]));
    expect(checked.illegible).toEqual(['†Ø']);
    expect(checked.read.map((r) => r.frame.kind)).toEqual(['serial', 'month']);
    expect(text(checked.words)).toContain('Số: 42 KH/ĐTN');
  });

  it.each([
    ['a printed day', [['ngày', 90], ['25', 92], ['tháng', 90], ['7', 90], ['năm', 90], ['2019', 90]]],
    ['a day left empty on the form', [['ngày', 90], ['tháng', 90], ['7', 90], ['năm', 90], ['2019', 90]]],
  ] as Array<[string, Array<[string, number]>]>)('is kept beside %s', (_name, date) => {
    const checked = checkHeaderFigures(lines([['Số:', 90], ['40', 92], ['-TB/ĐTN', 90]], date));
    expect(checked.illegible).toEqual([]);
    expect(text(checked.words)).toContain('Số: 40 -TB/ĐTN');
  });
});
