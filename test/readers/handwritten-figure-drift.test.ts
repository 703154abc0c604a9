// Handwritten header figures that passed as printed (heldout-fresh14-scans, family 4):
// - a hand's serial "115" whose 1s are slanted hooks, as tall as the type and on its line on the
//   median, read "4A5" and read again with its frame as "445": its glyphs do not share one line (a
//   raised 5, hooks standing apart), where a printed run's tops and bottoms line up; it stays blank;
// - a hand's month "02" squeezed after a printed "tháng" whose box the engine drew over it and the
//   "năm" after it, read "08" with confidence: the frame leaves no room to measure, so the figure's
//   own box is measured, and its tall ink is a hand's.
import { describe, expect, it } from 'vitest';
import { glyphDrift, readBlankFigures } from '../../pipeline/ocr/blank-figures.js';
import { doubtHandwrittenFigures, frameClearOf, inkLooksHandwritten } from '../../pipeline/ocr/handwritten-ink.js';
import { checkHeaderFigures } from '../../pipeline/ocr/header-figures.js';
import type { Box, OcrEngine, OcrPage, OcrWord } from '../../pipeline/ocr/types.js';
import { glyphRow, pageWith, wordOver } from './glyph-page.js';

const WIDTH = 1400;
const HEIGHT = 1600;
const BASELINE = 140;
const CAP = 40;

/** An engine whose every reading is the words given. */
const engineReading = (words: Array<[string, number]>): OcrEngine => ({
  name: 'native',
  async recognize(): Promise<OcrPage> {
    return { width: 400, height: 60, words: words.map(([text, confidence], i) => ({ text, confidence, x0: 10 + i * 100, y0: 5, x1: 90 + i * 100, y1: 55, line: '1.1.1' })) };
  },
  async close() {},
});

/** "Số: <serial> /NQ-CP", the serial's glyphs as given and read as `text` at `confidence`. */
async function numberLine(serial: Box[], text: string, confidence: number) {
  const label = glyphRow(100, 3, CAP, BASELINE);
  const symbol = glyphRow(340, 6, CAP, BASELINE);
  const words = [wordOver('Số:', label, 95), wordOver(text, serial, confidence), wordOver('/NQ-CP', symbol, 92)];
  return { page: { png: await pageWith([...label, ...serial, ...symbol], WIDTH, HEIGHT), width: WIDTH, height: HEIGHT }, words };
}

/** Three glyphs as tall as the type, each standing `step` px higher than the one before: a hand's drift. */
const drifting = (step: number): Box[] => glyphRow(200, 3, CAP + 2, BASELINE + step).map((g, i) => ({ ...g, y0: g.y0 - i * step, y1: g.y1 - i * step }));

describe('a serial whose glyphs drift off one line is a hand\'s', () => {
  it('read as junk, then "445" with its frame: left blank', async () => {
    const { page, words } = await numberLine(drifting(5), '4A5', 96);
    const look = await readBlankFigures(engineReading([['Số:', 95], ['445', 76], ['/NQ-CP', 90]]), page, words);
    expect(look.readings.map((r) => [r.blank.kind, r.printedLike, r.taken])).toEqual([['serial', false, false]]);
    expect(checkHeaderFigures(look.words).words.map((w) => w.text).join(' ')).toBe('Số: ... /NQ-CP');
  });

  it('read with confidence as "445": doubted, left blank', async () => {
    const { page, words } = await numberLine(drifting(5), '445', 92);
    expect((await doubtHandwrittenFigures(page, words)).doubted).toEqual(['445']);
  });

  it('a printed serial whose one glyph lost its foot (tops in line) is still read', async () => {
    const serial = glyphRow(200, 3, CAP, BASELINE).map((g, i) => (i === 1 ? { ...g, y1: g.y1 - 9 } : g));
    const { page, words } = await numberLine(serial, 'M#U', 0);
    const look = await readBlankFigures(engineReading([['Số:', 95], ['115', 80], ['/NQ-CP', 90]]), page, words);
    expect(look.readings.map((r) => r.taken)).toEqual([true]);
  });

  it('a typed serial whose 5 lost its flag and whose last glyph hangs below the line is still read', async () => {
    // A typewriter's "157/": the 5's flag came off in the threshold (a piece standing over its
    // body, too small to count alone), the glyph at the span's end (the slash) hangs lower. Measured
    // piece by piece the tops and the bottoms both spread (drift 0.2); the 5 joined whole, the tops line up.
    const [one, five, seven] = glyphRow(200, 3, CAP, BASELINE);
    const serial = [one!, { ...five!, x0: five!.x0 + 8, y1: five!.y0 + 6 }, { ...five!, y0: five!.y0 + 8 }, { ...seven!, y1: seven!.y1 + 8 }];
    const { page, words } = await numberLine(serial, 'I57', 20);
    const look = await readBlankFigures(engineReading([['Số:', 95], ['157', 80], ['/NQ-CP', 90]]), page, words);
    expect(look.readings.map((r) => [r.printedLike, r.taken, r.ink && Math.round(r.ink.drift * 100) / 100])).toEqual([[true, true, 0]]);
  });

  it('a hand\'s drifting serial with a stroke over one digit stays blank', async () => {
    const serial = drifting(5);
    const { page, words } = await numberLine([...serial, { ...serial[1]!, y0: serial[1]!.y0 - 8, y1: serial[1]!.y0 - 3 }], '4A5', 30);
    const look = await readBlankFigures(engineReading([['Số:', 95], ['445', 76], ['/NQ-CP', 90]]), page, words);
    expect(look.readings.map((r) => r.taken)).toEqual([false]);
  });

  it.each([
    [[{ x0: 0, x1: 10, y0: 100, y1: 140 }], 0],
    [[{ x0: 0, x1: 10, y0: 100, y1: 140 }, { x0: 20, x1: 30, y0: 100, y1: 131 }], 0],
    [[{ x0: 0, x1: 10, y0: 100, y1: 145 }, { x0: 20, x1: 30, y0: 98, y1: 141 }, { x0: 40, x1: 50, y0: 92, y1: 135 }], 0.2],
    // A printed "12" whose thin 1 the threshold broke into two stacked pieces (18 and 20 px of 40): one glyph, no drift.
    [[{ x0: 0, x1: 20, y0: 60, y1: 78 }, { x0: 0, x1: 20, y0: 80, y1: 100 }, { x0: 26, x1: 46, y0: 60, y1: 100 }], 0],
    [[{ x0: 26, x1: 46, y0: 60, y1: 100 }, { x0: 1, x1: 19, y0: 80, y1: 100 }, { x0: 0, x1: 20, y0: 60, y1: 78 }], 0],
    // Glyphs only touching in x (a slanted hand's hooks) stay apart: the drift stands.
    [[{ x0: 0, x1: 12, y0: 100, y1: 145 }, { x0: 10, x1: 22, y0: 92, y1: 137 }], 0.2],
  ])('glyphDrift %j → %s', (glyphs, drift) => {
    expect(glyphDrift(glyphs, 40)).toBeCloseTo(drift, 5);
  });

  it('inkLooksHandwritten takes the drift', () => {
    expect(inkLooksHandwritten({ heightRatio: 1.07, offBaseline: 0.05, drift: 0.2 })).toBe(true);
    expect(inkLooksHandwritten({ heightRatio: 1.0, offBaseline: 0.0, drift: 0.02 })).toBe(false);
  });
});

describe('a month under a printed word\'s box', () => {
  const DATE_BASELINE = 140;
  /** "ngày 21 tháng <month> năm 2020", "tháng" boxed by the engine across the month and "năm". */
  async function dateLine(month: Box[], monthText: string) {
    const ngay = glyphRow(100, 4, CAP, DATE_BASELINE);
    const day = glyphRow(230, 2, CAP, DATE_BASELINE);
    const thang = glyphRow(320, 5, CAP, DATE_BASELINE);
    const nam = glyphRow(530, 3, CAP, DATE_BASELINE);
    const year = glyphRow(640, 4, CAP, DATE_BASELINE);
    const thangWord = { ...wordOver('tháng', thang, 88), x1: Math.max(...nam.map((g) => g.x1)) + 10 };
    const words: OcrWord[] = [wordOver('ngày', ngay, 95), wordOver('21', day, 93), thangWord, wordOver(monthText, month, 87), wordOver('năm', nam, 94), wordOver('2020', year, 96)];
    return { page: { png: await pageWith([...ngay, ...day, ...thang, ...month, ...nam, ...year], WIDTH, HEIGHT), width: WIDTH, height: HEIGHT }, words };
  }

  it('a tall hand\'s "02" read "08" with confidence is measured in its own box and left blank', async () => {
    const { page, words } = await dateLine(glyphRow(455, 2, 52, DATE_BASELINE + 4), '08');
    const look = await doubtHandwrittenFigures(page, words);
    expect(look.doubted).toEqual(['08']);
    expect(checkHeaderFigures(look.words).illegible).toContain('08');
  });

  it('a printed month in the same place stays as read', async () => {
    const { page, words } = await dateLine(glyphRow(455, 2, CAP, DATE_BASELINE), '02');
    expect((await doubtHandwrittenFigures(page, words)).doubted).toEqual([]);
  });

  it('frameClearOf: null when the frame stands clear of the figure or the figure is glued to it', () => {
    const w = (x0: number, x1: number, text = 'x'): OcrWord => ({ text, confidence: 90, x0, x1, y0: 0, y1: 40, line: '1' });
    const frame = (before: OcrWord, after: OcrWord, glued = false) => ({ kind: 'month' as const, text: '08', confidence: 90, before, after, beforeKept: 'tháng', afterKept: 'năm', gluedBefore: glued, gluedAfter: false });
    expect(frameClearOf({ frame: frame(w(0, 100), w(200, 260)), holders: [w(120, 170)] })).toBeNull();
    expect(frameClearOf({ frame: frame(w(0, 300), w(200, 260), true), holders: [w(120, 170)] })).toBeNull();
    const cleared = frameClearOf({ frame: frame(w(0, 300), w(200, 260)), holders: [w(120, 170)] });
    expect([cleared?.before.x1, cleared?.after.x0]).toEqual([120, 200]);
  });
});
