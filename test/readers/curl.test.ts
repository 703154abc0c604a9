// A real page whose lines are bent (a sheet curling as it is photographed) reads nearly as well as
// the flat page once its lines are straightened (dewarp.ts), and clearly worse without: the curl
// runs lines into each other's rows, which no rotation undoes. The flat page is left as it was.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrEngine } from '../../pipeline/ocr/engine.js';
import { straighten } from '../../pipeline/ocr/dewarp.js';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { errorRates } from '../eval/ocr-set.js';

const PAGE = new URL('../real/scans/hungyen-288-KH-VP.p1.jpg', import.meta.url);
const TRUTH = readFileSync(new URL('../real/scans/hungyen-288-KH-VP.p1.txt', import.meta.url), 'utf8');

/** The page with its lines sagging toward the middle by up to `amplitude` pixels, more toward the top. */
async function curled(amplitude: number): Promise<Buffer> {
  const { data, info } = await sharp(readFileSync(PAGE)).grayscale().raw().toBuffer({ resolveWithObject: true });
  const g = { data, width: info.width, height: info.height };
  const slabs = 16;
  const centres = Float64Array.from({ length: slabs }, (_, s) => ((s + 0.5) * g.width) / slabs);
  const offsets = Array.from(centres, (cx) => {
    const u = (cx - g.width / 2) / (g.width / 2);
    return Float32Array.from({ length: g.height }, (_, y) => amplitude * (u * u - 0.3) * (1.2 - y / g.height));
  });
  const bent = straighten(g, { centres, offsets, gain: 0 }).page;
  return sharp(bent.data, { raw: { width: bent.width, height: bent.height, channels: 1 } }).png().toBuffer();
}

describe('a curled real page', () => {
  const { engine } = createOcrEngine('auto', 1);
  afterAll(() => engine.close());
  const read = async (png: Buffer, photoSteps: boolean) => {
    const prepared = await preparePage(png, { photoSteps });
    const text = (await ocrPreparedPage(engine, prepared, { page: 1, header: true })).text;
    return { wer: errorRates(text, TRUTH).wer, straightened: prepared.straightened };
  };

  it('is straightened and read nearly as the flat page; without straightening it reads worse', async () => {
    const flat = await read(readFileSync(PAGE), true);
    expect(flat.straightened).toBe(false);
    // A curl of about 1.7 letter heights (the page's letters are 36 px).
    const page = await curled(60);
    const on = await read(page, true);
    const off = await read(page, false);
    expect(on.straightened).toBe(true);
    expect(on.wer).toBeLessThan(flat.wer + 0.03);
    expect(off.wer).toBeGreaterThan(on.wer + 0.04);
  });
});
