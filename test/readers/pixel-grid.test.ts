// A coarse scan drawn larger (a 100-dpi two-level page rendered at 300 dpi) is told from a page at
// its own resolution by its ink runs, and has its staircase rounded off before the threshold.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { enlargeBilinear } from '../../pipeline/ocr/enlarge.js';
import { histogram, inkThreshold } from '../../pipeline/ocr/levels.js';
import { coarseScanInfo, GRID_MAX_SPECKS, GRID_SHARE, measurePixelGrid, smoothGrid } from '../../pipeline/ocr/pixel-grid.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import type { GrayImage } from '../../pipeline/ocr/rules.js';
import { smoothGrid as earlierSmoothing } from '../bench/prep-reference/pixel-grid.js';
import { renderScanPages } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { seed } from './ocr-helpers.js';

let page: Buffer;
beforeAll(async () => {
  page = (await renderScanPages(compactPlan(seed('004')), { maxPages: 1, degrade: 'clean' }))[0]!.png;
});

async function gray(png: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The page scanned two-level at 1/`factor` of its resolution. */
async function coarse(factor: number): Promise<GrayImage> {
  const { width } = await sharp(page).metadata();
  return gray(await sharp(page).grayscale().resize({ width: Math.round(width! / factor) }).threshold(128).png().toBuffer());
}

/** Each pixel repeated `factor` times each way (as poppler and pdf.js draw an image without interpolation). */
function repeated(g: GrayImage, factor: number): GrayImage {
  const width = g.width * factor;
  const height = g.height * factor;
  const data = Buffer.allocUnsafe(width * height);
  for (let y = 0; y < height; y++) {
    const from = Math.floor(y / factor) * g.width;
    for (let x = 0; x < width; x++) data[y * width + x] = g.data[from + Math.floor(x / factor)]!;
  }
  return { data, width, height };
}

const grid = (g: GrayImage) => measurePixelGrid(g, inkThreshold(histogram(g.data)));

describe('measurePixelGrid', () => {
  it('a page at its own resolution, grey or two-level, has no coarser grid', async () => {
    const own = await gray(page);
    expect(grid(own).step).toBe(1);
    expect(grid(own).runs).toBeGreaterThan(2000);
    expect(grid(await coarse(1)).step).toBe(1);
    // A 100-dpi page at its own (small) resolution is not drawn larger either.
    expect(grid(await coarse(3)).step).toBe(1);
  });

  it.each([2, 3, 4])('finds the step of a two-level page whose pixels were repeated ×%i', async (factor) => {
    const found = grid(repeated(await coarse(factor), factor));
    expect(found.step).toBe(factor);
    expect(found.shares[factor]).toBeGreaterThan(GRID_SHARE);
  });

  it.each([
    ['a seal-sized box', 0.2, 0.12],
    ['a quarter of the page', 0.5, 0.5],
  ])('a two-level page at its own resolution with an ordered-dither grey box (%s) has no coarser grid', async (_name, wShare, hShare) => {
    const own = await coarse(1);
    const { width, height } = own;
    const data = Buffer.from(own.data);
    // 4×4 Bayer threshold map at mid grey: one-pixel dots on a period of 2 and 4, as a scanner driver dithers a seal or a shaded cell.
    const bayer = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];
    const x0 = Math.round(width * 0.1);
    const y0 = Math.round(height * 0.3);
    for (let y = y0; y < y0 + Math.round(height * hShare); y++) {
      for (let x = x0; x < x0 + Math.round(width * wShare); x++) data[y * width + x] = bayer[(y % 4) * 4 + (x % 4)]! < 8 ? 0 : 255;
    }
    const found = grid({ data, width, height });
    expect(found.step).toBe(1);
    expect(found.specks).toBeGreaterThan(GRID_MAX_SPECKS);
  });

  it('finds the step of a page enlarged with interpolation (grey edges cut by the threshold)', async () => {
    const small = await coarse(3);
    expect(grid(enlargeBilinear(small, small.width * 3, small.height * 3)).step).toBe(3);
  });
});

describe('smoothGrid', () => {
  it('returns a page at its own resolution as it is', async () => {
    const own = await gray(page);
    expect(await smoothGrid(own, 1)).toBe(own);
  });

  it('rounds off the staircase: grey edges where there were steps', async () => {
    const blocky = repeated(await coarse(3), 3);
    const before = new Uint8Array(blocky.data);
    const smooth = await smoothGrid(blocky, 3);
    // One grey channel, as the page came.
    expect([smooth.width, smooth.height, smooth.data.length]).toEqual([blocky.width, blocky.height, blocky.width * blocky.height]);
    // The input is left as it was.
    expect(Buffer.compare(Buffer.from(before), blocky.data)).toBe(0);
    const mid = (g: GrayImage) => g.data.reduce((n, v) => n + (v > 64 && v < 192 ? 1 : 0), 0);
    expect(mid(blocky)).toBe(0);
    expect(mid(smooth)).toBeGreaterThan(blocky.width * blocky.height * 0.01);
    // Ink stays ink and paper paper away from the edges: the page's darkness barely moves.
    const mean = (g: GrayImage) => g.data.reduce((a, v) => a + v, 0) / g.data.length;
    expect(Math.abs(mean(smooth) - mean(blocky))).toBeLessThan(2);
  });
});

describe('smoothGrid by step', () => {
  it('a step of 2 keeps the three box blurs (bit for bit as before); a step of 3 is the Gaussian, within a few grey levels of them', async () => {
    for (const step of [2, 3]) {
      const blocky = repeated(await coarse(step), step);
      const now = await smoothGrid(blocky, step);
      const earlier = await earlierSmoothing(blocky, step);
      let differ = 0;
      let most = 0;
      for (let i = 0; i < now.data.length; i++) {
        const d = Math.abs(now.data[i]! - earlier.data[i]!);
        if (d) differ++;
        most = Math.max(most, d);
      }
      if (step === 2) expect(differ).toBe(0);
      else {
        expect(differ).toBeGreaterThan(0);
        expect(most).toBeLessThan(32);
      }
    }
  });
});

describe('preparePage with a coarse page drawn larger', () => {
  it('smooths a repeated-pixel page and says so; a page at its own resolution is left alone', async () => {
    const blocky = repeated(await coarse(3), 3);
    const png = await sharp(blocky.data, { raw: { width: blocky.width, height: blocky.height, channels: 1 } }).png().toBuffer();
    const smoothed = await preparePage(png);
    expect(smoothed.gridStep).toBe(3);
    expect(smoothed.gridLean).toBeGreaterThan(GRID_SHARE);
    expect(coarseScanInfo(smoothed)).toEqual({ coarseScan: { step: 3, lean: Math.round(smoothed.gridLean * 100) / 100 } });
    const unmeasured = await preparePage(png, { gridSmoothing: false });
    expect([unmeasured.gridStep, unmeasured.gridLean]).toEqual([1, 0]);
    expect(coarseScanInfo(unmeasured)).toEqual({});
    const own = await preparePage(page);
    expect([own.gridStep, own.gridLean]).toEqual([1, 0]);
    expect(coarseScanInfo(own)).toEqual({});
  });
});
