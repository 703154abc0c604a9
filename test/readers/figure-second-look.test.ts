import { describe, expect, it } from 'vitest';
import { confirmPrintedFigures, inkComponents } from '../../pipeline/ocr/figure-second-look.js';
import { checkHeaderFigures } from '../../pipeline/ocr/header-figures.js';
import type { Box, OcrEngine, OcrPage, OcrWord, SegmentMode } from '../../pipeline/ocr/types.js';
import { glyphRow, pageWith as drawPage, wordOver } from './glyph-page.js';

const WIDTH = 1200;
const HEIGHT = 1600;
/** Printed letters of the number line: 40 px capitals standing on the baseline at y = 140. */
const BASELINE = 140;
const CAP = 40;

const pageWith = (glyphs: readonly Box[]) => drawPage(glyphs, WIDTH, HEIGHT);

/** An engine whose second reading of a crop is fixed; it counts the crops it was asked to read. */
function fakeEngine(text: string, confidence: number): OcrEngine & { calls: SegmentMode[] } {
  const calls: SegmentMode[] = [];
  return {
    name: 'native',
    calls,
    async recognize(_image: Buffer, mode: SegmentMode = 'page'): Promise<OcrPage> {
      calls.push(mode);
      return { width: 100, height: 50, words: text ? [{ text, confidence, x0: 5, y0: 5, x1: 90, y1: 45, line: '1.1.1' }] : [] };
    },
    async close() {},
  };
}

/** "Số: <figure> /SGDĐT-CTrTT": label and symbol printed; the figure's glyphs as given. */
async function numberLine(figureGlyphs: Box[], figureText: string, figureConfidence: number) {
  const label = glyphRow(100, 3, CAP, BASELINE);
  const symbol = glyphRow(420, 10, CAP, BASELINE);
  const words = [wordOver('Số:', label, 95), wordOver(figureText, figureGlyphs, figureConfidence), wordOver('/SGDĐT-CTrTT', symbol, 90)];
  const png = await pageWith([...label, ...figureGlyphs, ...symbol]);
  return { page: { png, width: WIDTH, height: HEIGHT }, words };
}

const serialOf = (words: OcrWord[]) => checkHeaderFigures(words).words.map((w) => w.text).join(' ');

describe('second look at a header figure read without confidence', () => {
  it('a printed serial read again alike is taken', async () => {
    const { page, words } = await numberLine(glyphRow(220, 4, CAP, BASELINE), '1906', 0);
    expect(serialOf(words)).toBe('Số: ... /SGDĐT-CTrTT');
    const engine = fakeEngine('1906', 96);
    const look = await confirmPrintedFigures(engine, page, words);
    expect(look.confirmed).toEqual(['1906']);
    expect(engine.calls).toEqual(['word']);
    expect(serialOf(look.words)).toBe('Số: 1906 /SGDĐT-CTrTT');
  });

  it('a second reading that spells a printed 1 as its look-alike ("7l") confirms 71', async () => {
    const { page, words } = await numberLine(glyphRow(220, 2, CAP, BASELINE), '71', 0);
    const look = await confirmPrintedFigures(fakeEngine('7l', 83), page, words);
    expect(look.confirmed).toEqual(['71']);
    expect(serialOf(look.words)).toBe('Số: 71 /SGDĐT-CTrTT');
  });

  it.each([
    ['the second reading differs', glyphRow(220, 4, CAP, BASELINE), fakeEngine('1908', 96), 1],
    ['the second reading has a letter that is no look-alike of a figure', glyphRow(220, 2, CAP, BASELINE), fakeEngine('7a', 96), 1],
    ['the second reading has no confidence either', glyphRow(220, 4, CAP, BASELINE), fakeEngine('1906', 40), 1],
    ['the second reading finds nothing', glyphRow(220, 4, CAP, BASELINE), fakeEngine('', 0), 1],
    ['the figure is much taller than the print (handwriting)', glyphRow(220, 4, 70, BASELINE), fakeEngine('1906', 96), 0],
    ['the figure is a quarter taller than the print (neat handwriting on the line)', glyphRow(220, 4, 50, BASELINE), fakeEngine('1906', 96), 0],
    ['the figure stands well above the baseline (handwriting)', glyphRow(220, 4, CAP, BASELINE - 20), fakeEngine('1906', 96), 0],
    ['the figure hangs below the baseline (handwriting)', glyphRow(220, 4, CAP, BASELINE + 16), fakeEngine('1906', 96), 0],
    ['the figure is one joined stroke (handwriting)', [{ x0: 220, x1: 320, y0: BASELINE - CAP, y1: BASELINE }], fakeEngine('1906', 96), 0],
  ])('nothing is taken when %s', async (_name, glyphs, engine, calls) => {
    const { page, words } = await numberLine(glyphs, '1906', 0);
    const look = await confirmPrintedFigures(engine, page, words);
    expect(look.confirmed).toEqual([]);
    expect(look.words).toEqual(words);
    expect(engine.calls).toHaveLength(calls);
  });

  it('a figure already read with confidence, or no figure at all, costs no second reading', async () => {
    for (const [text, confidence] of [['1906', 90], ['J3', 0], ['†', 0]] as const) {
      const { page, words } = await numberLine(glyphRow(220, 2, CAP, BASELINE), text, confidence);
      const engine = fakeEngine('1906', 96);
      expect((await confirmPrintedFigures(engine, page, words)).confirmed).toEqual([]);
      expect(engine.calls).toEqual([]);
    }
  });

  it('a printed day glued to "tháng" is read again from its own glyphs', async () => {
    const ngay = glyphRow(100, 4, CAP, BASELINE);
    const glued = glyphRow(230, 7, CAP, BASELINE); // "26tháng": two digits, then the word
    const nam = glyphRow(500, 3, CAP, BASELINE);
    const year = glyphRow(600, 4, CAP, BASELINE);
    const words = [wordOver('ngày', ngay, 93), wordOver('26tháng', glued, 45), wordOver('7', [glyphRow(420, 1, CAP, BASELINE)[0]!], 96), wordOver('năm', nam, 96), wordOver('2020', year, 95)];
    const png = await pageWith([...ngay, ...glued, ...glyphRow(420, 1, CAP, BASELINE), ...nam, ...year]);
    const engine = fakeEngine('26', 90);
    const look = await confirmPrintedFigures(engine, { png, width: WIDTH, height: HEIGHT }, words);
    expect(look.confirmed).toEqual(['26']);
    expect(checkHeaderFigures(look.words).illegible).toEqual([]);
  });
});

describe('inkComponents', () => {
  it('finds each 8-connected blob once, with its box', () => {
    const w = 10;
    const img = new Uint8Array(w * 5).fill(255);
    for (const [x, y] of [[1, 1], [2, 2], [3, 1], [7, 3], [8, 3]]) img[y! * w + x!] = 0;
    expect(inkComponents(img, w, 5)).toEqual([
      { x0: 1, y0: 1, x1: 4, y1: 3 },
      { x0: 7, y0: 3, x1: 9, y1: 4 },
    ]);
  });
});
