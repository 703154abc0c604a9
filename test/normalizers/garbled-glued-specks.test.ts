// A word an engine ran into a word it cut with a speck ("hgpth\lc" = hợp thực: "hgp", then "th\lc"):
// the word is cut off the left piece when the rest joins across the speck and the piece is no word.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { joinSpeckedPieces } from '../../normalizers/diacritics/speck-words.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';

/** Joins "th'lc" only; words are the heads listed. */
const joinable = (joined: string) => joined === "th'lc";
const words = new Set(['hgp', 'thed', 'hop']);

describe('a word cut off the start of a specked word', () => {
  it.each([
    ['ph6i hgpth\\lc hi~n', ['ph6i', 'hgp', "th'lc", 'hi', 'n'], [8]],
    // The head must be three letters or more: no "th" off "thth\lc".
    ['xx thth\\lc', ['xx', 'thth', 'lc'], []],
    // A piece that is a word itself is not cut.
    ['thed\\lc', ['thed', 'lc'], []],
    // No word at the start: not cut.
    ['xyzth\\lc', ['xyzth', 'lc'], []],
  ])('%s', (line, texts, cutStarts) => {
    const cuts = new Set<number>();
    const out = joinSpeckedPieces(line, splitPieces(line), joinable, { word: (w) => words.has(w), cuts });
    expect(out.map((p) => p.text)).toEqual(texts);
    expect([...cuts]).toEqual(cutStarts);
  });

  it('keeps offsets: the two pieces cover the left piece and the specked word', () => {
    const line = 'hgpth\\lc';
    const out = joinSpeckedPieces(line, splitPieces(line), joinable, { word: (w) => words.has(w), cuts: new Set() });
    expect(out.map((p) => [p.start, p.end])).toEqual([
      [0, 3],
      [3, 8],
    ]);
  });

  it('is not tried inside an address', () => {
    const line = 'hgpth\\lc';
    const cuts = new Set<number>();
    const out = joinSpeckedPieces(line, splitPieces(line), joinable, { word: (w) => words.has(w), cuts, skip: [[0, 8]] });
    expect(out.map((p) => p.text)).toEqual(['hgpth', 'lc']);
    expect(cuts.size).toBe(0);
  });

  it('is not tried without the option', () => {
    const line = 'hgpth\\lc';
    expect(joinSpeckedPieces(line, splitPieces(line), joinable).map((p) => p.text)).toEqual(['hgpth', 'lc']);
  });
});

describe('in a layer', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });

  it('reads both words and writes the space back', () => {
    // In the manner of the "6,2,0,77" engine family: marks stripped, "~" for lost letters, "\l" for ụ/ự.
    const layer = [
      'Thirc hien k~ hoach cua Ban Thuong vu Tinh uy ve cong tac nam 2020;',
      'Cac co quan, don vi phai dQng vien can bQ tham gia day du cac hoat dong.',
      'Chuang trinh ph6i hgpth\\lc hi~n giai doan 2016-2021 vai cac nQi dung nhu sau:',
      'Nha truong giao cho cac khoa t6 chirc thuc hien va bao cao k~t qua.',
      'Sinh vien can nam r6 cac quy dinh cua nha truong d~ thuc hien dung.',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[2]).toMatch(/^Chương trình phối hợp thực hiện giai đoạn/);
  });

  it('leaves an e-mail address whole', () => {
    const layer = [
      'Thirc hien k~ hoach cua Ban Thuong vu Tinh uy ve cong tac nam 2020;',
      'Cac co quan, don vi phai dQng vien can bQ tham gia day du cac hoat dong.',
      'Thu: thongtinchinhphu@chinhphu.vn',
      'Nha truong giao cho cac khoa t6 chirc thuc hien va bao cao k~t qua.',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[2]).toContain('thongtinchinhphu@chinhphu.vn');
  });
});
