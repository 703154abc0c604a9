// An H that a phone scan's OCR read as two I's in a cited symbol ("1065/QĐ-ĐIITĐ"): spelled with its
// H only where the text cites the same number with it, so that one document is not cited twice.
// Only in OCR'd text; a symbol with II the text does not vouch for stays as read.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import { repairCitedNumbers } from '../../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const DOC: DocumentInfo = {
  type: 'Thông báo', typeCode: 'TB', number: null, serial: null, symbol: 'TB-ĐHTĐ',
  issuer: { name: 'Trường Đại học Tây Đô', level: 'central', locality: null, parent: 'Bộ Giáo dục và Đào tạo' },
  place: 'Cần Thơ', date: '2025-07-14', title: null,
};
const SECOND = ' Lưu ý, thời gian làm bài thi thực hiện theo Quyết định số 1065/QĐ-ĐHTĐ ngày 28/11/2023.';

const repaired = (text: string, ocr = true) => repairCitedNumbers(text, foldVietnamese(text), ocr).text;
const refs = (text: string, ocr = true) =>
  extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.number}|${r.date ?? ''}`);

describe('an H read as II in a cited symbol', () => {
  it('the text cites the number with its H elsewhere: spelled so, the length kept', () => {
    const read = 'Căn cứ Quyết định số 1065/QĐ-ĐIITĐ ngày 28 tháng 11 năm 2023 của Hiệu trưởng;' + SECOND;
    const out = repaired(read);
    expect(out).toBe('Căn cứ Quyết định số 1065/QĐ-ĐHTĐ  ngày 28 tháng 11 năm 2023 của Hiệu trưởng;' + SECOND);
    expect(out).toHaveLength(read.length);
  });

  it('one reference, not two', () => {
    const read = 'Căn cứ Quyết định số 1065/QĐ-ĐIITĐ ngày 28 tháng 11 năm 2023 của Hiệu trưởng;' + SECOND;
    expect(refs(read)).toEqual(['1065/QĐ-ĐHTĐ|2023-11-28']);
  });

  it.each([
    ['no spelling with H anywhere', 'Căn cứ Quyết định số 1065/QĐ-ĐIITĐ ngày 28/11/2023.'],
    ['another serial with H', 'Quyết định số 1065/QĐ-ĐIITĐ ngày 28/11/2023 và Quyết định số 1066/QĐ-ĐHTĐ ngày 29/11/2023.'],
    ['the H spelling only inside a longer symbol', 'Quyết định số 12/QĐ-IIT ngày 1/2/2023 và số 12/QĐ-HTX ngày 3/2/2023.'],
  ])('left as read: %s', (_how, read) => expect(repaired(read)).toBe(read));

  it('typed text keeps what was typed', () => {
    const read = 'Căn cứ Quyết định số 1065/QĐ-ĐIITĐ ngày 28/11/2023;' + SECOND;
    expect(repaired(read, false)).toBe(read);
  });
});
