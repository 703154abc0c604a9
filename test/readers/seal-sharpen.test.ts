// A soft page photo with a red seal: the red-ink drop lifts the seal toward paper, and the
// unsharp mask for soft pages must not draw it back in as ink (it would glue to the signer's
// title and name beside it).
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { renderScanPages } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { seed } from './ocr-helpers.js';

/** A page photo 576 px wide (soft letter edges), with white space below for a ring of `colour`. */
let photo: { png: Buffer; width: number; height: number };
beforeAll(async () => {
  const page = (await renderScanPages(compactPlan(seed('004')), { maxPages: 1, degrade: 'clean' }))[0]!.png;
  const small = await sharp(page).resize({ width: 576 }).extend({ bottom: 240, background: '#ffffff' }).png().toBuffer();
  const { width, height } = await sharp(small).metadata();
  photo = { png: small, width: width!, height: height! };
}, 60_000);

async function ringInk(colour: string): Promise<{ ink: number; sharpened: number }> {
  const { width, height } = photo;
  const ring = Buffer.from(
    `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><circle cx="${width / 2}" cy="${height - 120}" r="80" fill="none" stroke="${colour}" stroke-width="1.5"/>` +
      `<text x="${width / 2 - 40}" y="${height - 115}" font-size="14" fill="${colour}">SEAL TEXT</text></svg>`,
  );
  const png = await sharp(photo.png).toColourspace('srgb').composite([{ input: ring }]).png().toBuffer();
  const prepared = await preparePage(png);
  const bits = await sharp(prepared.png).extractChannel(0).raw().toBuffer();
  // Ink in the band the ring was drawn in (in the prepared page's pixels).
  const top = Math.floor((height - 225) * prepared.upscale);
  let ink = 0;
  for (let i = top * prepared.width; i < bits.length; i++) if (bits[i]! < 128) ink++;
  return { ink, sharpened: prepared.sharpened };
}

describe('sharpening a soft page leaves its dropped red seal dropped', () => {
  it('a faint grey ring is sharpened into ink, a red one of the same lightness once dropped stays paper', async () => {
    // Both come out of the drop as the same grey (the red ring's red channel is the grey ring's grey).
    const grey = await ringInk('rgb(204,204,204)');
    const red = await ringInk('rgb(204,79,89)');
    expect(grey.sharpened).toBeGreaterThan(0);
    expect(red.sharpened).toBeGreaterThan(0);
    expect(grey.ink).toBeGreaterThan(300);
    expect(red.ink).toBeLessThan(grey.ink / 20);
  }, 60_000);
});
