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
  it("a province's spelling wins over a commune's of the same letters; two communes' still cancel", () => {
    expect(countPlaceNames(['Lâm Đồng', 'Lâm Động', 'Lưỡng Minh', 'Lương Minh'], ['Lâm Đồng'])).toEqual({ 'lam dong': 'Lâm Đồng' });
  });
});
