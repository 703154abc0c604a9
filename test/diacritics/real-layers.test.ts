// Behaviours found on real OCR layers and stripped real documents (issue 11): the fifth list item's
// marker, a dropped marked vowel in a garbled layer, highland place names and codes in line states.
import { beforeAll, describe, expect, it } from 'vitest';
import { fifthItemMarkers } from '../../normalizers/diacritics/list-markers.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { GARBLED_CONFUSIONS, ocrCandidates } from '../../normalizers/ocr-noise.js';
import { syllableInventory } from '../../normalizers/syllables.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});
const isKey = (k: string) => syllableInventory().has(k);

describe('fifth list item "đ)"', () => {
  it.each([
    // lines, the markers read as đ (line:offset)
    [['a) x', 'b) x', 'c) x', 'd) x', 'd) x', 'e) x'], ['4:0']],
    [['c) x', 'd) x', 'd) x'], ['2:0']],
    [['  d) x', '  d) x'], ['1:2']], // indented
    [['a) x; b) y; c) z; d) u; d) v'], ['0:24']], // one long line
    [['d) x'], []], // a fourth item alone
    [['d) x', 'e) x', 'd) x'], []], // a new list's fourth item after e)
    [['a) x', 'b) x', 'c) x', 'd) x', 'đ) x', 'e) x'], []], // marked already
  ])('%j → %j', (lines, expected) => {
    expect([...fifthItemMarkers(lines)]).toEqual(expected);
  });
  it('a list whose fourth and fifth items lost their marks restores the fifth', () => {
    const out = restorer.restore('Nhiem vu:\na) Xay dung ke hoach\nb) To chuc thuc hien\nc) Kiem tra\nd) Bao cao ket qua\nd) Thuc hien nhiem vu khac\ne) Tong ket').text.split('\n');
    expect(out[4]).toBe('d) Báo cáo kết quả');
    expect(out[5]).toBe('đ) Thực hiện nhiệm vụ khác');
  });
  it('markers farther apart than a list are not paired', () => {
    const filler = Array.from({ length: 50 }, () => 'x');
    expect(fifthItemMarkers(['d) x', ...filler, 'd) x']).size).toBe(0);
  });
});

describe('a marked vowel dropped by an engine without Vietnamese', () => {
  it.each([
    ['Dc', 'doc'],
    ['Hnh', 'hanh'],
    ['CHNH', 'chinh'],
    ['DNH', 'dinh'],
    ['thng', 'thuong'],
  ])('%s can be read as %s in a garbled layer', (token, key) => {
    expect(ocrCandidates(token, isKey, 20, GARBLED_CONFUSIONS, true).map((c) => c.key)).toContain(key);
    expect(ocrCandidates(token, isKey, 20, GARBLED_CONFUSIONS, false).map((c) => c.key)).not.toContain(key);
  });
  it('a word with a vowel gets none inserted', () => {
    const keys = ocrCandidates('ban', isKey, 50, GARBLED_CONFUSIONS, true).map((c) => c.key);
    expect(keys).not.toContain('baan');
    expect(keys).not.toContain('boan');
  });
});

describe('line states of stripped real text', () => {
  it.each([
    'san giai doan 2023 - 2030 tren dia ban tinh Dak Lak;',
    'Dak Lak, ngay 25 thang 11 nam 2025',
    '- TTgCP, cac PTTgCP (de b/c);',
  ])('%s is stripped Vietnamese, not a foreign line', (line) => {
    expect(restorer.lineStates([line])).toEqual(['stripped']);
  });
  it('English stays foreign', () => {
    expect(restorer.lineStates(['has the copyright on this translation without the consent of'])).toEqual(['foreign']);
  });
  it('a line of codes alone follows its stripped neighbours and gets its Đ back', () => {
    const lines = ['Can cu Quyet dinh so 12 cua Uy ban nhan dan tinh', 'QD', 've viec ban hanh ke hoach thuc hien'];
    expect(restorer.lineStates(lines)[1]).toBe('stripped');
    expect(restorer.restore(lines.join('\n')).text.split('\n')[1]).toBe('QĐ');
  });
  it('a line of codes alone among marked lines is left alone', () => {
    const lines = ['Căn cứ Quyết định số 12 của Ủy ban nhân dân tỉnh', 'QD', 'về việc ban hành kế hoạch thực hiện'];
    expect(restorer.restore(lines.join('\n')).text.split('\n')[1]).toBe('QD');
  });
});

describe('tokens of a garbled layer (Tesseract with Vietnamese)', () => {
  it.each([
    ['ngươ1', 'người'],
    ['pha1', 'phải'],
    ['thƠl', 'thời'],
    ['txen', 'tiến'],
    ['gzam', 'giám'],
  ])('%s may be read as %s', (token, form) => {
    expect(restorer.reader.garbledReading(token).forms).toContain(form);
  });
  it.each(['loT', 'eKYC'])('%s, a brand or code in ASCII capitals, is kept', (token) => {
    expect(restorer.reader.garbledReading(token).forms).toEqual([null]);
  });
  it('a footnote number after a whole word is kept as a number', () => {
    const r = restorer.reader.garbledReading('việc1');
    expect(r.from).toBe(0);
    expect(r.to).toBe(4);
  });
});
