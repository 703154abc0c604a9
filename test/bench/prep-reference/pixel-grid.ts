// The coarse grid's measure as it was before paper was passed over a word at a time (issue #12),
// and the smoothing of a coarse scan drawn larger as it was before it went to libvips (issue #12: the
// smoothing cost ~25-37% of that page's OCR time): three running-sum box blurs a step wide each
// way, in JS, for every step. The product gives exactly these blurs' bytes for a step of 2
// (pipeline/ocr/pair-blur.ts); here they stand for every step, so the OCR bench can time old and
// new side by side.
import { GRID_MAX_SPECKS, GRID_MIN_RUNS, GRID_SHARE, GRID_STEPS, type PixelGrid } from '../../../pipeline/ocr/pixel-grid.js';
import type { GrayImage } from '../../../pipeline/ocr/rules.js';
import { tripleBoxBlur } from './box-blur.js';

/**
 * The page with its coarse pixels' staircase rounded off (a new image): box blurs a step wide,
 * three each way. A step of 1 returns the page as it is.
 */
export async function smoothGrid(g: GrayImage, step: number): Promise<GrayImage> {
  return step <= 1 ? g : tripleBoxBlur(g, step);
}

/** As in the product. */
const GRID_TIE = 0.1;
const CYCLE_STEPS = 8;

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
