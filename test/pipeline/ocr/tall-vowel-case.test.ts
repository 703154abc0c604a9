// Small vowels with stacked marks read as capitals for their height ("sỐ", "mỘt", "Luật TỔ chức"),
// as on real scans of every kind (heldout-fresh s07 Kodak, s05 OmniPage, heldout-fresh2 PaperStream).
import { describe, expect, it } from 'vitest';
import { isTallMarkedCapital, tallVowelCase, tallVowelsSmall } from '../../../pipeline/ocr/tall-vowel-case.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

function line(...texts: string[]): OcrWord[] {
  return texts.map((text, i) => ({ text, confidence: 90, line: '1.1.1', x0: i * 100, y0: 0, x1: i * 100 + 80, y1: 20 }));
}
const read = (...texts: string[]) => tallVowelsSmall(line(...texts)).map((w) => w.text);

describe('isTallMarkedCapital', () => {
  it.each([
    ['Ố', true],
    ['Ộ', true],
    ['Ễ', true],
    ['Ắ', true],
    ['Ớ', true],
    ['Ợ', false], // a horn and a dot below: no taller than the letter
    ['Ô', false],
    ['Á', false],
    ['ố', false],
    ['T', false],
  ])('%s → %s', (ch, tall) => expect(isTallMarkedCapital(ch)).toBe(tall));
});

describe('tallVowelCase', () => {
  it.each([
    ['a capital after a small letter', 'sỐ', false, 'số'],
    ['with a dot below', 'mỘt', false, 'một'],
    ['a horn, the word capitalised', 'VưỚng', false, 'Vướng'],
    ['a whole capitals word amid small words', 'TỔ', true, 'Tổ'],
    ['another', 'LỄ', true, 'Lễ'],
    ['capitals amid capitals stay (a heading)', 'TỔ', false, 'TỔ'],
    ['a heading word stays', 'CỘNG', false, 'CỘNG'],
    ['a code keeps its capitals', 'SNgV', true, 'SNgV'],
    ['other capitals after a small letter: not this misreading', 'tỔNG', false, 'tỔNG'],
    ['no syllable: left as read', 'xỐq', false, 'xỐq'],
    ['a word read right stays', 'Tổ', true, 'Tổ'],
  ])('%s: %s', (_name, core, smallAround, want) => expect(tallVowelCase(core, smallAround)).toBe(want));
});

describe('tallVowelsSmall', () => {
  it('reads the neighbours on the line', () => {
    expect(read('Luật', 'TỔ', 'chức', 'chính', 'quyền')).toEqual(['Luật', 'Tổ', 'chức', 'chính', 'quyền']);
    expect(read('CỘNG', 'HÒA', 'XÃ', 'HỘI')).toEqual(['CỘNG', 'HÒA', 'XÃ', 'HỘI']);
    expect(read('Điều', '5.', 'TỔ', 'CHỨC')).toEqual(['Điều', '5.', 'TỔ', 'CHỨC']);
  });

  it('keeps punctuation round the word', () => {
    expect(read('văn', 'bản', 'sỐ:', 'mỘt,')).toEqual(['văn', 'bản', 'số:', 'một,']);
    expect(read('của', 'TỔ,', 'chức')).toEqual(['của', 'Tổ,', 'chức']);
  });

  it('a word at a sentence end is not judged by the next sentence', () => {
    expect(read('của', 'TỔ.', 'các')).toEqual(['của', 'TỔ.', 'các']);
  });

  it('words on another line are not neighbours', () => {
    const words = [...line('của'), { ...line('x', 'TỔ')[1]!, line: '1.1.2' }, { ...line('x', 'x', 'chức')[2]!, line: '1.1.3' }];
    expect(tallVowelsSmall(words).map((w) => w.text)).toEqual(['của', 'TỔ', 'chức']);
  });

  it('a word unchanged is the same object', () => {
    const words = line('Tổ', 'chức');
    expect(tallVowelsSmall(words)[0]).toBe(words[0]);
  });
});
