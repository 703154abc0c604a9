// A basis clause ("Căn cứ …", "Theo đề nghị …") that ends its line with a comma right before the
// next clause opens was closed by a semicolon whose upper dot the threshold dropped; every other
// comma stays as the engine read it.
import { describe, expect, it } from 'vitest';
import { restoreBasisSemicolons } from '../../../pipeline/ocr/basis-semicolons.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

/** Words in reading order, "text@block.paragraph.line" (line 1.1.1 when not given). */
function words(...specs: string[]): OcrWord[] {
  return specs.map((spec, i) => {
    const [text = '', line = '1.1.1'] = spec.split('@');
    return { text, confidence: 90, line, x0: i * 100, y0: 0, x1: i * 100 + 90, y1: 40 };
  });
}
const text = (ws: readonly OcrWord[]) => ws.map((w) => w.text).join(' ');

describe('a comma closing a line before the next basis clause', () => {
  it.each([
    ['a year before "Căn cứ"', ['năm@1.1.1', '2019,@1.1.1', 'Căn@1.1.2', 'cứ@1.1.2', 'Luật@1.1.2'], 'năm 2019; Căn cứ Luật'],
    ['a word before "Căn cứ" in another paragraph', ['hành@1.1.1', 'chính,@1.1.1', 'Căn@1.2.1', 'cứ@1.2.1'], 'hành chính; Căn cứ'],
    ['before "Theo đề nghị"', ['thủ@1.1.1', 'tục,@1.1.1', 'Theo@1.1.2', 'đề@1.1.2', 'nghị@1.1.2'], 'thủ tục; Theo đề nghị'],
    ['before "Xét đề nghị"', ['2017,@1.1.1', 'Xét@1.1.2', 'đề@1.1.2', 'nghị@1.1.2'], '2017; Xét đề nghị'],
    ['a date before "Căn cứ"', ['19/5/2017,@1.1.1', 'Căn@1.1.2', 'cứ@1.1.2'], '19/5/2017; Căn cứ'],
  ])('is a semicolon: %s', (_name, given, want) => {
    expect(text(restoreBasisSemicolons(words(...given)))).toBe(want);
  });

  it("keeps the word's box, line and confidence", () => {
    const [fixed] = restoreBasisSemicolons(words('2019,@1.1.1', 'Căn@1.1.2', 'cứ@1.1.2'));
    expect(fixed).toMatchObject({ text: '2019;', line: '1.1.1', confidence: 90, x0: 0, x1: 90 });
  });
});

describe('other commas stay', () => {
  it.each([
    ['inside a line, before "Căn cứ"', ['năm@1.1.1', '2019,@1.1.1', 'Căn@1.1.1', 'cứ@1.1.1']],
    ['before the decision line', ['2018,@1.1.1', 'QUYẾT@1.1.2', 'ĐỊNH:@1.1.2']],
    ['before a recipient', ['3,@1.1.1', '-@1.1.2', 'Bộ@1.1.2']],
    ['before "Căn" not followed by "cứ"', ['nhà,@1.1.1', 'Căn@1.1.2', 'hộ@1.1.2']],
    ['before "Theo" not followed by "đề nghị"', ['2019,@1.1.1', 'Theo@1.1.2', 'quy@1.1.2']],
    ['a comma alone', [',@1.1.1', 'Căn@1.1.2', 'cứ@1.1.2']],
    ['before "căn cứ" going on a sentence of the body', ['luật,@1.1.1', 'căn@1.1.2', 'cứ@1.1.2', 'Luật@1.1.2']],
    ['at the end of the page', ['năm', '2019,']],
  ])('%s', (_name, given) => {
    const ws = words(...given);
    expect(restoreBasisSemicolons(ws)).toEqual(ws);
  });
});
