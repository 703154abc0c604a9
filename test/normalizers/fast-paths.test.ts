// The speed-ups of the text helpers (fold table and memo, syllable verdicts by hash, dates
// looked for at one place) must answer exactly as the plain definitions do.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../extractors/shared/dates.js';
import { foldVietnamese, hasVietnameseMarks } from '../../normalizers/fold.js';
import { detectLegacyEncoding, unicodeToTcvn3, vietnameseShare } from '../../normalizers/legacy/index.js';

describe('foldVietnamese', () => {
  it.each([
    ['Đà Nẵng', 'da nang'],
    ['ĐẠI HỘI Thi đua', 'dai hoi thi dua'],
    ['İ', 'i'],
    ['x😀y', 'x😀y'],
  ])('%s → %s, one unit per unit', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
    expect(foldVietnamese(text)).toHaveLength(text.length);
  });

  it('gives a long text the fold of each of its slices (the memo serves the whole text)', () => {
    const text = 'Kế hoạch tổ chức Phong trào thi đua “Vì Thủ đô văn minh” năm 2024.\n'.repeat(40);
    const whole = foldVietnamese(text);
    expect(foldVietnamese(text)).toBe(whole);
    for (const [from, to] of [[0, 10], [5, 300], [1000, 2700], [0, text.length]] as const) {
      expect(whole.slice(from, to)).toBe(foldVietnamese(text.slice(from, to)));
    }
  });

  it('does not confuse two long texts of the same length', () => {
    expect(foldVietnamese('Ấ'.repeat(300))).toBe('a'.repeat(300));
    expect(foldVietnamese('Ộ'.repeat(300))).toBe('o'.repeat(300));
  });
});

describe('hasVietnameseMarks', () => {
  it.each([
    ['Hà Nội', true],
    ['ĐOÀN', true],
    ['HA NOI', false],
    ['naïve', false],
    ['', false],
  ])('%s → %s', (text, marked) => expect(hasVietnameseMarks(text)).toBe(marked));
});

describe('vietnameseShare', () => {
  it('counts marked words that are syllables, the same however often a word repeats', () => {
    expect(vietnameseShare('Thủ đô Hà Nội, 2024')).toEqual({ share: 1, words: 4 });
    expect(vietnameseShare('Thủ đô Hà Nội '.repeat(500))).toEqual({ share: 1, words: 2000 });
    expect(vietnameseShare('Hà Nội Hàx')).toEqual({ share: 2 / 3, words: 3 });
  });

  it('reads letters outside the BMP as part of their word', () => {
    expect(vietnameseShare('Hà 𝐀Nội')).toEqual({ share: 0.5, words: 2 });
  });

  it('scores TCVN3 mojibake low and finds its encoding; leaves good Unicode alone', () => {
    const plain = 'Ủy ban nhân dân quận Long Biên xây dựng kế hoạch thi đua năm 2024 như sau';
    const mojibake = unicodeToTcvn3(plain);
    expect(vietnameseShare(mojibake).share).toBeLessThan(0.5);
    expect(detectLegacyEncoding(mojibake)).toBe('tcvn3');
    expect(detectLegacyEncoding(plain)).toBeNull();
  });
});

describe('findDate at one place', () => {
  const folded = 'ke hoach so 12/kh-ubnd ngay 03/02/2020 va ngay 04/5/2021';
  const at = folded.indexOf('03/');

  it('finds the date that starts there', () => {
    expect(findDate(folded, at, at)).toMatchObject({ iso: '2020-02-03', start: at });
  });

  it('finds nothing when the date starts later than allowed, though an open search finds it', () => {
    expect(findDate(folded, at - 5, at - 3)).toBeNull();
    expect(findDate(folded, at - 5)).toMatchObject({ iso: '2020-02-03', start: at });
  });
});
