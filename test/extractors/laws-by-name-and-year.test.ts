// Laws cited by name: a garbled name pinned by the year closing its clause ("Luật X} l! vi phạm
// hành chính 2012 (được sửa đổi …)", OCR), and a typed text's law name holding a word that is no
// Vietnamese syllable ("Luật Thuế gid trị gia tăng"), each read back to the listed law.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../extractors/references/references.js';
import { withMisspeltLawTitles } from '../../extractors/references/ocr-law-titles.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo, Reference } from '../../output/schema.js';
import { testContext } from './context.js';

const DOC: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '26/QĐ-XPVPHC', serial: '26', symbol: 'QĐ-XPVPHC',
  issuer: { name: 'Cục Hóa chất', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2026-07-07', title: null,
};
const laws = (text: string, ocr = true) => extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.title ?? r.number}|${r.date ?? ''}`);

describe('a garbled law name pinned by its year (OCR text)', () => {
  it.each([
    ['words lost, a bracket after the year', 'Căn cứ Luật vi phạm hành chính 2012 (được sửa đổi, bổ sung năm 2020);', 'Luật Xử lý vi phạm hành chính 2012|2012'],
    ['a semicolon after the year', 'Căn cứ Luật Tổ chức chính quyn địa phương 2015;', 'Luật Tổ chức chính quyền địa phương 2015|2015'],
  ])('%s', (_how, text, law) => expect(laws(text)).toEqual([law]));

  it.each([
    ['a year that does not close the clause', 'Căn cứ Luật vi phạm hành chính 2012 và các văn bản hướng dẫn'],
    ['no year', 'Căn cứ Luật vi phạm hành chính (được sửa đổi);'],
  ])('cites no law for %s', (_how, text) => expect(laws(text)).toEqual([]));

  // "năm" before the year is no word of the name: the title is the listed law's, the year its date.
  it.each([
    ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;', 'Luật Ban hành văn bản quy phạm pháp luật|2025'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;', 'Luật Tổ chức chính quyền địa phương|2015'],
  ])('"năm" before the year: %s', (text, law) => expect(laws(text)).toEqual([law]));

  it('a name near no listed law stays as read', () => {
    expect(laws('Căn cứ Luật Quảng cáo hàng hải 2012 (được sửa đổi);')).toEqual(['Luật Quảng cáo hàng hải 2012|2012']);
  });

  it('typed text keeps the name as read', () => {
    expect(laws('Căn cứ Luật vi phạm hành chính 2012 (được sửa đổi, bổ sung năm 2020);', false)).not.toContain('Luật Xử lý vi phạm hành chính 2012|2012');
  });
});

describe('a law name with a word that is no syllable (any text)', () => {
  const ref = (title: string, number: string | null = null): Reference => ({ type: 'Luật', typeCode: null, number, date: '2013-06-19', issuer: 'Quốc hội', title, relation: 'basis', span: { start: 0, end: 1 } });
  const title = (r: Reference) => withMisspeltLawTitles([r])[0]!.title;

  it.each([
    ['inside an amending law\'s name', 'Luật sửa đổi, bổ sung một số điều của Luật Thuế gid trị gia tăng', 'Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng'],
    ['a law alone', 'Luật Bảo hiểm xã hộj', 'Luật Bảo hiểm xã hội'],
  ])('%s', (_how, read, expected) => expect(title(ref(read))).toBe(expected));

  it.each([
    ['valid words off a listed name', 'Luật Thuế bảo vệ môi trường'],
    ['a year after the name', 'Luật Giá 2023'],
    ['a misspelt name near no listed law', 'Luật Quảng cáo hàng hảj'],
    ['not a law', 'Nghị quyết Thuế gid trị'],
  ])('keeps %s', (_how, read) => expect(title(ref(read))).toBe(read));

  it('keeps a law cited by number', () => expect(title(ref('Luật Thuế gid trị gia tăng', '13/2008/QH12'))).toBe('Luật Thuế gid trị gia tăng'));
});
