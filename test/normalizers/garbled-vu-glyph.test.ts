// The word vụ read as "4r" (a v's strokes and its dot below as a 4, the u as an r) by the scanner, ABBYY-glyph and
// digit-and-Q layers alike: read back as vụ in a garbling engine's layer only. Lines written for these tests in the
// manner of such layers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
}, 120_000);

/** A digit-and-Q engine's layer around the line under test. */
const layer = (line: string) => ['BQ TAI CHINH CQNG HOA XA HQI CHU NGHIA VIET NAM', 'Cdn cir Lu{t Qu6n l1i thu6 ngdy 13 th6ng 6 ndm 2019;', line, 'C6c c6 nhdn, t6 chirc c6 li€n quan chiu tr6ch nhiQm thi hdnh.'];
const restoredLine = (line: string) => restorer.restore(layer(line).join('\n')).text.split('\n')[2]!;

describe('"4r" for vụ in a garbling engine\'s layer', () => {
  it.each([
    ['after dịch', 'cung c6p dich 4r c6ng trqc tuy€n cho ngudi dAn', 'dịch vụ công'],
    ['after nghĩa', 'quy6n vd nghia 4r cria c6c b€n tham gia hqp tt6ng', 'nghĩa vụ của'],
    ['a department named Nội vụ', 'Giao S& NQi 4r chri tri th6m dinh h6 so', 'Nội vụ'],
    ['an office, before its colon', '- 6ng Nguy6n Vdn An - Chfc 4r: Tru&ng phdng', 'Chức vụ:'],
  ])('%s: %s', (_name, line, right) => {
    expect(restoredLine(line)).toContain(right);
  });

  it('leaves "4r" of a marked document as it is', () => {
    const typed = 'Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;\nPhòng họp 4r, tầng 2, trụ sở Cục Thuế.\nCác tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành.';
    expect(restorer.restore(typed).text).toBe(typed);
  });
});
