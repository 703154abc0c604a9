// A slash OCR read as a fraction or division slash ("01⁄2016/TTLT-…" off a 2016 joint circular)
// is a slash: the printed serial is then read, not blanked as a handwritten figure.
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import { ampersandSpecks, codeTailOnes, plainSlashes, vietnameseD } from '../../../pipeline/ocr/slashes.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

function line(...texts: string[]): OcrWord[] {
  return texts.map((text, i) => ({ text, confidence: 90, line: '1.1.1', x0: i * 100, y0: 0, x1: i * 100 + 80, y1: 20 }));
}

describe('plainSlashes', () => {
  it.each([
    ['a fraction slash in a serial', '01\u20442016/TTLT-TANDTC', '01/2016/TTLT-TANDTC'],
    ['a division slash before the symbol', '12\u2215QĐ-UBND', '12/QĐ-UBND'],
    ['a full-width solidus', '7\uFF0FKH', '7/KH'],
    ['several in one word', '5\u20446\u20442016', '5/6/2016'],
    ['a plain slash stays', '23/KH-UBND', '23/KH-UBND'],
    ['words without a slash stay', 'Hà Nội,', 'Hà Nội,'],
  ])('%s', (_name, read, text) => {
    const [word] = plainSlashes(line(read));
    expect(word!.text).toBe(text);
    expect([...word!.text].length).toBe([...read].length);
  });

  it('the same word twice reads the same (no state kept between calls)', () => {
    const words = line('01\u20442016', '02\u20442016');
    expect(plainSlashes(words).map((w) => w.text)).toEqual(['01/2016', '02/2016']);
    expect(plainSlashes(words).map((w) => w.text)).toEqual(['01/2016', '02/2016']);
  });

  it('a printed serial read with a fraction slash passes the header figure check', () => {
    const texts = ['Số:', '01\u20442016/TTLT-TANDTC-VKSNDTC-BTP'];
    expect(checkHeaderFigures(line(...texts)).illegible).toEqual(['01\u20442016']);
    const checked = checkHeaderFigures(plainSlashes(line(...texts)));
    expect(checked.illegible).toEqual([]);
    // The figure is kept (as its own word before the symbol's slash).
    expect(checked.words.map((w) => w.text).join('')).toBe('Số:01/2016/TTLT-TANDTC-VKSNDTC-BTP');
  });
});

describe('vietnameseD', () => {
  it.each([
    ['a capital eth in a symbol', 'QÐ', 'QĐ'],
    ['a small eth', 'ðào', 'đào'],
    ['Đ as written stays', 'Đào', 'Đào'],
    ['a word without either stays', 'Hà', 'Hà'],
  ])('%s', (_name, read, text) => {
    const [word] = vietnameseD(line(read));
    expect(word!.text).toBe(text);
    expect(word!.text.length).toBe(read.length);
  });

  // One Đ read as Đ and eth, in an unsure word (real scans: "TĐÐKT" conf. 57, "/QĐÐ-UBND" 54, "GÐĐ," 8).
  it.each([
    ['Đ then eth in a symbol', '/QĐ\u00D0-UBND', 40, '/QĐ-UBND'],
    ['eth then Đ before a comma', 'G\u00D0Đ,', 8, 'GĐ,'],
    ['inside a code', 'TĐ\u00D0KT', 57, 'TĐKT'],
    ['small letters', 'đ\u00F0ào', 50, 'đào'],
    ['a confident mixed pair is two letters (a code doubling Đ)', 'QLĐ\u00D0', 92, 'QLĐĐ'],
    ['a double Đ as read stays', 'QLĐĐ', 30, 'QLĐĐ'],
    ['two eths are two letters', 'QL\u00D0\u00D0', 30, 'QLĐĐ'],
  ])('%s', (_name, read, confidence, text) => {
    const [word] = vietnameseD([{ ...line(read)[0]!, confidence }]);
    expect(word!.text).toBe(text);
  });
});

// A unit code's closing 1 read as an inverted mark (heldout-fresh2-scans s07 "1378 /UBND-NC¡", s08 "/UBND-NL¿").
describe('codeTailOnes', () => {
  it.each([
    ['¡ after a code', '/UBND-NC¡', '/UBND-NC1'],
    ['¿ after a code', '/UBND-NL¿', '/UBND-NL1'],
    ['before a comma', '1297/UBND-KGVX¡,', '1297/UBND-KGVX1,'],
    ['inside a longer symbol', 'TTr-CAT¡-PC04', 'TTr-CAT1-PC04'],
    ['not after lower case', 'Sao¿', 'Sao¿'],
    ['not without a hyphen or slash before the code', 'NC¡', 'NC¡'],
    ['a code as read stays', '/UBND-NC1', '/UBND-NC1'],
  ])('%s', (_name, read, text) => {
    const [word] = codeTailOnes(line(read));
    expect(word!.text).toBe(text);
    expect(word!.text.length).toBe(read.length);
  });
});

// A speck read as an ampersand inside a heading's word (heldout-fresh11-scans s02 "PHÒNG K&INH TẾ - HẠ TẦNG").
describe('ampersandSpecks', () => {
  it.each([
    ['a consonant split from its syllable', 'K&INH', 'KINH'],
    ['with punctuation after', 'T&ỈNH,', 'TỈNH,'],
    ['codes joined stay', 'TT&TT', 'TT&TT'],
    ['a code of two letters before stays', 'VH&TT', 'VH&TT'],
    ['no syllable together stays', 'N&PTNT', 'N&PTNT'],
    ['lower case stays', 'k&inh', 'k&inh'],
  ])('%s', (_name, read, text) => {
    expect(ampersandSpecks(line(read))[0]!.text).toBe(text);
  });
});
