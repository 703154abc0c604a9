import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { PreparedPage } from '../../../pipeline/ocr/preprocess.js';
import type { OcrEngine, OcrPage, OcrWord, Rule } from '../../../pipeline/ocr/types.js';
import { readRightWayUp, turnedReadsBetter, turnedRule, unturnedWord, worthTurning } from '../../../pipeline/ocr/upside-down.js';

const word = (text: string, confidence: number, x0 = 0, y0 = 0, x1 = 10, y1 = 10): OcrWord => ({ text, confidence, line: '1.1.1', x0, y0, x1, y1 });
/** A reading of `n` five-letter words all at `confidence`. */
const reading = (n: number, confidence: number): OcrPage => ({ width: 100, height: 50, words: Array.from({ length: n }, (_, i) => word(`từ${i}ab`.slice(0, 5), confidence)) });

describe('worthTurning: only a poorly read page of text is tried the other way up', () => {
  it.each([
    ['an upside-down page (conf 41, 500 words)', reading(500, 41), true],
    ['an upright page (conf 93)', reading(500, 93), false],
    ['a poor upright page just above the doubt line (conf 61)', reading(300, 61), false],
    ['a few stamp words at low confidence', reading(8, 30), false],
    ['no words', reading(0, 0), false],
  ])('%s', (_, read, expected) => {
    expect(worthTurning(read)).toBe(expected);
  });
});

describe('turnedReadsBetter: the turned reading is kept only when far more confident', () => {
  it.each([
    ['upside down, read upright at 94', 41, 94, true],
    ['a faint upright page reading worse turned', 50, 22, false],
    ['a small gain is not enough', 50, 70, false],
    ['exactly the required gain', 45, 70, true],
  ])('%s', (_, before, after, expected) => {
    expect(turnedReadsBetter(reading(100, before), reading(100, after))).toBe(expected);
  });
});

describe('turning boxes and ruling lines half a turn', () => {
  it.each<[string, Rule, Rule]>([
    ['a horizontal rule near the top goes near the bottom, its ends swapped', { kind: 'h', at: 10, a: 20, b: 60 }, { kind: 'h', at: 40, a: 40, b: 80 }],
    ['a vertical rule near the left goes near the right', { kind: 'v', at: 5, a: 0, b: 30 }, { kind: 'v', at: 95, a: 20, b: 50 }],
  ])('%s', (_, rule, expected) => {
    expect(turnedRule(rule, 100, 50)).toEqual(expected);
    expect(turnedRule(turnedRule(rule, 100, 50), 100, 50)).toEqual(rule);
  });

  it('a word box of the turned page is put back where it stands on the page as given', () => {
    expect(unturnedWord(word('Số', 90, 10, 5, 30, 15), 100, 50)).toMatchObject({ text: 'Số', x0: 70, y0: 35, x1: 90, y1: 45 });
  });
});

/** A white 40×30 page with one black block at the left of its middle rows (where an upright page's lines start). */
async function pageWithMarkAt(side: 'left' | 'right'): Promise<PreparedPage> {
  const pixels = Buffer.alloc(40 * 30, 255);
  for (let y = 13; y < 17; y++) for (let x = 0; x < 6; x++) pixels[y * 40 + (side === 'left' ? x : 39 - x)] = 0;
  const png = await sharp(pixels, { raw: { width: 40, height: 30, channels: 1 } }).png().toBuffer();
  return { png, width: 40, height: 30, grey: false, rules: [{ kind: 'h', at: 2, a: 0, b: 10 }] } as unknown as PreparedPage;
}

/** Words of a reading spread over the rows of a page `height` tall, all at `confidence`. */
const spread = (n: number, confidence: number, height: number): OcrPage => ({
  width: 40,
  height,
  words: Array.from({ length: n }, (_, i) => word(`chữ${i}`, confidence, 0, (i * height) / n, 5, (i * height) / n + 1)),
});

/** An engine that reads an image well only when its ink stands on the left: the page (or its band) the right way up. */
function orientedEngine(good: number, bad: number): OcrEngine & { calls: number; heights: number[] } {
  return {
    name: 'native',
    calls: 0,
    heights: [],
    async recognize(image: Buffer) {
      this.calls++;
      const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
      this.heights.push(info.height);
      let left = 0;
      let right = 0;
      for (let k = 0; k < data.length; k++) if (data[k]! < 128) (k % info.width < info.width / 2 ? left++ : right++);
      return spread(60, left > right ? good : bad, info.height);
    },
    async close() {},
  };
}

describe('readRightWayUp', () => {
  it('reads an upside-down page turned, and turns its ruling lines with it', async () => {
    const engine = orientedEngine(94, 41);
    const page = await pageWithMarkAt('right');
    const first = await engine.recognize(page.png);
    const r = await readRightWayUp(engine, page, first, 'standard');
    expect(r.turned).toBe(true);
    expect(r.read.words[0]!.confidence).toBe(94);
    expect(r.prepared.rules).toEqual([{ kind: 'h', at: 28, a: 30, b: 40 }]);
    // The turned page is the one the later steps read: its mark now stands on the left.
    const { data, info } = await sharp(r.prepared.png).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([40, 30]);
    expect(data[14 * 40 + 1]).toBeLessThan(128);
    // First the page, then its middle band turned, then the whole page turned.
    expect(engine.heights).toEqual([30, 10, 30]);
  });

  it('leaves an upright page that reads well as it is, without reading it again', async () => {
    const engine = orientedEngine(94, 41);
    const page = await pageWithMarkAt('left');
    const first = await engine.recognize(page.png);
    const r = await readRightWayUp(engine, page, first, 'standard');
    expect(r).toMatchObject({ turned: false, prepared: page, read: first });
    expect(engine.calls).toBe(1);
  });

  it('tries a poor upright page on its middle band only, and keeps it as it is', async () => {
    const engine = orientedEngine(50, 25);
    const page = await pageWithMarkAt('left');
    const first = await engine.recognize(page.png);
    const r = await readRightWayUp(engine, page, first, 'standard');
    expect(r).toMatchObject({ turned: false, prepared: page, read: first });
    expect(engine.heights).toEqual([30, 10]);
  });
});
