// The word-at-a-time paths of the page preparation (issue #12) give what the byte-by-byte steps
// gave: grey pixels stored as RGB (a grey scan or a page rendered from a PDF, white paper, a
// two-level page's ink) made grey four at a time, and paper passed over a word at a time when the
// coarse grid is measured; the unsharp mask's row blur in one loop per kernel width, its
// divisions as products. Pages built so that groups of four pixels mix every kind, with pixels
// on and off 32-bit boundaries; the earlier implementations are in test/bench/prep-reference.
import { describe, expect, it } from 'vitest';
import { faintRedInk, grayWithoutRedInk } from '../../pipeline/ocr/ink.js';
import { measurePixelGrid } from '../../pipeline/ocr/pixel-grid.js';
import { unsharpMask } from '../../pipeline/ocr/unsharp.js';
import { REFERENCE_STEPS as before } from '../bench/prep-reference/index.js';

/** A seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

type Kind = 'white' | 'grey' | 'flat' | 'near-grey' | 'red' | 'black' | 'colour';

/** `channels`-byte pixels of the given kinds, in stretches of 1–9 pixels each, `offset` bytes past a word boundary. */
function page(kinds: readonly Kind[], width: number, height: number, channels: number, offset: number, seed: number): Uint8Array {
  const next = random(seed);
  const bytes = new Uint8Array(offset + width * height * channels);
  let kind: Kind = kinds[0]!;
  let left = 0;
  let flat = 0;
  for (let i = 0; i < width * height; i++) {
    if (left-- <= 0) {
      kind = kinds[Math.floor(next() * kinds.length)]!;
      left = Math.floor(next() * 9);
      flat = Math.floor(next() * 256);
    }
    const v = Math.floor(next() * 256);
    const rgb =
      kind === 'white' ? [255, 255, 255]
      : kind === 'grey' ? [v, v, v]
      : kind === 'flat' ? [flat, flat, flat]
      : kind === 'near-grey' ? (next() < 0.5 ? [v, v, v ^ 1] : [v ^ 1, v, v])
      : kind === 'red' ? [210, 40, 50]
      : kind === 'black' ? [0, 0, 0]
      : [v, Math.floor(next() * 256), Math.floor(next() * 256)];
    const j = offset + i * channels;
    for (let c = 0; c < channels; c++) bytes[j + c] = c < 3 ? rgb[c]! : 255;
  }
  return bytes.subarray(offset);
}

describe('grey and faint red of RGB(A) pages a word at a time: as byte by byte', () => {
  const mixes: Kind[][] = [
    ['white', 'red'],
    ['grey', 'near-grey', 'red'],
    ['white'],
    ['black'],
    ['flat'],
    ['grey'],
    ['white', 'black'],
    ['white', 'grey', 'flat'],
    ['grey', 'near-grey'],
    ['white', 'red', 'black', 'grey'],
    ['white', 'grey', 'flat', 'near-grey', 'red', 'black', 'colour'],
  ];
  it.each(mixes.flatMap((mix) => [[1, 1, 0], [5, 3, 0], [7, 5, 1], [16, 9, 0], [33, 17, 0], [64, 8, 1]].map(([w, h, o]) => [mix.join('+'), w!, h!, o!] as const)))(
    '%s, %i×%i, offset %i',
    (mix, width, height, offset) => {
      for (const channels of [3, 4]) {
        const data = page(mix.split('+') as Kind[], width, height, channels, offset, width * 7 + height);
        const fast = grayWithoutRedInk(data, width, height, channels);
        const slow = before.grayWithoutRedInk(data, width, height, channels);
        expect(Buffer.from(fast.gray.data).equals(Buffer.from(slow.gray.data))).toBe(true);
        expect(fast.redShare).toBe(slow.redShare);
        // The faint red left on paper's side of the threshold: grey pixels passed over, the same mask.
        for (const threshold of [60, 128, 200]) {
          const mask = faintRedInk(data, channels, slow.gray, threshold);
          const slowMask = before.faintRedInk(data, channels, slow.gray, threshold);
          expect(mask === null ? null : [...mask]).toEqual(slowMask === null ? null : [...slowMask]);
        }
      }
    },
  );

  it('a grey page saved in RGB comes out as its own grey, with no red', () => {
    const data = page(['white', 'grey', 'flat', 'black'], 40, 10, 3, 0, 5);
    const out = grayWithoutRedInk(data, 40, 10, 3);
    expect([...out.gray.data]).toEqual(Array.from({ length: 400 }, (_, i) => data[3 * i]));
    expect(out.redShare).toBe(0);
  });
});

/** A two-level page of letter-like strokes at `coarse` pixels, each pixel repeated `factor` times each way, in grey levels `ink` and `paper`. */
function coarsePage(width: number, height: number, factor: number, ink: number, paper: number, seed: number): Buffer {
  const next = random(seed);
  const small = new Uint8Array(width * height).fill(paper);
  for (let y = 0; y < height; y++) {
    // Lines of text: every fourth row is paper between the lines.
    if (y % 4 === 3) continue;
    for (let x = 0; x < width; x++) if (next() < 0.35) small[y * width + x] = ink;
  }
  const out = Buffer.alloc(width * factor * height * factor);
  for (let y = 0; y < height * factor; y++) {
    for (let x = 0; x < width * factor; x++) out[y * width * factor + x] = small[Math.floor(y / factor) * width + Math.floor(x / factor)]!;
  }
  return out;
}

describe('coarse grid measured with paper passed over a word at a time: as pixel by pixel', () => {
  it.each([
    // [coarse width, height, factor, ink, paper]
    [201, 120, 3, 0, 255],
    [200, 120, 3, 0, 255],
    [301, 90, 2, 30, 230],
    [150, 90, 4, 0, 255],
    [601, 60, 1, 0, 255],
  ])('a %i×%i page drawn ×%i (ink %i, paper %i), at thresholds on both sides of its levels, on and off word boundaries', (width, height, factor, ink, paper) => {
    const pixels = coarsePage(width, height, factor, ink, paper, width + height);
    for (const offset of [0, 1, 2]) {
      const shifted = Buffer.alloc(pixels.length + offset);
      shifted.set(pixels, offset);
      const g = { data: shifted.subarray(offset), width: width * factor, height: height * factor };
      for (const threshold of [-1, 0, 29, 30, 100, 127, 128, 129, 200, 229, 230, 254, 255]) {
        expect(measurePixelGrid(g, threshold), `offset ${offset}, threshold ${threshold}`).toEqual(before.measurePixelGrid(g, threshold));
      }
    }
    // The drawn pages are found as drawn (the comparison covers pages with a grid and without).
    const g = { data: pixels, width: width * factor, height: height * factor };
    expect(measurePixelGrid(g, 128).step).toBe(factor);
  });
});

describe('unsharp mask, rows blurred one loop per kernel width: as before', () => {
  it.each([0.8, 1, 1.25, 1.5])('sigma %s, pages 1 to 12 pixels wide and one of 61, ink and paper at the extremes', (sigma) => {
    for (const width of [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 61]) {
      const height = 9;
      const next = random(width * 13 + sigma * 100);
      const data = Buffer.from(Array.from({ length: width * height }, () => (next() < 0.3 ? 0 : next() < 0.3 ? Math.floor(next() * 256) : 255)));
      const g = { data, width, height };
      const keepLight = Uint8Array.from({ length: width * height }, (_, i) => i % 3);
      for (const keep of [null, keepLight]) {
        const fast = unsharpMask(g, { sigma, gain: 6, keepLight: keep });
        const slow = before.unsharpMask(g, { sigma, gain: 6, keepLight: keep });
        expect([...fast.data], `width ${width}`).toEqual([...slow.data]);
      }
    }
  });
});
