// The faster pixel steps of preparePage (issue #12) give what the earlier ones gave, bit for bit,
// on real page images: scans at 200–300 dpi with red seals, small phone photos that are sharpened
// and enlarged, a blurred copy (the widest unsharp mask), a photo in uneven light whose bent lines
// are straightened. The earlier implementations are kept in test/bench/prep-reference; whole
// prepared pages (the PNG handed to OCR, the rules, every measure) are compared too.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureBend } from '../../pipeline/ocr/dewarp.js';
import { enlargeBilinear } from '../../pipeline/ocr/enlarge.js';
import { evenOutLight } from '../../pipeline/ocr/illumination.js';
import { faintRedInk, grayWithoutRedInk } from '../../pipeline/ocr/ink.js';
import { applyTable, histogram, inkThreshold, mapHistogram, stretchTable } from '../../pipeline/ocr/levels.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import type { GrayImage } from '../../pipeline/ocr/rules.js';
import { edgeWidth } from '../../pipeline/ocr/sharpness.js';
import { measureTextSize } from '../../pipeline/ocr/text-size.js';
import { unsharpMask } from '../../pipeline/ocr/unsharp.js';
import { REFERENCE_STEPS as before } from '../bench/prep-reference/index.js';

const scans = new URL('../real/scans/', import.meta.url);
/** Real pages, each taking a different path through preparePage (see the comments). */
const PAGES = [
  'bacninh-6191-BVT-TCKT.png', // small scan with a red seal: sharpened with the seal kept light, enlarged ×3.3
  'thanhhoa-tinhgia-photo.png', // photo in uneven light, bent lines straightened, handed over in grey
  'augmented/danang-photo-v2-blur_1.jpg', // blurred photo: the widest mask (sigma 1.5)
  'augmented/danang-photo-v4-rotated_2.jpg', // turned photo, sharpened and enlarged ×3.75
  'qngai-23-BC-UBND.p2.jpg', // 200-dpi scan with 1% red ink
  'hungyen-288-KH-VP.p2.jpg', // 300-dpi scan: text measured on the 2×2 subsample
];

interface Input {
  name: string;
  pixels: Buffer;
  width: number;
  height: number;
  channels: number;
  gray: GrayImage;
  threshold: number;
}

/** The page as preparePage has it when the measures run: grey with red dropped, light evened, stretched. */
async function input(name: string): Promise<Input> {
  const { data: pixels, info } = await sharp(readFileSync(new URL(name, scans))).rotate().flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const gray = before.grayWithoutRedInk(pixels, info.width, info.height, info.channels).gray;
  evenOutLight(gray);
  let levels = histogram(gray.data);
  const stretch = stretchTable(levels);
  if (stretch) {
    applyTable(gray.data, stretch);
    levels = mapHistogram(levels, stretch);
  }
  return { name, pixels, width: info.width, height: info.height, channels: info.channels, gray, threshold: inkThreshold(levels) };
}

const inputs: Input[] = [];
beforeAll(async () => {
  for (const name of PAGES) inputs.push(await input(name));
});

/** Pixels that differ between two images of one size. */
function differing(a: GrayImage, b: GrayImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) n++;
  return n;
}

describe('faster pixel steps: the same output as the earlier ones on real pages', () => {
  it('grey with red ink dropped: same grey, same red share', () => {
    for (const p of inputs) {
      const fast = grayWithoutRedInk(p.pixels, p.width, p.height, p.channels);
      const slow = before.grayWithoutRedInk(p.pixels, p.width, p.height, p.channels);
      expect(differing(fast.gray, slow.gray), p.name).toBe(0);
      expect(fast.redShare, p.name).toBe(slow.redShare);
    }
    // The seal pages do have red to drop: the comparison covers the red branch.
    expect(inputs.filter((p) => before.grayWithoutRedInk(p.pixels, p.width, p.height, p.channels).redShare > 0.001).length).toBeGreaterThanOrEqual(2);
  });

  it('text size, edge width, faint red ink and line bend: equal', () => {
    for (const p of inputs) {
      expect(measureTextSize(p.gray, p.threshold), p.name).toEqual(before.measureTextSize(p.gray, p.threshold));
      expect(edgeWidth(p.gray, p.threshold), p.name).toBe(before.edgeWidth(p.gray, p.threshold));
      const mask = faintRedInk(p.pixels, p.channels, p.gray, p.threshold);
      const slowMask = before.faintRedInk(p.pixels, p.channels, p.gray, p.threshold);
      expect(mask === null ? null : Buffer.from(mask).equals(Buffer.from(slowMask!)), p.name).toBe(slowMask === null ? null : true);
      const letterHeight = before.measureTextSize(p.gray, p.threshold).letterHeight;
      expect(letterHeight, p.name).not.toBeNull();
      const bend = measureBend(p.gray, p.threshold, letterHeight!);
      expect(bend, p.name).toEqual(before.measureBend(p.gray, p.threshold, letterHeight!));
    }
  });

  it.each([1, 1.25, 1.5])('unsharp mask, sigma %s, with and without pixels kept light: the same pixels', (sigma) => {
    for (const p of inputs.slice(0, 4)) {
      const keepLight = before.faintRedInk(p.pixels, p.channels, p.gray, p.threshold);
      for (const keep of [null, keepLight]) {
        const fast = unsharpMask(p.gray, { sigma, gain: 6, keepLight: keep });
        const slow = before.unsharpMask(p.gray, { sigma, gain: 6, keepLight: keep });
        expect(differing(fast, slow), p.name).toBe(0);
        // It sharpened: not a copy of the page.
        expect(differing(fast, p.gray), p.name).toBeGreaterThan(100);
      }
    }
  });

  it.each([1.07, 1.5, 2.31, 3.33, 3.75, 5])('enlarging by %s: the same pixels', (factor) => {
    for (const p of inputs.slice(0, 4)) {
      const width = Math.round(p.gray.width * factor);
      const height = Math.round(p.gray.height * factor);
      expect(differing(enlargeBilinear(p.gray, width, height), before.enlargeBilinear(p.gray, width, height)), p.name).toBe(0);
    }
  });

  it('whole prepared pages: the same PNG, rules and measures', async () => {
    for (const name of PAGES.slice(0, 5)) {
      const bytes = readFileSync(new URL(name, scans));
      const fast = await preparePage(bytes);
      const slow = await preparePage(bytes, { steps: before });
      expect(fast.png.equals(slow.png), name).toBe(true);
      expect(fast.redKeptPng?.equals(slow.redKeptPng!) ?? null, name).toBe(slow.redKeptPng ? true : null);
      // The print-only copy is made on demand: the same bytes when both pages offer one.
      expect(typeof fast.printOnlyPng, name).toBe(typeof slow.printOnlyPng);
      if (fast.printOnlyPng && slow.printOnlyPng) expect((await fast.printOnlyPng()).equals(await slow.printOnlyPng()), name).toBe(true);
      const measures = (p: typeof fast) => ({ ...p, png: null, redKeptPng: null, printOnlyPng: null, upscaleMs: 0, inkMs: 0, lightMs: 0, photoMs: 0 });
      expect(measures(fast), name).toEqual(measures(slow));
    }
  });
});

describe('faster pixel steps: odd shapes and layouts', () => {
  it.each([-3, 0, 1, 64, 126.5, 127, 128, 129, 180, 200, 254, 255, 300])('text size and edge width at threshold %s, pixels on and off 32-bit boundaries', (threshold) => {
    const p = inputs[0]!;
    // The real page, and the same pixels one byte past a word boundary (read byte by byte).
    const shifted = Buffer.alloc(p.gray.data.length + 1);
    p.gray.data.copy(shifted, 1);
    for (const data of [p.gray.data, shifted.subarray(1)]) {
      const g = { data, width: p.gray.width, height: p.gray.height };
      expect(measureTextSize(g, threshold)).toEqual(before.measureTextSize(g, threshold));
      expect(edgeWidth(g, threshold)).toBe(before.edgeWidth(g, threshold));
    }
    // A 300-dpi page, measured on its 2×2 subsample, whose width is a whole number of words.
    const big = inputs.find((i) => i.gray.width * i.gray.height > 3_000_000 && i.gray.width % 4 === 0);
    if (big) expect(measureTextSize(big.gray, threshold)).toEqual(before.measureTextSize(big.gray, threshold));
  });

  /** A noisy RGB(A) page with red, violet and black marks. */
  function colourPage(width: number, height: number, channels: number, offset = 0): Buffer {
    const bytes = Buffer.alloc(offset + width * height * channels);
    let seed = width * 31 + height;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < width * height; i++) {
      const j = offset + i * channels;
      const kind = next();
      const [r, g, b] = kind < 0.1 ? [220, 40, 50] : kind < 0.15 ? [120, 60, 170] : kind < 0.3 ? [20, 25, 30] : [250 - next() * 20, 245 - next() * 20, 240 - next() * 20];
      bytes[j] = r;
      if (channels > 1) bytes[j + 1] = g;
      if (channels > 2) bytes[j + 2] = b;
      if (channels > 3) bytes[j + 3] = 255;
    }
    return bytes.subarray(offset);
  }

  it.each([
    [1, 1, 3, 0],
    [5, 3, 3, 0],
    [7, 5, 3, 1], // pixels not on a 4-byte boundary: read byte by byte
    [33, 17, 4, 0],
    [16, 9, 2, 0],
    [16, 9, 1, 0],
  ])('grey of a %i×%i page with %i channels (offset %i)', (width, height, channels, offset) => {
    const data = colourPage(width, height, channels, offset);
    const fast = grayWithoutRedInk(data, width, height, channels);
    const slow = before.grayWithoutRedInk(data, width, height, channels);
    expect(differing(fast.gray, slow.gray)).toBe(0);
    expect(fast.redShare).toBe(slow.redShare);
    // Pages of more than a few pixels have red to drop (a tenth of them is red).
    if (channels >= 3 && width * height > 10) expect(fast.redShare).toBeGreaterThan(0);
    // The faint red left on paper's side of the threshold: the same mask.
    const mask = faintRedInk(data, channels, slow.gray, 128);
    const slowMask = before.faintRedInk(data, channels, slow.gray, 128);
    expect(mask === null ? null : [...mask]).toEqual(slowMask === null ? null : [...slowMask]);
    if (channels >= 3 && width * height > 10) expect(slowMask).not.toBeNull();
  });

  it.each([
    [1, 1],
    [2, 9],
    [9, 2],
    [3, 3],
    [40, 7],
  ])('a %i×%i page: every step as before', (width, height) => {
    const data = Buffer.from(Array.from({ length: width * height }, (_, i) => ((i * 7) % 5 < 2 ? 30 : 230)));
    const g = { data, width, height };
    expect(measureTextSize(g, 128)).toEqual(before.measureTextSize(g, 128));
    expect(edgeWidth(g, 128)).toBe(before.edgeWidth(g, 128));
    expect(differing(unsharpMask(g, { sigma: 1.5, gain: 6 }), before.unsharpMask(g, { sigma: 1.5, gain: 6 }))).toBe(0);
    expect(differing(enlargeBilinear(g, width * 3, height * 3), before.enlargeBilinear(g, width * 3, height * 3))).toBe(0);
  });
});
