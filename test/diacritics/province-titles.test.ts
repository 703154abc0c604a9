// How make-province-titles.ts sets a lower-case subject's codes back in capitals.
import { describe, expect, it } from 'vitest';
import { recase } from '../../normalizers/diacritics/model/training/make-province-titles.js';

const codes = new Set(['UBND', 'QĐ', 'HĐND', 'NAM']);

describe('recase', () => {
  it.each([
    ['a known code, alone and in a number', 'thu hồi đất theo quyết định số 923/qđ-ubnd của ubnd tỉnh', 'thu hồi đất theo quyết định số 923/QĐ-UBND của UBND tỉnh'],
    ['a code the other texts never write stays as it is', 'triển khai dvc trực tuyến', 'triển khai dvc trực tuyến'],
    ['a syllable is never a code, whatever the list holds', 'việt nam', 'việt nam'],
    ['spaces collapse, the ends are trimmed', '  kỳ họp  hđnd \n tỉnh ', 'kỳ họp HĐND tỉnh'],
    ['an empty subject stays empty', '', ''],
  ])('%s', (_why, subject, expected) => {
    expect(recase(subject, codes)).toBe(expected);
  });
});
