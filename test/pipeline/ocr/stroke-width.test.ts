// The stroke of ink as the mean of its horizontal runs: a thin pen's figures beside printed type.
import { describe, expect, it } from 'vitest';
import { meanInkRun, thinnerThanPrint } from '../../../pipeline/ocr/stroke-width.js';

/** A 20 × 10 image, white, with vertical bars of the widths given (one per 10 px column band). */
function bars(widths: number[]): Uint8Array {
  const width = 10 * widths.length;
  const data = new Uint8Array(width * 10).fill(255);
  widths.forEach((w, i) => {
    for (let y = 0; y < 10; y++) data.fill(0, y * width + i * 10, y * width + i * 10 + w);
  });
  return data;
}

describe('meanInkRun', () => {
  it('is the width of vertical strokes', () => {
    expect(meanInkRun(bars([3, 3]), 20, { x0: 0, y0: 0, x1: 20, y1: 10 })).toBe(3);
    expect(meanInkRun(bars([2, 6]), 20, { x0: 0, y0: 0, x1: 20, y1: 10 })).toBe(4);
  });

  it('is 0 without ink, and keeps to the box', () => {
    expect(meanInkRun(bars([0, 0]), 20, { x0: 0, y0: 0, x1: 20, y1: 10 })).toBe(0);
    expect(meanInkRun(bars([2, 6]), 20, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(6);
    expect(meanInkRun(bars([2, 6]), 20, { x0: -5, y0: -5, x1: 8, y1: 4 })).toBe(2);
  });
});

describe('thinnerThanPrint', () => {
  it.each([
    [2.95, 5.43, true], // a thin pen's serial beside its printed label and symbol
    [3.22, 3.7, false], // a printed serial on a photo (0.87)
    [8.2, 7.44, false], // a printed serial of a screenshot, bolder than its frame
    [0, 5, false], // nothing measured
    [3, 0, false],
  ])('%s against %s → %s', (figure, printed, thin) => {
    expect(thinnerThanPrint(figure, printed)).toBe(thin);
  });
});
