// The word-at-a-time pair averages that smooth a 150-dpi scan drawn ×2 (pair-blur.ts) give what
// the blur is by definition, pixel by pixel: three rounds of a pixel averaged with its right-hand
// neighbour, then with the one below, rounded half up, the page's edges extended.
import { describe, expect, it } from 'vitest';
import { pairsAlong, tripleBoxBlurOfTwo } from '../../pipeline/ocr/pair-blur.js';
import type { GrayImage } from '../../pipeline/ocr/rules.js';
import { tripleBoxBlur } from '../bench/prep-reference/box-blur.js';

/** The blur written out plainly: every pixel, every round, indices clamped to the page. */
function reference(data: readonly number[], width: number, height: number): number[] {
  let img = [...data];
  const at = (x: number, y: number) => img[Math.min(height - 1, y) * width + Math.min(width - 1, x)]!;
  for (let round = 0; round < 3; round++) {
    img = img.map((_, i) => (at(i % width, Math.floor(i / width)) + at((i % width) + 1, Math.floor(i / width)) + 1) >> 1);
    img = img.map((_, i) => (at(i % width, Math.floor(i / width)) + at(i % width, Math.floor(i / width) + 1) + 1) >> 1);
  }
  return img;
}

/** Reproducible pixels from a seed (a linear congruential generator). */
function pixels(n: number, seed: number, pick: (r: number) => number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return pick(s >>> 8);
  });
}

const image = (data: readonly number[], width: number, height: number): GrayImage => ({ data: Buffer.from(data), width, height });

const cases: Array<[string, number, number, number[]]> = [
  ['one pixel', 1, 1, [77]],
  ['one row, odd sums (rounding up)', 5, 1, [0, 1, 0, 1, 254]],
  ['one column', 1, 6, [255, 0, 255, 0, 3, 200]],
  ['a dot on paper, width a whole word', 4, 4, [255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]],
  ['a dot in the last column (the edge extended)', 3, 3, [255, 255, 0, 255, 255, 255, 255, 255, 255]],
  ['all ink', 7, 3, Array(21).fill(0)],
  ['all paper', 8, 2, Array(16).fill(255)],
  ['a checkerboard', 6, 5, Array.from({ length: 30 }, (_, i) => ((i % 6) + Math.floor(i / 6)) % 2 ? 255 : 0)],
  ['a staircase of 2-pixel steps', 9, 4, Array.from({ length: 36 }, (_, i) => (Math.floor((i % 9) / 2) + Math.floor(i / 18)) % 2 ? 0 : 255)],
  ['high bytes set in every word (no borrow across bytes)', 8, 3, pixels(24, 7, (r) => 128 + (r % 128))],
  ['any grey, width one short of a word', 11, 7, pixels(77, 1, (r) => r % 256)],
  ['any grey, width a word and one', 5, 9, pixels(45, 2, (r) => r % 256)],
  ['two-level with grey, a wide row', 37, 3, pixels(111, 3, (r) => (r % 3 === 0 ? 0 : r % 3 === 1 ? 255 : r % 256))],
  // Rows of bare paper (filled, not worked out) above, between and below ink, as around lines of text.
  ['bare paper rows around ink', 6, 10, Array.from({ length: 60 }, (_, i) => ([0, 1, 4, 5, 6, 9].includes(Math.floor(i / 6)) ? 255 : (i * 37) % 256))],
  ['one ink pixel between paper rows, in the last column', 5, 7, Array.from({ length: 35 }, (_, i) => (i === 19 ? 0 : 255))],
  ['paper but for the last row', 9, 5, Array.from({ length: 45 }, (_, i) => (i >= 36 ? 40 : 255))],
];

describe('tripleBoxBlurOfTwo', () => {
  it.each(cases)('%s: as the blur written out plainly', (_name, width, height, data) => {
    const blurred = tripleBoxBlurOfTwo(image(data, width, height));
    expect([blurred.width, blurred.height, blurred.data.length]).toEqual([width, height, width * height]);
    expect([...blurred.data]).toEqual(reference(data, width, height));
  });

  it.each(cases)('%s: as the running sums it replaced, and the input left as it was', (_name, width, height, data) => {
    const input = image(data, width, height);
    const blurred = tripleBoxBlurOfTwo(input);
    expect([...blurred.data]).toEqual([...tripleBoxBlur(input, 2).data]);
    expect([...input.data]).toEqual(data);
    expect(blurred.data).not.toBe(input.data);
  });

  it.each([
    [0, 0],
    [0, 3],
    [3, 0],
  ])('an empty page (%i × %i) comes back empty', (width, height) => {
    const blurred = tripleBoxBlurOfTwo(image([], width, height));
    expect([blurred.width, blurred.height, blurred.data.length]).toEqual([width, height, 0]);
  });
});

describe('pairsAlong in either byte order', () => {
  // Eight pixels in memory order, read as two 32-bit words the way a machine of each order reads them:
  // whichever the order, the word's four bytes in memory must come out as each pixel averaged with the next.
  const rows: Array<[string, number[]]> = [
    ['a ramp', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['odd sums round up', [0, 255, 0, 255, 1, 0, 0, 0]],
    ['the next word meets the last pixel', [9, 9, 9, 200, 100, 0, 0, 0]],
  ];
  const readWord = (bytes: number[], littleEndian: boolean) =>
    (littleEndian ? bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24) : (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) | 0;
  const writeWord = (word: number, littleEndian: boolean) =>
    littleEndian ? [word & 255, (word >>> 8) & 255, (word >>> 16) & 255, word >>> 24] : [word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255];
  for (const littleEndian of [true, false]) {
    for (const [name, px] of rows) {
      it(`${littleEndian ? 'little' : 'big'}-endian: ${name}`, () => {
        const got = writeWord(pairsAlong(readWord(px.slice(0, 4), littleEndian), readWord(px.slice(4, 8), littleEndian), littleEndian), littleEndian);
        expect(got).toEqual([0, 1, 2, 3].map((i) => (px[i]! + px[i + 1]! + 1) >> 1));
      });
    }
  }
});
