// The table of unit names the restorer leans capitalised runs to (place-words.ts).
import { describe, expect, it } from 'vitest';
import { countPlaceNames } from '../../normalizers/diacritics/place-words.js';

describe('countPlaceNames', () => {
  it.each([
    [['Hoằng Đạt', 'Hoằng Hóa'], { 'hoang dat': 'Hoằng Đạt', 'hoang hoa': 'Hoằng Hóa' }],
    // Two units spelling one folded form differently: neither is trusted.
    [['Lưỡng Minh', 'Lương Minh'], {}],
    // One word, or no marks at all: nothing a run could learn from.
    [['Đồng', 'Ea Kao'], {}],
  ])('%j → %j', (names, expected) => {
    expect(countPlaceNames(names)).toEqual(expected);
  });
  it.each([
    ["a province's spelling wins over a commune's of the same letters", ['Lâm Đồng', 'Lâm Động'], [['Lâm Đồng']], { 'lam dong': 'Lâm Đồng' }],
    ["a 2025 unit's spelling wins over an older unit's", ['Lưỡng Minh', 'Lương Minh'], [[], ['Lương Minh']], { 'luong minh': 'Lương Minh' }],
    ["the province's tier comes before the 2025 units'", ['Phú Yên', 'Phù Yên'], [['Phú Yên'], ['Phù Yên', 'Phú Yên']], { 'phu yen': 'Phú Yên' }],
    ['two spellings in one tier still cancel', ['Lưỡng Minh', 'Lương Minh'], [['Lưỡng Minh', 'Lương Minh']], {}],
    ['tone placement does not make two spellings', ['Hoà Bình', 'Hòa Bình'], [], { 'hoa binh': 'Hòa Bình' }],
    ['a word that is no syllable keeps its marks where they are', ['Eachà Rang'], [], { 'eacha rang': 'Eachà Rang' }],
  ])('%s', (_name, names, preferred, expected) => {
    expect(countPlaceNames(names, preferred)).toEqual(expected);
  });
});
