// A line of a garbling engine's layer too damaged to pass for any language is that engine's
// Vietnamese (garbled), not a foreign line left as it is; a line with English words stays foreign.
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSplit } from '../../normalizers/diacritics/glued-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

const layer = [
  'Vd viQc thirnh lAp HQi tl6ng thAm tlinh, tl6nh gi6',
  'Chi s5 c6i c6ch hhnh chinh tinh Lim Ddng',
  'Cdn c* Nghi q,ryilt tii 76,0{Q-CP ngdy 15 thdng 7 ndm 2021 ctn Ch{nh phtt',
  'hdnh chlnh diji vdi Ban qudn lit cdc khu c6ng nghiQp vd cdc c(, quan chuy€n m6n',
];

describe('lines of a garbled layer', () => {
  it.each([
    ['banhinh Chuongtrinhttingth€ cdi cdchhdnh chinhNhd nudc giai doan 2021 - 2030;', 'garbled'],
    ['The committee will meet with the partners from the province next week', 'foreign'],
    ['This document is provided for reference only and is not an official copy', 'foreign'],
  ])('%s → %s', (line, state) => {
    const states = restorer.lineStates([...layer, line, ...layer]);
    expect(states[layer.length]).toBe(state);
  });
  it('a damaged line is restored where its words can be read', () => {
    const text = [...layer, 'banhinh Chuongtrinhttingth€ cdi cdchhdnh chinhNhd nudc giai doan 2021 - 2030;'].join('\n');
    expect(restorer.restore(text).text.split('\n')[layer.length]).toContain('giai đoạn 2021');
  });
});

describe('two words run together across a change of case', () => {
  it.each([
    ['chinhNhd', 5],
    ['LdmDing', 3],
    ['UBNDtinh', 4],
    // A capital vowel inside a word is a misread marked vowel; brands, codes and site names keep their shape.
    ['viQc', -1],
    ['dQngvd', -1],
    ['ThuVienPhapLuat', -1],
    ['eKYC', -1],
    ['TTg', -1],
    ['PTTgCP', -1],
    ['IoT', -1],
  ])('%s → %d', (word, at) => {
    expect(caseSplit(word)).toBe(at);
  });
  it('a garbled layer reads the two words apart', () => {
    const text = [...layer, 'quan lj nha nudc theo quy dinh cua chinhNhd nudc va UBNDtinh'].join('\n');
    const out = restorer.restore(text).text.split('\n')[layer.length]!;
    expect(out).toContain('UBND tỉnh');
    expect(out).toContain('chính Nhà nước');
  });
});
