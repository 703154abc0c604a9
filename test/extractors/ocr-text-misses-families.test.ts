// Families of other engines' OCR text behind the real-ocr-text misses that the layer itself can
// answer (the table in test/real/ocr-text/README.md): a speck after the number label read as a
// hyphen ("văn bản số- 1266/VPCP-ĐMDN"), a cited number dated "đề ngày" (typed text says so too),
// a serial's 1 read as a bracket ("số ] 39/NQ-CP"), a cited day split by a space ("ngày 3 1/5/2007"),
// the number line's code the restorer re-lettered into a word of its length ("QĐ-TẠI" for the
// engine's "QD-TTg"), a family name's u read as two strokes ("Vii" for Vũ), a number line's garbled
// symbol tail read into the place ("0Ôosp.GsQL. Bình Dương, ngày"). Each with the plain
// cases it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { extractReferences } from '../../extractors/references/references.js';
import { withNumberAsEngineRead } from '../../extractors/ocr-repairs/engine-number-line.js';
import { withSurnameRepaired } from '../../extractors/ocr-repairs/ocr-surname.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo, Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const LETTER: DocumentInfo = {
  type: 'Công văn', typeCode: null, number: '113/QHLĐTL-CSLĐ', serial: '113', symbol: 'QHLĐTL-CSLĐ',
  issuer: { name: 'Cục Quan hệ lao động và Tiền lương', level: 'central', locality: null, parent: 'Bộ Lao động - Thương binh và Xã hội' },
  place: 'Hà Nội', date: '2019-02-27', title: null,
};

const refs = (text: string, ocr: boolean) =>
  extractReferences(text, testContext(), LETTER, [], foldVietnamese(text), ocr).map((r) => `${r.number}|${r.date ?? ''}`);

describe('cited numbers and dates the engine read with a speck, a bracket or a split figure', () => {
  it.each([
    // [how, text, OCR text's references, typed text's references]
    ['a hyphen after "số", a space and the figures', 'theo phiếu chuyển của Văn phòng Chính phủ tại văn bản số- 1266/VPCP-ĐMDN ngày 15/02/2019 sau khi nghiên cứu', ['1266/VPCP-ĐMDN|2019-02-15'], ['1266/VPCP-ĐMDN|2019-02-15']],
    ['"đề ngày": the date the letter is headed with', 'Cục Thuế nhận được Phiếu chuyển số 724/PC-TCT đề ngày\n19/9/2018 của Tổng cục Thuế', ['724/PC-TCT|2018-09-19'], ['724/PC-TCT|2018-09-19']],
    ['a serial\'s 1 read as a bracket after "số"', 'Căn cứ Nghị quyết số ] 39/NQ-CP ngày 31 tháng 12 năm 2017 của Chính phủ', ['139/NQ-CP|2017-12-31'], ['39/NQ-CP|2017-12-31']],
    ['a day of two figures split after "ngày"', 'theo Nghị định 90/2007/NĐ-CP ngày 3 1/5/2007 của Chính phủ', ['90/2007/NĐ-CP|2007-05-31'], ['90/2007/NĐ-CP|2007-05-01']],
    // Negative cases: "để" (in order to) is no date's word; figures that make no day; a plain date; a bracket with no label.
    ['"để ngày": no date of the number', 'theo Công văn số 12/UBND-VX để ngày 15/3/2020 tổ chức hội nghị', ['12/UBND-VX|'], ['12/UBND-VX|']],
    ['a split that makes no day ("3 9")', 'theo Nghị định 90/2007/NĐ-CP ngày 3 9/5/2007 của Chính phủ', ['90/2007/NĐ-CP|2007-05-09'], ['90/2007/NĐ-CP|2007-05-09']],
    ['a whole day', 'theo Nghị định 90/2007/NĐ-CP ngày 31/5/2007 của Chính phủ', ['90/2007/NĐ-CP|2007-05-31'], ['90/2007/NĐ-CP|2007-05-31']],
    ['a bracket with no number label before it', 'Căn cứ các Nghị quyết (Phụ lục ] 39/NQ-CP ngày 31 tháng 12 năm 2017)', ['39/NQ-CP|2017-12-31'], ['39/NQ-CP|2017-12-31']],
    ['a hyphen after "số" glued to the figures', 'tại văn bản số-1266/VPCP-ĐMDN ngày 15/02/2019', [], []],
  ])('%s', (_how, text, ocr, typed) => {
    expect(refs(text, true)).toEqual(ocr);
    expect(refs(text, false)).toEqual(typed);
  });
});

describe('the number line\'s code the restorer re-lettered into a word, read as the engine read it', () => {
  const DECISION: DocumentInfo = {
    type: 'Quyết định', typeCode: 'QĐ', number: null, serial: null, symbol: 'QĐ-TAI',
    issuer: { name: 'Thủ tướng Chính phủ', level: 'central', locality: null, parent: null },
    place: 'Hà Nội', date: '2022-01-05', title: null,
  };
  const header = (line: string) => `THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${line}\nQUYẾT ĐỊNH\n`;
  it.each([
    ['"TTg" restored as "TẠI"', 'Số: 0£ /QĐ-TẠI Hà Nội, ngày 05 tháng 01 năm 2022', 'Số: 0£ /QD-TTg Hà Nội, ngày 05 tháng 01 năm 2022', 'QĐ-TAI', 'QĐ-TTg'],
    ['the head alone restored (as before)', 'Số: 0£ /QĐ-T    Hà Nội, ngày 05 tháng 01 năm 2022', 'Số: 0£ /QD-TTg  Hà Nội, ngày 05 tháng 01 năm 2022', 'QĐ-T', 'QĐ-TTg'],
    // Negative cases: a part of another length, another first part, nothing re-lettered.
    ['the engine\'s part longer', 'Số: 0£ /QĐ-TẠI  Hà Nội, ngày 05 tháng 01 năm 2022', 'Số: 0£ /QD-TTgx Hà Nội, ngày 05 tháng 01 năm 2022', 'QĐ-TAI', 'QĐ-TAI'],
    ['another first part', 'Số: 0£ /QĐ-TẠI Hà Nội, ngày 05 tháng 01 năm 2022', 'Số: 0£ /CT-TTg Hà Nội, ngày 05 tháng 01 năm 2022', 'QĐ-TAI', 'QĐ-TAI'],
    ['the same letters', 'Số: 0£ /QĐ-TAI Hà Nội, ngày 05 tháng 01 năm 2022', 'Số: 0£ /QĐ-TAI Hà Nội, ngày 05 tháng 01 năm 2022', 'QĐ-TAI', 'QĐ-TAI'],
  ])('%s', (_how, restored, engine, symbol, expected) => {
    const text = header(restored);
    const read = header(engine);
    expect(read.length).toBe(text.length);
    const doc = withNumberAsEngineRead({ ...DECISION, symbol }, text, (start, end) => read.slice(start, end));
    expect(doc.symbol).toBe(expected);
    // A serial the restored text did not read is never taken from the engine alone.
    expect(doc.serial).toBeNull();
  });
});

describe('a family name whose u the engine read as two strokes', () => {
  it.each([
    ['"Vii" for Vũ', 'Vii Thị Mai', 'Vũ Thị Mai'],
    ['"Biii" for Bùi', 'Biii Văn Hùng', 'Bùi Văn Hùng'],
    // Negative cases: two words only, a listed family name, no common name spelt so.
    ['two words', 'Vii Mai', 'Vii Mai'],
    ['a listed family name', 'Vũ Thị Mai', 'Vũ Thị Mai'],
    ['"Kiii": no common name', 'Kiii Văn An', 'Kiii Văn An'],
  ])('%s', (_how, read, name) => {
    expect(withSurnameRepaired(read)).toBe(name);
  });
});

describe('a number line\'s garbled symbol tail before the place', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const placeOf = (numberLine: string, ocr: boolean) =>
    extractHeader(
      ['TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC HẢI QUAN TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc', numberLine, 'V/v tiếp tục báo cáo vướng mắc', 'Kính gửi: Tổng cục Hải quan'].join('\n'),
      testContext(), noSigner, undefined, ocr, undefined, ocr,
    ).place;
  it.each([
    ['capitals in garbled case, a stop after them', 'sá2 * 0Ôosp.GsQL. Bình Dương, ngày 24 tháng 10 năm 2022', 'Bình Dương'],
    // Negative cases: a place in title case; a dotted abbreviation glued to the name.
    ['a place as printed', 'Số: 2408/HQBD-GSQL Bình Dương, ngày 24 tháng 10 năm 2022', 'Bình Dương'],
    ['"TP.Thủ Dầu Một"', 'Số: 2408/HQBD-GSQL TP.Thủ Dầu Một, ngày 24 tháng 10 năm 2022', 'TP.Thủ Dầu Một'],
  ])('%s', (_how, line, place) => {
    expect(placeOf(line, true)).toBe(place);
  });

  it('typed text: the words stay as typed', () => {
    expect(placeOf('sá2 * 0Ôosp.GsQL. Bình Dương, ngày 24 tháng 10 năm 2022', false)).not.toBe('Bình Dương');
  });
});
