import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../../extractors/issuer/glued-parent.js';

describe('withinOneEdit', () => {
  it.each([
    ['bentre', 'beentre', true],
    ['bentre', 'bentr', true],
    ['bentre', 'benxre', true],
    ['bentre', 'bentre', true],
    ['bentre', 'beentree', false],
    ['bentre', 'xentrx', false],
    ['hue', 'hu', false],
    ['hue', 'hue', true],
  ])('%s ~ %s: %s', (a, b, close) => {
    expect(withinOneEdit(a, b)).toBe(close);
  });
});
