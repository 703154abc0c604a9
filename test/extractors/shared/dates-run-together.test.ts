// A table cell's lines joined by an OCR engine or a converter run a date's month into its year,
// "năm" lost between them: "ngày 31 tháng 122024" (heldout-fresh9 h9c).
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../extractors/shared/dates.js';
import { foldVietnamese } from '../../../normalizers/fold.js';

const iso = (text: string) => findDate(foldVietnamese(text))?.iso ?? null;

describe('a month run into its year', () => {
  it.each([
    ['two-figure month', 'Nghị định số 182/2024/NĐ-CP ngày 31 tháng 122024', '2024-12-31'],
    ['one-figure month', 'ngày 5 tháng 12024 của Chính phủ', '2024-01-05'],
    ['the usual form is read as before', 'ngày 03 tháng 12 năm 2025', '2025-12-03'],
  ])('%s', (_what, text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['no month 13', 'ngày 31 tháng 132024'],
    ['a run of figures longer than month and year', 'ngày 1 tháng 1220245'],
    ['a month with no day word before it', 'tháng 122024'],
  ])('reads no date: %s', (_what, text) => {
    expect(iso(text)).toBeNull();
  });
});
