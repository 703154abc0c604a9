// The scale a PDF page is rendered at for OCR. 300 dpi suits a page of paper size; a page whose
// media box is far larger than paper (a phone app writes a 1440 × 2111 photo as a 20 × 29 inch
// page at 72 ppi) rendered at 300 dpi gives a 50-Mpx image whose glyphs are four times the height
// OCR reads best, made of interpolated pixels only. Such a page is rendered at the resolution of
// the scanned image that covers it (OCR preparation enlarges small text itself), and never past
// the pixel count of an A3 page at 300 dpi. Pages of paper size keep 300 dpi.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, walkPainting, type Matrix, type OperatorList } from './pdf-graphics.js';

export const RENDER_DPI = 300;
/** An A3 page at 300 dpi (3508 × 4961 px, 17.4 Mpx), with room for media boxes a little over A3: the largest rendering made for OCR. */
export const MAX_RENDER_PIXELS = 18_000_000;
/** An image covering at least this share of the page is the page's scan. */
const SCAN_COVER = 0.6;

export interface ScanImage {
  /** The image's own pixels. */
  width: number;
  height: number;
  /** Share of the page it covers (0..1). */
  cover: number;
  /** Its pixels per page unit (1/72 inch) along its width. */
  pixelsPerUnit: number;
}

/** The largest image the page paints, with its own pixel size (pdf.js: paintImageXObject's [id, width, height]). */
export function largestImage(list: OperatorList, viewport: { transform: Matrix; width: number; height: number }): ScanImage | null {
  let best: ScanImage | null = null;
  const pageArea = Math.max(1, viewport.width * viewport.height);
  walkPainting(list, (fn, args, ctm) => {
    if (fn !== OPS.paintImageXObject) return;
    const [, width, height] = args as [unknown, number, number];
    if (!(width > 0 && height > 0)) return;
    // The image fills the unit square of the current matrix.
    const m = multiply(viewport.transform, ctm);
    const drawnWidth = Math.hypot(m[0]!, m[1]!);
    const cover = Math.min(1, Math.abs(m[0]! * m[3]! - m[1]! * m[2]!) / pageArea);
    if (drawnWidth > 0 && (!best || cover > best.cover)) best = { width, height, cover, pixelsPerUnit: width / drawnWidth };
  });
  return best;
}

/**
 * The scale (pixels per page unit) to render a page of `pageWidth` × `pageHeight` units for OCR:
 * 300 dpi unless that passes MAX_RENDER_PIXELS; then the resolution of the scan covering the page
 * (not above 300 dpi), or without one, the scale that fills MAX_RENDER_PIXELS.
 */
export function renderScale(pageWidth: number, pageHeight: number, scan: ScanImage | null): number {
  const standard = RENDER_DPI / 72;
  const area = Math.max(1, pageWidth * pageHeight);
  if (area * standard * standard <= MAX_RENDER_PIXELS) return standard;
  const capped = Math.sqrt(MAX_RENDER_PIXELS / area);
  if (!scan || scan.cover < SCAN_COVER) return capped;
  return Math.min(capped, Math.max(scan.pixelsPerUnit, capped / 4));
}

/** The short side of an A4 sheet, inches: the paper a page far larger than any sheet was photographed from. */
const A4_SHORT_INCHES = 8.27;

/**
 * The resolution a rendering of an oversized page stands for on paper (its short side taken as
 * an A4 sheet's), within 100–300 dpi: what rule lengths and letter sizes are judged against.
 */
export function paperDpi(width: number, height: number): number {
  const dpi = Math.min(width, height) / A4_SHORT_INCHES;
  return Math.round(Math.min(RENDER_DPI, Math.max(100, dpi)));
}
