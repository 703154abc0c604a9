// A header an OCR layer garbled past its type heading and issuer block ("QUY(t r-OfNH", "Tllt 0 l
// TU'<'~N(~ ClliNII PIii'/"): the preamble's enacting formula ("Thủ tướng Chính phủ ban hành Quyết
// định …") names both (issue #11, the real OCR-text sets). Only what the header left unread is
// taken, and only from a formula opening its line.
import { describe, expect, it } from 'vitest';
import { withEnactingFormula } from '../../extractors/ocr-repairs/enacting-formula.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo } from '../../output/schema.js';

const unread: DocumentInfo = {
  type: null, typeCode: null, number: null, serial: null, symbol: null, date: '2020-04-24', title: null, place: null,
  issuer: { name: 'Ủy ban nhân dân', level: null, locality: null, parent: null },
};
const body = (formula: string) => `Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Bộ trưởng;\n${formula}\nChương I`;
const read = (doc: DocumentInfo, formula: string) => {
  const text = body(formula);
  const out = withEnactingFormula(doc, text, foldVietnamese(text), []);
  return { type: out.type, issuer: out.issuer.name, level: out.issuer.level };
};

describe("the enacting formula names a garbled header's type and issuer", () => {
  it.each([
    ['the Prime Minister\'s decision', 'Thủ tướng Chính phủ ban hành Quyết định quy định việc thực hiện các chính sách.', { type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', level: 'central' }],
    ['the Government\'s decree', 'Chính phủ ban hành Nghị định quy định chi tiết.', { type: 'Nghị định', issuer: 'Chính phủ', level: 'central' }],
    ['a minister\'s circular: the ministry', 'Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn.', { type: 'Thông tư', issuer: 'Bộ Tài chính', level: 'central' }],
  ])('%s', (_how, formula, expected) => {
    expect(read(unread, formula)).toEqual(expected);
  });

  it.each([
    ['a formula inside a sentence (another document\'s)', 'Năm 2019, Thủ tướng Chính phủ ban hành Quyết định số 12/QĐ-TTg.'],
    ['no formula', 'Ủy ban nhân dân tỉnh ban hành kế hoạch.'],
  ])('left alone: %s', (_how, formula) => {
    expect(read(unread, formula)).toEqual({ type: null, issuer: 'Ủy ban nhân dân', level: null });
  });

  it('a header that read its type and issuer keeps them', () => {
    const doc = { ...unread, type: 'Quyết định', issuer: { name: 'Ủy ban nhân dân tỉnh Tây Ninh', level: 'province' as const, locality: 'Tây Ninh', parent: null } };
    expect(read(doc, 'Thủ tướng Chính phủ ban hành Quyết định quy định.')).toEqual({ type: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh', level: 'province' });
  });

  it("a type the header read that is not the formula's: the formula is another document's", () => {
    const doc = { ...unread, type: 'Công văn' };
    expect(read(doc, 'Thủ tướng Chính phủ ban hành Quyết định quy định.')).toEqual({ type: 'Công văn', issuer: 'Ủy ban nhân dân', level: null });
  });
});

describe('a sentence of a letter or a body that reports a document is no enacting formula (review 11 H3)', () => {
  const readText = (text: string) => {
    const out = withEnactingFormula(unread, text, foldVietnamese(text), []);
    return { type: out.type, issuer: out.issuer.name, level: out.issuer.level };
  };
  const asRead = { type: null, issuer: 'Ủy ban nhân dân', level: null };
  it.each([
    [
      'a letter reporting a decree in a paragraph of its own',
      'S:A/UBND-VP Ba Rja - Vüng Tàu, ngày f- tháng 02 nám 2019\nKInh gui: Các Scy, ban, ngành tinh\nNgày 28/11/2018, Bô Tài chInh ban hành Thông tu s 116/2018/TT-BTC.\nChính phủ ban hành Nghị định số 20/2018/NĐ-CP quy định chi tiết\nmột số điều của Luật Giá. UBND tinh có kiên chi do nhu sau:',
    ],
    ['a number after the type, in a preamble', body('Chính phủ ban hành Nghị định số 20/2018/NĐ-CP quy định chi tiết.')],
    ['figures after the type', body('Thủ tướng Chính phủ ban hành Quyết định 12/QĐ-TTg.')],
    ['a garbled "số" after the type', body('Chính phủ ban hành Nghị định s6 20/2018/NĐ-CP.')],
    ['no "Căn cứ" line before it', 'Chính phủ ban hành Nghị định quy định chi tiết.\nCăn cứ Luật Giá;'],
    ['after the first article', 'Căn cứ Luật Giá;\nĐiều 1. Phạm vi\nChính phủ ban hành Nghị định quy định chi tiết.'],
    ['after "QUYẾT ĐỊNH:"', 'Căn cứ Luật Giá;\nQUYẾT ĐỊNH:\nThủ tướng Chính phủ ban hành Quyết định quy định.'],
    ['a letter with its subject line', `V/v triển khai Nghị định\n${body('Chính phủ ban hành Nghị định quy định chi tiết.')}`],
  ])('left alone: %s', (_how, text) => {
    expect(readText(text)).toEqual(asRead);
  });

  it('the preamble\'s formula, after its grounds and before its articles, is still read', () => {
    expect(readText(`${body('Chính phủ ban hành Nghị định quy định chi tiết.')}\nĐiều 1. Phạm vi`)).toEqual({ type: 'Nghị định', issuer: 'Chính phủ', level: 'central' });
  });
});
