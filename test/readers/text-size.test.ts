import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { histogram, otsuThreshold } from '../../pipeline/ocr/levels.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { measureTextSize, upscaleFactor } from '../../pipeline/ocr/text-size.js';
import { renderScanPages } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { seed } from './ocr-helpers.js';

let page: Buffer;
beforeAll(async () => {
  page = (await renderScanPages(compactPlan(seed('004')), { maxPages: 1, degrade: 'clean' }))[0]!.png;
});

async function measure(png: Buffer, width?: number, twoLevel = false) {
  let img = sharp(png).grayscale();
  if (width) img = img.resize({ width });
  if (twoLevel) img = img.threshold(128);
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return measureTextSize({ data, width: info.width, height: info.height }, otsuThreshold(histogram(data)));
}

describe('measureTextSize and upscaleFactor', () => {
  it('letter height scales with the resolution; only small text is upscaled', async () => {
    const full = await measure(page);
    const half = await measure(page, 1240);
    const photo = await measure(page, 576);
    expect(full.letters).toBeGreaterThan(200);
    // Half the pixels, about half the height (a full page is measured on a 2×2 darkest-pixel
    // subsample, which adds a pixel or two).
    expect(half.letterHeight! / full.letterHeight!).toBeGreaterThan(0.38);
    expect(half.letterHeight! / full.letterHeight!).toBeLessThan(0.6);
    expect(upscaleFactor(full)).toBe(1);
    expect(upscaleFactor(half)).toBe(1);
    expect(upscaleFactor(photo)).toBeGreaterThan(2.5);
  });

  it('finds the letters of a two-level (1-bit) page, where Otsu\'s level is 0', async () => {
    const bits = await measure(page, undefined, true);
    expect(bits.letters).toBeGreaterThan(200);
    expect(Math.abs(bits.letterHeight! - (await measure(page)).letterHeight!)).toBeLessThanOrEqual(4);
  });

  it.each([
    ['a white page', { width: 1240, height: 1754, channels: 3 as const, background: '#ffffff' }],
    ['a grey page', { width: 1240, height: 1754, channels: 3 as const, background: '#d0d0d0' }],
  ])('%s is blank', async (_name, create) => {
    const png = await sharp({ create }).png().toBuffer();
    expect((await measure(png)).letters).toBe(0);
    expect((await preparePage(png)).blank).toBe(true);
  });

  it('a two-level page with text is not blank', async () => {
    const bits = await sharp(page).grayscale().threshold(128).png().toBuffer();
    expect((await preparePage(bits)).blank).toBe(false);
  });
});

describe('measureTextSize on drawn shapes', () => {
  /** `count` dark blocks of w×h in rows on white, 6 px apart; `diagonal`: each block's corner touching the next one's. */
  function blocks(count: number, w: number, h: number, diagonal = false) {
    const perRow = 40;
    const width = perRow * (w + 6);
    const rows = Math.ceil(count / perRow);
    const height = rows * (h + 6) + (diagonal ? count * h : 0);
    const data = Buffer.alloc(width * height, 255);
    for (let k = 0; k < count; k++) {
      const x0 = diagonal ? (k * w) % (width - w) : (k % perRow) * (w + 6);
      const y0 = diagonal ? k * h : Math.floor(k / perRow) * (h + 6);
      for (let y = y0; y < y0 + h; y++) data.fill(0, y * width + x0, y * width + x0 + w);
    }
    return { data, width, height };
  }

  it.each([
    [30, 10, 18],
    [400, 8, 12],
    [2000, 5, 9],
  ])('%i blocks of %i×%i: every one a letter of its height', (count, w, h) => {
    const size = measureTextSize(blocks(count, w, h), 128);
    expect(size.letters).toBe(count);
    expect(size.letterHeight).toBe(h);
  });

  it('shapes touching corner to corner are one component (8-connected)', () => {
    // 25 blocks in a diagonal chain (150 × 200 px): one shape, not 25 letters.
    const size = measureTextSize(blocks(25, 6, 8, true), 128);
    expect(size.letters).toBe(1);
    expect(size.letterHeight).toBeNull();
  });
});
