// Cited references of other engines' OCR layers read against the families they belong to: the
// laws a plan cites (a garbled name, an amending law's garbled formula), the codes of document
// types (a Đ misread), of the police's departments (C and figures) and of laws (QH and the term),
// dates whose words or figures the engine garbled, and numbers it cut short. Only where an OCR
// engine wrote the text: typed text keeps what was typed.
import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '../../../extractors/shared/dates.js';
import { extractReferences } from '../../../extractors/references/references.js';
import { repairCitedNumbers } from '../../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const DOC: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '358/QĐ-UBND', serial: '358', symbol: 'QĐ-UBND',
  issuer: { name: 'Ủy ban nhân dân tỉnh Tây Ninh', level: 'province', locality: 'Tây Ninh', parent: null },
  place: 'Tây Ninh', date: '2026-02-20', title: null,
};

const refs = (text: string, ocr: boolean) =>
  extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.number ?? r.title}|${r.date ?? ''}`);

const AMENDING_2019 = 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương';

describe('codes read against their families (OCR text)', () => {
  const REPAIRS: [string, string, string][] = [
    ['a police department C read as 0', 'Quyết định số 370/QĐ-BCA-006 ngày', 'Quyết định số 370/QĐ-BCA-C06 ngày'],
    ['a law number ending garbled before its term', 'Luật số 123/2025V-115 ngày', 'Luật số 123/2025/QH15 ngày'],
    ['a T read as 1 heading a part of capitals', 'Chương trình 1842b/CTPH-BVHTTDL-1LDLDVN ngày', 'Chương trình 1842b/CTPH-BVHTTDL-TLDLDVN ngày'],
    ['a backslash for a 1 in the year', 'Nghị định số 92/20\\7/NĐ-CP ngày', 'Nghị định số 92/2017/NĐ-CP ngày'],
    ['an l for a 1 before a lost slash', 'Nghị định số l7/2022ND- CP ngày', 'Nghị định số 17/2022ND- CP ngày'],
    ['"Ludt" for Luật', 'Căn cứ Ludt Đất đai', 'Căn cứ Luật Đất đai'],
    ['a Party serial\'s 0 read as D', 'Kết luận số Dĩ-KL/TW của', 'Kết luận số 01-KL/TW của'],
    ['a speck glued to a cited serial', 'Thông tư w58/2009/TT-BTC 26/3/2009', 'Thông tư  58/2009/TT-BTC 26/3/2009'],
  ];

  it.each(REPAIRS)('%s', (_how, read, repaired) => {
    const out = repairCitedNumbers(read, foldVietnamese(read), true);
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(read.length);
  });

  it.each(REPAIRS)('typed text keeps it: %s', (_how, read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read)).text).toBe(read);
  });

  it.each([
    ['a 0 heading a part not after BCA', 'Quyết định số 370/QĐ-UBND-006 ngày'],
    ['a part of three figures after BCA-0', 'Quyết định số 370/QĐ-BCA-0123 ngày'],
    ['a term that did not sit in the law\'s year', 'Luật số 123/2025V-113 ngày'],
    ['a law number as printed', 'Luật số 45/2013/QH13 ngày'],
    ['a resolution\'s number (not a law)', 'Nghị quyết số 12/2025V-115 ngày'],
    ['a 1 before two capitals only', 'Công văn 18/CTPH-1LD ngày'],
    ['a word that only begins like Ludt', 'Ludtke đã'],
    ['a D alone before a Party symbol', 'Đảng bộ D-KL/TW của'],
    ['a letter glued to a serial after no type word', 'mã hàng w58/2009/TT-BTC'],
    ['a letter glued to a serial without a year', 'Thông tư w58/TT-BTC'],
    ['a D heading a word before a symbol', 'Dĩa-KL/TW của'],
  ])('OCR text leaves alone %s', (_how, read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(read);
  });
});

describe('dates garbled past the date reader (OCR text)', () => {
  const dateOf = (text: string, ocr: boolean) => {
    const read = ocr ? repairCitedNumbers(text, foldVietnamese(text), true).folded : foldVietnamese(text);
    return parseVietnameseDate(read)?.iso ?? null;
  };
  const GARBLED: [string, string, string][] = [
    ['"năm" read as marks and letters', 'ngay 19 thong 6 ?Vim 2015', '2015-06-19'],
    ['"năm" read as a stop and a word', 'ngày 22 tháng 11 ;tầm 2019', '2019-11-22'],
    ['a month of two ones apart, t for a 1 in the year', 'ngày 22 tháng I t năm 20t9', '2019-11-22'],
    ['a 0 read as its two sides', 'ngày 31 tháng 10 năm 2(,)17', '2017-10-31'],
    ['a month 01 restored as "ơi"', 'ngày 31 tháng ơi năm 2022', '2022-01-31'],
    ['a marked i for a 1 and a space inside the year', 'ngày 12 thảng 11 năm 20ỉ 2', '2012-11-12'],
  ];

  it.each(GARBLED)('OCR text: %s', (_how, text, iso) => {
    expect(dateOf(text, true)).toBe(iso);
  });

  it.each(GARBLED)('typed text keeps it no whole date: %s', (_how, text, iso) => {
    expect(dateOf(text, false)).not.toBe(iso);
  });

  it.each([
    ['a comma for a lost figure', 'ngày 31 tháng 10 năm 2,17'],
    ['one side of a 0 only', 'ngày 31 tháng 10 năm 2(17'],
    ['two spaces inside the year', 'ngày 12 tháng 11 năm 20  12'],
  ])('OCR text: %s is not made up', (_how, text) => {
    expect(dateOf(text, true)).toBeNull();
  });
});

describe('references of OCR layers', () => {
  const CASES: [string, string, string[]][] = [
    [
      'an amending law with its formula and names garbled',
      'Luật sửa lại, Òa sung m/t số điều của Luật Tổ chiếc Chính phủ và Luật Tự chủ:c chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      [`${AMENDING_2019}|2019-11-22`],
    ],
    [
      'an amending law with "và" garbled and "Luật" read as Ludt',
      'Căn cứ Ludt sera dal, bổ sung mặt điều Luật Tơ chic Chinh pher vex Ludt chic chinh quyin dia phyrang ngay 22 thong 11 nam 2019;',
      [`${AMENDING_2019}|2019-11-22`],
    ],
    ['a listed law\'s name broken by a stray mark', 'Căn cứ Luật TỔ chức chính quyn địa phú.ăng ngày 19 tháng 6 năm 2015;', ['Luật Tổ chức chính quyền địa phương|2015-06-19']],
    ['a listed law\'s name garbled, its date words too', 'Căn cứ Ludt TO chic chinh quildn clia phicong ngay 19 thong 6 ?Vim 2015;', ['Luật Tổ chức chính quyền địa phương|2015-06-19']],
    ['a type code\'s Đ read as E', 'Căn cứ Quyết định số 29319/QE-UBND ngày 19/10/2016 của UBND tỉnh;', ['29319/QĐ-UBND|2016-10-19']],
    ['a slashless dump\'s type code with a figure for its Đ, the type word in capitals', 'căn cứ QUYẾT ĐỊNH số 240 q1-ttg ngày 04 02 2025 của thủ tướng;', ['240/QĐ-TTg|2025-02-04']],
    ['a slashless dump\'s type code that lost its Đ', 'quyết định số 1280 q-bgdđt ngày 12 5 2025 của bộ trưởng;', ['1280/QĐ-BGDĐT|2025-05-12']],
    ['a dump\'s number cut from its type word by a stray stop', 'căn cứ nghị quyết .\nsố 66 nq-cp ngày 26 3 2025 của chính phủ;', ['66/NQ-CP|2025-03-26']],
    ['a law number garbled before its term', 'Căn cứ Luật số 123/2025V-115 ngày 10 tháng 12 năm 2025 của Quốc hội;', ['123/2025/QH15|2025-12-10']],
    ['a day word garbled before a numeric date', 'Hướng dẫn Quyết định số 58/2009/QĐ-TTg %rầy 16/4/2009 của Thủ tướng;', ['58/2009/QĐ-TTg|2009-04-16']],
    ['a day word restored as "năm" before a numeric date', 'Bổ sung Quyết định 106/2007/QĐ-BTC năm 20/12/2007 và các Quyết định sửa đổi;', ['106/2007/QĐ-BTC|2007-12-20']],
    ['a word of the language before a numeric date is no day word', 'Các Quyết định số 58/2009/QĐ-TTg tại 16/4/2009 và số 12/2010/QĐ-TTg hai 20/12/2010;', ['58/2009/QĐ-TTg|', '12/2010/QĐ-TTg|']],
    ['a number cut to one capital', 'Theo đề nghị tại báo cáo thẩm định số 1068/B ngày 22 tháng 11 năm 2017;', []],
    ['a number cut on a hyphen', 'Tổng cục Môi trường có văn bản số 1226/TCMT- đó do Tổng cục ban hành;', []],
    ['a number cut to its type code', 'Luật Thanh niên và Chỉ thị số 33/CT Chính phủ về tiếp tục tăng cườn', []],
    ['a number cut to its type code, whole later', 'Chỉ thị số 33/CT Chính phủ về tiếp tục tăng cườn\nb) Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng;', ['33/CT-TTg|']],
  ];

  it.each(CASES)('OCR text: %s', (_how, text, expected) => {
    expect(refs(text, true)).toEqual(expected);
  });

  it.each([
    ['an unlisted law keeps its name', 'Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;', ['Luật Thủ đô|2024-06-28']],
    ['a law whose name holds a listed one keeps its name', 'Căn cứ Luật Thuế bảo vệ môi trường ngày 15 tháng 11 năm 2010;', ['Luật Thuế bảo vệ môi trường|2010-11-15']],
    ['a listed law named right keeps its name', 'Căn cứ Luật Đấu thầu ngày 26 tháng 11 năm 2013;', ['Luật Đấu thầu|2013-11-26']],
    // No amending law is made up: the law it names stays as read, a capitalised name pinned by its date.
    ['a garbled formula amending no listed law', 'Căn cứ Luật sửa lại, Òa sung m/t số điều của Luật Abcxyz Quwerty ngày 22 tháng 11 năm 2019;', ['Luật Abcxyz Quwerty|2019-11-22']],
    ['a garbled name without its date', 'Căn cứ Luật TỔ chức chính quyn địa phú.ăng;', []],
    ['a misread code under a type word whose code has no Đ', 'Thực hiện Kế hoạch số 12/QE-UBND ngày 05/01/2024;', ['12/QE-UBND|2024-01-05']],
    ['a code one letter off that is no Đ misread', 'Căn cứ Quyết định số 45/QT-UBND ngày 05/01/2024;', ['45/QT-UBND|2024-01-05']],
    ['a two-letter symbol', 'Căn cứ Quyết định số 88/CP ngày 17/8/1994;', ['88/CP|1994-08-17']],
  ])('OCR text: %s', (_how, text, expected) => {
    expect(refs(text, true)).toEqual(expected);
  });

  it.each([
    ['a type code with E', 'Căn cứ Quyết định số 29319/QE-UBND ngày 19/10/2016 của UBND tỉnh;', ['29319/QE-UBND|2016-10-19']],
    ['a one-capital symbol', 'Theo báo cáo số 1068/B ngày 22 tháng 11 năm 2017;', ['1068/B|2017-11-22']],
    ['a symbol of a type code alone', 'Căn cứ Chỉ thị số 33/CT ngày 05/01/2024;', ['33/CT|2024-01-05']],
    ['a garbled name', 'Căn cứ Luật TỔ chức chính quyn địa phú.ăng ngày 19 tháng 6 năm 2015;', []],
    ['a word before a numeric date', 'Bổ sung Quyết định 106/2007/QĐ-BTC năm 20/12/2007 và các Quyết định sửa đổi;', ['106/2007/QĐ-BTC|']],
  ])('typed text keeps what was typed: %s', (_how, text, expected) => {
    expect(refs(text, false)).toEqual(expected);
  });
});
