// Bilinear enlargement of a grey page, pixel for pixel what sharp's `resize(…, { kernel:
// 'linear' })` gives (libvips' affine with its bilinear interpolator: output pixel X samples the
// input at X·w/W − ½, edge pixels copied), to within one grey level. In sharp a one-channel raw
// page goes through sRGB and comes out as three channels, and the affine is general-purpose:
// here it is two weights per axis, precomputed per column, in integers (~40% of the time).
import type { GrayImage } from './rules.js';

/** Fixed-point bits of the interpolation weights. */
const BITS = 10;
const ONE = 1 << BITS;

/**
 * Sample positions along one axis enlarged by `scale` to `full` pixels of which `to` are kept
 * from `skip` on: the left/top source index and the weight of the next one.
 */
function samples(from: number, scale: number, skip: number, to: number): { index: Int32Array; weight: Int32Array } {
  const index = new Int32Array(to);
  const weight = new Int32Array(to);
  for (let i = 0; i < to; i++) {
    const p = (i + skip) / scale - 0.5;
    const at = Math.floor(p);
    let w = Math.round((p - at) * ONE);
    let left = at;
    // Past the edges the edge pixel is repeated.
    if (left < 0) [left, w] = [0, 0];
    if (left >= from - 1) [left, w] = [Math.max(0, from - 2), from > 1 ? ONE : 0];
    index[i] = left;
    weight[i] = w;
  }
  return { index, weight };
}

/**
 * The page enlarged to `width` × `height`, as sharp's resize does it: one scale for both axes,
 * the larger of the two ratios, and the rounding pixel cut evenly from the other axis.
 */
export function enlargeBilinear(g: GrayImage, width: number, height: number): GrayImage {
  const scale = Math.max(width / g.width, height / g.height);
  const crop = (from: number, to: number) => Math.floor((Math.round(from * scale) - to + 1) / 2);
  const cols = samples(g.width, scale, crop(g.width, width), width);
  const rows = samples(g.height, scale, crop(g.height, height), height);
  const src = g.data;
  const out = Buffer.allocUnsafe(width * height);
  // Each source row is interpolated along x once (into the upper or lower buffer) and shared by
  // the 2–5 output rows between it and the next: the work per output pixel is one weighing.
  // Output columns that sample between the same two source columns, as runs (start column and
  // source column each, the last run ending at `width`): a pair of source pixels is read once
  // for all its columns, each of which is then a·(1 − fx) + b·fx = a·ONE + (b − a)·fx.
  const runStart: number[] = [];
  const runSource: number[] = [];
  for (let x = 0; x < width; x++) {
    if (x === 0 || cols.index[x] !== cols.index[x - 1]) {
      runStart.push(x);
      runSource.push(cols.index[x]!);
    }
  }
  runStart.push(width);
  const starts = Int32Array.from(runStart);
  const sources = Int32Array.from(runSource);
  const weights = cols.weight;
  const interpolate = (row: number, into: Int32Array) => {
    const base = Math.min(row, g.height - 1) * g.width;
    const last = g.width - 1;
    for (let k = 0; k < sources.length; k++) {
      const c = sources[k]!;
      const a = src[base + c]!;
      const step = src[c < last ? base + c + 1 : base + c]! - a;
      const scaled = a * ONE;
      for (let x = starts[k]!, end = starts[k + 1]!; x < end; x++) into[x] = scaled + step * weights[x]!;
    }
  };
  let upper = new Int32Array(width);
  let lower = new Int32Array(width);
  let loaded = -2;
  const half = 1 << (2 * BITS - 1);
  for (let y = 0; y < height; ) {
    const row = rows.index[y]!;
    if (row === loaded + 1) {
      [upper, lower] = [lower, upper];
      interpolate(row + 1, lower);
    } else if (row !== loaded) {
      interpolate(row, upper);
      interpolate(row + 1, lower);
    }
    loaded = row;
    // The output rows between this source row and the next (one to five, or more for a larger
    // factor) are written four at a time: each pair of interpolated values is read once for them.
    let next = y + 1;
    while (next < height && rows.index[next] === row) next++;
    for (let k = y; k < next; k += 4) {
      const count = Math.min(4, next - k);
      const o0 = k * width;
      const f0 = rows.weight[k]!;
      if (count === 1) {
        for (let x = 0; x < width; x++) out[o0 + x] = (upper[x]! * (ONE - f0) + lower[x]! * f0 + half) >> (2 * BITS);
        continue;
      }
      const o1 = o0 + width;
      const f1 = rows.weight[k + 1]!;
      if (count === 2) {
        for (let x = 0; x < width; x++) {
          const u = upper[x]!;
          const l = lower[x]!;
          out[o0 + x] = (u * (ONE - f0) + l * f0 + half) >> (2 * BITS);
          out[o1 + x] = (u * (ONE - f1) + l * f1 + half) >> (2 * BITS);
        }
        continue;
      }
      const o2 = o1 + width;
      const f2 = rows.weight[k + 2]!;
      if (count === 3) {
        for (let x = 0; x < width; x++) {
          const u = upper[x]!;
          const l = lower[x]!;
          out[o0 + x] = (u * (ONE - f0) + l * f0 + half) >> (2 * BITS);
          out[o1 + x] = (u * (ONE - f1) + l * f1 + half) >> (2 * BITS);
          out[o2 + x] = (u * (ONE - f2) + l * f2 + half) >> (2 * BITS);
        }
        continue;
      }
      const o3 = o2 + width;
      const f3 = rows.weight[k + 3]!;
      for (let x = 0; x < width; x++) {
        const u = upper[x]!;
        const l = lower[x]!;
        out[o0 + x] = (u * (ONE - f0) + l * f0 + half) >> (2 * BITS);
        out[o1 + x] = (u * (ONE - f1) + l * f1 + half) >> (2 * BITS);
        out[o2 + x] = (u * (ONE - f2) + l * f2 + half) >> (2 * BITS);
        out[o3 + x] = (u * (ONE - f3) + l * f3 + half) >> (2 * BITS);
      }
    }
    y = next;
  }
  return { data: out, width, height };
}
