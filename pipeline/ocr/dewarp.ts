// Curved text lines on a page image: a phone photo of a page that does not lie flat (a sheet held
// in the hand, a page curling off a binder or at a fold) has lines that bend, and a line bent by
// more than about half a letter height across the page runs into its neighbours' rows.
// Tesseract's line finder then merges two lines into one or cuts one into pieces, and a page a
// reader finds clear comes out as noise. A rotation (the deskew) cannot straighten a bend: each
// part of the page needs its own vertical shift.
// The shift is measured from the text itself. The page is cut into vertical slabs a few words
// wide; each slab's rows are counted for ink (its line profile: a peak per text line); each
// slab's profile is matched against its neighbour's in windows down the page (correlation,
// shifts under a letter height), and the matches, chained out from the middle slab, say at what
// height each slab shows the line the middle slab shows at a given height. A smooth surface is
// fitted through those heights (quadratic across the page, cubic down it: a bend is smooth, a
// window matched against the wrong line is not), and the page is straightened along it only
// when that makes its lines sharper than the best plain rotation does, by a clear margin: the
// slab profiles, shifted by the surface, add up to a sharper page profile than turned by any
// angle. A straight page, skewed or not, is left as it is (the deskew step turns it): moving
// straight lines would only blur them.
// Measured: a real page (3.3% WER) bent by a synthetic curl of 1.7 and 3.3 letter heights reads at
// 3.1% and 8.4% WER straightened, 10.8% and 32.8% not; of 60 real pages only the curved phone
// photo is straightened. The measure reads the page once, on every k-th column for large letters.
import { fitSurface, type SurfaceSample } from './surface-fit.js';
import type { GrayImage } from './rules.js';

/** A slab is this many letter heights wide: a few words, enough ink for a line profile. */
const SLAB_LETTERS = 8;
/** Slabs across the page, at least and at most. */
const MIN_SLABS = 4;
const MAX_SLABS = 16;
/** Windows down a slab's profile are this many letter heights tall (several text lines)… */
const WINDOW_LETTERS = 6;
/** …and placed every this many letter heights. */
const WINDOW_STEP_LETTERS = 1.5;
/** Neighbouring slabs are matched within this shift (letter heights): lines are ~2 letter heights apart, a larger shift could match the next line. */
const MAX_SHIFT_LETTERS = 0.9;
/** A match weaker than this (normalised correlation) is no match: a window of paper, a picture. */
const MIN_CORRELATION = 0.5;
/** The page profile is counted in bins of this share of the letter height. */
const BIN_LETTERS = 0.25;
/**
 * Straightened lines must make the page profile this much sharper than the best rotation.
 * Measured on the 60 real pages of test/real/scans and test/real/heldout-vbai: at most 1.02 on
 * scans and flat photos, 1.05 on a photo with a slight curl (left as it is), 1.13 on the curved
 * phone photo; 1.12 and 1.20 on a real page bent by 1.7 and 3.3 letter heights.
 */
export const STRAIGHTER = 1.08;

export interface LineBend {
  /** Centre column of each slab, pixels. */
  centres: Float64Array;
  /** Per slab, per row: how far down (pixels) the slab shows the line the middle slab shows at that row. */
  offsets: Float32Array[];
  /** Sharpness of the page profile with the lines straightened, over the sharpness at the best rotation. */
  gain: number;
}

/**
 * Ink per slab on every `k`-th row, read on every `k`-th column: the line profiles of the page
 * shrunk k times (large letters need no more detail to be matched, and a k²-th of the page is read).
 */
function slabProfiles(g: GrayImage, threshold: number, slabs: number, k: number): Float64Array[] {
  const rows = Math.ceil(g.height / k);
  const out = Array.from({ length: slabs }, () => new Float64Array(rows));
  const edges = Array.from({ length: slabs + 1 }, (_, s) => Math.round((s * g.width) / slabs));
  for (let band = 0; band < rows; band++) {
    const row = Math.min(g.height - 1, band * k + (k >> 1)) * g.width;
    for (let s = 0; s < slabs; s++) {
      let n = 0;
      for (let x = row + edges[s]!, end = row + edges[s + 1]!; x < end; x += k) if (g.data[x]! <= threshold) n++;
      out[s]![band] = n;
    }
  }
  return out;
}

/** Box-smoothed copy (radius `r` rows): a stroke's rows count with their neighbours'. */
function smoothed(p: Float64Array, r: number): Float64Array {
  const out = new Float64Array(p.length);
  let sum = 0;
  for (let y = 0; y < p.length + r; y++) {
    if (y < p.length) sum += p[y]!;
    if (y - 2 * r - 1 >= 0) sum -= p[y - 2 * r - 1]!;
    if (y - r >= 0) out[y - r] = sum;
  }
  return out;
}

/**
 * The shift of `b` against `a` around each of `centres`: the d (pixels, sub-pixel) for which
 * b(y + d) best matches a(y) there, NaN where the window has no ink or no clear match.
 */
function windowShifts(a: Float64Array, b: Float64Array, centres: readonly number[], half: number, reach: number): number[] {
  const n = a.length;
  const scores = new Float64Array(2 * reach + 1);
  return centres.map((c) => {
    const y0 = Math.max(0, c - half);
    const y1 = Math.min(n - 1, c + half);
    let aa = 0;
    for (let y = y0; y <= y1; y++) aa += a[y]! * a[y]!;
    if (aa === 0) return NaN;
    let best = 0;
    for (let d = -reach; d <= reach; d++) {
      let ab = 0;
      let bb = 0;
      for (let y = Math.max(y0, -d), end = Math.min(y1, n - 1 - d); y <= end; y++) {
        const v = b[y + d]!;
        ab += a[y]! * v;
        bb += v * v;
      }
      const k = d + reach;
      scores[k] = bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
      if (scores[k]! > scores[best]!) best = k;
    }
    // A peak at the end of the range is no peak (the match lies further away, or nowhere).
    if (scores[best]! < MIN_CORRELATION || best === 0 || best === 2 * reach) return NaN;
    const [l, m, r] = [scores[best - 1]!, scores[best]!, scores[best + 1]!];
    const bend = l - 2 * m + r;
    const sub = bend < 0 ? (0.5 * (l - r)) / bend : 0;
    return best - reach + Math.max(-0.5, Math.min(0.5, sub));
  });
}

/** Linear interpolation of `values` known at the increasing positions `at`, at x; NaN values skipped; null with fewer than a quarter known. */
function interpolator(at: readonly number[], values: readonly number[]): ((x: number) => number) | null {
  const known = at.map((p, i) => [p, values[i]!] as const).filter(([, v]) => Number.isFinite(v));
  if (known.length < Math.max(3, at.length / 4)) return null;
  return (x) => {
    let lo = 0;
    let hi = known.length - 1;
    if (x <= known[0]![0]) return known[0]![1];
    if (x >= known[hi]![0]) return known[hi]![1];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (known[mid]![0] <= x) lo = mid;
      else hi = mid;
    }
    const [x0, v0] = known[lo]!;
    const [x1, v1] = known[hi]!;
    return v0 + ((v1 - v0) * (x - x0)) / (x1 - x0);
  };
}

/**
 * Sharpness of the page profile (Σ bin² / (Σ ink)²) with each slab's rows moved up by
 * `shifts[s]`: the same shift for all its rows (a number) or one per row.
 */
function profileSharpness(profiles: readonly Float64Array[], bin: number, shifts: readonly (number | Float64Array)[]): number {
  const height = profiles[0]!.length;
  const margin = height;
  const bins = new Float64Array(Math.ceil((height + 2 * margin) / bin) + 1);
  let total = 0;
  for (let s = 0; s < profiles.length; s++) {
    const p = profiles[s]!;
    const shift = shifts[s]!;
    // Two loops for the two kinds of shift: no call per row.
    if (typeof shift === 'number') {
      for (let y = 0; y < height; y++) {
        const v = p[y]!;
        if (v === 0) continue;
        const b = Math.floor((y - shift + margin) / bin);
        if (b >= 0 && b < bins.length) bins[b]! += v;
        total += v;
      }
    } else {
      for (let y = 0; y < height; y++) {
        const v = p[y]!;
        if (v === 0) continue;
        const b = Math.floor((y - shift[y]! + margin) / bin);
        if (b >= 0 && b < bins.length) bins[b]! += v;
        total += v;
      }
    }
  }
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += bins[i]! * bins[i]!;
  return total > 0 ? sum / (total * total) : 0;
}

/**
 * How the page's text lines bend, from its ink (`threshold`: ink is ≤ it) and letter height, or
 * null when the page has too little text to tell.
 */
export function measureBend(g: GrayImage, threshold: number, letterHeight: number): LineBend | null {
  const slabs = Math.max(MIN_SLABS, Math.min(MAX_SLABS, Math.floor(g.width / (SLAB_LETTERS * Math.max(4, letterHeight)))));
  if (g.width < slabs * 4 || g.height < 8 * letterHeight) return null;
  // Measured on the page shrunk to letters of about 8 pixels: profiles of every k-th row band.
  const k = Math.max(1, Math.floor(letterHeight / 8));
  const h = Math.max(4, letterHeight / k);
  const height = Math.ceil(g.height / k);
  const slabWidth = g.width / slabs;
  const raw = slabProfiles(g, threshold, slabs, k);
  const profiles = raw.map((p) => smoothed(p, Math.max(1, Math.round(h / 6))));
  const step = Math.max(2, Math.round(WINDOW_STEP_LETTERS * h));
  const rows: number[] = [];
  for (let y = Math.round(h); y < height; y += step) rows.push(y);
  const half = Math.round((WINDOW_LETTERS * h) / 2);
  const reach = Math.max(2, Math.ceil(MAX_SHIFT_LETTERS * h));
  // Shift of slab s + 1 against slab s down the page; a pair without matches (a margin, a picture) shifts nothing.
  const pairs = Array.from({ length: slabs - 1 }, (_, s) => interpolator(rows, windowShifts(profiles[s]!, profiles[s + 1]!, rows, half, reach)));
  if (pairs.every((p) => !p)) return null;
  const pairShift = (s: number, y: number) => pairs[s]?.(y) ?? 0;
  // Chained out from the middle slab: where each slab shows the line the middle one shows at each window row.
  const mid = slabs >> 1;
  const chained: number[][] = Array.from({ length: slabs }, () => rows.map(() => 0));
  for (let s = mid; s + 1 < slabs; s++) chained[s + 1] = rows.map((y, i) => chained[s]![i]! + pairShift(s, y + chained[s]![i]!));
  for (let s = mid; s > 0; s--) chained[s - 1] = rows.map((y, i) => chained[s]![i]! - pairShift(s - 1, y + chained[s]![i]!));
  const centres = Float64Array.from({ length: slabs }, (_, s) => (s + 0.5) * slabWidth);
  const samples: SurfaceSample[] = [];
  for (let s = 0; s < slabs; s++) rows.forEach((y, i) => samples.push({ x: centres[s]!, y, z: chained[s]![i]! }));
  const surface = fitSurface(samples, g.width, height, 2, 3);
  if (!surface) return null;
  // The surface relative to the middle slab, on the shrunk rows.
  const shrunk = surface.columns(centres, height);
  const middle = Float64Array.from(shrunk[mid]!);
  for (const column of shrunk) for (let y = 0; y < height; y++) column[y]! -= middle[y]!;
  // Straightened against the best rotation (±3°, as the deskew searches), on the slabs' own profiles.
  const bin = Math.max(1, Math.round(BIN_LETTERS * h));
  const straight = profileSharpness(raw, bin, shrunk);
  let rotated = 0;
  const atAngle = (degrees: number) => {
    const t = Math.tan((degrees * Math.PI) / 180) / k;
    return profileSharpness(raw, bin, Array.from(centres, (cx) => t * (cx - centres[mid]!)));
  };
  let bestAngle = 0;
  for (let d = -3; d <= 3 + 1e-9; d += 0.25) {
    const v = atAngle(d);
    if (v > rotated) [rotated, bestAngle] = [v, d];
  }
  for (let d = bestAngle - 0.2; d <= bestAngle + 0.2 + 1e-9; d += 0.05) rotated = Math.max(rotated, atAngle(d));
  // Back to the page's own rows and pixels.
  const offsets = shrunk.map((column) => {
    const full = new Float32Array(g.height);
    for (let y = 0; y < g.height; y++) {
      const at = Math.min(height - 1, Math.max(0, (y + 0.5) / k - 0.5));
      const y0 = Math.floor(at);
      const y1 = Math.min(height - 1, y0 + 1);
      full[y] = k * (column[y0]! + (column[y1]! - column[y0]!) * (at - y0));
    }
    return full;
  });
  return { centres, offsets, gain: rotated > 0 ? Math.round((straight / rotated) * 1000) / 1000 : 0 };
}

/**
 * The page (and masks of the same size, such as the faint red ink's) with each column moved to put
 * its lines where the middle slab has them: pixel (x, y) comes from (x, y + offset), the offset
 * linear between slab centres; grey interpolated between rows, masks from the nearest row; paper
 * (255) from past the top and bottom edges.
 */
export function straighten(g: GrayImage, bend: LineBend, masks: readonly (Uint8Array | null)[] = []): { page: GrayImage; masks: (Uint8Array | null)[] } {
  const { width, height } = g;
  const out = Buffer.allocUnsafe(width * height);
  const moved = masks.map((m) => (m ? new Uint8Array(m.length) : null));
  const at = bend.centres;
  const last = at.length - 1;
  // Each column's slab on its left and its weight toward the next, once.
  const left = new Int32Array(width);
  const weight = new Float32Array(width);
  for (let x = 0, s = 0; x < width; x++) {
    while (s < last && at[s + 1]! <= x) s++;
    left[x] = s;
    weight[x] = s < last ? Math.max(0, Math.min(1, (x - at[s]!) / (at[s + 1]! - at[s]!))) : 0;
  }
  const offset = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = left[x]!;
      const w = weight[x]!;
      offset[x] = w > 0 ? bend.offsets[s]![y]! * (1 - w) + bend.offsets[s + 1]![y]! * w : bend.offsets[s]![y]!;
    }
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const from = y + offset[x]!;
      const y0 = Math.floor(from);
      const f = from - y0;
      const top = y0 >= 0 && y0 < height ? g.data[y0 * width + x]! : 255;
      const bottom = y0 + 1 >= 0 && y0 + 1 < height ? g.data[(y0 + 1) * width + x]! : 255;
      out[row + x] = (top + (bottom - top) * f + 0.5) | 0;
    }
    for (let k = 0; k < masks.length; k++) {
      const mask = masks[k];
      if (!mask) continue;
      const into = moved[k]!;
      for (let x = 0; x < width; x++) {
        const nearest = Math.min(height - 1, Math.max(0, Math.round(y + offset[x]!)));
        into[row + x] = mask[nearest * width + x]!;
      }
    }
  }
  return { page: { data: out, width, height }, masks: moved };
}
