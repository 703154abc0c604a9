// Candidates for words of a garbled layer that no listed confusion reached (issue 11): a lost onset
// ("hông" = không), an m for a marked vowel and an i ("dm" = đời), any digit between letters for a
// vowel ("c1ng" = công), an a for the bowl of a đ ("a5i" = đổi), edits of a bare word that is a
// syllable already. Each is costed so that a valid word stays unless its context wants another.
import { beforeAll, describe, expect, it } from 'vitest';
import { DROPPED_ONSET_COST, DROPPED_ONSET_KEYS, droppedOnsetKeys } from '../../normalizers/diacritics/dropped-onset.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

const isKey = (k: string) => restorer.reader.inventory.has(k);
const weight = (k: string) => restorer.lm.frequency[restorer.reader.syllableCandidates(k)?.slot.ids[0] ?? 0] ?? -99;

describe('droppedOnsetKeys', () => {
  it.each([
    ['hong', 'khong'], // hông = không
    ['hao', 'thao'],
    ['huc', 'chuc'], // hưc = chức
    ['hi', 'thi'],
    ['oi', 'voi'],
  ])('%s → %s among the keys', (word, key) => {
    const keys = droppedOnsetKeys(word, isKey, weight);
    expect(keys.map((k) => k.key)).toContain(key);
    expect(keys.length).toBeLessThanOrEqual(DROPPED_ONSET_KEYS);
  });
  it('two lost letters cost more than one', () => {
    const keys = droppedOnsetKeys('anh', isKey, weight);
    const cost = (key: string) => keys.find((k) => k.key === key)?.cost;
    expect(cost('hanh')).toBe(DROPPED_ONSET_COST);
    expect(cost('thanh')).toBeGreaterThan(DROPPED_ONSET_COST);
  });
  it.each([
    ['a', 'one letter'],
    ['ngheo', 'no onset makes it a syllable'],
    ['hoangx', 'longer than a rhyme'],
    ['h6ng', 'not letters'],
    ['', 'empty'],
  ])('%s → none (%s)', (word) => {
    expect(droppedOnsetKeys(word, isKey, weight)).toEqual([]);
  });
});

describe('a garbled token reaches the word it was read from', () => {
  /** The cost of `form` among the token's readings in a garbled line, or undefined. */
  const costOf = (token: string, form: string) => {
    const r = restorer.reader.garbledReading(token);
    const i = r.forms.findIndex((f) => f !== null && canonicalToneForm(f) === form);
    return i < 0 ? undefined : r.slot.costs[i];
  };
  it.each([
    ['hông', 'không'], // the k lost
    ['hưc', 'chức'],
    ['dm', 'đời'], // m for ơi
    ['thm', 'thời'],
    ['a5i', 'đổi'], // a for the bowl of đ
    ['a6i', 'đổi'],
    ['c1ng', 'công'], // any digit for a vowel
  ])('%s → %s', (token, form) => {
    expect(costOf(token, form)).toBeDefined();
  });
  it.each([
    ['A4', 'đã'],
    ['a1', 'đi'],
    ['a5', 'đã'],
  ])('a letter and a figure alone (%s, a paper size or a point\'s label) gets no Đ reading (%s)', (token, form) => {
    expect(costOf(token, form)).toBeUndefined();
  });
  it.each([
    ['hông', 'không'],
    ['hao', 'thao'],
    ['than', 'nhân'],
  ])('a valid word %s keeps its own reading cheapest; %s costs the doubt and the edit', (token, other) => {
    expect(costOf(token, canonicalToneForm(token))).toBe(0);
    expect(costOf(token, other)).toBeGreaterThanOrEqual(3);
  });
  it.each([
    ['Tổng', 'công'],
    ['mới', 'đổi'],
  ])('a correctly marked word %s gets no edits (%s)', (token, other) => {
    expect(costOf(token, other)).toBeUndefined();
  });
  it.each([
    ['l7', 'lẻ'], // a day read with a look-alike 1: a digit beside one letter is no vowel
  ])('%s is not read as %s', (token, other) => {
    expect(costOf(token, other)).toBeUndefined();
  });
});

describe('lines of a garbled layer', () => {
  const motto = 'Dc Ip - Tir do - Hnh phiic';
  const second = (line: string) => restorer.restore(`${motto}\n${line}`).text.split('\n')[1];
  it.each([
    ['Uy ban nhan dan tinh hông co y kien ve viec nay', 'Ủy ban nhân dân tỉnh không có ý kiến về việc này'],
    ['ket qua dm song cua nhan dan', 'kết quả đời sống của nhân dân'],
    ['Chi thi vè viec a5i moi phuong thuc', 'Chỉ thị về việc đổi mới phương thức'],
    ['Chi thi vè viec c1ng tac thi dua', 'Chỉ thị về việc công tác thi đua'],
  ])('repaired: %s', (line, repaired) => {
    expect(second(line)).toBe(repaired);
  });
  it.each([
    ['Ban thân cac can bo phai gudng mau', 'Bản thân các cán bộ phải gương mẫu'], // thân is no lost nhân
    ['khai thac cát sõi trái phep', 'khai thác cát sỏi trái phép'], // cát is no misread các
    ['giam hao phi trong san xuat', 'giảm hao phí trong sản xuất'], // hao is no lost thao
    ['Hoi Phu nu tinh Lam Dong, chi hôi', 'Hội Phụ nữ tỉnh Lâm Đồng, chi hội'],
  ])('valid words kept: %s', (line, restored) => {
    expect(second(line)).toBe(restored);
  });
});
