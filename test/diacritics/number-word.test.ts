// "số" before a document's number in a garbling engine's layer (number-word.ts): which short words
// count as standing before a symbol, and what the restorer makes of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { beforeSymbol } from '../../normalizers/diacritics/number-word.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

const at = (line: string, word: string) => {
  const start = line.indexOf(word);
  return beforeSymbol(line, start, start + word.length);
};

describe('a short word before a document symbol', () => {
  it.each([
    ['Nghi quyet tii 76,0{Q-CP ngay', 'tii', true],
    ['thanh tra so 3136/KL-TTCP', 'so', true],
    ['Thong tu s 16/201 8/TT-BTC', 's', true],
    ['Quyet dinh sO: 15/QD-UBND', 'sO', true],
    // A date is no symbol.
    ['ap dung tu 01/01/2025 den', 'tu', false],
    ['den 31/12 hang nam', 'den', false],
    // A word between two symbols joins them.
    ['Nghi quyet 73/NQ-CP va 116/NQ-CP', 'va', false],
    // A code without a figure after its slash, a plain number, a long word.
    ['cua Sd N1/ vu tai', 'Sd', false],
    ['tu 2020 den 2025', 'tu', false],
    ['Quyet dinh 15/QD-UBND', 'dinh', false],
    // An item of a plan is no document's number; a marked word is as the engine read it.
    ['xem muc a.1/KH.', 'muc', false],
    ['xem mục 15/KH-UBND', 'mục', false],
    // A range, a measure, a place are no document's number.
    ['ty le dat 80-90% tro len', 'dat', false],
    ['chieu dai 25m-30m moi', 'dai', false],
    ['dia chi To 5-KP3 phuong', 'To', false],
  ])('%s: %s → %s', (line, word, expected) => {
    expect(at(line, word)).toBe(expected);
  });
});

describe('in a garbled layer the restorer reads it as số', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  it.each([
    ['Cdn c* Nghi quyet tii 76,0{Q-CP ngdy 15 thdng 7 ndm 2021 ctn Ch{nh phtt', 'Nghị quyết số 76'],
    ['Ngdy 28/12/2023, Tong Thanh tra Chinh phii ban hanh Ket Juan thanh tra so 3136/KL-TTCP', 'thanh tra số 3136'],
  ])('%s', (line, expected) => {
    expect(restorer.restore(`${line}\nCdn c* Luqt TO ch*c chinh quyin dia phuong ngdy 16 thdng 6 ndm 2025;`).text).toContain(expected);
  });
  it('a date after "từ" keeps it', () => {
    expect(restorer.restore('Cdn c* Luqt TO ch*c chinh quyin, ap dgng tir 01/01/2025 d€n h€t ndm 2025;').text).not.toContain('số 01/01/2025');
  });
});
