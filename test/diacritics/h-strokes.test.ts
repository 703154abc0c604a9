// An H read as the two strokes it stands on ("TIIANH" = THÀNH, "NIIÂN" = NHÂN, "CHII" = CHI) in
// garbled layers of engines without Vietnamese: the channel offers the syllable, the restorer takes
// it where the line agrees; an "ii" a Vietnamese word can hold (ú read as "ii": "phiic" = phúc) keeps
// its own reading.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { ocrCandidates, GARBLED_CONFUSIONS } from '../../normalizers/ocr-noise.js';
import { syllableInventory } from '../../normalizers/syllables.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});
const isKey = (k: string) => syllableInventory().has(k);

describe('an H read as "ii"', () => {
  it.each([
    ['tiianh', 'thanh'],
    ['niian', 'nhan'],
    ['kiiai', 'khai'],
  ])('%s → %s among the candidates', (read, key) => {
    expect(ocrCandidates(read, isKey, 12, GARBLED_CONFUSIONS, true).map((c) => c.key)).toContain(key);
  });

  // The header of a layer garbled as engines without Vietnamese garble it
  // (the motto and a date line whose marks sit on the wrong letters tell).
  const layer = (place: string) =>
    [
      'UY BAN NHAN DAN                          CONG HOA xA HQI CilU NGHIA VIT NAM',
      `TIIANH PHO ${place}                          Dc Ip - Tir do - Hnh phiic`,
      '',
      'S& 12 /UBND-VP                         ngày 05 tháng 3 nàm 2024',
    ].join('\n');
  it.each([
    ['DA NANG', 'THÀNH PHỐ ĐÀ NẴNG'],
    ['HAI PHONG', 'THÀNH PHỐ HẢI PHÒNG'],
    ['CAN THO', 'THÀNH PHỐ CẦN THƠ'],
  ])('a header line: TIIANH PHO %s', (place, line) => {
    expect(restorer.restore(layer(place)).text.split('\n')[1]).toContain(line);
  });

  it('leaves "phiic" to its own reading', () => {
    expect(restorer.restore('Dc 1p - Tir do - Hnh phiic').text).toContain('phúc');
  });
});
