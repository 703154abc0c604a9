// How soft a page's letter edges are: a phone photo of a page, a blurred or low-resolution scan
// has a band of grey between ink and paper a pixel or more wide around every stroke, which the
// threshold cuts at a place the blur chose (letters thicken, close up and touch) and tesseract
// reads worse. Measured along every second row as the grey pixels beside ink per crossing from
// ink to paper, and judged against the letter height (an edge of 1.2 pixels is sharp for
// 28-pixel letters and soft for 8-pixel ones): measured on the real scans of test/real/scans,
// 0.01–0.04 of the letter height on 200–300-dpi scans, 0.08–0.10 on 576×960 page photos, 0.12
// on a turned copy, 0.41 on a blurred one. One pass over half the rows: a few milliseconds.
import type { GrayImage } from './rules.js';

/** A grey run longer than this (pixels) between ink and paper is a grey area (a watermark, a shadow), not an edge. */
export const MAX_EDGE_RUN = 16;

/**
 * Mean width (pixels) of the grey band around ink, along rows: grey runs beside ink, per crossing
 * from ink to paper. Grey between paper and paper (a light watermark's letters, a shadow) or
 * wider than MAX_EDGE_RUN is no letter edge. 0 when the page has no ink edge.
 */
export function edgeWidth(g: GrayImage, threshold: number): number {
  const ink = threshold / 2;
  const paper = (threshold + 255) / 2;
  // Each grey level's side once: −1 ink, 1 paper, 0 the grey between.
  const sideOf = new Int8Array(256);
  for (let v = 0; v < 256; v++) sideOf[v] = v < ink ? -1 : v > paper ? 1 : 0;
  const data = g.data;
  // Paper is read four pixels at a time where the pixels' bytes lie on a 32-bit boundary.
  const lightest = Math.floor(paper) + 1 - 128;
  // (Paper is then 128 + lightest or lighter, which the word test below takes for 0 ≤ lightest ≤ 128: any threshold from 0 up.)
  const words = data.byteOffset % 4 === 0 && lightest >= 0 && lightest <= 128 ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : null;
  let grey = 0;
  let crossings = 0;
  for (let y = 0; y < g.height; y += 2) {
    let last = 0;
    let run = 0;
    for (let i = y * g.width, end = i + g.width; i < end; i++) {
      // Paper after paper (most of a page) counts nothing: whole words of it are passed over.
      if (last === 1 && run === 0 && words) {
        while ((i & 3) === 0 && i + 4 <= end && allPaper(words[i >> 2]!, lightest)) i += 4;
        if (i >= end) break;
      }
      const side = sideOf[data[i]!]!;
      if (side === 0) {
        run++;
        continue;
      }
      // Paper after paper, or ink after ink: nothing to count.
      if (side === last && run === 0) continue;
      if (last !== 0 && side !== last) crossings++;
      // Grey beside ink is its blurred edge (between two strokes too: a gap the blur closed).
      if ((last === -1 || side === -1) && run <= MAX_EDGE_RUN) grey += run;
      last = side;
      run = 0;
    }
  }
  return crossings ? grey / crossings : 0;
}

const HIGH_BITS = 0x80808080 | 0;

/**
 * All four bytes of `word` are paper: at least 128 + `lightest` (0 ≤ lightest ≤ 128). The high
 * bit of each is set, and no byte of the low seven bits is below `lightest` (the "has a byte less
 * than n" test of bit hacks, exact for n ≤ 128).
 */
function allPaper(word: number, lightest: number): boolean {
  if ((word & HIGH_BITS) !== HIGH_BITS) return false;
  const low = word & 0x7f7f7f7f;
  return ((low - 0x01010101 * lightest) & ~low & HIGH_BITS) === 0;
}

/** Edges this wide for the page's letter height are soft: the page is sharpened before it is read. */
export const SOFT_EDGE_SHARE = 0.06;

/**
 * The unsharp mask's radius (sigma, pixels of the page as given) for a page with these edges and
 * letters, or 0 when its edges are sharp enough. A wider blur takes a wider mask, up to 1.5 px
 * (measured on blurred photos: more smears the letters' own strokes).
 */
export function sharpenSigma(edge: number, letterHeight: number | null): number {
  if (!letterHeight || edge < SOFT_EDGE_SHARE * letterHeight) return 0;
  return Math.min(1.5, Math.max(1, edge / 3));
}
