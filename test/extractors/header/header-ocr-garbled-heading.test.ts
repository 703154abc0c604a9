// A scanned decision whose type heading an engine garbled past reading ("QrrrEr Eprfl") names its
// type where its articles close ("… thi hành Quyết định này"); its number cell on the date line with
// the label's colon read as a comma ("số, 3+!J Hà. Tỉnh, ngày …") and a speck after the place's first
// word still leave the place. OCR only; a công văn and typed text keep their reading.
import { describe, expect, it } from 'vitest';
import { selfNamedType } from '../../../extractors/header/self-named-type.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { headerOf } from '../header-fixture.js';

const header = (lines: string[], ocrOrigin = true) => headerOf(lines, ocrOrigin);

const decision = (heading: string, subject = 'Về việc phê duyệt kế hoạch lựa chọn nhà thầu') => [
  '  ra NẠN DẪN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '     TÍNH TN{II Độc lập - Tự do - Hạnh phúc',
  '',
  '  số, 3+!J Hà. Tỉnh, ngày Lễ tựa"g I t năm 2017',
  `                                 ${heading}`,
  ` ${subject}`,
  '',
  '       Căn cứ Luật Đấu thầu ngày 26/11/2013;',
  '       Điều 1 Phê duyệt kế hoạch lựa chọn nhà thầu.',
  '      Điều 2. Giao Trung tâm tổ chức lựa chọn nhà thầu.',
  '       Điều 3. Quyết định này có hiệu lực kể từ ngày ký; các cơ quan chịu trách nhiệm thi hành Quyết định này./.',
];

describe('a garbled type heading over a "Về việc" trích yếu', () => {
  it('OCR: the type the document names itself by', () => {
    expect(header(decision('QrrrEr Eprfl')).type).toBe('Quyết định');
  });

  it.each([
    ['typed text', decision('QrrrEr Eprfl'), false, 'Công văn'],
    ['a "V/v" line (a công văn\'s)', decision('QrrrEr Eprfl', 'V/v phê duyệt kế hoạch lựa chọn nhà thầu'), true, 'Công văn'],
  ])('%s: not from the articles', (_how, lines, ocr, type) => {
    expect(header(lines, ocr).type).toBe(type);
  });

  it('OCR: the place of a date line after a number cell whose colon reads as a comma, its speck dropped', () => {
    const doc = header(decision('QrrrEr Eprfl'));
    expect(doc.place).toBe('Hà Tĩnh');
    expect(doc.date).toBe('2017');
  });

  it('typed text keeps the stop', () => {
    expect(header(decision('QrrrEr Eprfl'), false).place).not.toBe('Hà Tĩnh');
  });
});

describe('selfNamedType', () => {
  const typeOf = (text: string) => selfNamedType(foldVietnamese(text))?.name ?? null;
  it.each([
    ['articles, "Quyết định này"', 'Điều 1. Ban hành.\nĐiều 2. Quyết định này có hiệu lực.', 'Quyết định'],
    ['the article\'s stop lost', 'Điều 1 Ban hành.\n  Điều 2 Thông tư này có hiệu lực.', 'Thông tư'],
    ['the most named wins', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký; Thông tư này cũng vậy.', 'Quyết định'],
    ['no articles (a công văn)', 'Đề nghị các đơn vị thực hiện Quyết định này.', null],
    ['an article cited inside a sentence only', 'theo Điều 1 Quyết định này', null],
    ['two types as often', 'Điều 1. Quyết định này.\nĐiều 2. Thông tư này.', null],
    ['a plan it passes on', 'Điều 1. Ban hành Kế hoạch này.', null],
    ['"này" part of a longer word', 'Điều 1. Quyết định nàyy.', null],
  ])('%s', (_how, text, type) => {
    expect(typeOf(text)).toBe(type);
  });
});
