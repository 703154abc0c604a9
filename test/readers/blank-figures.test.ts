// Header figures filled in after printing (typed in another face, glued to "tháng", stamped) that
// the page's OCR read as junk: read again when their ink looks printed, never when it looks written.
import { describe, expect, it } from 'vitest';
import { framedFigure, leansRight, readBlankFigures, shearRows } from '../../pipeline/ocr/blank-figures.js';
import { checkHeaderFigures } from '../../pipeline/ocr/header-figures.js';
import type { Box, OcrEngine, OcrPage, OcrWord, SegmentMode } from '../../pipeline/ocr/types.js';
import { glyphRow, pageWith as drawPage, wordOver } from './glyph-page.js';

const WIDTH = 1400;
const HEIGHT = 1600;
/** Printed letters of the header lines: 40 px tall, standing on y = 140. */
const BASELINE = 140;
const CAP = 40;

const pageWith = (glyphs: readonly Box[]) => drawPage(glyphs, WIDTH, HEIGHT);

/** An engine whose reading of a line crop is fixed; it records the modes it was asked for. */
function fakeEngine(readings: Array<Array<[string, number]>>): OcrEngine & { calls: SegmentMode[] } {
  const calls: SegmentMode[] = [];
  return {
    name: 'native',
    calls,
    async recognize(_image: Buffer, mode: SegmentMode = 'page'): Promise<OcrPage> {
      const words = readings[calls.length] ?? [];
      calls.push(mode);
      return { width: 400, height: 60, words: words.map(([text, confidence], i) => ({ text, confidence, x0: 10 + i * 100, y0: 5, x1: 90 + i * 100, y1: 55, line: '1.1.1' })) };
    },
    async close() {},
  };
}

/**
 * "Hà Nội, ngày <figure>tháng 5 năm 2026": the day's glyphs as given, glued to "tháng" as OCR
 * read it ("72tháng"); every other word printed on the line.
 */
async function dateLine(dayGlyphs: Box[], dayText: string, confidence: number) {
  const place = glyphRow(60, 6, CAP, BASELINE);
  const ngay = glyphRow(240, 4, CAP, BASELINE);
  const thang = glyphRow(420, 5, CAP, BASELINE);
  const month = glyphRow(580, 1, CAP, BASELINE);
  const nam = glyphRow(630, 3, CAP, BASELINE);
  const year = glyphRow(740, 4, CAP, BASELINE);
  const words = [
    wordOver('Nội,', place, 95),
    wordOver('ngày', ngay, 93),
    wordOver(`${dayText}tháng`, [...dayGlyphs, ...thang], confidence),
    wordOver('5', month, 95),
    wordOver('năm', nam, 96),
    wordOver('2026', year, 97),
  ];
  const png = await pageWith([...place, ...ngay, ...dayGlyphs, ...thang, ...month, ...nam, ...year]);
  return { page: { png, width: WIDTH, height: HEIGHT }, words };
}

/** Two figure glyphs just before "tháng" (x = 420), `height` tall, standing `lift` px above the baseline. */
const dayGlyphs = (height: number, lift = 0) => glyphRow(366, 2, height, BASELINE - lift);
const dateOf = (words: readonly OcrWord[]) => checkHeaderFigures(words).words.map((w) => w.text).join(' ');

describe('a blank figure whose ink looks printed is read again with its frame', () => {
  it('a day typed in after printing, glued to "tháng" and read "72", is read "12"', async () => {
    const { page, words } = await dateLine(dayGlyphs(38), '72', 77);
    expect(checkHeaderFigures(words).illegible).toEqual(['72']);
    const engine = fakeEngine([[['ngày', 93], ['12tháng', 85]]]);
    const look = await readBlankFigures(engine, page, words);
    expect(engine.calls).toEqual(['line']);
    expect(look.readings.map((r) => [r.blank.kind, r.taken])).toEqual([['day', true]]);
    const checked = checkHeaderFigures(look.words);
    expect(checked.illegible).toEqual([]);
    expect(dateOf(look.words)).toBe('Nội, ngày 12 tháng 5 năm 2026');
  });

  it.each([
    ['the figure is a third taller than the print (handwriting)', dayGlyphs(54), [['ngày', 93], ['12tháng', 90]], 0],
    ['the figure is much smaller than the print', dayGlyphs(26), [['ngày', 93], ['12tháng', 90]], 0],
    ['the figure stands well above the baseline (handwriting)', dayGlyphs(38, 12), [['ngày', 93], ['12tháng', 90]], 0],
    ['one joined stroke read as three figures, no day', [{ x0: 340, x1: 412, y0: BASELINE - CAP, y1: BASELINE }], [['ngày', 93], ['123tháng', 90]], 1],
    ['the second reading has too little confidence', dayGlyphs(38), [['ngày', 93], ['12tháng', 62]], 1],
    ['the second reading is no day (42)', dayGlyphs(38), [['ngày', 93], ['42tháng', 90]], 1],
    ['the second reading loses the frame', dayGlyphs(38), [['12', 95]], 1],
    ['the second reading finds nothing', dayGlyphs(38), [], 1],
  ] as const)('nothing is taken when %s: the day stays blank and reported', async (_name, glyphs, reading, calls) => {
    const { page, words } = await dateLine([...glyphs], '72', 77);
    const engine = fakeEngine([reading as unknown as Array<[string, number]>]);
    const look = await readBlankFigures(engine, page, words);
    expect(look.readings.every((r) => !r.taken)).toBe(true);
    expect(look.words).toEqual(words);
    expect(engine.calls).toHaveLength(calls);
    expect(checkHeaderFigures(look.words).illegible).toEqual(['72']);
    expect(dateOf(look.words)).toBe('Nội, ngày ... tháng 5 năm 2026');
  });

  it('a day filled in gives the month after it its frame: both are read', async () => {
    const { page, words } = await dateLine(dayGlyphs(38), '/2', 71);
    // The month read as a mark ("#") where a printed 4 stands.
    const monthAt = words.findIndex((w) => w.text === '5');
    const withMark = words.map((w, i) => (i === monthAt ? { ...w, text: '#', confidence: 66 } : w));
    expect(checkHeaderFigures(withMark).illegible).toEqual(['/2', '#']);
    const engine = fakeEngine([[['ngày', 93], ['13tháng', 80]], [['tthắng', 19], ['4', 96], ['năm', 93]]]);
    const look = await readBlankFigures(engine, page, withMark);
    expect(look.readings.map((r) => [r.blank.kind, r.taken])).toEqual([['day', true], ['month', true]]);
    expect(checkHeaderFigures(look.words).illegible).toEqual([]);
    expect(dateOf(look.words)).toBe('Nội, ngày 13 tháng 4 năm 2026');
  });

  it.each([
    ['the framed reading agrees with the page\'s (both without confidence)', '5', 53, '2026-05'],
    ['the framed reading disagrees and lacks confidence', '3', 59, null],
    ['the framed reading agrees but has next to no confidence', '5', 30, null],
  ])('a printed month read "5" without confidence: %s', async (_name, second, confidence, taken) => {
    const { page, words } = await dateLine(dayGlyphs(38), '12', 92);
    const withDoubt = words.map((w) => (w.text === '5' ? { ...w, confidence: 43 } : w));
    expect(checkHeaderFigures(withDoubt).illegible).toEqual(['5']);
    const look = await readBlankFigures(fakeEngine([[['tháng', 90], [second, confidence], ['năm', 93]]]), page, withDoubt);
    expect(look.readings.map((r) => r.taken)).toEqual([taken !== null]);
    expect(checkHeaderFigures(look.words).illegible).toEqual(taken ? [] : ['5']);
  });

  it('a figure read with confidence costs no second reading', async () => {
    const { page, words } = await dateLine(dayGlyphs(38), '12', 92);
    const engine = fakeEngine([[['ngày', 93], ['12tháng', 85]]]);
    const look = await readBlankFigures(engine, page, words);
    expect(look.readings).toEqual([]);
    expect(engine.calls).toEqual([]);
  });

  it('a printed serial stamped in another face ("M#U8") is read again between "Số:" and the symbol', async () => {
    const label = glyphRow(100, 3, CAP, BASELINE);
    const serial = glyphRow(200, 4, 37, BASELINE);
    const symbol = glyphRow(320, 10, CAP, BASELINE);
    const words = [wordOver('Số:', label, 95), wordOver('M#U8', serial, 0), wordOver('/SNNMT-QHKHSDĐ', symbol, 90)];
    const page = { png: await pageWith([...label, ...serial, ...symbol]), width: WIDTH, height: HEIGHT };
    const look = await readBlankFigures(fakeEngine([[['Số:', 90], ['8058', 88], ['/SNNMT-QHKHSDĐ', 91]]]), page, words);
    expect(look.readings.map((r) => [r.blank.kind, r.taken])).toEqual([['serial', true]]);
    expect(checkHeaderFigures(look.words).words.map((w) => w.text).join(' ')).toBe('Số: 8058 /SNNMT-QHKHSDĐ');
  });
});

describe('framedFigure: the figure of a second reading, between the printed words', () => {
  const words = (...items: Array<[string, number]>): OcrWord[] => items.map(([text, confidence], i) => ({ text, confidence, x0: i * 100, y0: 0, x1: i * 100 + 80, y1: 40, line: '1' }));
  it.each([
    ['day apart', 'day', words(['ngày', 93], ['12', 88], ['tháng', 95]), { digits: '12', confidence: 88 }],
    ['day glued to "tháng"', 'day', words(['ngày', 93], ['12tháng', 85]), { digits: '12', confidence: 85 }],
    ['month, frame words misread', 'month', words(['tthắng', 19], ['4', 96], ['năm', 93]), { digits: '4', confidence: 96 }],
    ['serial', 'serial', words(['Số:', 90], ['632', 91], ['/TB-UBND', 90]), { digits: '632', confidence: 91 }],
    ['day without its frame', 'day', words(['12', 95], ['tháng', 95]), null],
    ['letters where the day is', 'day', words(['ngày', 93], ['ab', 95], ['tháng', 95]), null],
    ['serial without its symbol', 'serial', words(['Số:', 90], ['632', 91]), null],
  ] as const)('%s', (_name, kind, read, expected) => {
    expect(framedFigure(read, kind)).toEqual(expected);
  });
});

describe('leansRight: italic ink is set upright before it is read again', () => {
  /** A grey image with one-pixel-wide strokes, each leaning by `lean` px per row (0: upright). */
  function strokes(lean: number): { data: Uint8Array; width: number; height: number } {
    const width = 200;
    const height = 40;
    const data = new Uint8Array(width * height).fill(255);
    for (let s = 0; s < 8; s++) {
      for (let y = 0; y < height; y++) {
        const x = 20 + s * 20 + Math.round(lean * (height - 1 - y));
        for (let dx = 0; dx < 3; dx++) data[y * width + x + dx] = 0;
      }
    }
    return { data, width, height };
  }
  it.each([
    ['upright strokes', 0, false],
    ['strokes leaning right as italic does', 0.21, true],
  ])('%s', (_name, lean, expected) => {
    const { data, width, height } = strokes(lean);
    expect(leansRight(data, width, height)).toBe(expected);
  });

  it('shearRows moves each row right by its depth, the first row not at all', () => {
    const data = new Uint8Array([0, 255, 0, 255]);
    const sheared = shearRows(data, 2, 2, 1);
    expect(sheared.width).toBe(4);
    expect([...sheared.data]).toEqual([0, 255, 255, 255, 255, 0, 255, 255]);
  });
});
