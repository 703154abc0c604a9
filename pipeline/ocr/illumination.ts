// Uneven light on a page image: a phone photo of a page (a shadow across it, a lamp on one side,
// the page curving away from the light) has paper that is white in one place and mid-grey in
// another, and ink in the shadow as dark as... paper in the light. One global threshold (Otsu,
// preprocess.ts) then either drops the text in the light or blackens the paper in the shadow.
// The light is taken out before anything else looks at the page (flat-fielding): the paper's own
// grey is estimated tile by tile (a high percentile of each tile: a tile of text is still mostly
// paper), smoothed over neighbouring tiles, and every pixel divided by it. Light multiplies, so
// the division gives back the ink's own darkness against its own paper, and the page that comes
// out is one the global threshold, the letter-size and the deskew steps all read as a scan.
// Only pages whose paper is measurably uneven are flattened: a scan keeps its grey (and cost: the
// measure is one subsampled pass over the pixels).
import type { IlluminationMode } from '../../output/options.js';
import type { GrayImage } from './rules.js';

/** The page is cut into about this many tiles along its longer side for the paper estimate. */
const TILES_ALONG = 24;
/** Share of a tile's pixels taken as darker than its paper: text covers less of a tile than this. */
const PAPER_PERCENTILE = 0.95;
/**
 * Paper this much darker in the page's darker places than in its lighter ones (1 − p10/p90 of
 * the tiles' paper) is uneven light. Measured on the pages of test/real/scans: scans (300-dpi PDF
 * renderings, JPEG scans, a yellowed 1999 page, a page with a grey box) 0–0.063, the even page
 * photos and their degraded copies 0–0.004, the two phone photos with a shadow 0.15 and 0.19.
 */
export const UNEVEN_LIGHT = 0.1;
/** Paper estimates below this share of the page's light paper are not paper (a table, a hand beside the page): left dark. */
const MIN_PAPER_SHARE = 0.35;

export interface PaperGrid {
  /** Tile side, pixels. */
  tile: number;
  cols: number;
  rows: number;
  /** Paper grey per tile, row by row, smoothed over its 3×3 neighbourhood (median). */
  paper: Float32Array;
}

/** The paper's grey tile by tile, from a sample of each tile's pixels. */
export function paperGrid(g: GrayImage): PaperGrid {
  const tile = Math.max(8, Math.round(Math.max(g.width, g.height) / TILES_ALONG));
  const cols = Math.max(1, Math.ceil(g.width / tile));
  const rows = Math.max(1, Math.ceil(g.height / tile));
  // About a thousand samples a tile are plenty for a percentile: a 300-dpi page is read on every
  // fourth row and column.
  const step = Math.max(1, Math.floor(tile / 32));
  const raw = new Float32Array(cols * rows);
  const counts = new Uint32Array(256 * cols);
  for (let ty = 0; ty < rows; ty++) {
    counts.fill(0);
    const y1 = Math.min(g.height, (ty + 1) * tile);
    for (let y = ty * tile; y < y1; y += step) {
      const row = y * g.width;
      for (let tx = 0, x = 0; tx < cols; tx++) {
        const base = tx * 256;
        for (const x1 = Math.min(g.width, (tx + 1) * tile); x < x1; x += step) counts[base + g.data[row + x]!]!++;
        x = (tx + 1) * tile;
      }
    }
    for (let tx = 0; tx < cols; tx++) {
      const base = tx * 256;
      let total = 0;
      for (let v = 0; v < 256; v++) total += counts[base + v]!;
      const want = total * PAPER_PERCENTILE;
      let v = 0;
      for (let sum = counts[base]!; v < 255 && sum < want; ) sum += counts[base + ++v]!;
      raw[ty * cols + tx] = v;
    }
  }
  // A median over each tile's neighbourhood: a dense heading, a seal or a picture darkens a tile
  // or two, which their lighter neighbours outvote; a shadow's edge is kept where it is.
  const paper = new Float32Array(cols * rows);
  const near: number[] = [];
  for (let ty = 0; ty < rows; ty++) {
    for (let tx = 0; tx < cols; tx++) {
      near.length = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const y = ty + dy;
          const x = tx + dx;
          if (y >= 0 && y < rows && x >= 0 && x < cols) near.push(raw[y * cols + x]!);
        }
      }
      near.sort((a, b) => a - b);
      paper[ty * cols + tx] = near[near.length >> 1]!;
    }
  }
  return { tile, cols, rows, paper };
}

/** How uneven the paper's light is: 1 − (10th / 90th percentile of the tiles' paper grey); 0 on an even page. */
export function unevenness(grid: PaperGrid): number {
  const sorted = sortedPaper(grid.paper);
  const light = percentile(sorted, 0.9);
  const dark = percentile(sorted, 0.1);
  return light > 0 ? 1 - dark / light : 0;
}

function sortedPaper(paper: Float32Array): number[] {
  return Array.from(paper).sort((a, b) => a - b);
}

/** The value a share `p` of the sorted values lies at or below (nearest rank, rounded down). */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.floor((sorted.length - 1) * p)]!;
}

/**
 * Divides every pixel by the paper grey around it (bilinear between tile centres), in place, so
 * paper becomes white wherever it lies and ink keeps its contrast against it.
 */
export function flattenLight(g: GrayImage, grid: PaperGrid): void {
  const { tile, cols, rows, paper } = grid;
  const floor = Math.max(1, percentile(sortedPaper(paper), 0.9) * MIN_PAPER_SHARE);
  // 255 / paper per tile: one multiplication a pixel.
  const gain = new Float32Array(paper.length);
  for (let i = 0; i < paper.length; i++) gain[i] = 255 / Math.max(floor, paper[i]!);
  const colAt = new Int32Array(g.width);
  const colWeight = new Float32Array(g.width);
  for (let x = 0; x < g.width; x++) {
    const fx = Math.min(cols - 1, Math.max(0, (x + 0.5) / tile - 0.5));
    const c = Math.min(cols - 2, Math.floor(fx));
    colAt[x] = Math.max(0, c);
    colWeight[x] = cols > 1 ? fx - Math.max(0, c) : 0;
  }
  const line = new Float32Array(cols);
  for (let y = 0; y < g.height; y++) {
    const fy = Math.min(rows - 1, Math.max(0, (y + 0.5) / tile - 0.5));
    const r = Math.max(0, Math.min(rows - 2, Math.floor(fy)));
    const wy = rows > 1 ? fy - r : 0;
    const r2 = rows > 1 ? r + 1 : r;
    for (let c = 0; c < cols; c++) line[c] = gain[r * cols + c]! * (1 - wy) + gain[r2 * cols + c]! * wy;
    const row = y * g.width;
    for (let x = 0; x < g.width; x++) {
      const c = colAt[x]!;
      const wx = colWeight[x]!;
      const k = cols > 1 ? line[c]! * (1 - wx) + line[c + 1]! * wx : line[0]!;
      const v = g.data[row + x]! * k;
      g.data[row + x] = v >= 255 ? 255 : v;
    }
  }
}

export type { IlluminationMode };

export interface IlluminationResult {
  /** 1 − dark/light paper across the page (see unevenness), before flattening. */
  unevenness: number;
  /** The page's light was evened out. */
  flattened: boolean;
}

/** Measures the page's light and, when uneven (or `always`), flattens it in place. */
export function evenOutLight(g: GrayImage, mode: IlluminationMode = 'auto'): IlluminationResult {
  if (mode === 'never' || g.width < 2 || g.height < 2) return { unevenness: 0, flattened: false };
  const grid = paperGrid(g);
  const measured = unevenness(grid);
  const flattened = mode === 'always' || measured >= UNEVEN_LIGHT;
  if (flattened) flattenLight(g, grid);
  return { unevenness: Math.round(measured * 1000) / 1000, flattened };
}
