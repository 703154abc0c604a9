// The Kodak and "6,2,0,77" engine family's glyphs for a capital Đ ("f)ao" = Đào, "f)i~u" = Điều) and for an ư
// ("mlfc" = mức, "tlfQ'ng" = tượng): read in a garbling engine's layer only. Lines written for these tests in the
// manner of such layers (part 16's survey report shows both).
import { beforeAll, describe, expect, it } from 'vitest';
import { glyphWordCase } from '../../normalizers/diacritics/glyph-word-case.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { crossbarView } from '../../normalizers/diacritics/misread-letters.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

/** A garbling engine's layer of that family around the line under test. */
const layer = (line: string) => [
  'BO GIAa Dl)C vA DAa TAO                   C(>NG HOA XA HOI CHU NGHiA VI~T NAM',
  'Truong Dai hoc v€ viec t6 chirc cac khao sat nam hoc 2024 - 2025;',
  line,
  '- Thong tin phan h6i til nguai hQc duqc xu ly khach quan, trung th\\Ic.',
];
const restoredLine = (line: string) => restorer.restore(layer(line).join('\n')).text.split('\n')[2]!;

describe('"f)" opening a word', () => {
  it.each([
    ['f)ao tao Sau dai hoc', 'Tlao tao Sau dai hoc'],
    ['Khoa Duoc - f)i~u duong', 'Khoa Duoc - Tli~u duong'],
    // A list's item marker, a parenthesis after a word's f, a figure after it: kept.
    ['f)OC L~P', 'TlOC L~P'],
    ['f) Cac nhiem vu khac', 'f) Cac nhiem vu khac'],
    // An item marker glued to its item where the layer lost the space: a word opens after it.
    ['f)Cac nhiem vu khac do Hi~u truong giao', 'f)Cac nhiem vu khac do Hi~u truong giao'],
    ['f)Ung dung cong nghe', 'f)Ung dung cong nghe'],
    ['f)thuc hi~n bao cao', 'f)thuc hi~n bao cao'],
    ['x = f)', 'x = f)'],
    ['(ref)abc', '(ref)abc'],
    ['f)2', 'f)2'],
  ])('%s is seen as %s', (line, view) => {
    expect(crossbarView(line)).toBe(view);
  });

  it('is a capital Đ in the restored word', () => {
    expect(glyphWordCase('f)ao', 'đào', undefined, '')).toBe('Đào');
    expect(glyphWordCase('f)i~u', 'điều', 'Khoa', ' - ')).toBe('Điều');
  });

  it('is read as Đ in a layer', () => {
    expect(restoredLine('f)ao tao Sau d~i hoc')).toContain('Đào tạo Sau đại học');
    expect(restoredLine('Can cu f)i~u 5 cua Lu~t nay')).toContain('Điều 5 của Luật');
  });

  it('leaves a list item glued to its marker a list item', () => {
    expect(restoredLine('f)Cac nhiem vu khac do Hi~u truong giao')).not.toMatch(/từ/i);
  });
});

describe('an ư read as an l and an f', () => {
  /** The channel's cost of reading `token` as `form` (Infinity: not among its readings). */
  const cost = (token: string, form: string) => {
    const r = restorer.reader.garbledReading(token);
    const k = r.forms.indexOf(form);
    return k < 0 ? Infinity : r.slot.costs[k]!;
  };
  it.each([
    ['mlfc', 'mức', 1.5],
    ['tlfQng', 'tượng', 3],
  ])('%s is read %s at %s or less', (token, form, most) => {
    expect(cost(token, form)).toBeLessThanOrEqual(most);
  });
});
