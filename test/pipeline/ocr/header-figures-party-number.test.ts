// A Party-style number line as OCR reads it off a youth union's scan ("Số: 40 -TB/ĐTN", "Số: 53
// KH/ĐTN", "Số:95-QĐ/ĐTN"): the type code before the first slash is the symbol's, so a printed
// serial is kept and a handwritten one is blanked alone, the type code left in place.
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import { partyTypeBeforeSlash } from '../../../pipeline/ocr/party-symbol-type.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

function line(confidence: number, ...texts: string[]): OcrWord[] {
  return texts.map((text, i) => ({ text, confidence, line: '1.1.1', x0: i * 100, y0: 0, x1: i * 100 + 80, y1: 20 }));
}
const joined = (words: OcrWord[]) => words.map((w) => w.text).join(' ');

describe('a Party-style number line', () => {
  it.each([
    ['printed serial, spaced hyphen', ['Số:', '40', '-TB/ĐTN'], 'Số: 40 -TB/ĐTN'],
    ['printed serial, a space for the hyphen', ['Số:', '53', 'KH/ĐTN'], 'Số: 53 KH/ĐTN'],
    ['all glued', ['Số:95-QĐ/ĐTN'], 'Số: 95 -QĐ/ĐTN'],
    ['hyphen a word of its own', ['Số:', '40', '-', 'TB/ĐTN'], 'Số: 40 -TB/ĐTN'],
  ])('%s: the serial is read and the type code kept', (_name, texts, expected) => {
    const checked = checkHeaderFigures(line(92, ...texts));
    expect(checked.illegible).toEqual([]);
    expect(joined(checked.words)).toBe(expected);
  });

  it.each([
    ['handwritten serial beside a printed code', ['Số:', '5}', 'KH/ĐTN'], '5}', 'Số: ... KH/ĐTN'],
    ['handwritten serial glued to the label', ['Số:Ø3-KH/ĐTN'], 'Ø3', 'Số: ... -KH/ĐTN'],
    // The hand's "03" read as a letter glued to the printed hyphen and code.
    ['handwritten serial read as a letter before the hyphen', ['Số:Z-KH/ĐTN'], 'Z', 'Số: ... -KH/ĐTN'],
    ['the same, a word of its own', ['Số:', 'Z-KH/ĐTN'], 'Z', 'Số: ... -KH/ĐTN'],
  ])('%s: the serial alone is blanked', (_name, texts, garbled, expected) => {
    const checked = checkHeaderFigures(line(40, ...texts));
    expect(checked.illegible).toEqual([garbled]);
    expect(joined(checked.words)).toBe(expected);
  });
});

describe('what is not a Party type code before the slash', () => {
  it.each([
    ['a state symbol opening with its own type', '5}', '/QĐ-UBND'],
    ['letters that are no type code', '12 AB', '/ĐTN'],
    ['the tail of a word', 'ABKH', '/ĐTN'],
    ['a lone figure', '574', '/UBND-KTTH'],
    ['a code after a hyphen before a state symbol', 'Z-KH', '/QĐ-UBND'],
  ])('%s', (_name, text, after) => {
    expect(partyTypeBeforeSlash(text, after)).toBeNull();
  });

  it('a state line keeps its serial and symbol', () => {
    const checked = checkHeaderFigures(line(92, 'Số:', '574', '/UBND-KTTH'));
    expect(joined(checked.words)).toBe('Số: 574 /UBND-KTTH');
  });
});
