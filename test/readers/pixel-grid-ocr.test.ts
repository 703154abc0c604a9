// A generated page scanned two-level at 100 dpi and drawn at 300 dpi by repeating its pixels (as
// pdf.js draws such a scan) reads better with its staircase rounded off (pixel-grid.ts) than as
// drawn, and its record says the page was taken for such a scan (source.pageInfo[].coarseScan).
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageInfo } from '../../output/schema.js';
import { PipelineServices } from '../../output/services.js';
import { TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import { GRID_SHARE } from '../../pipeline/ocr/pixel-grid.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { renderScanPages } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { cer, seed } from './ocr-helpers.js';

const engine = new TesseractJsEngine(1);
const options = parseOptions({});
const services = new PipelineServices(options);
afterAll(async () => {
  await engine.close();
  await services.close();
});

let page: { png: Buffer; truth: string };
/** The page scanned two-level at 100 dpi (a third of its pixels each way). */
let small: Buffer;
/** That scan drawn at 300 dpi, each pixel repeated 3×3. */
let drawn: Buffer;
beforeAll(async () => {
  [page] = (await renderScanPages(compactPlan(seed('004')), { maxPages: 1, degrade: 'clean' })) as [typeof page];
  const { width } = await sharp(page.png).metadata();
  const coarse = Math.round(width! / 3);
  small = await sharp(page.png).grayscale().resize({ width: coarse }).threshold(128).png().toBuffer();
  drawn = await sharp(small).resize({ width: coarse * 3, kernel: 'nearest' }).png().toBuffer();
});

/** An A4 PDF holding one image over the whole page (at 100 dpi for the small scan). */
async function imagePdf(png: Buffer): Promise<Buffer> {
  const a4: [number, number] = [595.28, 841.89];
  const doc = new PDFDocument({ size: a4, autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.addPage({ size: a4, margin: 0 });
  doc.image(png, 0, 0, { width: a4[0], height: a4[1] });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const pageInfoOf = async (name: string, bytes: Buffer) => {
  const result = await processBytes(name, bytes, { options, services });
  const info = result.record!.source.pageInfo![0]!;
  // What the record says is what the contract's schema allows.
  expect(PageInfo.parse(info)).toEqual(info);
  return info;
};

describe('a 100-dpi two-level scan drawn at 300 dpi', () => {
  it('is smoothed, and reads with fewer character errors than as drawn (tesseract.js)', async () => {
    const read = async (gridSmoothing: boolean) => {
      const prepared = await preparePage(drawn, { gridSmoothing });
      return { step: prepared.gridStep, cer: cer((await ocrPreparedPage(engine, prepared, { page: 1, header: false })).text, page.truth) };
    };
    const smoothed = await read(true);
    const asDrawn = await read(false);
    // (Without smoothing the step is not measured at all, so only the smoothed reading's step says anything.)
    expect(smoothed.step).toBe(3);
    // Measured with the three box blurs that the Gaussian replaced: 0.6% against 2.0%.
    expect(smoothed.cer).toBeLessThan(asDrawn.cer);
  });

  it('is recorded in source.pageInfo as smoothed, with its step and lean: a page image, and a PDF page drawn by the reader', async () => {
    const image = await pageInfoOf('coarse.png', drawn);
    expect(image.coarseScan?.step).toBe(3);
    expect(image.coarseScan!.lean).toBeGreaterThan(GRID_SHARE);
    const pdf = await pageInfoOf('coarse.pdf', await imagePdf(small));
    expect(pdf.coarseScan?.step).toBe(3);
    expect(pdf.coarseScan!.lean).toBeGreaterThan(GRID_SHARE);
  });

  it('a page at its own resolution is recorded without it', async () => {
    expect((await pageInfoOf('own.png', page.png)).coarseScan).toBeUndefined();
  });
});
