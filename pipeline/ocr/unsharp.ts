// The unsharp mask of a grey page, as libvips' sharpen (sharp's `.sharpen()`) computes it, on
// one channel. libvips turns any image into 16-bit CIELAB, sharpens the lightness and turns
// the result back into sRGB: on a grey page that is three channels through float colour
// conversions for one channel of work, ~100 ms a megapixel, a sixth of a small page's OCR time.
// Here the grey is mapped to the same 16-bit lightness through a table, blurred with the same
// integer Gaussian (libvips' gaussmat: weights 20·e^(−x²/2σ²) rounded, cut below a tenth of the
// peak), the difference put through the same cored, clipped gain curve (brightening at most 10
// and darkening at most 20 units of L*), and mapped back through a table: the same pixels to
// within one grey level (measured on the soft real page photos), in a few milliseconds.
import type { GrayImage } from './rules.js';

/** libvips' 16-bit lightness: L* (0–100) × 327.67. */
const L_SCALE = 327.67;
const L_MAX = 32767;

const linear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const lightness = (y: number) => (y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y);
const luminance = (l: number) => (l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3);
const srgb = (y: number) => {
  const c = y <= 0.0031308 ? 12.92 * y : 1.055 * y ** (1 / 2.4) - 0.055;
  return Math.max(0, Math.min(255, Math.round(c * 255)));
};

// Fixed conversion tables, computed once: constants, not state carried between calls.
const GREY_TO_L = Int16Array.from({ length: 256 }, (_, v) => Math.round(lightness(linear(v)) * L_SCALE));
const L_TO_GREY = Uint8Array.from({ length: L_MAX + 1 }, (_, l) => srgb(luminance(l / L_SCALE)));

/** libvips' integer Gaussian (gaussmat, separable, integer precision) with weights down to `minAmplitude` of the peak. */
export function gaussianWeights(sigma: number, minAmplitude = 0.1): number[] {
  const twoSigma2 = 2 * sigma * sigma;
  let x = 0;
  while (x < Math.max(1, 8 * sigma) && Math.exp(-(x * x) / twoSigma2) >= minAmplitude) x++;
  const radius = Math.max(x - 1, 0);
  const weights: number[] = [];
  for (let i = -radius; i <= radius; i++) weights.push(Math.round(20 * Math.exp(-(i * i) / twoSigma2)));
  return weights;
}

export interface UnsharpOptions {
  /** Radius of the blur (sigma, pixels). */
  sigma: number;
  /** Gain on differences past the core (libvips' m2). */
  gain: number;
  /** Differences in L* up to this are left alone (libvips' x1). */
  core?: number;
  /** Most a pixel is lightened, in L* (libvips' y2). */
  maxLighten?: number;
  /** Most a pixel is darkened, in L* (libvips' y3). */
  maxDarken?: number;
  /** Pixels (1) the mask may lighten but never darken. */
  keepLight?: Uint8Array | null;
}

/** 16-bit lightness differences span −GAIN_OFFSET … GAIN_OFFSET − 1. */
const GAIN_OFFSET = 32768;

/**
 * The gain curve over the lightness differences `from` … `to` (16-bit units): the curve at
 * difference d is entry d − from.
 */
function gainTable({ gain, core = 2, maxLighten = 10, maxDarken = 20 }: UnsharpOptions, from: number, to: number): Int32Array {
  const table = new Int32Array(to - from + 1);
  for (let i = from; i <= to; i++) {
    const d = i / L_SCALE;
    let y = d < -core ? (d + core) * gain : d < core ? 0 : (d - core) * gain;
    y = Math.max(-maxDarken, Math.min(maxLighten, y));
    table[i - from] = Math.round(y * L_SCALE);
  }
  return table;
}

/**
 * The differences (16-bit units) past which the curve is flat at its limits, with a unit of L*
 * to spare; the whole 16-bit range when a limit is never reached (no gain).
 */
function slopingRange({ gain, core = 2, maxLighten = 10, maxDarken = 20 }: UnsharpOptions): [number, number] {
  const lowest = -GAIN_OFFSET;
  const highest = 65535 - GAIN_OFFSET;
  if (!(gain > 0)) return [lowest, highest];
  const from = Math.floor(-(core + maxDarken / gain + 1) * L_SCALE);
  const to = Math.ceil((core + maxLighten / gain + 1) * L_SCALE);
  return [Math.max(lowest, from), Math.min(highest, to)];
}

/** A symmetric kernel of up to 7 taps as its centre and side weights (0 past its radius). */
function taps(weights: number[]): [number, number, number, number] {
  const r = (weights.length - 1) / 2;
  return [weights[r]!, weights[r + 1] ?? 0, weights[r + 2] ?? 0, weights[r + 3] ?? 0];
}

/**
 * Lightness of row `y`, blurred along the row into `into` (edges extended: libvips copies edge
 * pixels). `line` holds the row's lightness on the way. The pixels whose taps all lie within the
 * row are one loop for the kernel's width, with no test per pixel; the division by the weights'
 * sum is a product (quotient).
 */
function blurRow(g: GrayImage, y: number, weights: number[], inverse: number, line: Int32Array, into: Int32Array, at: number): void {
  const { width, data } = g;
  const r = (weights.length - 1) / 2;
  const [w0, w1, w2, w3] = taps(weights);
  const half = weights.reduce((a, b) => a + b, 0) >> 1;
  for (let x = 0, i = y * width; x < width; x++, i++) line[x] = GREY_TO_L[data[i]!]!;
  const from = Math.min(r, width);
  const to = Math.max(from, width - r);
  for (let x = 0; x < from; x++) into[at + x] = quotient(edgeSum(line, x, weights) + half, inverse);
  for (let x = to; x < width; x++) into[at + x] = quotient(edgeSum(line, x, weights) + half, inverse);
  if (r === 3) {
    for (let x = from; x < to; x++) into[at + x] = quotient(w0 * line[x]! + w1 * (line[x - 1]! + line[x + 1]!) + w2 * (line[x - 2]! + line[x + 2]!) + w3 * (line[x - 3]! + line[x + 3]!) + half, inverse);
  } else if (r === 2) {
    for (let x = from; x < to; x++) into[at + x] = quotient(w0 * line[x]! + w1 * (line[x - 1]! + line[x + 1]!) + w2 * (line[x - 2]! + line[x + 2]!) + half, inverse);
  } else if (r === 1) {
    for (let x = from; x < to; x++) into[at + x] = quotient(w0 * line[x]! + w1 * (line[x - 1]! + line[x + 1]!) + half, inverse);
  } else {
    // Radii sharpenSigma does not give today (0, 4 and more): the plain sum, no tap dropped.
    for (let x = from; x < to; x++) into[at + x] = quotient(edgeSum(line, x, weights) + half, inverse);
  }
}

/** The weighted sum of `line` around x, the edge pixel standing for those past either end. */
function edgeSum(line: Int32Array, x: number, weights: number[]): number {
  const r = (weights.length - 1) / 2;
  const last = line.length - 1;
  let sum = weights[r]! * line[x]!;
  for (let k = 1; k <= r; k++) sum += weights[r + k]! * (line[x - k < 0 ? 0 : x - k]! + line[x + k > last ? last : x + k]!);
  return sum;
}

/**
 * ⌊n / d⌋ of a non-negative integer n < 2³¹, given `inverse` = 1/d (d a weights' sum, under 200),
 * as a product: (n + ½)/d lies at least ½/d from any whole number, and the product's rounding
 * error (under n·2⁻⁵¹/d) is far less.
 */
function quotient(n: number, inverse: number): number {
  return ((n + 0.5) * inverse) | 0;
}

/**
 * The page sharpened (a new image; the input is left as it is). One pass down the page: each row
 * is blurred along x once into a ring of the 2r + 1 rows the vertical blur needs, so the work
 * stays in a few rows' worth of cache instead of three page-sized arrays.
 */
export function unsharpMask(g: GrayImage, options: UnsharpOptions): GrayImage {
  const { width, height, data } = g;
  const n = width * height;
  const weights = gaussianWeights(options.sigma);
  const r = (weights.length - 1) / 2;
  // The blur is written for 7 taps at most (sharpenSigma keeps sigma within them): a wider one
  // leaves the page as it was rather than fail its OCR.
  if (r > 3) return { data: Buffer.from(g.data), width, height };
  const [w0, w1, w2, w3] = taps(weights);
  const scale = weights.reduce((a, b) => a + b, 0);
  const half = scale >> 1;
  const inverse = 1 / scale;
  // Only the gain curve's sloping middle, a few thousand entries that stay in cache: past it the
  // curve is flat at its limits, and a difference out there is read at the nearest end.
  const [low, high] = slopingRange(options);
  const curve = gainTable(options, low, high);
  const highest = high - low;
  const keepLight = options.keepLight ?? null;
  const span = 2 * r + 1;
  const ring = new Int32Array(span * width);
  const line = new Int32Array(width);
  const out = Buffer.allocUnsafe(n);
  const clampRow = (y: number) => (y < 0 ? 0 : y >= height ? height - 1 : y);
  // Offset in the ring of row y + k (clamped to the page), for k = −3…3; rows past the radius carry weight 0.
  const slot = (y: number, k: number) => (clampRow(y + (k < -r ? -r : k > r ? r : k)) % span) * width;
  let blurred = 0;
  for (let y = 0; y < height; y++) {
    for (const want = Math.min(height - 1, y + r); blurred <= want; blurred++) blurRow(g, blurred, weights, inverse, line, ring, (blurred % span) * width);
    const m3 = slot(y, -3);
    const m2 = slot(y, -2);
    const m1 = slot(y, -1);
    const c = slot(y, 0);
    const p1 = slot(y, 1);
    const p2 = slot(y, 2);
    const p3 = slot(y, 3);
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const sum = w0 * ring[c + x]! + w1 * (ring[m1 + x]! + ring[p1 + x]!) + w2 * (ring[m2 + x]! + ring[p2 + x]!) + w3 * (ring[m3 + x]! + ring[p3 + x]!);
      const b = quotient(sum + half, inverse);
      const v = GREY_TO_L[data[i]!]!;
      const d = v - b - low;
      let s = v + curve[d < 0 ? 0 : d > highest ? highest : d]!;
      if (s < v && keepLight && keepLight[i] === 1) s = v;
      out[i] = L_TO_GREY[s < 0 ? 0 : s > L_MAX ? L_MAX : s]!;
    }
  }
  return { data: out, width, height };
}
