import { describe, expect, it } from 'vitest';
import { faintRedInk, grayWithoutRedInk } from '../../pipeline/ocr/ink.js';

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

describe('faintRedInk: red ink the drop lifted to paper, which sharpening must not darken back', () => {
  /** A 9×1 row of one colour at the centre pixel and white elsewhere; grey as given. */
  const row = (rgb: [number, number, number], grey: number) => {
    const data = new Uint8Array(9 * 3).fill(255);
    data.set(rgb, 4 * 3);
    const gray = { data: Buffer.alloc(9, 250), width: 9, height: 1 };
    gray.data[4] = grey;
    return faintRedInk(data, 3, gray, 128) ?? new Uint8Array(9);
  };

  it.each([
    ['a faint red seal stroke', [230, 190, 195], 200, 1],
    ['a pink stamp', [230, 110, 130], 200, 1],
    ['red over print, already ink-dark', [150, 40, 40], 90, 0],
    ['black print', [30, 30, 30], 30, 0],
    ['warm paper under lamplight', [245, 228, 200], 240, 0],
    ['orange-brown print', [200, 150, 90], 160, 0],
    ['grey JPEG noise', [205, 200, 201], 203, 0],
  ] as Array<[string, [number, number, number], number, 0 | 1]>)('%s: %s', (_name, rgb, grey, marked) => {
    expect(row(rgb, grey)[4]).toBe(marked);
  });

  it('reaches two pixels around the red found, on paper\'s side only', () => {
    const mask = row([230, 150, 160], 200);
    expect([...mask]).toEqual([0, 0, 1, 1, 1, 1, 1, 0, 0]);
    const data = new Uint8Array(9 * 3).fill(255);
    data.set([230, 150, 160], 4 * 3);
    const gray = { data: Buffer.from([250, 250, 250, 60, 200, 250, 250, 250, 250]), width: 9, height: 1 };
    expect([...faintRedInk(data, 3, gray, 128)!]).toEqual([0, 0, 1, 0, 1, 1, 1, 0, 0]);
  });

  it('a grey page, or a colour page without red, gives no mask', () => {
    expect(faintRedInk(new Uint8Array(4), 1, { data: Buffer.alloc(4), width: 2, height: 2 }, 128)).toBeNull();
    const colour = Uint8Array.from([20, 20, 20, 250, 245, 230, 40, 60, 170, 255, 255, 255]);
    expect(faintRedInk(colour, 3, { data: Buffer.from([20, 246, 60, 255]), width: 2, height: 2 }, 128)).toBeNull();
  });
});
