// Small print read again on its own: lines the engine found but read nothing in (unread-lines.ts),
// and digital-signature boxes whose small print the page's reading garbled (signature-box-text.ts).
// Synthetic pages and an engine that answers a script and records what it was asked.
import { describe, expect, it } from 'vitest';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import { readBoxAgain, spelling } from '../../pipeline/ocr/signature-box-text.js';
import { parseTesseractTsv } from '../../pipeline/ocr/tsv.js';
import type { OcrWord } from '../../pipeline/ocr/types.js';
import { readUnreadLines, unreadStrips } from '../../pipeline/ocr/unread-lines.js';
import { line } from '../helpers/ocr-words.js';
import { pageScript, preparedGlyphPage } from '../helpers/scripted-engine.js';

const WIDTH = 2400;
const HEIGHT = 3400;



/** Words read from a crop enlarged twice with a margin: boxes in the crop's pixels. */
const cropWords = (text: string, y: number, confidence: number): OcrWord[] =>
  line(text, 40, y, `1.1.${y}`).map((w) => ({ ...w, confidence }));

describe('parseTesseractTsv: lines found but read nothing in', () => {
  const row = (level: number, line: number, word: number, box: [number, number, number, number], conf: number, text: string) =>
    [level, 1, 1, 1, line, word, ...box, conf, text].join('\t');
  it.each([
    ['a line with only an empty word', [row(4, 2, 0, [1332, 0, 287, 67], -1, ''), row(5, 2, 1, [1332, 0, 287, 67], 95, ' ')], [{ x0: 1332, y0: 0, x1: 1619, y1: 67 }]],
    ['a line that gave a word', [row(4, 2, 0, [100, 200, 300, 40], -1, ''), row(5, 2, 1, [100, 200, 80, 40], 91, 'Căn')], []],
    ['a line with no word rows at all', [row(4, 3, 0, [10, 20, 200, 30], -1, '')], [{ x0: 10, y0: 20, x1: 210, y1: 50 }]],
  ])('%s', (_name, rows, unread) => {
    expect(parseTesseractTsv(rows.join('\n')).unread).toEqual(unread);
  });
});

describe('unread lines read again', () => {
  // A page 3,400 px tall whose words are 40 px: the header zone is its top 35% (1,190 px).
  it.each([
    ['a speck', { x0: 10, y0: 10, x1: 16, y1: 16 }, false],
    ['a rule under the issuer (10 px)', { x0: 163, y0: 245, x1: 473, y1: 255 }, false],
    ['a tall narrow mark (a figure, a seal edge)', { x0: 10, y0: 10, x1: 60, y1: 110 }, false],
    ['a strip below the header zone (a seal and signature)', { x0: 1243, y0: 2325, x1: 1994, y1: 2411 }, false],
    ['a strip of small print in the header', { x0: 1332, y0: 0, x1: 1619, y1: 67 }, true],
  ])('%s: read again %s', (_name, box, again) => {
    expect(unreadStrips([box], 3400, 40).length === 1).toBe(again);
  });

  it('reads at most two strips, the largest first', () => {
    const strips = Array.from({ length: 9 }, (_, i) => ({ x0: 0, y0: i * 100, x1: 100 + i * 10, y1: i * 100 + 20 }));
    const chosen = unreadStrips(strips, 3400, 40);
    expect(chosen).toHaveLength(2);
    expect(chosen[0]!.x1).toBe(180);
  });

  it('puts the words read back in page pixels, each strip its own lines', async () => {
    const page = await preparedGlyphPage(WIDTH, HEIGHT);
    const strip = { x0: 1332, y0: 10, x1: 1632, y1: 70 };
    // Margin: a quarter of the strip's height (15 px) at twice the size: 30 px.
    const engine = pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: cropWords('Ký bởi: Ủy ban', 30, 90) }]);
    const words = await readUnreadLines(engine, page, [strip], []);
    expect(engine.asked).toEqual(['block']);
    expect(words.map((w) => w.text).join(' ')).toBe('Ký bởi: Ủy ban');
    expect(words[0]).toMatchObject({ x0: 1332 + (40 - 30) / 2, y0: 10, line: 'u0.1.1.30' });
  });

  it.each([
    ['debris read with low confidence (a seal, a signature)', cropWords('ẵ ỹ w', 30, 35), ''],
    ['nothing but punctuation', cropWords('- . ,', 30, 95), ''],
    ['print, its one doubtful word dropped', [...cropWords('Cơ quan:', 30, 95), ...cropWords('Š', 90, 20)], 'Cơ quan:'],
  ])('%s', async (_name, read, kept) => {
    const engine = pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: read }]);
    const words = await readUnreadLines(engine, await preparedGlyphPage(WIDTH, HEIGHT), [{ x0: 1332, y0: 10, x1: 1632, y1: 70 }], []);
    expect(words.map((w) => w.text).join(' ')).toBe(kept);
  });

  it('a page whose lines all read asks nothing more of the engine', async () => {
    const words = [...line('Căn cứ Luật Tổ chức chính quyền địa phương', 200, 1500, '5.1.1')];
    const engine = pageScript({ width: WIDTH, height: HEIGHT, words, unread: [] }, []);
    await ocrPreparedPage(engine, await preparedGlyphPage(WIDTH, HEIGHT), { page: 2, header: false });
    expect(engine.asked).toEqual(['page']);
  });

  it('the words of an unread line of the header reach the page text', async () => {
    const words = [...line('ỦY BAN NHÂN DÂN', 200, 300, '5.1.1'), ...line('Căn cứ Luật Tổ chức chính quyền địa phương', 200, 1500, '6.1.1')];
    const engine = pageScript({ width: WIDTH, height: HEIGHT, words, unread: [{ x0: 1400, y0: 20, x1: 2000, y1: 60 }] }, [
      { width: 0, height: 0, words: cropWords('Cơ quan: Tỉnh Quảng Ngãi', 20, 92) },
    ]);
    const out = await ocrPreparedPage(engine, await preparedGlyphPage(WIDTH, HEIGHT), { page: 1, header: true });
    expect(out.text).toContain('Căn cứ Luật');
    expect(out.text).toContain('Cơ quan: Tỉnh Quảng Ngãi');
  });

  it('a page read without its header (not a first page) reads no unread line again', async () => {
    const words = [...line('Căn cứ Luật Tổ chức chính quyền địa phương', 200, 1500, '6.1.1')];
    const engine = pageScript({ width: WIDTH, height: HEIGHT, words, unread: [{ x0: 1400, y0: 20, x1: 2000, y1: 60 }] }, []);
    await ocrPreparedPage(engine, await preparedGlyphPage(WIDTH, HEIGHT), { page: 2, header: false });
    expect(engine.asked).toEqual(['page']);
  });
});

describe('signature boxes read again alone', () => {
  /** A line of small print: half the letters' size of `line`. */
  const small = (text: string, x: number, y: number, id: string) =>
    line(text, 0, 0, id).map((w) => ({ ...w, x0: x + w.x0 / 2, x1: x + w.x1 / 2, y0: y, y1: y + 20 }));
  // The signer's box as the page read it: small print split and garbled.
  const garbled = [
    ...small('Ký bởi: Ủy bạn Quả nhân dân Linh Quả ng Ngãi', 2000, 20, '1.1.1'),
    ...small('Cỡ quan: Tí nh ¿ng N Š TH:', 2000, 45, '2.1.1'),
    ...small('Thời gian ký: L5/01/202 10:17', 2000, 70, '3.1.1'),
  ];
  const clean = [
    ...cropWords('Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi', 30, 90),
    ...cropWords('Cơ quan: Tỉnh Quảng Ngãi', 110, 90),
    ...cropWords('Thời gian ký: 15/01/2025 17:10:17', 190, 90),
  ];

  it('spelling: syllables read with confidence count for a reading, split and garbled words against it', () => {
    expect(spelling(clean)).toBeGreaterThan(spelling(garbled));
    expect(spelling(cropWords('15/01/2025 ttcbth@quangngai.gov.vn', 10, 90))).toBe(0);
    expect(spelling(cropWords('UBND', 10, 80))).toBeCloseTo(0.8);
  });

  it('takes the box read alone when it spells better, its lines top to bottom', async () => {
    const engine = pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: [...clean].reverse() }]);
    const text = await readBoxAgain(engine, await preparedGlyphPage(WIDTH, HEIGHT), garbled);
    expect(engine.asked).toEqual(['block']);
    expect(text).toBe('Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 15/01/2025 17:10:17');
  });

  it('reads a box whose every word spells no second time', async () => {
    const box = [...line('TRUNG TÂM CÔNG BÁO', 1400, 20, '1.1.1'), ...line('VÀ TIN HỌC', 1400, 60, '2.1.1'), ...line('17.01.2025 14:18:36 +07:00', 1400, 100, '3.1.1')];
    const engine = pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: clean }]);
    expect(await readBoxAgain(engine, await preparedGlyphPage(WIDTH, HEIGHT), box)).toBeNull();
    expect(engine.asked).toEqual([]);
  });

  it('reads again a box whose words came from a strip read alone, though they spell (their rows are the strip\'s)', async () => {
    const fromStrip = line('Ký bởi: Ủy ban nhân dân', 2000, 20, 'u0.1.1.1');
    const engine = pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: clean }]);
    expect(await readBoxAgain(engine, await preparedGlyphPage(WIDTH, HEIGHT), fromStrip)).toContain('Thời gian ký: 15/01/2025 17:10:17');
  });

  it('keeps the page\'s reading when the box read alone is worse', async () => {
    const box = [...line('TRUNG TÂM CÔNG BÁO', 1400, 20, '1.1.1'), ...line('VÀ TIN HỌC', 1400, 60, '2.1.1')];
    const worse = [...cropWords('ro. TRUNG TÂM CÔNG BẢO', 30, 60), ...cropWords('số vẺv VA TN HỌC', 110, 10)];
    const engine = pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: worse }]);
    expect(await readBoxAgain(engine, await preparedGlyphPage(WIDTH, HEIGHT), box)).toBeNull();
  });

  it('the page text opens with the box as read again', async () => {
    const header = [
      ...small('TRUNG TÂM CÔNG BÁO', 1300, 20, '0.1.1'),
      ...small('ttcbth@quangngai.gov.vn', 1300, 45, '0.1.2'),
      ...small('17.01.2025 14:18:36 +07:00', 1300, 70, '0.1.3'),
      ...garbled,
      ...line('ỦY BAN NHÂN DÂN', 300, 400, '5.1.1'),
    ];
    // The centre's box spells throughout: only the signer's is read again.
    const engine = pageScript({ width: WIDTH, height: HEIGHT, words: header, unread: [] }, [{ width: 0, height: 0, words: clean }]);
    const out = await ocrPreparedPage(engine, await preparedGlyphPage(WIDTH, HEIGHT), { page: 1, header: true });
    expect(engine.asked).toEqual(['page', 'block']);
    expect(out.text.split('\n\n').slice(0, 2)).toEqual([
      'TRUNG TÂM CÔNG BÁO\nttcbth@quangngai.gov.vn\n17.01.2025 14:18:36 +07:00',
      'Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 15/01/2025 17:10:17',
    ]);
  });
});
