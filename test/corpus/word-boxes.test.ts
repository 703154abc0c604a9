// A span's word boxes on the page image (corpus/word-boxes.ts): the words a span covers, and
// boxes mapped back through the enlargement and the turn OCR read the page with. The turn is
// checked against sharp itself: a mark is drawn, turned as preparePage turns a page, found, and
// mapped back.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { toImageBox, wordBoxesForSpan } from '../../corpus/word-boxes.js';
import type { PageWords } from '../../output/schema.js';

const page = (n: number, words: PageWords['words'], size: Partial<PageWords> = {}): PageWords => ({
  page: n, width: 1000, height: 1400, upscale: 1, deskew: 0, imageWidth: 1000, imageHeight: 1400, words, ...size,
});

describe('wordBoxesForSpan', () => {
  const text = 'Kế hoạch\fnăm 2023 của quận';
  const record = {
    text: {
      wordBoxes: [
        page(1, [[0, 2, 10, 10, 50, 40], [3, 8, 60, 10, 150, 40]]),
        page(2, [[9, 12, 10, 10, 70, 40], [13, 17, 80, 10, 160, 40], [18, 21, 10, 60, 60, 90], [22, 26, 70, 60, 150, 90]]),
      ],
    },
  };
  it.each([
    ['one word', 'hoạch', [{ page: 1, boxes: 1 }]],
    ['words across two pages', 'hoạch\fnăm', [{ page: 1, boxes: 1 }, { page: 2, boxes: 1 }]],
    ['part of a word', 'oạ', [{ page: 1, boxes: 1 }]],
    ['a line and a half', '2023 của quận', [{ page: 2, boxes: 3 }]],
  ])('finds the boxes of %s', (_name, value, expected) => {
    const start = text.indexOf(value);
    const found = wordBoxesForSpan(record, { start, end: start + value.length });
    expect(found.map((p) => ({ page: p.page, boxes: p.boxes.length }))).toEqual(expected);
  });

  it.each([
    ['an empty span', { start: 3, end: 3 }],
    ['a span on the page break', { start: 8, end: 9 }],
    ['a span past the text', { start: 100, end: 120 }],
  ])('finds none for %s', (_name, span) => {
    expect(wordBoxesForSpan(record, span)).toEqual([]);
  });

  it('finds none in a record without word boxes (a text layer)', () => {
    expect(wordBoxesForSpan({ text: {} }, { start: 0, end: 5 })).toEqual([]);
  });

  it('gives boxes in the pixels of the image as given: an enlarged page is scaled back', () => {
    const enlarged = page(1, [[0, 2, 200, 300, 400, 360]], { width: 2000, height: 2800, upscale: 2 });
    const [found] = wordBoxesForSpan({ text: { wordBoxes: [enlarged] } }, { start: 0, end: 2 });
    expect(found).toMatchObject({ width: 1000, height: 1400, boxes: [{ x0: 100, y0: 150, x1: 200, y1: 180 }] });
  });
});

describe('toImageBox', () => {
  it.each([2.4, -1.8])('undoes the turn sharp gave the page (%s°), as preparePage turns it', async (skew) => {
    const width = 800;
    const height = 600;
    const pixels = Buffer.alloc(width * height, 255);
    const mark = { x0: 600, y0: 100, x1: 640, y1: 130 };
    for (let y = mark.y0; y < mark.y1; y++) pixels.fill(0, y * width + mark.x0, y * width + mark.x1);
    // preparePage: rotate(-skew) on a white background.
    const turned = await sharp(pixels, { raw: { width, height, channels: 1 } })
      .rotate(-skew, { background: '#ffffff' })
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    const { data, info } = turned;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        if (data[(y * info.width + x) * info.channels]! < 128) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x + 1);
          y1 = Math.max(y1, y + 1);
        }
      }
    }
    const back = toImageBox(
      { width: info.width, height: info.height, upscale: 1, deskew: skew, imageWidth: width, imageHeight: height },
      { x0, y0, x1, y1 },
    );
    // The box of the turned mark, turned back, holds the mark with a few pixels to spare.
    for (const [got, want] of [[back.x0, mark.x0], [back.y0, mark.y0], [back.x1, mark.x1], [back.y1, mark.y1]] as const) {
      expect(Math.abs(got - want)).toBeLessThanOrEqual(4);
    }
  });
});
