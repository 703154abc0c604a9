// The image reader: OCR of a scanned page, and refusal of images before decoding.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { renderScanPages } from '../fixtures/scans.js';
import { wordBoxesForSpan } from '../../corpus/word-boxes.js';
import { compactPlan } from './compact-plan.js';
import { cer, seed } from './ocr-helpers.js';
import { pngHeaderOnly } from './pdf-fixtures.js';
import { nativeTesseractAvailable } from '../../pipeline/ocr/engine-native.js';

const options = parseOptions({ maxPixels: 50_000_000 });
const services = new PipelineServices(options);
const read = (name: string, bytes: Uint8Array) => processBytes(name, bytes, { options, services });

let page: { png: Buffer; truth: string };

beforeAll(async () => {
  [page] = (await renderScanPages(compactPlan(seed('004')), { maxPages: 1, seed: 11 })) as [typeof page];
});
afterAll(() => services.close());

describe('readImage', () => {
  it('reads a degraded scan (as JPEG) by OCR with the header columns in order', async () => {
    const jpeg = await sharp(page.png).jpeg({ quality: 80 }).toBuffer();
    const result = await read('scan.jpg', jpeg);
    const record = result.record!;
    expect(record.source).toMatchObject({ format: 'image', pages: 1, ocr: true });
    expect(record.source.pageInfo![0]!.method).toBe('ocr');
    expect(record.source.pageInfo![0]!.confidence!).toBeGreaterThan(60);
    // The record says which engine read the page ('auto': the program when installed): their readings differ.
    expect(record.source.pageInfo![0]!.engine).toBe(nativeTesseractAvailable() ? 'tesseract' : 'tesseract.js');
    expect(cer(record.text.original, page.truth)).toBeLessThan(0.05);
  });

  it('places the page\'s word boxes in text.normalized, and a value\'s boxes where it stands on the page', async () => {
    const record = (await read('scan.png', page.png)).record!;
    const size = await sharp(page.png).metadata();
    const [boxes] = record.text.wordBoxes!;
    expect(record.text.wordBoxes).toHaveLength(1);
    expect(boxes).toMatchObject({ page: 1, imageWidth: size.width, imageHeight: size.height });
    const text = record.text.normalized;
    for (const [start, end] of boxes!.words) expect(text.slice(start, end)).toMatch(/^\S+$/);
    const tokens = text.match(/\S+/g)!.length;
    expect(boxes!.words.length).toBeGreaterThan(tokens * 0.95);
    // The number line stands in the header's left column: top quarter, left half.
    const number = wordBoxesForSpan(record, record.document.spans!.number!);
    expect(number).toHaveLength(1);
    for (const box of number[0]!.boxes) {
      expect(box.y1).toBeLessThan(size.height! / 4);
      expect(box.x1).toBeLessThan(size.width! / 2);
    }
  });

  const refused: Array<[string, () => Buffer, string]> = [
    ['claims 100,000 × 100,000 pixels', () => pngHeaderOnly(100_000, 100_000), 'IMAGE_TOO_LARGE'],
    ['has a valid header but no pixel data', () => pngHeaderOnly(100, 100), 'CORRUPT_FILE'],
  ];
  it.each(refused)('an image that %s fails with its code', async (_, make, code) => {
    const result = await read('big.png', make());
    expect(result.status).toBe('failure');
    expect(result.diagnostics.filter((d) => d.fatal).map((d) => d.code)).toEqual([code]);
  });
});
