// A 0 standing alone between two small-letter words of a garbling engine's layer: the ở (ô, ơ) the engine wrote as the
// round figure when it lost the horn and the tone ("khi 0 tinh" = khi ở tỉnh, "nhd 0 c6ng nhdn" = nhà ở công nhân), or
// a count the model keeps ("đạt 0 điểm", "từ 0 giờ"). Lines written for these tests in the manner of such layers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer, isLoneZero } from '../../normalizers/diacritics/restorer.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

const HEADER = ['CQNG HOA XA HQI CHU NGHiA VIET NAM', 'Dôc lap —Tr do — Hnh phñc'];
const restoredLine = (line: string) => restorer.restore([...HEADER, line].join('\n')).text.split('\n')[2]!;

describe('a lone 0 of a garbled line', () => {
  it.each([
    ['- Phia Nam ti6p gi6p sdn c6ng nghiCp vd nhd 0 c6ng nhdn', 'nhà ở công'],
    ['Trudng hAp khi 0 tinh niy cd hQi, cin 0 tinh kia khdng', 'khi ở tỉnh này'],
    ['Trudng hAp khi 0 tinh niy cd hQi, cin 0 tinh kia khdng', 'ở tỉnh kia'],
  ])('%s: the vowel word the engine wrote round (%s)', (line, words) => {
    expect(restoredLine(line)).toContain(words);
  });

  it.each([
    ['hoc sinh dat 0 di6m trong ky thi', 'đạt 0 điểm'],
    ['thgc hiQn gi6n c6ch x5 hQi tu 0 gid ngdy 15 thdng 6', 'từ 0 giờ ngày'],
    ['c6 0 trudng hqp vi pham', 'có 0 trường hợp'],
  ])('%s: a count stays a figure (%s)', (line, words) => {
    expect(restoredLine(line)).toContain(words);
  });

  it.each([
    ['truong hop khi 0 tinh nay co hoi, con 0 tinh kia khong co', 'khi ở tỉnh này'],
    ['hoc sinh dat 0 diem trong ky thi', 'đạt 0 điểm'],
  ])('%s: a stripped line of the layer reads it the same (%s)', (line, words) => {
    expect(restoredLine(line)).toContain(words);
  });

  it('not in typed text', () => {
    expect(restorer.restore('Trường hợp khi 0 tỉnh này có hội').text).toBe('Trường hợp khi 0 tỉnh này có hội');
  });
});

describe('isLoneZero', () => {
  const zeroIn = (line: string) => {
    const piece = splitPieces(line).find((p) => p.text === '0');
    return piece ? isLoneZero(line, piece) : false;
  };
  it.each([
    ['nhd 0 c6ng', true],
    ['khi 0 tinh', true],
    // Beside figures, a capital word, a sign, or in a gap of columns it is a figure as written.
    ['ngay 0 1 2', false],
    ['khi 0 Tinh', false],
    ['khi (0) tinh', false],
    ['khi   0   tinh', false],
    ['khi 0', false],
    ['0 tinh', false],
  ])('%s: %s', (line, lone) => {
    expect(zeroIn(line)).toBe(lone);
  });
});
