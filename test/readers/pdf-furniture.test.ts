// Page numbers alone in a PDF page's margins are furniture, not text.
import { describe, expect, it } from 'vitest';
import { withoutPageNumbers } from '../../pipeline/readers/pdf-furniture.js';
import type { PdfTextItem } from '../../pipeline/readers/pdf-annotations.js';

// An A4 page (842 pt high); the viewport turns PDF space (y up) into page space (y down).
const VIEWPORT = [1, 0, 0, -1, 0, 842];
const item = (str: string, x: number, y: number): PdfTextItem => ({ str, transform: [12, 0, 0, 12, x, y], width: str.length * 6, height: 12 });
const NAME = item('Nguyễn Thị Kim Loan', 360, 490);

describe('withoutPageNumbers', () => {
  it.each([
    ['a number at the bottom', item('6', 316, 30)],
    ['a number at the top', item('2', 300, 800)],
    ['a dashed number', item('- 12 -', 300, 30)],
    ['"Trang 3/12"', item('Trang 3/12', 300, 30)],
  ])('drops %s', (_name, number) => {
    expect(withoutPageNumbers([NAME, number], VIEWPORT, 842)).toEqual([NAME]);
  });

  it.each([
    ['a number in the body', item('6', 316, 400)],
    ['a number sharing its line in the margin', item('6', 316, 30), item('Ghi chú', 100, 30)],
    ['a word in the margin', item('Ghi chú', 316, 30)],
    ['a five-digit number', item('12345', 316, 30)],
  ] as Array<[string, ...PdfTextItem[]]>)("keeps %s", (_name, ...kept) => {
    expect(withoutPageNumbers([NAME, ...kept], VIEWPORT, 842)).toEqual([NAME, ...kept]);
  });
});
