// A comma whose tail a light print lost, read as a full stop before the sentence goes on in
// lower case ("88/CP. ngày 17/8/1994. số 60/CP." on a 1999 scan), is a comma again; every other
// full stop stays as the engine read it.
import { describe, expect, it } from 'vitest';
import { restoreCommaTails } from '../../../pipeline/ocr/comma-tails.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

/** Words in reading order, "text@block.paragraph.line" (line 1.1.1 when not given). */
function words(...specs: string[]): OcrWord[] {
  return specs.map((spec, i) => {
    const [text = '', line = '1.1.1'] = spec.split('@');
    return { text, confidence: 90, line, x0: i * 100, y0: 0, x1: i * 100 + 90, y1: 40 };
  });
}
const text = (ws: readonly OcrWord[]) => ws.map((w) => w.text).join(' ');

describe('a full stop before a lower-case word of the same paragraph', () => {
  it.each([
    ['a reference', ['số:', '88/CP.', 'ngày', '17/8/1994.', 'số'], 'số: 88/CP, ngày 17/8/1994, số'],
    ['a word', ['ông.', 'bà:'], 'ông, bà:'],
    ['a symbol with dashes', ['204/UB-QĐ-NĐ.', 'ngày'], '204/UB-QĐ-NĐ, ngày'],
    ['across a line break of the paragraph', ['hoạch.@4.2.1', 'xây@4.2.2'], 'hoạch, xây'],
  ])('is a comma: %s', (_name, given, want) => {
    expect(text(restoreCommaTails(words(...given)))).toBe(want);
  });

  it('keeps the word’s box, line and confidence', () => {
    const [fixed] = restoreCommaTails(words('xã.', 'thị'));
    expect(fixed).toMatchObject({ text: 'xã,', line: '1.1.1', confidence: 90, x0: 0, x1: 90 });
  });
});

describe('other full stops stay', () => {
  it.each([
    ['before a capital', ['đô', 'thị.', 'Căn']],
    ['before a figure', ['tr.', '5']],
    ['before a new paragraph', ['thị.@4.2.3', 'căn@4.3.1']],
    ['at the end of the page', ['thực', 'hiện.']],
    ['after a one-letter item', ['a.', 'tổ']],
    ['after two letters', ['ô.', 'bà']],
    ['in an ellipsis', ['năm', '...', 'tháng']],
    ['after a stop already marked', ['tình./.', 'nơi']],
    ['in an abbreviation with a dot inside', ['v.v.', 'các']],
    ['in an address', ['quangngai.gov.vn.', 'và']],
    ['after an e-mail', ['a@b.vn.', 'và']],
    ['a lone stop', ['.', 'và']],
    ['a city abbreviated before its name', ['Tp.', 'hồ', 'chí']],
    ['a degree before a name', ['ThS.', 'nguyễn']],
    ['a town abbreviated', ['TX.', 'long']],
  ])('%s', (_name, given) => {
    expect(text(restoreCommaTails(words(...given)))).toBe(given.map((g) => g.split('@')[0]).join(' '));
  });
});
