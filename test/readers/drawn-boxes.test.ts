// A signature widget drawn into the OCR image whose small print the page's reading turned into
// debris (no box found there): its words give way to the lines the file gives (drawn-boxes.ts).
import { describe, expect, it } from 'vitest';
import { unfoundDrawnBoxes, type DrawnBox } from '../../pipeline/ocr/drawn-boxes.js';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import type { OcrWord } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';
import { pageScript, preparedGlyphPage } from '../helpers/scripted-engine.js';

const WIDTH = 2480;
const HEIGHT = 3508;
const LINES = ['Người ký: Ủy ban', 'nhân dân tỉnh Quảng', 'Ngãi', 'Thời gian ký:', '16.04.2020 07:37:07', '+07:00'];
/** The widget in the top right margin, over the right header column's first line. */
const BOX: DrawnBox = { lines: LINES, x0: 1900, y0: 40, x1: 2450, y1: 420 };

/** The box's print beside its seal as the page's reading gave it: debris, none of the box's labels. */
const debris = (): OcrWord[] => [...line('N th hà : Ủy ban', 1950, 60, 'd1'), ...line('lồ Ib bà sài', 1950, 300, 'd2')];
const header = (): OcrWord[] => [
  ...line('ỦY BAN NHÂN DÂN', 300, 500, 'h1'),
  ...line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1100, 500, 'h2'),
  ...line('Số: 05 /CT-UBND', 300, 650, 'h3'),
  ...line('Quảng Ngãi, ngày 15 tháng 4 năm 2020', 1200, 650, 'h4'),
];

describe('unfoundDrawnBoxes', () => {
  const words = [...debris(), ...header()];
  it.each<[string, readonly (readonly OcrWord[])[], DrawnBox, boolean]>([
    ['a box read as debris gives way to its lines', [], BOX, true],
    ['a box the page reading found stays as read', [debris()], BOX, false],
    ['a widget without text (a seal picture) stays as read', [], { ...BOX, lines: [] }, false],
    ['a widget below the header zone (over the signer) stays as read', [], { ...BOX, y0: 2600, y1: 2900 }, false],
    ['a widget rectangle spread over the header is no box: its print stays', [], { ...BOX, x0: 100, y0: 40, x1: 2450, y1: 900 }, false],
  ])('%s', (_name, found, box, replaced) => {
    const out = unfoundDrawnBoxes(words, found, [box], { width: WIDTH, height: HEIGHT });
    expect(out.blocks).toEqual(replaced ? [{ lines: LINES, top: box.y0 }] : []);
    expect(out.words.map((w) => w.text)).toEqual((replaced ? header() : words).map((w) => w.text));
  });
});

describe('a page whose drawn signature box the engine read as debris', () => {
  it('opens with the lines the file gives, and the debris is gone from the header', async () => {
    const engine = pageScript({ width: WIDTH, height: HEIGHT, words: [...debris(), ...header()], unread: [] }, []);
    const page = await ocrPreparedPage(engine, await preparedGlyphPage(WIDTH, HEIGHT), { page: 1, header: true, drawnBoxes: [BOX] });
    const lines = page.text.split('\n');
    expect(lines.slice(0, LINES.length)).toEqual(LINES);
    expect(page.text).not.toMatch(/N th hà|Ib bà sài/);
    expect(page.text).toContain('ỦY BAN NHÂN DÂN');
  });

  it('keeps the engine reading on a page that is not read as a header page', async () => {
    const engine = pageScript({ width: WIDTH, height: HEIGHT, words: [...debris(), ...header()], unread: [] }, []);
    const page = await ocrPreparedPage(engine, await preparedGlyphPage(WIDTH, HEIGHT), { page: 2, header: false, drawnBoxes: [BOX] });
    expect(page.text).toContain('Ib bà sài');
  });
});
