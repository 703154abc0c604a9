import { describe, expect, it } from 'vitest';
import { grayWithoutRedInk } from '../../pipeline/ocr/ink.js';

/** One pixel of the given colour through the conversion. */
const grey = (rgb: [number, number, number]) => grayWithoutRedInk(Uint8Array.from(rgb), 1, 1, 3);

describe('grayWithoutRedInk: red seals dropped, print and handwriting kept', () => {
  it.each([
    ['black print', [20, 20, 20], 'dark'],
    ['blue handwriting', [40, 60, 170], 'dark'],
    ['violet handwriting', [110, 50, 150], 'dark'],
    ['a red seal', [210, 40, 50], 'light'],
    ['a pink stamp', [230, 110, 130], 'light'],
    ['white paper', [250, 250, 245], 'light'],
  ] as Array<[string, [number, number, number], 'dark' | 'light']>)('%s stays %s', (_name, rgb, expected) => {
    const value = grey(rgb).gray.data[0]!;
    if (expected === 'dark') expect(value).toBeLessThan(128);
    else expect(value).toBeGreaterThan(180);
  });

  it('black print over a red seal stays dark', () => {
    expect(grey([30, 10, 10]).gray.data[0]).toBeLessThan(60);
  });

  it('counts the share of red-ink pixels, and none on a grey page', () => {
    const pixels = Uint8Array.from([210, 40, 50, 20, 20, 20, 250, 250, 250, 200, 30, 30]);
    expect(grayWithoutRedInk(pixels, 2, 2, 3).redShare).toBe(0.5);
    const greyPage = Uint8Array.from([20, 200, 255, 0]);
    const out = grayWithoutRedInk(greyPage, 2, 2, 1);
    expect(out.redShare).toBe(0);
    expect([...out.gray.data]).toEqual([20, 200, 255, 0]);
  });

  it('reads RGBA pixels by their first three channels', () => {
    const out = grayWithoutRedInk(Uint8Array.from([210, 40, 50, 255, 20, 20, 20, 255]), 2, 1, 4);
    expect(out.gray.data[0]).toBeGreaterThan(180);
    expect(out.gray.data[1]).toBeLessThan(60);
  });
});
