// Glyph groups an engine family (the "6,2,0,77" and Kodak scanner layers) writes for a vowel with a dot below:
// strokes round a comma, semicolon or j, a stroke and a brace, a backslash and a J, brackets round the dot of
// an o. Only in a garbling engine's layer (garbledView), only inside a word; list markers, figures and typed
// punctuation stay as written.
import { beforeAll, describe, expect, it } from 'vitest';
import { garbledView, latinView } from '../../normalizers/diacritics/garbled.js';
import { misreadGluedSplit } from '../../normalizers/diacritics/glued-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { restoredInLayer } from './garbled-layer.js';

describe('glyph groups in the garbled view', () => {
  it.each([
    ['1.1. Ml}c dich', '1.1. Mỵỵc dich'],
    ['cong cl} khao sat', 'cong cỵỵ khao sat'],
    ['phuc V1,l cong', 'phuc Vỵỵỵ cong'],
    ['phl,lc vu', 'phỵỵỵc vu'],
    ["thl}'c hi~n", "thỵỵ'c hi~n"],
    ["Tl,I'do", "Tỵỵỵ'do"],
    ['Dl;li hoc', 'Dỵỵỵi hoc'],
    ['dljli hoc', 'dỵỵỵi hoc'],
    ['C\\JthS', 'CỵỵthS'],
    ['Qu6c h<)i', 'Qu6c hỵỵi'],
    ['C(>NG HOA', 'CỴỴNG HOA'],
    ['nguoi h<;>c', 'nguoi hỵỵỵc'],
    ['hoat dc)ng', 'hoat dỵỵng'],
    ['nguoi hC)c', 'nguoi hỵỵc'],
    // An ạ as a parenthesis, a semicolon and a stroke; an ộ's brackets closing the word.
    ['cau l(;lc bo', 'cau lỵỵỵc bo'],
    ['t~ n(;ln xa hoi', 't~ nỵỵỵn xa hoi'],
    ['cau lac b<).', 'cau lac bỵỵ.'],
    ['cau lac b<) khu dan cu', 'cau lac bỵỵ khu dan cu'],
  ])('%s → %s', (line, expected) => {
    expect(garbledView(line).text).toBe(expected);
    // Never outside a garbling engine's layer.
    expect(latinView(line).text).toBe(line);
  });

  it.each([
    // A list marker, a bracket closing a word, figures, typed punctuation.
    'muc c) cac noi dung',
    'theo Dieu 5 (khoan c) va',
    'ngay 1,1 trieu dong',
    'so 11;12 va 1,l',
    'xem hinh <)',
    'theo (>',
    'loai l} 5',
    'ab c)2',
    // A parenthesis opening a clause after a word, a bracket group closing a word but "<)".
    'theo muc(;l 2',
    'khoan l(;l)',
    'ab c);',
  ])('%s stays', (line) => {
    expect(garbledView(line).text).toBe(line);
  });

  it('keeps a spread group whole when a run-together word is cut', () => {
    // The cut never falls inside the spread; the spread counts as an engine's mark.
    const at = misreadGluedSplit('hỵỵỵcnam', (half) => (half === 'hỵỵỵc' || half === 'nam' ? 0.2 : Infinity));
    expect(at).toBe(5);
  });
});

describe('glyph groups restored', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  const restoredLine = (line: string) => restoredInLayer(restorer, line);

  it.each([
    ['1. Ml}c dich, yeu c~u', '1. Mục đích, yêu cầu'],
    ['2. Nang cao ch~t luqng Dl;li hQc', 'đại học'],
    ["- T6 chuc thl}'c hi~n t6t cong tac tuyen truy~n", 'thực hiện'],
    ['- HQi nghi t6ng k~t cong tac nam h<;>c 2023-2024', 'năm học 2023'],
    ['- Chu~n bj cac di~u ki~n t6 chirc HOl;lt dc)ng', 'Hoạt động'],
    ['C6ng an phuOng l~p danh sach, dlJ ki€n thanh vien cau l~c b<).', 'câu lạc bộ.'],
    ['kh6ng co thanh thi€u nien m~c t~ n(;ln xii h<)i', 'tệ nạn xã hội'],
  ])('%s has %s', (line, expected) => {
    expect(restoredLine(line).toLowerCase()).toContain(expected.toLowerCase());
  });

  it('cuts a glyph group\'s word from the next at an apostrophe when both have a vowel ("Tl}\'do" = Tự do)', () => {
    expect(restoredLine("- Quy~n Tl}'do kinh doanh cua doanh nghi~p").toLowerCase()).toContain('tự do kinh doanh');
  });
});
