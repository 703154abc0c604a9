// The grey-level histogram, read four bytes at a time with words of white paper counted at once,
// counts what one pass byte by byte counts: whatever the image's length and its place in memory.
import { describe, expect, it } from 'vitest';
import { histogram } from '../../pipeline/ocr/levels.js';
import { seededRandom } from '../helpers/random.js';

/** Byte by byte into one table: what the histogram must count. */
function countOneByOne(data: Uint8Array): number[] {
  const counts = new Array<number>(256).fill(0);
  for (const v of data) counts[v]!++;
  return counts;
}

/** A page-like run of bytes: mostly white paper, some ink and grey edges, from a seed. */
function pageBytes(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const r = random();
    bytes[i] = r < 0.8 ? 255 : r < 0.9 ? 0 : Math.floor(random() * 256);
  }
  return bytes;
}

describe('histogram', () => {
  it.each([
    ['empty', new Uint8Array(0)],
    ['one byte', Uint8Array.of(7)],
    ['three bytes (no whole word)', Uint8Array.of(255, 255, 255)],
    ['all white paper', new Uint8Array(4096).fill(255)],
    ['all black', new Uint8Array(1001).fill(0)],
    ['a page of paper and ink, length not a multiple of four', pageBytes(10_007, 1)],
  ])('counts as one pass byte by byte: %s', (_name, data) => {
    expect([...histogram(data)]).toEqual(countOneByOne(data));
  });

  it.each([1, 2, 3, 5])('counts the same in a view starting %i bytes into its buffer (not on a word boundary)', (offset) => {
    const whole = pageBytes(5_003 + offset, offset);
    const view = whole.subarray(offset, offset + 4_999);
    expect([...histogram(view)]).toEqual(countOneByOne(view));
    // Nothing outside the view is counted.
    expect(histogram(view).reduce((a, b) => a + b, 0)).toBe(4_999);
  });
});
