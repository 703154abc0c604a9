import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { enlargeBilinear } from '../../pipeline/ocr/enlarge.js';

/** A grey page with edges in both directions and some texture. */
function page(width: number, height: number) {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = (x * 37 + y * 11) % 7 === 0 ? 20 : (x >> 2) % 3 === 0 || (y >> 3) % 4 === 0 ? 90 : 240;
  return { data, width, height };
}

describe('enlargeBilinear: sharp\'s linear resize of a grey page', () => {
  it.each([
    [97, 61, 1.2],
    [97, 61, 2.5],
    [120, 90, 3.33],
    [64, 100, 3.75],
    [77, 91, 5],
  ])('%i×%i by %s matches sharp within one grey level', async (width, height, factor) => {
    const g = page(width, height);
    const outWidth = Math.round(width * factor);
    const outHeight = Math.round(height * factor);
    const expected = await sharp(g.data, { raw: { width, height, channels: 1 } }).resize(outWidth, outHeight, { kernel: 'linear' }).toColourspace('b-w').raw().toBuffer();
    const ours = enlargeBilinear(g, outWidth, outHeight);
    expect([ours.width, ours.height]).toEqual([outWidth, outHeight]);
    expect(ours.data.length).toBe(expected.length);
    let worst = 0;
    for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(ours.data[i]! - expected[i]!));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('a one-pixel page becomes a flat page of its grey', () => {
    const out = enlargeBilinear({ data: Buffer.from([77]), width: 1, height: 1 }, 4, 3);
    expect([...out.data]).toEqual(Array(12).fill(77));
  });
});
