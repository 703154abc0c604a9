// The OCR rendering of a PDF page: 300 dpi for paper, the scan's own resolution for a page far
// larger than paper (a phone app's 1440 × 2111 photo written as a 20 × 29 inch page).
import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { largestImage, MAX_RENDER_PIXELS, paperDpi, RENDER_DPI, renderScale, type ScanImage } from '../../pipeline/readers/render-scale.js';

const A4 = { width: 595, height: 842 };
const scanOf = (width: number, height: number, pageWidth: number, cover = 1): ScanImage => ({ width, height, cover, pixelsPerUnit: width / pageWidth });

describe('renderScale', () => {
  it.each([
    ['an A4 scan at 200 dpi', A4, scanOf(1654, 2339, A4.width)],
    ['an A4 page with no image', A4, null],
    ['an A3 page', { width: 842, height: 1191 }, scanOf(3508, 4961, 842)],
  ])('%s: 300 dpi', (_name, page, scan) => {
    expect(renderScale(page.width, page.height, scan)).toBe(RENDER_DPI / 72);
  });

  it('renders an oversized photo page at the photo\'s own pixels', () => {
    const page = { width: 1441.6, height: 2112.7 };
    const scale = renderScale(page.width, page.height, scanOf(1440, 2111, page.width));
    expect(Math.round(page.width * scale)).toBe(1440);
  });

  it('never past an A3 page at 300 dpi, whatever the image', () => {
    const page = { width: 3000, height: 4000 };
    const scale = renderScale(page.width, page.height, scanOf(12000, 16000, page.width));
    expect(page.width * page.height * scale * scale).toBeLessThanOrEqual(MAX_RENDER_PIXELS * 1.001);
  });

  it.each([
    ['no image', null],
    ['an image covering a corner only', scanOf(300, 300, 1441.6, 0.05)],
  ])('an oversized page with %s fills the pixel cap', (_name, scan) => {
    const page = { width: 1441.6, height: 2112.7 };
    const scale = renderScale(page.width, page.height, scan);
    expect(page.width * page.height * scale * scale).toBeCloseTo(MAX_RENDER_PIXELS, -3);
  });

  it('a tiny image on an oversized page is not rendered tinier than a quarter of the cap scale', () => {
    const page = { width: 1441.6, height: 2112.7 };
    const cap = Math.sqrt(MAX_RENDER_PIXELS / (page.width * page.height));
    expect(renderScale(page.width, page.height, scanOf(100, 150, page.width))).toBeCloseTo(cap / 4, 6);
  });
});

describe('paperDpi', () => {
  it.each([
    [1440, 2111, 174],
    [2480, 3508, 300],
    [400, 600, 100],
  ])('%i × %i px stands for %i dpi on an A4 sheet', (w, h, dpi) => {
    expect(paperDpi(w, h)).toBe(dpi);
  });
});

describe('largestImage', () => {
  const viewport = { transform: [1, 0, 0, -1, 0, 2112], width: 1441, height: 2112 };
  it('reads the covering image\'s pixels and its drawn size through the matrices', () => {
    const list = {
      fnArray: [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore, OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore],
      argsArray: [[], [100, 0, 0, 100, 10, 10], ['img_small', 50, 50], [], [], [1441, 0, 0, 2112, 0, 0], ['img_page', 1440, 2111], []],
    };
    const found = largestImage(list, viewport);
    expect(found).toMatchObject({ width: 1440, height: 2111 });
    expect(found!.cover).toBeGreaterThan(0.99);
    expect(found!.pixelsPerUnit).toBeCloseTo(1440 / 1441, 6);
  });

  it('is null on a page without images', () => {
    expect(largestImage({ fnArray: [OPS.save, OPS.restore], argsArray: [[], []] }, viewport)).toBeNull();
  });
});
