// Lines of the header zone the engine's page analysis never found (a stamp over them made the
// band a picture: no block, line or word in its TSV), read from their ink (uncovered-lines.ts).
// Synthetic pages of glyph boxes and an engine that answers a script.
import { describe, expect, it } from 'vitest';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import type { PreparedPage } from '../../pipeline/ocr/preprocess.js';
import type { Box, OcrWord } from '../../pipeline/ocr/types.js';
import { uncoveredRows, withColumnsParted } from '../../pipeline/ocr/uncovered-lines.js';
import { line } from '../helpers/ocr-words.js';
import { pageScript, preparedGlyphPage } from '../helpers/scripted-engine.js';
import { glyphRow, pageWith } from './glyph-page.js';

const WIDTH = 2400;
const HEIGHT = 3400;
/** The page's word height in these tests. */
const H = 40;

const boxOf = (glyphs: readonly Box[]): Box => ({ x0: Math.min(...glyphs.map((g) => g.x0)), y0: Math.min(...glyphs.map((g) => g.y0)), x1: Math.max(...glyphs.map((g) => g.x1)), y1: Math.max(...glyphs.map((g) => g.y1)) });

describe('uncoveredRows: rows of print no word covers', () => {
  const row = glyphRow(400, 30, 36, 580);
  it.each<[string, Box[], Box[], number]>([
    ['a line of thirty letters no word covers', row, [], 1],
    ['the same line read by the engine', row, [boxOf(row)], 0],
    ['a stamp frame and its scraps (too tall, too wide, too few)', [{ x0: 300, y0: 500, x1: 900, y1: 520 }, { x0: 300, y0: 500, x1: 312, y1: 700 }, ...glyphRow(320, 5, 20, 560)], [], 0],
    ['two columns far apart: two rows', [...glyphRow(300, 12, 36, 580), ...glyphRow(1500, 12, 36, 580)], [], 2],
    ['a line of dots and accents (too small)', glyphRow(400, 30, 8, 580), [], 0],
  ])('%s', (_name, components, words, n) => {
    expect(uncoveredRows(components, words, H)).toHaveLength(n);
  });

  it('boxes the row a third of a letter wider than its ink', () => {
    expect(uncoveredRows(row, [], 36)).toEqual([{ x0: 400 - 12, y0: 544 - 12, x1: 400 + 29 * 26 + 20 + 12, y1: 580 + 12 }]);
  });
});

describe('withColumnsParted: the two header columns read as one line', () => {
  const join = (words: readonly OcrWord[]) => [...new Set(words.map((w) => w.line))].map((l) => words.filter((w) => w.line === l).map((w) => w.text).join(' '));
  it('parts a subject and a date line standing a wide gap apart', () => {
    const left = line('V/v Hướng dẫn việc số hoá hồ sơ, tài', 400, 550, 'c0.1.1.1');
    const right = line('Hà Nội, ngày 29 tháng 11 năm 2025', left.at(-1)!.x1 + 34, 550, 'c0.1.1.1');
    expect(join(withColumnsParted([...left, ...right], H))).toEqual(['V/v Hướng dẫn việc số hoá hồ sơ, tài', 'Hà Nội, ngày 29 tháng 11 năm 2025']);
  });
  it('leaves a line whose words stand evenly apart whole', () => {
    const words = line('của Thủ tướng Chính phủ về mã định danh điện tử của các cơ quan,', 300, 750, 'c0.1.1.1');
    expect(join(withColumnsParted(words, H))).toEqual(['của Thủ tướng Chính phủ về mã định danh điện tử của các cơ quan,']);
  });
});

describe('a header line the page analysis never found, read from its ink', () => {
  // The page: a number line the engine read, and under it a row of print it gave nothing for.
  const numberGlyphs = glyphRow(400, 12, 36, 480);
  const lostGlyphs = glyphRow(400, 40, 36, 580);
  const prepared = async (): Promise<PreparedPage> => ({ ...(await preparedGlyphPage(WIDTH, HEIGHT)), png: await pageWith([...numberGlyphs, ...lostGlyphs], WIDTH, HEIGHT) });
  const pageRead = { width: WIDTH, height: HEIGHT, words: line('Số: 7197/BKHCN-CĐSQG', 400, 444, '2.1.1.1'), unread: [] };
  /** The row's crop read again: words in the enlarged crop's pixels (scale 2, margin). */
  const rowRead = (text: string, confidence: number) => ({ width: 0, height: 0, words: line(text, 40, 40, '1.1.1').map((w) => ({ ...w, confidence })) });

  it('reads the row again and puts its words in the page text', async () => {
    const engine = pageScript(pageRead, [rowRead('Hướng dẫn việc số hoá hồ sơ', 95)]);
    const result = await ocrPreparedPage(engine, await prepared(), { page: 1, header: true });
    expect(engine.asked).toContain('block');
    expect(result.text).toContain('Hướng dẫn việc số hoá hồ sơ');
  });

  it('keeps nothing of a row read as debris (a seal, a frame)', async () => {
    const engine = pageScript(pageRead, [rowRead('ẵỹ w Ĩ', 30)]);
    const result = await ocrPreparedPage(engine, await prepared(), { page: 1, header: true });
    expect(result.text).not.toMatch(/ẵỹ|Ĩ/);
  });

  it('asks nothing more where every row of the header gave words', async () => {
    const engine = pageScript({ ...pageRead, words: [...pageRead.words, ...line('Hướng dẫn việc số hoá hồ sơ, tài liệu thống nhất trong hệ', 400, 544, '3.1.1.1')] }, []);
    await ocrPreparedPage(engine, await prepared(), { page: 1, header: true });
    expect(engine.asked).toEqual(['page']);
  });
});
