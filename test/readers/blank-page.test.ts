// Blank pages of real scans: the back of a sheet with dust and the seal of the front showing
// through. Read as text they become lines of debris glued to the signer's name.
import { describe, expect, it } from 'vitest';
import { preparePage } from '../../pipeline/ocr/preprocess.js';

const W = 1240;
const H = 1754;

/** An RGB page of paper (a faint grain), with `marks` drawn on it. */
function page(marks: (put: (x: number, y: number, rgb: [number, number, number]) => void) => void) {
  const data = Buffer.alloc(W * H * 3);
  for (let i = 0; i < W * H; i++) data.fill(245 + (i % 7), i * 3, i * 3 + 3);
  marks((x, y, [r, g, b]) => {
    const i = (y * W + x) * 3;
    [data[i], data[i + 1], data[i + 2]] = [r, g, b];
  });
  return { data, width: W, height: H, channels: 3 as const };
}

describe('preparePage: blank pages', () => {
  it('a page of dust specks is blank', async () => {
    const dusty = page((put) => {
      for (let k = 0; k < 150; k++) for (let d = 0; d < 4; d++) put(37 + ((k * 97) % 1100) + (d % 2), 41 + ((k * 61) % 1600) + (d >> 1), [60, 60, 60]);
    });
    expect((await preparePage(dusty)).blank).toBe(true);
  });

  it('a page with only a red seal showing through is blank', async () => {
    const sealed = page((put) => {
      for (let a = 0; a < 2000; a++) {
        const t = (a / 2000) * 2 * Math.PI;
        for (let r = 90; r < 100; r++) put(Math.round(400 + r * Math.cos(t)), Math.round(1200 + r * Math.sin(t)), [220, 120, 140]);
      }
    });
    expect((await preparePage(sealed)).blank).toBe(true);
  });

  it('a page with a few lines of text is not blank', async () => {
    const text = page((put) => {
      // Three lines of 40 letter-sized blocks (12×18 px strokes), as a short last page holds.
      for (let line = 0; line < 3; line++)
        for (let c = 0; c < 40; c++) for (let y = 0; y < 18; y++) for (let x = 0; x < 3; x++) put(150 + c * 22 + x + (y % 9), 300 + line * 45 + y, [20, 20, 20]);
    });
    expect((await preparePage(text)).blank).toBe(false);
  });
});
