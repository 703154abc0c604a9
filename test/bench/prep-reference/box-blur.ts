// Three running-sum box blurs each way, in JS: how a coarse scan drawn larger was smoothed before
// libvips' Gaussian took a step of 3 or more and word-wide pair averages (pipeline/ocr/pair-blur.ts,
// the same bytes) a step of 2. Kept here so the OCR bench can time them beside the product's.
import type { GrayImage } from '../../../pipeline/ocr/rules.js';

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

/** The page blurred with SMOOTH_PASSES box blurs `step` wide each way (a new image). */
export function tripleBoxBlur(g: GrayImage, step: number): GrayImage {
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
