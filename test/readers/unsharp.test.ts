import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { gaussianWeights, unsharpMask } from '../../pipeline/ocr/unsharp.js';

/** A soft grey page: rows of dark bars (letters) and thin strokes, blurred as a photo blurs them. */
async function softPage(width = 240, height = 120) {
  const data = Buffer.alloc(width * height, 235);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bar = y % 30 >= 8 && y % 30 < 22 && x % 16 >= 4 && x % 16 < 9;
      const hairline = y % 30 === 25 && x % 7 !== 0;
      if (bar) data[y * width + x] = 30;
      else if (hairline) data[y * width + x] = 150;
    }
  }
  const blurred = await sharp(data, { raw: { width, height, channels: 1 } }).blur(1.2).toColourspace('b-w').raw().toBuffer();
  return { data: blurred, width, height };
}

async function libvipsSharpen(page: { data: Buffer; width: number; height: number }, sigma: number) {
  return sharp(page.data, { raw: { width: page.width, height: page.height, channels: 1 } }).sharpen({ sigma, m1: 0, m2: 6 }).toColourspace('b-w').raw().toBuffer();
}

describe('unsharpMask: libvips\' sharpen on one grey channel', () => {
  it.each([1, 1.25, 1.5])('sigma %s gives the pixels sharp\'s sharpen gives, within one grey level', async (sigma) => {
    const page = await softPage();
    const expected = await libvipsSharpen(page, sigma);
    const ours = unsharpMask(page, { sigma, gain: 6 });
    let changed = 0;
    let worst = 0;
    for (let i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(ours.data[i]! - expected[i]!));
      if (ours.data[i] !== page.data[i]) changed++;
    }
    expect(worst).toBeLessThanOrEqual(1);
    // And it did sharpen: many pixels moved.
    expect(changed).toBeGreaterThan(page.data.length / 20);
  });

  it('leaves a flat page and the input as they are', async () => {
    const flat = { data: Buffer.alloc(50 * 40, 200), width: 50, height: 40 };
    const out = unsharpMask(flat, { sigma: 1, gain: 6 });
    expect(out.data.equals(flat.data)).toBe(true);
    const page = await softPage();
    const before = Buffer.from(page.data);
    unsharpMask(page, { sigma: 1.5, gain: 6 });
    expect(page.data.equals(before)).toBe(true);
  });

  it('darkens nothing marked keepLight, and still sharpens the rest', async () => {
    const page = await softPage();
    const keepLight = new Uint8Array(page.data.length);
    for (let i = 0; i < keepLight.length; i += 2) keepLight[i] = 1;
    const free = unsharpMask(page, { sigma: 1, gain: 6 });
    const kept = unsharpMask(page, { sigma: 1, gain: 6, keepLight });
    let darkenedFree = 0;
    let darkenedKept = 0;
    let otherwise = 0;
    for (let i = 0; i < keepLight.length; i++) {
      if (keepLight[i] && kept.data[i]! < page.data[i]!) darkenedKept++;
      if (!keepLight[i] && kept.data[i] !== free.data[i]) otherwise++;
      if (free.data[i]! < page.data[i]!) darkenedFree++;
    }
    expect(darkenedFree).toBeGreaterThan(100);
    expect(darkenedKept).toBe(0);
    expect(otherwise).toBe(0);
  });

  it('handles pages narrower or shorter than the kernel', () => {
    for (const [width, height] of [[1, 1], [2, 9], [9, 2], [3, 3]] as const) {
      const data = Buffer.from(Array.from({ length: width * height }, (_, i) => (i % 2 ? 40 : 220)));
      const out = unsharpMask({ data, width, height }, { sigma: 1.5, gain: 6 });
      expect(out.data.length).toBe(width * height);
    }
  });

  it('the blur is a symmetric integer kernel that widens with sigma', () => {
    const narrow = gaussianWeights(1);
    const wide = gaussianWeights(1.5);
    expect(wide.length).toBeGreaterThan(narrow.length);
    for (const w of [narrow, wide]) {
      expect(w).toEqual([...w].reverse());
      expect(Math.max(...w)).toBe(20);
      expect(w.every((v) => Number.isInteger(v) && v > 0)).toBe(true);
    }
  });
});
