// Bent text lines (a curled page photographed) are measured from the page's own ink and
// straightened; straight pages, skewed or not, are left to the deskew. Synthetic pages of
// letter-sized marks in lines, bent by a known surface.
import { describe, expect, it } from 'vitest';
import { measureBend, STRAIGHTER, straighten, type LineBend } from '../../pipeline/ocr/dewarp.js';
import { greyPhoto } from '../../pipeline/ocr/preprocess.js';
import { fitSurface } from '../../pipeline/ocr/surface-fit.js';
import type { GrayImage } from '../../pipeline/ocr/rules.js';

const WIDTH = 900;
const HEIGHT = 1200;
const LETTER = 10;
const LINE_PITCH = 22;
const THRESHOLD = 128;

/** Deterministic pseudo-random numbers (a page's word lengths must not change between runs). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A page of text lines: words of 2–9 letter-sized marks with gaps, lines ending at random places
 * (paragraph ends), turned by `degrees` and bent by `bend(x, y)` pixels down.
 */
function textPage(degrees: number, bend: (x: number, y: number) => number, seed = 7): GrayImage {
  const next = random(seed);
  const lines: { top: number; marks: [number, number][] }[] = [];
  for (let top = 60; top + LETTER < HEIGHT - 60; top += LINE_PITCH) {
    const end = next() < 0.2 ? 200 + next() * 500 : WIDTH - 60;
    const marks: [number, number][] = [];
    for (let x = 60 + (next() < 0.15 ? 40 : 0); x < end; ) {
      const letters = 2 + Math.floor(next() * 8);
      for (let i = 0; i < letters && x < end; i++, x += 8) marks.push([x, x + 6]);
      x += 10;
    }
    lines.push({ top, marks });
  }
  const data = Buffer.alloc(WIDTH * HEIGHT, 255);
  const t = Math.tan((degrees * Math.PI) / 180);
  for (const { top, marks } of lines) {
    for (const [x0, x1] of marks) {
      for (let x = x0; x < x1; x++) {
        const y0 = top + (x - WIDTH / 2) * t + bend(x, top);
        for (let y = Math.round(y0); y < Math.round(y0) + LETTER; y++) if (y >= 0 && y < HEIGHT) data[y * WIDTH + x] = 30;
      }
    }
  }
  return { data, width: WIDTH, height: HEIGHT };
}

const straightLines = () => 0;
/** A curl: lines sag toward the page's middle, more at the top (a sheet lifting off a binder). */
const curl = (amplitude: number) => (x: number, y: number) => {
  const u = (x - WIDTH / 2) / (WIDTH / 2);
  return amplitude * (u * u - 0.3) * (1.2 - y / HEIGHT);
};

/** How sharply the page's ink falls into rows: Σ count² / (Σ count)² of the row profile, higher when the ink fills fewer rows. */
function rowSharpness(g: GrayImage): number {
  const rows = new Float64Array(g.height);
  let total = 0;
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      if (g.data[y * g.width + x]! <= THRESHOLD) {
        rows[y]!++;
        total++;
      }
    }
  }
  let sum = 0;
  for (const r of rows) sum += r * r;
  return sum / (total * total);
}

describe('measureBend / straighten: curled lines found and straightened, straight pages left alone', () => {
  it.each<[string, number, (x: number, y: number) => number, boolean]>([
    ['straight, level', 0, straightLines, false],
    ['straight, turned 1.5°', 1.5, straightLines, false],
    ['straight, turned −2.5°', -2.5, straightLines, false],
    ['curled by 1.5 letter heights', 0, curl(15), true],
    ['curled by 3 letter heights', 0, curl(30), true],
    ['curled by 2 letter heights and turned 1°', 1, curl(20), true],
  ])('%s: straightened %s', (_name, degrees, bend, curved) => {
    const page = textPage(degrees, bend);
    const measured = measureBend(page, THRESHOLD, LETTER);
    expect(measured).not.toBeNull();
    expect(measured!.gain >= STRAIGHTER).toBe(curved);
    if (!curved) return;
    // Straightened, the page's rows are as sharp as the same page printed straight, and far sharper than bent.
    const straightened = straighten(page, measured!).page;
    const flat = rowSharpness(textPage(0, straightLines));
    expect(rowSharpness(straightened)).toBeGreaterThan(rowSharpness(page) * 1.2);
    expect(rowSharpness(straightened)).toBeGreaterThan(flat * 0.9);
    // And measured again, nothing is left to straighten.
    expect(measureBend(straightened, THRESHOLD, LETTER)!.gain).toBeLessThan(STRAIGHTER);
  });

  it.each<[string, GrayImage]>([
    ['a blank page', { data: Buffer.alloc(WIDTH * HEIGHT, 255), width: WIDTH, height: HEIGHT }],
    ['a page shorter than a few lines', { data: Buffer.alloc(WIDTH * 40, 0), width: WIDTH, height: 40 }],
    ['a page a few pixels wide', { data: Buffer.alloc(8 * HEIGHT, 0), width: 8, height: HEIGHT }],
  ])('%s: nothing measured, nothing thrown', (_name, page) => {
    expect(measureBend(page, THRESHOLD, LETTER)).toBeNull();
  });

  it('moves masks with the page: a mask pixel follows the ink it marked', () => {
    const page = textPage(0, curl(30));
    const measured = measureBend(page, THRESHOLD, LETTER)!;
    const mask = Uint8Array.from(page.data, (v) => (v <= THRESHOLD ? 1 : 0));
    const moved = straighten(page, measured, [mask, null]);
    expect(moved.masks[1]).toBeNull();
    let agree = 0;
    let ink = 0;
    for (let i = 0; i < moved.page.data.length; i++) {
      if (moved.page.data[i]! > 60) continue;
      ink++;
      if (moved.masks[0]![i] === 1) agree++;
    }
    expect(agree / ink).toBeGreaterThan(0.97);
  });

  it('keeps the offsets it straightens by within the page: paper comes in past the edges', () => {
    const bend: LineBend = { centres: Float64Array.from([100, 800]), offsets: [new Float32Array(HEIGHT).fill(-50), new Float32Array(HEIGHT).fill(-50)], gain: 2 };
    const page = textPage(0, straightLines);
    const moved = straighten(page, bend).page;
    // The top 50 rows come from above the page: paper.
    expect(moved.data.subarray(0, 50 * WIDTH).every((v) => v === 255)).toBe(true);
  });
});

describe('fitSurface', () => {
  it.each<[string, (x: number, y: number) => number]>([
    ['a plane', (x, y) => 3 + 0.01 * x - 0.02 * y],
    ['a curl (quadratic across, linear down)', (x, y) => 0.00004 * (x - 450) ** 2 * (1 - y / 1200)],
    ['a cubic down the page', (_x, y) => 1e-8 * (y - 600) ** 3],
  ])('recovers %s from samples', (_name, z) => {
    const samples = [];
    for (let x = 25; x < 900; x += 50) for (let y = 20; y < 1200; y += 40) samples.push({ x, y, z: z(x, y) });
    const surface = fitSurface(samples, 900, 1200, 2, 3)!;
    for (const [x, y] of [[100, 100], [450, 600], [850, 1150]] as const) expect(surface(x, y)).toBeCloseTo(z(x, y), 3);
  });

  it('refuses samples that do not determine it', () => {
    expect(fitSurface([{ x: 1, y: 1, z: 1 }], 10, 10, 2, 3)).toBeNull();
    // Every sample on one column: nothing tells how the surface goes across.
    const column = Array.from({ length: 50 }, (_, i) => ({ x: 5, y: i, z: i }));
    expect(fitSurface(column, 10, 50, 2, 3)).toBeNull();
  });
});

describe('greyPhoto: which pages go to the engine in grey', () => {
  it.each<[string, number, boolean, number, boolean]>([
    ['a phone photo in a shadow, soft letters', 0.15, true, 1, true],
    ['a photo in uneven light, sharp letters', 0.19, true, 0, false],
    ['an evenly lit soft photo', 0.004, false, 1, false],
    ['evened out only because --illumination always', 0.02, true, 1, false],
    ['uneven light left in (--illumination never)', 0, false, 1.5, false],
    ['a sharp 300-dpi scan', 0, false, 0, false],
  ])('%s → %s', (_name, unevenness, flattened, sigma, grey) => {
    expect(greyPhoto({ unevenness, flattened }, sigma)).toBe(grey);
  });
});
