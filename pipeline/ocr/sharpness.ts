// How soft a page's letter edges are: a phone photo of a page, a blurred or low-resolution scan
// has a band of grey between ink and paper a pixel or more wide around every stroke, which the
// threshold cuts at a place the blur chose (letters thicken, close up and touch) and tesseract
// reads worse. Measured along every second row as the grey pixels per crossing from ink to paper:
// ~0.2–0.5 on a clean 300-dpi scan, ~1.1 on a 576×960 photo of an A4 page, ~8 on a blurred one.
// Judged against the letter height: an edge of 1.3 pixels is sharp for 30-pixel letters and soft
// for 8-pixel ones. One pass over half the rows: a few milliseconds on a 300-dpi page.
import type { GrayImage } from './rules.js';

/** Mean width (pixels) of the grey band between ink and paper, along rows; 0 when the page has no ink edge. */
export function edgeWidth(g: GrayImage, threshold: number): number {
  const ink = threshold / 2;
  const paper = (threshold + 255) / 2;
  let grey = 0;
  let crossings = 0;
  for (let y = 0; y < g.height; y += 2) {
    const row = y * g.width;
    let last = 0;
    for (let x = 0; x < g.width; x++) {
      const v = g.data[row + x]!;
      const side = v < ink ? -1 : v > paper ? 1 : 0;
      if (side === 0) grey++;
      else {
        if (last !== 0 && side !== last) crossings++;
        last = side;
      }
    }
  }
  return crossings ? grey / crossings : 0;
}

/** Edges this wide for the page's letter height are soft: the page is sharpened before it is read. */
export const SOFT_EDGE_SHARE = 0.1;

/**
 * The unsharp mask's radius (sigma, pixels of the page as given) for a page with these edges and
 * letters, or 0 when its edges are sharp enough. A wider blur takes a wider mask, up to 1.5 px
 * (measured on blurred photos: more smears the letters' own strokes).
 */
export function sharpenSigma(edge: number, letterHeight: number | null): number {
  if (!letterHeight || edge < SOFT_EDGE_SHARE * letterHeight) return 0;
  return Math.min(1.5, Math.max(1, edge / 4));
}
