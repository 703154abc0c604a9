// Cited numbers as layers of engines without Vietnamese (or with letter-spacing) print them: type
// codes misread ("QB" for QĐ, "IVD" for NĐ), serial and year spaced digit by digit, symbols
// spaced letter by letter, "Ỉ" for 1 in a year, and the date words garbled past "thdng"/"ndm".
// Only where an OCR engine wrote the text: typed text keeps what was typed.
import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '../../extractors/dates.js';
import { extractReferences } from '../../extractors/references.js';
import { repairCitedNumbers } from '../../extractors/references-ocr.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo } from '../../output/schema.js';
import { testContext } from './context.js';

const DOC: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '358/QĐ-UBND', serial: '358', symbol: 'QĐ-UBND',
  issuer: { name: 'Ủy ban nhân dân tỉnh Tây Ninh', level: 'province', locality: 'Tây Ninh', parent: null },
  place: 'Tây Ninh', date: '2025-02-20', title: null,
};

const refs = (text: string, ocr: boolean) =>
  extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.number}|${r.date ?? ''}`);

describe('OCR-only repairs of cited codes', () => {
  it.each([
    ['QB for QĐ', 'Quyết định số 45/2016/QB-TTg của', 'Quyết định số 45/2016/QĐ-TTg của'],
    ['IVD for NĐ', 'Nghị định số 92/2017/IVD-CP ngày', 'Nghị định số 92/2017/NĐ-CP  ngày'],
    ['serial and year spaced', 'Nghị định số 5 2/2 0 13/NĐ-CP ngày', 'Nghị định số    52/2013/NĐ-CP ngày'],
    ['symbol spaced letter by letter', 'số 52/2013/N Đ -C P) quy', 'số 52/2013/NĐ-CP   ) quy'],
    ['last letter set apart', 'Thông tư số 12/2013/TT-BC T phải', 'Thông tư số 12/2013/TT-BCT  phải'],
    ['Ỉ for 1 in the year', 'Nghị định số 95/20Ỉ2/NĐ-CP ngày', 'Nghị định số 95/2012/NĐ-CP ngày'],
  ])('%s', (_how, read, repaired) => {
    const out = repairCitedNumbers(read, foldVietnamese(read), true);
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(read.length);
  });

  it.each([
    'Quyết định số 45/2016/QB-TTg của',
    'Nghị định số 92/2017/IVD-CP ngày',
    'Nghị định số 5 2/2 0 13/NĐ-CP ngày',
    'Thông tư số 12/2013/TT-BC T phải',
  ])('typed text keeps %j', (read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read)).text).toBe(read);
  });

  it('a repaired citation reads whole, with its date', () => {
    const text = 'Căn cứ Nghị định số 92/2017/IVD-CP ngày 07 tháng 8 năm 2017 của Chính phủ;';
    expect(refs(text, true)).toEqual(['92/2017/NĐ-CP|2017-08-07']);
  });

  it('the span of a repaired citation stands in the original text', () => {
    const text = 'Căn cứ Nghị định số 92/2017/IVD-CP ngày 07 tháng 8 năm 2017 của Chính phủ;';
    const [ref] = extractReferences(text, testContext(), DOC, [], foldVietnamese(text), true);
    expect(text.slice(ref!.span!.start, ref!.span!.end)).toContain('92/2017/IVD-CP');
  });
});

describe('date words garbled by a layer without Vietnamese', () => {
  it.each([
    ['"tháng" after a stray underscore', 'ngày 31 _tháng 12 năm 2024', '2024-12-31'],
    ['"tháng" with its t read as a mark', 'ngày 06 !hạng 12 năm 2021', '2021-12-06'],
    ['"năm" two letters off, glued to the year by a stop', 'ngày 14 tháng 02 neim.2025', '2025-02-14'],
    ['a comma inside the year', 'ngày 23 tháng 11 năm 201,8', '2018-11-23'],
  ])('%s', (_how, text, iso) => {
    expect(parseVietnameseDate(foldVietnamese(text))?.iso).toBe(iso);
  });

  it('a year missing a figure is not made up', () => {
    expect(parseVietnameseDate(foldVietnamese('ngày 31 tháng 10 năm 2(,)17'))?.iso ?? null).not.toBe('2017-10-31');
  });
});
