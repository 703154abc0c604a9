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
// poppler the word error falls from 12.6% to 10.7% (tesseract.js 15.7% to 9.0%), drawn by pdf.js
// from 16.2% to 11.9% (an interpolated page is sharpened after it, preprocess.ts). One pass over
// a quarter of the rows to measure, three running-sum box blurs each way to smooth.
import type { GrayImage } from './rules.js';

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
  for (let y = 0; y < height; y += 4) {
    // Where the last run of ink began, and where it ended: none yet in this row.
    let last = -1;
    let lastEnd = -1;
    let inInk = false;
    for (let at = y * width, x = 0; x < width; at++, x++) {
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

/** Box blurs each way: three of a step's width come near a Gaussian of sigma ~0.8 step. */
const SMOOTH_PASSES = 3;

/**
 * One box blur of width `size` along each row, from `src` into `dst` (edges extended). `line`
 * holds a row with its edge pixels repeated `size` times on either side, so the running sum
 * needs no bounds checks.
 */
function boxRows(src: Uint8Array, dst: Uint8Array, width: number, height: number, size: number, line: Int32Array): void {
  const before = Math.floor((size - 1) / 2);
  const after = size - 1 - before;
  // Division by the width as a multiply and a shift (to within a grey level).
  const scale = Math.round(65536 / size);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const first = src[row]!;
    const last = src[row + width - 1]!;
    for (let i = 0; i < size; i++) {
      line[i] = first;
      line[size + width + i] = last;
    }
    for (let x = 0; x < width; x++) line[size + x] = src[row + x]!;
    let sum = 0;
    for (let i = size - before; i <= size + after; i++) sum += line[i]!;
    for (let x = 0, add = size + after + 1, drop = size - before; x < width; x++, add++, drop++) {
      dst[row + x] = (sum * scale + 32768) >> 16;
      sum += line[add]! - line[drop]!;
    }
  }
}

/** One box blur of width `size` down every column, from `src` into `dst`, a row at a time (running column sums). */
function boxColumns(src: Uint8Array, dst: Uint8Array, width: number, height: number, size: number, sums: Int32Array): void {
  const before = Math.floor((size - 1) / 2);
  const after = size - 1 - before;
  const row = (y: number) => (y < 0 ? 0 : y >= height ? height - 1 : y) * width;
  sums.fill(0);
  for (let y = -before; y <= after; y++) {
    const r = row(y);
    for (let x = 0; x < width; x++) sums[x]! += src[r + x]!;
  }
  const scale = Math.round(65536 / size);
  for (let y = 0; y < height; y++) {
    const out = y * width;
    const add = row(y + after + 1);
    const drop = row(y - before);
    for (let x = 0; x < width; x++) {
      dst[out + x] = (sums[x]! * scale + 32768) >> 16;
      sums[x]! += src[add + x]! - src[drop + x]!;
    }
  }
}

/**
 * The page with its coarse pixels' staircase rounded off (a new image): box blurs a step wide,
 * SMOOTH_PASSES each way. A step of 1 returns the page as it is.
 */
export function smoothGrid(g: GrayImage, step: number): GrayImage {
  if (step <= 1) return g;
  const { width, height } = g;
  let a = Buffer.from(g.data);
  let b = Buffer.allocUnsafe(a.length);
  const line = new Int32Array(width + 2 * step + 1);
  const sums = new Int32Array(width);
  for (let pass = 0; pass < SMOOTH_PASSES; pass++) {
    boxRows(a, b, width, height, step, line);
    [a, b] = [b, a];
    boxColumns(a, b, width, height, step, sums);
    [a, b] = [b, a];
  }
  return { data: a, width, height };
}
