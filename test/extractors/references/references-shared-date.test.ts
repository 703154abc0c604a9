// Two citations of one type joined by "và" before one date share it ("Quyết định số 217-QĐ/TW và
// Quyết định số 218-QĐ/TW ngày 12/12/2013", heldout-fresh16 p08); of two types, or apart, they do not.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const RULE: DocumentInfo = {
  type: 'Quy chế', typeCode: 'QC', number: '01/QCPH/UBND-UBMTTQ', serial: '01', symbol: 'QCPH/UBND-UBMTTQ',
  issuer: { name: 'Ủy ban nhân dân tỉnh Đắk Lắk', level: 'province', locality: 'Đắk Lắk', parent: null },
  place: 'Đắk Lắk', date: '2017-10-27', title: null,
};

const dates = (text: string) => Object.fromEntries(extractReferences(text, testContext(), RULE).map((r) => [r.number, r.date]));

describe('a date shared by two citations of one type', () => {
  it('the type named again before the second number', () => {
    expect(dates('Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế;')).toEqual({
      '217-QĐ/TW': '2013-12-12',
      '218-QĐ/TW': '2013-12-12',
    });
  });

  it('not across two types', () => {
    expect(dates('Căn cứ Quyết định số 217-QĐ/TW và Chỉ thị số 18-CT/TW ngày 12/12/2013 của Bộ Chính trị;')['217-QĐ/TW']).toBeNull();
  });

  it('not across a clause', () => {
    expect(dates('Căn cứ Quyết định số 217-QĐ/TW; Căn cứ Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;')['217-QĐ/TW']).toBeNull();
  });
});
