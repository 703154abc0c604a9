// Bilinear enlargement of a grey page, pixel for pixel what sharp's `resize(…, { kernel:
// 'linear' })` gives (libvips' affine with its bilinear interpolator: output pixel X samples the
// input at X·w/W − ½, edge pixels copied), to within one grey level. In sharp a one-channel raw
// page goes through sRGB and comes out as three channels, and the affine is general-purpose:
// here it is two weights per axis, precomputed per column, in integers (~40% of the time).
import type { GrayImage } from '../../../pipeline/ocr/rules.js';

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
  const interpolate = (row: number, into: Int32Array) => {
    const base = Math.min(row, g.height - 1) * g.width;
    const last = g.width - 1;
    for (let x = 0; x < width; x++) {
      const i = base + cols.index[x]!;
      const fx = cols.weight[x]!;
      into[x] = src[i]! * (ONE - fx) + src[cols.index[x]! < last ? i + 1 : i]! * fx;
    }
  };
  let upper = new Int32Array(width);
  let lower = new Int32Array(width);
  let loaded = -2;
  for (let y = 0; y < height; y++) {
    const row = rows.index[y]!;
    if (row === loaded + 1) {
      [upper, lower] = [lower, upper];
      interpolate(row + 1, lower);
    } else if (row !== loaded) {
      interpolate(row, upper);
      interpolate(row + 1, lower);
    }
    loaded = row;
    const fy = rows.weight[y]!;
    const o = y * width;
    for (let x = 0; x < width; x++) out[o + x] = (upper[x]! * (ONE - fy) + lower[x]! * fy + (1 << (2 * BITS - 1))) >> (2 * BITS);
  }
  return { data: out, width, height };
}
