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

/** A growable column of integers (run and component records). */
function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** `threshold`: the darkest grey that is still paper's opposite, ink is ≤ it (Otsu's level, as the binarisation uses it). */
export function measureTextSize(g: GrayImage, threshold: number): TextSize {
  const step = g.width * g.height > SUBSAMPLE_ABOVE ? 2 : 1;
  const width = Math.floor(g.width / step);
  const height = Math.floor(g.height / step);
  // Subsampled, a pixel is the darkest of its 2×2 block: a 1-pixel stroke of a thin 1-bit scan
  // must not vanish, or its letters fall apart into specks. Each (sub)sampled row is turned into
  // 1 for ink and 0 for paper, then read for its runs of ink. A row is mostly paper: the page is
  // read a 32-bit word at a time where it is all paper, and the row of marks is padded to whole
  // words so that four paper pixels are passed over as one zero word.
  const ink = new Uint8Array((width + 4) & ~3);
  const inkWords = new Uint32Array(ink.buffer);
  const data = g.data;
  const full = g.width;
  const words = data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : null;
  // Union-find over runs (a run is a component until joined): parent, and per root the bounding
  // rows and columns, in typed columns that grow as runs are found.
  let parent = new Int32Array(1024);
  let top = new Int32Array(1024);
  let bottom = new Int32Array(1024);
  let left = new Int32Array(1024);
  let right = new Int32Array(1024);
  let runs = 0;
  // [start, end, label] triples of the row above and of this row.
  let previous = new Int32Array(3 * (Math.ceil(width / 2) + 1));
  let current = new Int32Array(previous.length);
  let previousCount = 0;
  let dark = 0;
  for (let y = 0; y < height; y++) {
    // Paper is passed over four bytes at a time where they lie on a 32-bit boundary; ink is marked.
    ink.fill(0);
    if (step === 1) {
      for (let x = 0, i = y * full; x < width; x++, i++) {
        if (words && (i & 3) === 0) {
          while (x + 4 <= width && allAbove(words[i >> 2]!, threshold)) {
            x += 4;
            i += 4;
          }
          if (x >= width) break;
        }
        if (data[i]! <= threshold) ink[x] = 1;
      }
    } else {
      const i0 = 2 * y * full;
      // Both rows of the 2×2 blocks on word boundaries together, or neither.
      const paired = words !== null && (i0 & 3) === 0 && (full & 3) === 0;
      for (let x = 0, i = i0, j = i0 + full; x < width; x++, i += 2, j += 2) {
        if (paired && (x & 1) === 0) {
          while (x + 2 <= width && allAbove(words[i >> 2]!, threshold) && allAbove(words[j >> 2]!, threshold)) {
            x += 2;
            i += 4;
            j += 4;
          }
          if (x >= width) break;
        }
        if (data[i]! <= threshold || data[i + 1]! <= threshold || data[j]! <= threshold || data[j + 1]! <= threshold) ink[x] = 1;
      }
    }
    let count = 0;
    let k = 0;
    for (let x = 0; x < width; ) {
      if ((x & 3) === 0 && inkWords[x >> 2] === 0) {
        x += 4;
        continue;
      }
      if (ink[x] === 0) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && ink[x] === 1) x++;
      const stop = x;
      const end = stop - 1;
      dark += stop - start;
      const label = runs++;
      if (runs > parent.length) {
        parent = grown(parent, runs);
        top = grown(top, runs);
        bottom = grown(bottom, runs);
        left = grown(left, runs);
        right = grown(right, runs);
      }
      parent[label] = label;
      top[label] = y;
      bottom[label] = y;
      left[label] = start;
      right[label] = end;
      current[count++] = start;
      current[count++] = end;
      current[count++] = label;
      // Runs of the row above touching this one (8-connected: one column of slack); runs come
      // left to right, so the scan of the row above goes on from the first that can still touch.
      while (k < previousCount && previous[k + 1]! < start - 1) k += 3;
      for (let j = k; j < previousCount && previous[j]! <= end + 1; j += 3) {
        // Union of this run's component and the other's, the root keeping both bounds.
        let ra = label;
        while (parent[ra] !== ra) {
          parent[ra] = parent[parent[ra]!]!;
          ra = parent[ra]!;
        }
        let rb = previous[j + 2]!;
        while (parent[rb] !== rb) {
          parent[rb] = parent[parent[rb]!]!;
          rb = parent[rb]!;
        }
        if (ra === rb) continue;
        parent[rb] = ra;
        if (top[rb]! < top[ra]!) top[ra] = top[rb]!;
        if (bottom[rb]! > bottom[ra]!) bottom[ra] = bottom[rb]!;
        if (left[rb]! < left[ra]!) left[ra] = left[rb]!;
        if (right[rb]! > right[ra]!) right[ra] = right[rb]!;
      }
    }
    [previous, current] = [current, previous];
    previousCount = count;
  }
  const heights: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (parent[i] !== i) continue;
    const h = (bottom[i]! - top[i]! + 1) * step;
    const w = (right[i]! - left[i]! + 1) * step;
    // Letters: not specks, not rules or table lines, not picture blobs.
    if (h < 3 || w < 1 || h > 200 || w > h * 4 || h > w * 6) continue;
    heights.push(h);
  }
  const share = dark / Math.max(1, width * height);
  if (heights.length < 20) return { letterHeight: null, letters: heights.length, ink: share };
  heights.sort((a, b) => a - b);
  // Diacritics and dots are letter-like but small: the letter height is the median of
  // components at least half the height of the upper quartile.
  const upper = heights[Math.floor(heights.length * 0.75)]!;
  const body = heights.filter((h) => h >= upper * 0.5);
  return { letterHeight: body[Math.floor(body.length / 2)]!, letters: heights.length, ink: share };
}

const HIGH_BITS = 0x80808080 | 0;

/**
 * No byte of `x` is below `n` (0 ≤ n ≤ 128): the "has a byte less than n" test of bit hacks,
 * exact for n ≤ 128.
 */
function noByteBelow(x: number, n: number): boolean {
  return ((x - 0x01010101 * n) & ~x & HIGH_BITS) === 0;
}

/** All four bytes of `word` are lighter than `threshold` (paper): at least ⌊threshold⌋ + 1. */
export function allAbove(word: number, threshold: number): boolean {
  const least = Math.floor(threshold) + 1;
  if (least <= 0) return true;
  if (least > 255) return false;
  if (least <= 128) return noByteBelow(word, least);
  // Past 128: every high bit set, and the low seven bits at least least − 128.
  return (word & HIGH_BITS) === HIGH_BITS && noByteBelow(word & 0x7f7f7f7f, least - 128);
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
