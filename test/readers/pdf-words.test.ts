// Words from pdf.js text items where letters carry combining marks: Word for Microsoft 365 draws
// "Ủ" as one glyph whose text is "U" + U+0309, and pdf.js's text content gives that glyph no
// advance (mozilla/pdf.js#21890), so the writer's next run seems a space away.
import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { itemWords, markAdvancesOf, type MarkAdvances, type WordItem } from '../../pipeline/readers/pdf-words.js';

/** An A4 page at scale 1: y up in the PDF, down on the viewport. */
const viewport = [1, 0, 0, -1, 0, 842];
const item = (str: string, x: number, width: number, fontName = 'f1', size = 12, y = 700): WordItem => ({ str, transform: [size, 0, 0, size, x, y], width, height: size, fontName });
const NFD = (s: string) => s.normalize('NFD');
/** The glyphs with marks of Word's Vietnamese font (g_d0_f2 in the real file), advances in font sizes. */
const wordMarks: MarkAdvances = new Map([['f2', new Map([[NFD('Ủ'), 0.722], [NFD('Ờ'), 0.778], [NFD('ũ'), 0.5]])]]);

describe('itemWords: letters with combining marks', () => {
  const cases: Array<[string, WordItem[], MarkAdvances | undefined, string[]]> = [
    // The header of a Word 365 ward decision, positions as pdf.js gives them.
    ['a marked capital alone in its run, the next run at its advance', [item(NFD('Ủ'), 118.13, 0, 'f2'), item('Y BAN NHÂN DÂN', 126.53, 100.58, 'f3')], wordMarks, ['ỦY', 'BAN', 'NHÂN', 'DÂN']],
    [
      'the whitespace pdf.js puts over the lost advance is not a space',
      [item('PHƯ', 142.37, 25.63, 'f2'), item(NFD('Ờ'), 167.83, 0, 'f2'), item(' ', 168, 8.95, 'f2'), item('NG 1', 176.95, 26.16, 'f3')],
      wordMarks,
      ['PHƯỜNG', '1'],
    ],
    [
      'a real space after the marked letter stays',
      [item('CH', 392.81, 19.44, 'f5', 12.96), item(NFD('Ủ'), 412.25, 0, 'f2', 12.96), item(' ', 412.25, 12.72, 'f2', 12.96), item('T', 424.97, 8.64, 'f5', 12.96), item('Ị', 433.61, 5.04, 'f2', 12.96), item('CH', 438.67, 19.44, 'f5', 12.96)],
      wordMarks,
      ['CHỦ', 'TỊCH'],
    ],
    ['a place name, the run after the mark in another font', [item('Thành phố V', 300, 60, 'f3'), item(NFD('ũ'), 360, 0, 'f2'), item('ng Tàu', 366, 36, 'f3')], wordMarks, ['Thành', 'phố', 'Vũng', 'Tàu']],
    ['marks inside one run: NFC words, spaces as written', [item(NFD('Vũ Đăng Khoa'), 380.57, 81.49, 'f4', 13.92)], undefined, ['Vũ', 'Đăng', 'Khoa']],
    ['a mark drawn as its own item over its letter', [item('Vu', 100, 13), item('\u0303', 107, 0)], undefined, ['Vũ']],
    ['a spacing acute drawn over the letter before it', [item('ca', 100, 11), item('\u00B4', 107, 4)], undefined, ['cá']],
    ['a spacing accent after a gap is a character of its own', [item('ca', 100, 11), item('\u00B4', 118, 4)], undefined, ['ca', '´']],
    ['without the advances, a gap after a marked letter is still a gap', [item(NFD('Ủ'), 118.13, 0, 'f2'), item('Y BAN', 126.53, 35, 'f3')], undefined, ['Ủ', 'Y', 'BAN']],
  ];
  it.each(cases)('%s', (_name, items, marks, words) => {
    const out = itemWords(items, viewport, marks).map((w) => w.text);
    expect(out).toEqual(words);
    for (const w of out) expect(w).toBe(w.normalize('NFC'));
  });
});

describe('markAdvancesOf: the advances of glyphs with marks, from the operator list', () => {
  const glyph = (unicode: string, width: number) => ({ unicode, width });
  const list = {
    fnArray: [OPS.setFont, OPS.showText, OPS.setFont, OPS.showText, OPS.showText],
    argsArray: [
      ['g_f2', 12],
      [[glyph(NFD('Ủ'), 722), -20, glyph('a', 444)]],
      ['g_f3', 12],
      [[glyph('\u0301', 0), glyph('e', 444)]],
      [[glyph(NFD('ờ'), 550)]],
    ],
  };
  it('keeps glyphs with a mark and an advance, by font, in font sizes', () => {
    const marks = markAdvancesOf(list);
    expect([...marks.keys()]).toEqual(['g_f2', 'g_f3']);
    expect(marks.get('g_f2')!.get(NFD('Ủ'))).toBeCloseTo(0.722, 6);
    expect(marks.get('g_f2')!.has('a')).toBe(false);
    // A mark glyph without an advance loses nothing.
    expect(marks.get('g_f3')!.has('\u0301')).toBe(false);
    expect(marks.get('g_f3')!.get(NFD('ờ'))).toBeCloseTo(0.55, 6);
  });

  it("scales by the font's own matrix (Type 3 fonts)", () => {
    const marks = markAdvancesOf(list, (id) => (id === 'g_f2' ? [0.01, 0, 0, 0.01, 0, 0] : undefined));
    expect(marks.get('g_f2')!.get(NFD('Ủ'))).toBeCloseTo(7.22, 6);
  });
});
