// How make-province-titles.ts sets a lower-case subject's codes back in capitals.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { goldTitleKeys, recase, titleKey } from '../../normalizers/diacritics/model/training/make-province-titles.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

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

// A subject equal to an evaluation document's title is left out of the training text, however it
// is cased, marked or spaced: trích yếu are short, so the long-line overlap check cannot see them.
describe('titles of the evaluation documents kept apart', () => {
  it.each([
    ['case, marks and spaces', 'Sửa đổi, bổ sung một số điều của  Luật Giám định tư pháp', 'sửa đổi, bổ sung một số điều của luật giám định tư pháp'],
    ['a closing stop', 'Về việc triển khai Kế hoạch.', 've viec trien khai ke hoach'],
  ])('one key whatever the %s', (_how, a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  it('a longer subject that holds a title is another line', () => {
    expect(titleKey('triển khai thi hành luật sửa đổi, bổ sung một số điều của luật giám định tư pháp')).not.toBe(
      titleKey('Sửa đổi, bổ sung một số điều của Luật Giám định tư pháp'),
    );
  });

  it('the gold titles are read from every gold file', () => {
    const titles = goldTitleKeys([join(ROOT, 'test/real'), join(ROOT, 'test/gold')]);
    expect(titles.size).toBeGreaterThan(300);
    expect(titles.has(titleKey('Sửa đổi, bổ sung một số điều của Luật Giám định tư pháp'))).toBe(true);
  });

  it('the committed training text holds no gold title as a line', () => {
    const titles = goldTitleKeys([join(ROOT, 'test/real'), join(ROOT, 'test/gold')]);
    const lines = gunzipSync(readFileSync(join(ROOT, 'normalizers/diacritics/model/training/province-titles.txt.gz'))).toString('utf8').split('\n');
    expect(lines.filter((l) => l.trim() && titles.has(titleKey(l)))).toEqual([]);
  });
});
