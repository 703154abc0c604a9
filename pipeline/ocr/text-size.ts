// How big the text on a page image is, from connected components of its ink: tesseract reads
// best with an x-height of about 20-30 pixels (a 10-13 pt body at 300 dpi); a page photographed
// or scanned small (a 576×960 phone picture of an A4 page has an x-height of 5-7 pixels) reads
// badly or not at all, and reads well once upscaled. Also tells a blank page from one with text.
// Components come from runs of dark pixels joined row to row (union-find over runs, 8-connected),
// so the cost is linear in the pixels and small beside OCR; large pages are measured on a
// half-size subsample.
import type { GrayImage } from './rules.js';

export interface TextSize {
  /**
   * Median height of the body of letter-sized components (lowercase letters with and without
   * ascenders, capitals), in pixels of the image given; null without text. About 0.65 em: 38 px
   * for 13-14 pt text at 300 dpi.
   */
  letterHeight: number | null;
  /** Letter-sized components found (a page of text has hundreds). */
  letters: number;
  /** Share of dark pixels. */
  ink: number;
}

/** Above this many pixels, components are found on every second row and column. */
const SUBSAMPLE_ABOVE = 3_000_000;

/** `threshold`: the darkest grey that is still paper's opposite, ink is ≤ it (Otsu's level, as the binarisation uses it). */
export function measureTextSize(g: GrayImage, threshold: number): TextSize {
  const step = g.width * g.height > SUBSAMPLE_ABOVE ? 2 : 1;
  const width = Math.floor(g.width / step);
  const height = Math.floor(g.height / step);
  // Union-find over runs; each run's label, and per root the bounding rows and columns.
  const parent: number[] = [];
  const top: number[] = [];
  const bottom: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent[rb] = ra;
    top[ra] = Math.min(top[ra]!, top[rb]!);
    bottom[ra] = Math.max(bottom[ra]!, bottom[rb]!);
    left[ra] = Math.min(left[ra]!, left[rb]!);
    right[ra] = Math.max(right[ra]!, right[rb]!);
  };
  let previous: number[] = []; // [start, end, label] triples of the row above
  let dark = 0;
  // Subsampled, a pixel is the darkest of its 2×2 block: a 1-pixel stroke of a thin 1-bit scan
  // must not vanish, or its letters fall apart into specks.
  const at =
    step === 1
      ? (row: number, x: number) => g.data[row + x]!
      : (row: number, x: number) => {
          const i = row + x * 2;
          const below = i + g.width;
          return Math.min(g.data[i]!, g.data[i + 1]!, g.data[below]!, g.data[below + 1]!);
        };
  for (let y = 0; y < height; y++) {
    const row = y * step * g.width;
    const current: number[] = [];
    let x = 0;
    while (x < width) {
      if (at(row, x) > threshold) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && at(row, x) <= threshold) x++;
      const end = x - 1;
      dark += end - start + 1;
      const label = parent.length;
      parent.push(label);
      top.push(y);
      bottom.push(y);
      left.push(start);
      right.push(end);
      current.push(start, end, label);
      // Runs of the row above touching this one (8-connected: one column of slack).
      for (let k = 0; k < previous.length; k += 3) {
        if (previous[k]! > end + 1) break;
        if (previous[k + 1]! >= start - 1) union(label, previous[k + 2]!);
      }
    }
    previous = current;
  }
  const heights: number[] = [];
  for (let i = 0; i < parent.length; i++) {
    if (parent[i] !== i) continue;
    const h = (bottom[i]! - top[i]! + 1) * step;
    const w = (right[i]! - left[i]! + 1) * step;
    // Letters: not specks, not rules or table lines, not picture blobs.
    if (h < 3 || w < 1 || h > 200 || w > h * 4 || h > w * 6) continue;
    heights.push(h);
  }
  const ink = dark / Math.max(1, width * height);
  if (heights.length < 20) return { letterHeight: null, letters: heights.length, ink };
  heights.sort((a, b) => a - b);
  // Diacritics and dots are letter-like but small: the letter height is the median of
  // components at least half the height of the upper quartile.
  const upper = heights[Math.floor(heights.length * 0.75)]!;
  const body = heights.filter((h) => h >= upper * 0.5);
  return { letterHeight: body[Math.floor(body.length / 2)]!, letters: heights.length, ink };
}

/** Letter height an upscaled page is brought to: body text at ~250 dpi (an x-height of ~20 px). */
export const TARGET_LETTER_HEIGHT = 30;
/** Below this letter height (body text under ~120 dpi) a page is upscaled: measured on real scans, a 200-dpi page (16 px) reads as well or better as it is. */
export const MIN_LETTER_HEIGHT = 15;
/** Never upscale more than this (a page of tiny specks is not text to blow up). */
export const MAX_UPSCALE = 5;

/** The factor to upscale a page by (1 when its text is big enough or was not found). */
export function upscaleFactor(size: TextSize): number {
  if (size.letterHeight === null || size.letterHeight >= MIN_LETTER_HEIGHT) return 1;
  return Math.min(MAX_UPSCALE, TARGET_LETTER_HEIGHT / size.letterHeight);
}
