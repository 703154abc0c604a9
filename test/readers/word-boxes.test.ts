// Word boxes placed in the text a page's layout wrote: every word at its own place in the text,
// whatever path the layout read it by (header columns, ruled and unruled tables, body lines).
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../pipeline/ocr/layout.js';
import type { Rule } from '../../pipeline/ocr/types.js';
import { joinPageWords, placeWords } from '../../pipeline/ocr/word-boxes.js';
import type { PageWords } from '../../output/schema.js';
import { line } from '../helpers/ocr-words.js';


const header = [
  ...line('UBND QUẬN', 100, 100, 'a').concat(line('CỘNG HÒA XÃ HỘI', 1300, 100, 'a')),
  ...line('HỘI ĐỒNG', 100, 160, 'b').concat(line('Độc lập - Tự do', 1300, 160, 'b')),
  ...line('Số: 04/KH-HĐTĐKT', 100, 220, 'c').concat(line('Long Biên, ngày 03', 1300, 220, 'c')),
  ...line('KẾ HOẠCH', 1000, 350, 'd'),
];
const xs = [300, 420, 1200, 1700];
const ys = [1000, 1080, 1240, 1320];
const rules: Rule[] = [
  ...ys.map((y) => ({ kind: 'h' as const, at: y, a: xs[0]!, b: xs[3]! })),
  ...xs.map((x) => ({ kind: 'v' as const, at: x, a: ys[0]!, b: ys[3]! })),
];
const ruled = [
  ...line('TT', 320, 1020, 'h1'), ...line('Nội dung', 440, 1020, 'h2'), ...line('Thời gian', 1220, 1020, 'h3'),
  ...line('1.', 320, 1100, 'r1'), ...line('Xây dựng kế hoạch', 440, 1100, 'r2'), ...line('phát động thi đua', 440, 1170, 'r3'),
  ...line('Tháng 01/2018', 1220, 1100, 'r4'),
  ...line('2.', 320, 1260, 's1'), ...line('Sơ kết', 440, 1260, 's2'), ...line('Tháng 6', 1220, 1260, 's3'),
];
const unruled = [
  ...line('TT', 100, 1500, 'a1'), ...line('Nội dung', 300, 1500, 'a2'), ...line('Đơn vị', 1200, 1500, 'a3'), ...line('Thời gian', 1700, 1500, 'a4'),
  ...line('1.', 100, 1560, 'b1'), ...line('Xây dựng kế', 300, 1560, 'b2'), ...line('VP', 1200, 1560, 'b3'), ...line('Tháng 1', 1700, 1560, 'b4'),
  ...line('hoạch năm', 300, 1610, 'c2'),
  ...line('2.', 100, 1670, 'd1'), ...line('Sơ kết', 300, 1670, 'd2'), ...line('VP', 1200, 1670, 'd3'), ...line('Tháng 6', 1700, 1670, 'd4'),
];
const body = [...line('Trên đây là kế hoạch kiểm tra', 300, 2000, 'e'), ...line('năm 2023 của Hội đồng', 300, 2060, 'f')];

describe('placeWords', () => {
  it.each([
    ['a two-column header read left then right', header, [] as Rule[], true],
    ['a ruled table with a wrapped cell', ruled, rules, false],
    ['an unruled table whose row goes on on the next line', unruled, [] as Rule[], false],
    ['everything on one page', [...header, ...ruled, ...unruled, ...body], rules, true],
  ])('puts every word of %s at its place in the text', (_name, words, pageRules, hasHeader) => {
    // The engine's order is not the text's: shuffle it.
    const shuffled = [...words].reverse();
    const layout = layoutPage({ width: 2480, height: 3508, words: shuffled }, pageRules, { header: hasHeader });
    const boxes = placeWords(layout.text, layout.words);
    expect(boxes).not.toBeNull();
    expect(boxes).toHaveLength(words.length);
    for (const [start, end, x0, y0, x1, y1] of boxes!) {
      const word = words.find((w) => w.x0 === x0 && w.y0 === y0 && w.x1 === x1 && w.y1 === y1)!;
      expect(layout.text.slice(start, end)).toBe(word.text);
    }
    // Each word once, in text order.
    expect(new Set(boxes!.map((b) => b[0])).size).toBe(words.length);
    expect(boxes!.map((b) => b[0])).toEqual([...boxes!.map((b) => b[0])].sort((a, b) => a - b));
  });

  it.each([
    ['a word missing from the text', 'Kế hoạch', ['Kế', 'hoạch', 'năm']],
    ['words out of order', 'Kế hoạch năm', ['hoạch', 'Kế', 'năm']],
    ['text left over after the words', 'Kế hoạch năm', ['Kế', 'hoạch']],
    ['an empty word', 'Kế hoạch', ['Kế', '', 'hoạch']],
  ])('gives no boxes for %s', (_name, text, texts) => {
    const words = texts.map((t, i) => ({ text: t, confidence: 90, x0: i * 100, x1: i * 100 + 80, y0: 0, y1: 40, line: '1' }));
    expect(placeWords(text, words)).toBeNull();
  });

  it('rounds boxes to whole pixels', () => {
    const words = [{ text: 'Kế', confidence: 90, x0: 10.4, y0: 20.6, x1: 30.5, y1: 40.2, line: '1' }];
    expect(placeWords(' Kế', words)).toEqual([[1, 3, 10, 21, 31, 40]]);
  });
});

describe('joinPageWords', () => {
  it('moves each page\'s boxes by the pages before it and the separators', () => {
    const page = (n: number, words: PageWords['words']): PageWords => ({
      page: n, width: 100, height: 100, upscale: 1, deskew: 0, imageWidth: 100, imageHeight: 100, words,
    });
    const texts = ['Kế hoạch', '', 'năm nay'];
    const joined = joinPageWords([
      { text: texts[0]!, words: [page(1, [[0, 2, 0, 0, 1, 1], [3, 8, 0, 0, 1, 1]])] },
      { text: texts[1]!, words: [] },
      { text: texts[2]!, words: [page(3, [[0, 3, 0, 0, 1, 1], [4, 7, 0, 0, 1, 1]])] },
    ]);
    const text = texts.join('\f');
    expect(joined.map((p) => p.page)).toEqual([1, 3]);
    expect(joined.flatMap((p) => p.words.map(([s, e]) => text.slice(s, e)))).toEqual(['Kế', 'hoạch', 'năm', 'nay']);
  });
});
