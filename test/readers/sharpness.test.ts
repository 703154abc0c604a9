import { describe, expect, it } from 'vitest';
import { edgeWidth, sharpenSigma, SOFT_EDGE_SHARE } from '../../pipeline/ocr/sharpness.js';

/** A page of vertical black strokes 6 px wide every 20 px, its edges ramped over `ramp` pixels of grey. */
function strokes(ramp: number) {
  const width = 400;
  const height = 40;
  const data = Buffer.alloc(width * height, 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = x % 20; // stroke from 7 to 12, ramps either side
      const inside = d >= 7 && d < 13;
      const distance = inside ? 0 : d < 7 ? 7 - d : d - 12;
      const v = inside ? 0 : ramp > 0 && distance <= ramp ? Math.round((255 * distance) / (ramp + 1)) : 255;
      data[y * width + x] = v;
    }
  }
  return { data, width, height };
}

describe('edgeWidth: the grey band between ink and paper', () => {
  it('is zero for a two-level page and grows with the blur', () => {
    const widths = [0, 2, 6].map((ramp) => edgeWidth(strokes(ramp), 128));
    expect(widths[0]).toBe(0);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect(widths[2]).toBeGreaterThan(widths[1]!);
  });
  it('grey areas are no edges: a grey plateau between paper and paper, or a wide grey band', () => {
    const width = 200;
    const data = Buffer.alloc(width * 2, 255);
    data.fill(140, 20, 80); // a watermark's grey letter on paper
    data.fill(0, 120, 126); // a sharp black stroke
    data.fill(140, 126, 160); // a wide grey band beside it
    expect(edgeWidth({ data, width, height: 2 }, 128)).toBe(0);
  });
  it('is zero on a page without ink', () => {
    expect(edgeWidth({ data: Buffer.alloc(100, 255), width: 10, height: 10 }, 128)).toBe(0);
  });
});

describe('sharpenSigma: which pages are sharpened, and how much', () => {
  it.each([
    ['a clean 300-dpi scan', 0.35, 28, 0],
    ['a 200-dpi scan', 1.2, 28, 0],
    ['a 576×960 phone photo', 0.77, 8, 1],
    ['a slightly blurred photo', 3.6, 13, 1.2],
    ['a blurred photo', 5.35, 13, 1.5],
    ['a page without text', 2, null, 0],
  ])('%s', (_name, edge, letterHeight, sigma) => {
    expect(sharpenSigma(edge, letterHeight)).toBe(sigma);
  });
  it('the limit is a share of the letter height', () => {
    expect(sharpenSigma(SOFT_EDGE_SHARE * 20 - 0.01, 20)).toBe(0);
    expect(sharpenSigma(SOFT_EDGE_SHARE * 20, 20)).toBeGreaterThan(0);
  });
});
