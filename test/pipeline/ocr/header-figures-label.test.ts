// The number label as OCR reads it off a real scan, lower case included ("só:Zƒƒ /QĐ-UBND", the
// serial handwritten): the garbled serial is blanked and reported, the printed symbol kept.
import { describe, expect, it } from 'vitest';
import { checkHeaderFigures } from '../../../pipeline/ocr/header-figures.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

function line(...texts: string[]): OcrWord[] {
  return texts.map((text, i) => ({ text, confidence: 90, line: '1.1.1', x0: i * 100, y0: 0, x1: i * 100 + 80, y1: 20 }));
}

describe('the number label as OCR spells it', () => {
  it.each([
    ['lower-case s, serial glued to it', ['só:Zƒƒ', '/QĐ-UBND'], 'Zƒƒ'],
    ['capital S', ['Sô:Zƒƒ', '/QĐ-UBND'], 'Zƒƒ'],
    ['lower-case s, serial apart', ['sô:', '‡†', '/QĐ-UBND'], '‡†'],
    ['S read as §, a speck before it', ['_§ố:', '!À!', '/PKTHT-TH'], '!À!'],
  ])('%s', (_name, texts, garbled) => {
    const checked = checkHeaderFigures(line(...texts));
    expect(checked.illegible).toEqual([garbled]);
    expect(checked.words.map((w) => w.text).join(' ')).toMatch(/^Số: \.\.\. ?\/(?:QĐ-UBND|PKTHT-TH)$/);
  });

  it.each([
    ['a printed serial stays', ['só:', '2871', '/QĐ-UBND']],
    ['"số" in running text without a colon is not the label', ['số', 'Zƒƒ', '/QĐ-UBND']],
    ['"§" alone before a word is no label', ['§', 'Zƒƒ', '/QĐ-UBND']],
    ['a printed serial after "§ố:" stays', ['§ố:', '141', '/PKTHT-TH']],
  ])('%s', (_name, texts) => {
    expect(checkHeaderFigures(line(...texts)).illegible).toEqual([]);
  });
});
