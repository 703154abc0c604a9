import { describe, expect, it } from 'vitest';
import { editDistance } from '../../normalizers/edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['', '', 5, 0],
    ['abc', 'abc', 5, 0],
    ['sogiaoduc', 'sogiaoduc', 0, 0],
    ['kitten', 'sitting', 5, 3],
    ['hanoi', 'hanois', 5, 1],
    ['tinh', 'tnh', 5, 1],
    ['capital', 'kapitol', 5, 2],
  ])('%s → %s within %i is %i', (a, b, limit, want) => {
    expect(editDistance(a, b, limit)).toBe(want);
  });

  it.each([
    ['kitten', 'sitting', 2],
    ['a', 'abcdef', 3],
    ['abcdef', 'uvwxyz', 4],
  ])('%s → %s gives limit + 1 once over %i', (a, b, limit) => {
    expect(editDistance(a, b, limit)).toBe(limit + 1);
  });

  it('lets the wildcard of the first string stand for any one letter', () => {
    expect(editDistance('s?gd', 'sogd', 2, '?')).toBe(0);
    expect(editDistance('s?gd', 'sogd', 2)).toBe(1);
    expect(editDistance('sogd', 's?gd', 2, '?')).toBe(1);
  });
});
