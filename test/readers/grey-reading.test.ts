// The page handed to the engine: grey with white paper for a scan (the recogniser keeps thin
// strokes and marks a global threshold breaks), two-level for a page whose light was evened out.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeGrayPng } from '../../pipeline/ocr/binary-png.js';
import { paperLevel, preparePage } from '../../pipeline/ocr/preprocess.js';

const WIDTH = 600;
const HEIGHT = 800;

/** Letter-sized dark bars (10×30 px, a 300-dpi scan's letters) in lines, with a one-pixel grey edge on each side (a scan's soft edge). */
function scan(light: (x: number, y: number) => number, paper = 236, ink = 40, edge = 140): Buffer {
  const data = Buffer.alloc(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    const inLine = y >= 40 && y < HEIGHT - 40 && y % 60 < 30;
    for (let x = 0; x < WIDTH; x++) {
      const m = x % 20;
      const inArea = inLine && x >= 30 && x < WIDTH - 30;
      const v = inArea && m >= 1 && m <= 10 ? ink : inArea && (m === 0 || m === 11) ? edge : paper;
      data[y * WIDTH + x] = Math.round(v * light(x, y));
    }
  }
  return data;
}

async function decoded(png: Buffer) {
  return (await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true })).data;
}

const asPng = (data: Buffer) => sharp(data, { raw: { width: WIDTH, height: HEIGHT, channels: 1 } }).png().toBuffer();

describe('encodeGrayPng: grey page with the paper made white', () => {
  it.each([
    ['a few levels', [0, 30, 99, 100, 101, 200, 255], 100],
    ['paper at 180', [10, 179, 180, 181, 240], 180],
  ])('%s: a valid 8-bit PNG, ink kept as it was, paper white', async (_name, values, paper) => {
    const width = 37; // not a multiple of anything the filter or deflate would hide
    const height = 5;
    const data = new Uint8Array(width * height);
    for (let i = 0; i < data.length; i++) data[i] = values[(i * 7 + Math.floor(i / width)) % values.length]!;
    const png = encodeGrayPng(data, width, height, paper);
    const { data: back, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width, height });
    expect((await sharp(png).metadata()).depth).toBe('uchar');
    for (let i = 0; i < data.length; i++) expect(back[i]).toBe(data[i]! >= paper ? 255 : data[i]);
  });
});

describe('preparePage: grey for a scan, two-level for a page whose light was evened out', () => {
  it.each([
    ['an evenly lit scan', () => 1, true],
    ['a yellowed scan', () => 0.92, true],
    ['a photo with light falling off across it', (x: number, y: number) => 1 - 0.7 * ((x / WIDTH + y / HEIGHT) / 2), false],
  ])('%s', async (_name, light, grey) => {
    const prepared = await preparePage(await asPng(scan(light)));
    expect(prepared.grey).toBe(grey);
    // Neither enlarged nor sharpened: what is tested is the hand-over alone.
    expect(prepared.upscale).toBe(1);
    expect(prepared.sharpened).toBe(0);
    const data = await decoded(prepared.png);
    const levels = new Set(data);
    if (!grey) {
      expect([...levels].every((v) => v === 0 || v === 255)).toBe(true);
      return;
    }
    // The soft edges keep a grey between ink and paper; the paper (and its grain) is pure white.
    expect([...levels].some((v) => v > 20 && v < 235)).toBe(true);
    let white = 0;
    for (const v of data) if (v === 255) white++;
    expect(white / data.length).toBeGreaterThan(0.5);
    expect(levels.has(254)).toBe(false);
  });

  it('paper grain lighter than half way from the ink threshold to white is cleaned away', async () => {
    // Paper with grain between 200 and 250: none of it survives as grey.
    const base = scan(() => 1, 225);
    for (let i = 0; i < base.length; i++) if (base[i] === 225) base[i] = 200 + ((i * 2654435761) >>> 0) % 51;
    const prepared = await preparePage(await asPng(base));
    expect(prepared).toMatchObject({ grey: true, upscale: 1, sharpened: 0 });
    const data = await decoded(prepared.png);
    let greyPaper = 0;
    for (let y = 0; y < 40; y++) for (let x = 0; x < WIDTH; x++) if (data[y * prepared.width + x] !== 255) greyPaper++;
    expect(greyPaper).toBe(0);
  });

  it.each([
    [0, 128],
    [128, 192],
    [200, 228],
  ])('paperLevel(%d) = %d', (threshold, paper) => {
    expect(paperLevel(threshold)).toBe(paper);
  });
});
