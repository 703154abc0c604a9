import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { evenOutLight, paperGrid, UNEVEN_LIGHT, unevenness } from '../../pipeline/ocr/illumination.js';
import { histogram, inkThreshold } from '../../pipeline/ocr/levels.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';

const WIDTH = 600;
const HEIGHT = 800;
const PAPER = 235;
const INK = 90;

/** Grey (a photo's ink) letter-sized bars (6×10 px) in lines across the page, as a page of text is laid out. */
function isLetter(x: number, y: number): boolean {
  const inLine = y >= 40 && y < HEIGHT - 40 && y % 24 < 10;
  const inLetter = x >= 30 && x < WIDTH - 30 && x % 9 < 6;
  return inLine && inLetter;
}

type Light = (x: number, y: number) => number;
const even: Light = () => 1;
/** Light falling off from the top left corner to under a third at the bottom right (a lamp on one side). */
const gradient: Light = (x, y) => 1 - 0.7 * ((x / WIDTH + y / HEIGHT) / 2);
/** A shadow (a hand, the phone) over the right part of the page, with a soft edge. */
const shadow: Light = (x) => 1 - 0.5 / (1 + Math.exp(-(x - WIDTH * 0.55) / 15));

function page(light: Light, paper = PAPER, extra?: (x: number, y: number) => boolean) {
  const data = Buffer.alloc(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const ink = isLetter(x, y) || (extra?.(x, y) ?? false);
      data[y * WIDTH + x] = Math.round((ink ? INK : paper) * light(x, y));
    }
  }
  return { data, width: WIDTH, height: HEIGHT };
}

/** Share of letter pixels read as ink and of paper pixels read as paper, at the page's global (Otsu) threshold. */
function binarised(g: { data: Buffer; width: number; height: number }) {
  const threshold = inkThreshold(histogram(g.data));
  let letters = 0;
  let lettersInk = 0;
  let paper = 0;
  let paperWhite = 0;
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      const ink = g.data[y * g.width + x]! <= threshold;
      if (isLetter(x, y)) {
        letters++;
        if (ink) lettersInk++;
      } else {
        paper++;
        if (!ink) paperWhite++;
      }
    }
  }
  return { letters: lettersInk / letters, paper: paperWhite / paper };
}

describe('evenOutLight: uneven light taken out before a global threshold', () => {
  it.each([
    ['light falling off across the page', gradient],
    ['a shadow over part of the page', shadow],
  ])('%s: flattened, and the threshold then keeps every letter and the paper', (_name, light) => {
    const shaded = page(light);
    // Without it the global threshold loses letters or blackens shadowed paper (what the test guards).
    const plain = binarised(page(light));
    expect(Math.min(plain.letters, plain.paper)).toBeLessThan(0.95);
    const result = evenOutLight(shaded);
    expect(result.flattened).toBe(true);
    expect(result.unevenness).toBeGreaterThanOrEqual(UNEVEN_LIGHT);
    const after = binarised(shaded);
    expect(after.letters).toBeGreaterThan(0.99);
    expect(after.paper).toBeGreaterThan(0.99);
  });

  it.each([
    ['an evenly lit white page', page(even, 250)],
    ['an evenly yellowed page', page(even, 215)],
    ['a page with a dark block (a logo, a picture)', page(even, PAPER, (x, y) => x >= 40 && x < 160 && y >= 60 && y < 180)],
    ['a page of paper alone', { data: Buffer.alloc(WIDTH * HEIGHT, 240), width: WIDTH, height: HEIGHT }],
  ])('%s: not sent down the flattening path, its pixels untouched', (_name, g) => {
    const before = Buffer.from(g.data);
    const result = evenOutLight(g);
    expect(result.flattened).toBe(false);
    expect(result.unevenness).toBeLessThan(UNEVEN_LIGHT);
    expect(g.data.equals(before)).toBe(true);
  });

  it('never and always override the measure', () => {
    const shaded = page(gradient);
    const before = Buffer.from(shaded.data);
    expect(evenOutLight(shaded, 'never').flattened).toBe(false);
    expect(shaded.data.equals(before)).toBe(true);
    const flat = page(even);
    expect(evenOutLight(flat, 'always').flattened).toBe(true);
  });

  it('unevenness grows with the fall of the light', () => {
    const measures = [0, 0.3, 0.6].map((fall) => unevenness(paperGrid(page((x, y) => 1 - fall * ((x / WIDTH + y / HEIGHT) / 2)))));
    expect(measures[0]).toBeLessThan(measures[1]!);
    expect(measures[1]).toBeLessThan(measures[2]!);
  });

  it.each([
    ['a tiny image', 1, 1],
    ['a one-row image', 50, 1],
    ['a one-column image', 1, 50],
  ])('%s does not throw', (_name, width, height) => {
    expect(() => evenOutLight({ data: Buffer.alloc(width * height, 128), width, height })).not.toThrow();
  });
});

describe('preparePage: only unevenly lit pages are evened out', () => {
  const png = (g: { data: Buffer; width: number; height: number }) => sharp(g.data, { raw: { width: g.width, height: g.height, channels: 1 } }).png().toBuffer();
  it.each([
    ['a shadowed page', page(shadow), true],
    ['an evenly lit page', page(even), false],
  ])('%s', async (_name, g, evened) => {
    const prepared = await preparePage(await png(g));
    expect(prepared.lightEvened).toBe(evened);
  });
});
