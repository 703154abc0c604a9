// Uneven light over a real page scan — a shadow across part of it, light falling off toward a
// corner, as on a phone photo of a page — must not change the header the page gives, nor cost
// much of the body: the light is evened out before the page is thresholded (illumination.ts).
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes, type PipelineResult } from '../../pipeline/run.js';
import { bagWer } from '../eval/ocr-real.js';

const PAGE = new URL('../real/scans/cp-nd-28-2021.p1.jpg', import.meta.url);
const TRUTH = readFileSync(new URL('../real/scans/cp-nd-28-2021.p1.txt', import.meta.url), 'utf8');
const GOLD = JSON.parse(readFileSync(new URL('../real/scans/cp-nd-28-2021.gold.json', import.meta.url), 'utf8'));

type Light = (x: number, y: number) => number;
/** The page under `light` (a factor per pixel at x, y in 0..1 of the page's width and height). */
async function lit(light: Light): Promise<Buffer> {
  const { data, info } = await sharp(readFileSync(PAGE)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = light(x / width, y / height);
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = Math.round(data[(y * width + x) * channels + c]! * k);
    }
  }
  return sharp(data, { raw: { width, height, channels } }).jpeg({ quality: 90 }).toBuffer();
}

const header = (r: PipelineResult) => {
  const d = r.record!.document;
  return { number: d.number, date: d.date, place: d.place, issuer: d.issuer.name, level: d.issuer.level, title: d.title };
};

describe('uneven light over a real scan', () => {
  let clean: PipelineResult;
  beforeAll(async () => {
    clean = await processBytes('clean.jpg', readFileSync(PAGE));
  });

  it.each<[string, Light]>([
    // The phone's shadow over the right half, its edge slanting, half the light under it.
    ['a shadow over part of the page', (x, y) => 1 - 0.5 / (1 + Math.exp(-(x - 0.55 + 0.2 * y) / 0.03))],
    // A lamp at the top left: the bottom right corner gets 40% of the light.
    ['light falling off toward a corner', (x, y) => 1 - 0.6 * ((x + y) / 2) ** 2],
  ])('%s: the header is read as printed, the body barely touched', async (_name, light) => {
    const result = await processBytes('shaded.jpg', await lit(light));
    const gold = GOLD.document;
    expect(header(result)).toEqual({ number: gold.number, date: gold.date, place: gold.place, issuer: gold.issuer.name, level: gold.issuer.level, title: gold.title });
    const wer = bagWer(result.record!.text.normalized, TRUTH);
    expect(wer).toBeLessThan(bagWer(clean.record!.text.normalized, TRUTH) + 0.05);
  });

  it('--illumination never leaves the shadow in, and the shaded half is lost', async () => {
    const shaded = await lit((x, y) => 1 - 0.5 / (1 + Math.exp(-(x - 0.55 + 0.2 * y) / 0.03)));
    const kept = await processBytes('shaded.jpg', shaded, { options: parseOptions({ illumination: 'never' }) });
    const evened = await processBytes('shaded.jpg', shaded, { options: parseOptions({ illumination: 'auto' }) });
    const wer = (r: PipelineResult) => (r.record ? bagWer(r.record.text.normalized, TRUTH) : 1);
    expect(wer(kept)).toBeGreaterThan(wer(evened) + 0.1);
  });
});
