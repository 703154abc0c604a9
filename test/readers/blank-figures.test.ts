// Header figures filled in after printing (typed in another face, glued to "tháng", stamped) that
// the page's OCR read as junk: read again when their ink looks printed, never when it looks written.
import { describe, expect, it } from 'vitest';
import { framedFigure, leansRight, letterHeight, readBlankFigures, shearRows } from '../../pipeline/ocr/blank-figures.js';
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

/**
 * A date line in lower case drawn letter by letter, as a thin italic prints it: capitals, figures
 * and ascenders 40 px, x-height letters 26, the g and y of "ngày", "tháng" 34 (8 of them below the
 * line), and the year's thin figures each broken by the threshold into two pieces (18 and 20 px).
 * Its printed components are mostly short: their upper quartile is a descender letter's, 34 px.
 */
async function lowerCaseDateLine(dayHeight: number) {
  const x = { value: 60 };
  const word = (text: string, confidence: number) => {
    const glyphs: Box[] = [];
    for (const ch of text) {
      const x0 = x.value;
      x.value += 26;
      if (ch === ',') continue;
      if (/\d/.test(ch) && text.length === 4) {
        glyphs.push({ x0, x1: x0 + 20, y0: BASELINE - 40, y1: BASELINE - 22 }, { x0, x1: x0 + 20, y0: BASELINE - 20, y1: BASELINE });
      } else if (/[gy]/.test(ch)) glyphs.push({ x0, x1: x0 + 20, y0: BASELINE - 26, y1: BASELINE + 8 });
      else if (/[\p{Lu}\dh]/u.test(ch)) glyphs.push({ x0, x1: x0 + 20, y0: BASELINE - 40, y1: BASELINE });
      else if (ch === 't') glyphs.push({ x0, x1: x0 + 20, y0: BASELINE - 34, y1: BASELINE });
      else glyphs.push({ x0, x1: x0 + 20, y0: BASELINE - 26, y1: BASELINE });
    }
    x.value += 30;
    return { word: wordOver(text, glyphs, confidence), glyphs };
  };
  const parts = [word('Hà', 95), word('Nội,', 95), word('ngày', 93)];
  const day = glyphRow(x.value, 2, dayHeight, BASELINE);
  x.value += 80;
  parts.push(word('tháng', 93), word('5', 95), word('năm', 96), word('2026', 97));
  const [ha, noi, ngay, thang, ...rest] = parts;
  // The day typed in bold, a point larger, glued to "tháng" and read as junk.
  const glued = wordOver('/2tháng', [...day, ...thang!.glyphs], 91);
  const words = [ha!.word, noi!.word, ngay!.word, glued, ...rest.map((p) => p.word)];
  const png = await pageWith([...parts.flatMap((p) => p.glyphs), ...day]);
  return { page: { png, width: WIDTH, height: HEIGHT }, words };
}

describe('a figure of a line in lower case is measured against its capitals and figures, not its short letters', () => {
  it('a day typed in bold a point larger (43 px by capitals of 40) is read', async () => {
    const { page, words } = await lowerCaseDateLine(43);
    expect(checkHeaderFigures(words).illegible).toEqual(['/2']);
    const look = await readBlankFigures(fakeEngine([[['ngày', 93], ['24', 94], ['tháng', 90]]]), page, words);
    expect(look.readings.map((r) => [r.blank.kind, r.printedLike, r.taken])).toEqual([['day', true, true]]);
    expect(dateOf(look.words)).toBe('Hà Nội, ngày 24 tháng 5 năm 2026');
  });

  it('a handwritten day a third taller than the capitals stays blank', async () => {
    const { page, words } = await lowerCaseDateLine(54);
    const engine = fakeEngine([[['ngày', 93], ['24', 94], ['tháng', 90]]]);
    const look = await readBlankFigures(engine, page, words);
    expect(look.readings.map((r) => [r.blank.kind, r.printedLike, r.taken])).toEqual([['day', false, false]]);
    expect(engine.calls).toEqual([]);
    expect(dateOf(look.words)).toBe('Hà Nội, ngày ... tháng 5 năm 2026');
  });
});

describe('letterHeight: the height of the capitals, figures and ascenders among the letters\' components', () => {
  // A lower-case line's components: twelve x-height (26), five descender letters (34), three capitals or figures (40).
  const lower = [...Array(12).fill(26), ...Array(5).fill(34), ...Array(3).fill(40)];
  // A line of capitals: two accents and colons' bodies (14), three small letters (26), fifteen capitals (40).
  const capitals = [14, 14, 26, 26, 26, ...Array(15).fill(40)];
  it.each([
    ['a line in capitals: the upper quartile, a capital', capitals, ['Số:', '/UBND-KTTH'], 40],
    ['a line in lower case: the tallest tenth, not the upper quartile (a descender letter, 34)', lower, ['Hà', 'Nội,', 'ngày', 'tháng', 'năm'], 40],
    ['the same heights under a line of capitals: the upper quartile', lower, ['CỘNG', 'HÒA', 'XÃ', 'HỘI'], 34],
  ])('%s', (_name, heights, texts, expected) => {
    expect(letterHeight(heights, texts)).toBe(expected);
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
    // A numbering machine's round 0 read as the letter O (heldout-fresh28-scans b01): the ink was found printed first.
    ['day with its round 0 read as O', 'day', words(['ngày', 97], ['O2', 66], ['thẳng', 88]), { digits: '02', confidence: 66 }],
    ['serial with its round 0 read as O', 'serial', words(['Số:', 97], ['O7', 81], ['/2015/QĐ-TTg', 80]), { digits: '07', confidence: 81 }],
    ['month with a lower-case o for its 0', 'month', words(['tháng', 95], ['1o', 80], ['năm', 93]), { digits: '10', confidence: 80 }],
    ['O alone is no figure', 'day', words(['ngày', 93], ['O', 95], ['tháng', 95]), null],
    ['Oo is no figure', 'day', words(['ngày', 93], ['Oo', 95], ['tháng', 95]), null],
    // A legal document's number: the year stands between the serial and the symbol's letters (heldout-fresh26-scans a06).
    ['serial before a year and the symbol', 'serial', words(['Số:', 96], ['89', 74], ['/2026/QĐ-CT', 80]), { digits: '89', confidence: 74 }],
    ['serial before a year glued to it', 'serial', words(['Số:', 96], ['89/2026/QĐ-CT', 71]), { digits: '89', confidence: 71 }],
    ['serial before a year with no symbol after it', 'serial', words(['Số:', 96], ['89', 74], ['/2026', 80]), null],
    // An italic 12 whose 1 the engine reads as a slash (heldout-fresh s10 "ngày /2tháng").
    ['italic day 1x read "/x", glued to "tháng"', 'day', words(['ngày', 93], ['/2tháng', 89]), { digits: '12', confidence: 89 }],
    ['italic month 1x read "/x"', 'month', words(['tháng', 93], ['/0', 80], ['năm', 95]), { digits: '10', confidence: 80 }],
    ['a slash before two figures is no 1', 'day', words(['ngày', 93], ['/12', 89], ['tháng', 95]), null],
    ['a lone slash is no figure', 'day', words(['ngày', 93], ['/', 89], ['tháng', 95]), null],
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
