// Cited numbers as layers of engines without Vietnamese (or with letter-spacing) print them: type
// codes misread ("QB" for QĐ, "IVD" for NĐ), serial and year spaced digit by digit, symbols
// spaced letter by letter, "Ỉ" for 1 in a year, and the date words garbled past "thdng"/"ndm".
// Only where an OCR engine wrote the text: typed text keeps what was typed.
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
  place: 'Tây Ninh', date: '2025-02-20', title: null,
};

const refs = (text: string, ocr: boolean) =>
  extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.number}|${r.date ?? ''}`);

describe('OCR-only repairs of cited codes', () => {
  it.each([
    ['QB for QĐ', 'Quyết định số 45/2016/QB-TTg của', 'Quyết định số 45/2016/QĐ-TTg của'],
    ['IVD for NĐ', 'Nghị định số 92/2017/IVD-CP ngày', 'Nghị định số 92/2017/NĐ-CP  ngày'],
    ['serial and year spaced', 'Nghị định số 5 2/2 0 13/NĐ-CP ngày', 'Nghị định số    52/2013/NĐ-CP ngày'],
    ['serial and year spaced, a space before the slash', 'tại Nghị định số 5 2 /2 0 13/NĐ-CP.', 'tại Nghị định số     52/2013/NĐ-CP.'],
    ['serial of single figures after the label', 'Quyet dinh so 5 5/2016/QĐ-TTg cua', 'Quyet dinh so  55/2016/QĐ-TTg cua'],
    ['serial apart after a spaced label', 'S ố 1 47 /2014/TT-BCT', 'S ố   147/2014/TT-BCT'],
    ['year spaced, serial whole', 'Thông tư số 15/2 0 20/TT-BTC ngày', 'Thông tư số   15/2020/TT-BTC ngày'],
    ['a space before the slash only', 'Số: 02 /2023/TT-NHNN', 'Số:  02/2023/TT-NHNN'],
    ['symbol spaced letter by letter', 'số 52/2013/N Đ -C P) quy', 'số 52/2013/NĐ-CP   ) quy'],
    ['last letter set apart', 'Thông tư số 12/2013/TT-BC T phải', 'Thông tư số 12/2013/TT-BCT  phải'],
    ['Ỉ for 1 in the year', 'Nghị định số 95/20Ỉ2/NĐ-CP ngày', 'Nghị định số 95/2012/NĐ-CP ngày'],
    ['a subscript figure read as a stroke: the 1', 'Công văn số 6034/UBND-NC] ngày 11/9/2019 và 12/UBND-VX| ngày 1/1/2019', 'Công văn số 6034/UBND-NC1 ngày 11/9/2019 và 12/UBND-VX1 ngày 1/1/2019'],
    // Seen for a subscript 1 and for a subscript 2 alike: no figure is made up, the date is kept.
    ['a subscript figure read as a semicolon or bracket: none', 'Công văn số 5780/UBND-NC; ngày 30/8/2019; số 1576/UBND-TH; ngày 21/3/2017, 6034/UBND-NC( ngày 1/1/2019', 'Công văn số 5780/UBND-NC  ngày 30/8/2019; số 1576/UBND-TH  ngày 21/3/2017, 6034/UBND-NC  ngày 1/1/2019'],
    ['a month split after its 1', 'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1 1/2003;', 'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11 /2003;'],
  ])('%s', (_how, read, repaired) => {
    const out = repairCitedNumbers(read, foldVietnamese(read), true);
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(read.length);
  });

  // A row's or an article's number before a cited number is no figure of it: the engine spaced
  // nothing else there (the year is whole) and no number label stands before.
  it.each([
    ['a row number before a cited number', '1 52/2013/NĐ-CP Nghị định'],
    ['a row number before a Prime Minister\'s decision', '2 45/2016/QĐ-TTg Quyết định'],
    ['an article number before a cited number', 'Điều 3 15/2020/TT-BTC quy định'],
    ['a row number before a one-figure serial, no label', '1 5/2016/QĐ-TTg Quyết định'],
    ['a row number and a spaced serial, no label', '1 5 5/2016/QĐ-TTg Quyết định'],
    ['a semicolon after a cited symbol, then no date', 'số 12/QĐ-UBND; ngay sau đó'],
    ['a bracket after a symbol with a space before it', 'số 12/UBND-NC (ngày 3/4/2019)'],
    ['a bracket after a word that is no symbol', 'Ban NC( ngày 3/4/2019'],
    ['a month and a count that are no split month', 'ngày 26/1 và 1/2003, tỉ lệ 3/1 5/2003'],
  ])('leaves alone %s', (_how, read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(read);
  });

  it.each([
    'Quyết định số 45/2016/QB-TTg của',
    'Nghị định số 92/2017/IVD-CP ngày',
    'Nghị định số 5 2/2 0 13/NĐ-CP ngày',
    'Thông tư số 12/2013/TT-BC T phải',
  ])('typed text keeps %j', (read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read)).text).toBe(read);
  });

  it('a symbol with a subscript figure read as punctuation keeps its date, the figure not made up', () => {
    const text = 'Thực hiện Công văn số 5780/UBND-NC; ngày 30/8/2019 của Ủy ban nhân dân tỉnh Hà Tĩnh về việc tuyển dụng giáo viên;';
    expect(refs(text, true)).toEqual(['5780/UBND-NC|2019-08-30']);
  });

  it('a repaired citation reads whole, with its date', () => {
    const text = 'Căn cứ Nghị định số 92/2017/IVD-CP ngày 07 tháng 8 năm 2017 của Chính phủ;';
    expect(refs(text, true)).toEqual(['92/2017/NĐ-CP|2017-08-07']);
  });

  describe('one document cited twice, once with its type code garbled', () => {
    it.each([
      ['the garbled reading first', 'theo Quyết định số 2855/Qa.UBND ngày 03/10/2017 của UBND tỉnh. Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh;'],
      ['the garbled reading last', 'Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh; theo Quyết định số 2855/Qa.UBND ngày 03/10/2017 của UBND tỉnh.'],
    ])('OCR text: one reference, as printed (%s)', (_how, text) => {
      expect(refs(text, true)).toEqual(['2855/QĐ-UBND|2017-10-03']);
    });

    // The printed reading names the document whole: its type and type code follow its number,
    // whatever type word stood before the garbled reading.
    it.each([
      ['the garbled reading first', 'theo Quyết định số 2855/Qa.UBND ngày 03/10/2017 của UBND tỉnh. Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh;'],
      ['the garbled reading first, after another type word', 'theo Kế hoạch số 2855/Qa.UBND ngày 03/10/2017 của UBND tỉnh. Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh;'],
      ['the garbled reading first, after "văn bản"', 'theo văn bản số 2855/Qa.UBND ngày 03/10/2017 của UBND tỉnh. Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh;'],
    ])('OCR text: type and typeCode agree with the printed number (%s)', (_how, text) => {
      const found = extractReferences(text, testContext(), DOC, [], foldVietnamese(text), true);
      expect(found.map((r) => ({ type: r.type, typeCode: r.typeCode, number: r.number, issuer: r.issuer }))).toEqual([
        { type: 'Quyết định', typeCode: 'QĐ', number: '2855/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh' },
      ]);
    });

    it.each([
      ['two clean codes of one serial and day', 'Căn cứ Quyết định số 45/QĐ-UBND ngày 05/01/2024 và Kế hoạch số 45/KH-UBND ngày 05/01/2024 của UBND tỉnh;', ['45/QĐ-UBND|2024-01-05', '45/KH-UBND|2024-01-05']],
      ['a garbled code on another day', 'theo Quyết định số 2855/Qa.UBND ngày 04/10/2017 của UBND tỉnh. Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh;', ['2855/Qa.UBND|2017-10-04', '2855/QĐ-UBND|2017-10-03']],
    ])('OCR text keeps apart %s', (_how, text, expected) => {
      expect(refs(text, true)).toEqual(expected);
    });

    it('typed text keeps both readings', () => {
      const text = 'theo Quyết định số 2855/Qa.UBND ngày 03/10/2017 của UBND tỉnh. Thực hiện Quyết định số 2855/QĐ-UBND ngày 03/10/2017 của UBND tỉnh;';
      expect(refs(text, false)).toHaveLength(2);
    });
  });

  it('the span of a repaired citation stands in the original text', () => {
    const text = 'Căn cứ Nghị định số 92/2017/IVD-CP ngày 07 tháng 8 năm 2017 của Chính phủ;';
    const [ref] = extractReferences(text, testContext(), DOC, [], foldVietnamese(text), true);
    expect(text.slice(ref!.span!.start, ref!.span!.end)).toContain('92/2017/IVD-CP');
  });
});

describe('date words garbled by a layer without Vietnamese', () => {
  // The date as the reader takes it: from the text as read (typed) or once the OCR repairs ran.
  const dateOf = (text: string, ocr: boolean) => {
    const read = ocr ? repairCitedNumbers(text, foldVietnamese(text), true).folded : foldVietnamese(text);
    return parseVietnameseDate(read)?.iso ?? null;
  };
  const GARBLED: [string, string, string][] = [
    ['"tháng" after a stray underscore', 'ngày 31 _tháng 12 năm 2024', '2024-12-31'],
    ['"tháng" with its t read as a mark', 'ngày 06 !hạng 12 năm 2021', '2021-12-06'],
    ['"tháng" a stray mark glued to it, its t put back by the restorer', 'ngày 06 !tháng 12 năm 2021', '2021-12-06'],
    ['"năm" two letters off, glued to the year by a stop', 'ngày 14 tháng 02 neim.2025', '2025-02-14'],
    ['"năm" two letters off, glued to the year', 'ngày 5 tháng 1 nitm202l', '2021-01-05'],
    ['a comma inside the year', 'ngày 23 tháng 11 năm 201,8', '2018-11-23'],
    ['a word in place of "năm"', 'ngày 1 tháng 2 nhóm 2024', '2024-02-01'],
    ['marks inside the year', 'ngày 1 tháng 2 năm 20,15', '2015-02-01'],
    ['"năm" read as two letters, its m kept', 'ngày 26 thang 02 Wm 2025', '2025-02-26'],
    ['"năm" of two letters, given a mark by the restorer', 'ngày 26 tháng 02 Âm 2025', '2025-02-26'],
    ['"NĂM" in capitals of two letters', 'NGÀY 26 THÁNG 02 WM 2025', '2025-02-26'],
    ['a month of two look-alike letters glued to "năm"', 'ngày 03 tháng ionăm 2025', '2025-10-03'],
    ['a month of two look-alike letters', 'ngày 03 tháng ll năm 2025', '2025-11-03'],
    ['a month of two ones read as capitals (serifed 1s)', 'ngày 12 tháng II năm 2012', '2012-11-12'],
    ['a month of two ones read as l and I', 'ngày 29 tháng lI năm 2005', '2005-11-29'],
    ['a month of two ones, the first read as a T (a serifed 1)', 'ngày 15 tháng T1 năm 2010', '2010-11-15'],
    ['a month of two ones read as I and a marked I', 'ngày 25 tháng IÌ năm 2009', '2009-11-25'],
  ];

  it.each(GARBLED)('OCR text: %s', (_how, text, iso) => {
    expect(dateOf(text, true)).toBe(iso);
  });

  it.each([
    ['a blank day', 'ngày    tháng It năm 2016'],
    ['a day written by hand, read as a mark', 'ngay# thang   It nam 2016'],
    ['a day written by hand, month of look-alikes', 'ngày ~ tháng ll năm 2025'],
  ])('OCR text: a month of look-alike letters after %s is left unread (likely handwritten)', (_how, text) => {
    expect(dateOf(text, true)).not.toMatch(/^\d{4}-\d{2}/);
  });

  it.each(GARBLED)('typed text keeps it no whole date: %s', (_how, text, iso) => {
    expect(dateOf(text, false)).not.toBe(iso);
  });

  it.each([
    ['a clean date', 'ngày 14 tháng 02 năm 2025', '2025-02-14'],
    ['stripped marks', 'ngay 10 thang 12 nam 2020', '2020-12-10'],
    ['"thdng" and "ndm"', 'ngày 3 thdng 4 ndm 2019', '2019-04-03'],
  ])('either origin reads %s', (_how, text, iso) => {
    expect(dateOf(text, false)).toBe(iso);
    expect(dateOf(text, true)).toBe(iso);
  });

  it.each([
    // "2(,)17" is a 0 read as its two sides: read (references-ocr-families.test.ts); a lone comma is a lost figure.
    ['a year missing a figure', 'ngày 31 tháng 10 năm 2,17'],
    ['a year of three figures after the word', 'ngày 31 tháng 10 neim 201'],
    ['a two-letter word without a year after it', 'ngày 31 tháng 10 Âm lịch'],
  ])('OCR text: %s is not made up', (_how, text) => {
    expect(dateOf(text, true)).toBeNull();
  });

  it('look-alike letters that make no month leave the year alone', () => {
    expect(dateOf('ngày 03 tháng oo năm 2025', true)).toBe('2025');
  });

  it('the repair keeps the length', () => {
    const text = 'Căn cứ Nghị định ngày 14 tháng 02 neim.2025 và ngày 23 tháng 11 năm 201,8;';
    expect(repairCitedNumbers(text, foldVietnamese(text), true).text.length).toBe(text.length);
  });
});

describe("a cited date's 8 read as '§' and 5 as 'S' or 'Š' (OCR only)", () => {
  it.each([
    ['Căn cứ Quyết định số 1439/QĐ-BTTTT ngày 30 tháng § năm 2017 của Bộ trưởng;', '1439/QĐ-BTTTT|2017-08-30'],
    ['Nghị định số 48/2013/NĐ-CP ngày 14 tháng Š năm 2013 của Chính phủ;', '48/2013/NĐ-CP|2013-05-14'],
    ['Quyết định số 350/UB-QĐ-NĐ ngày [§ tháng 9 năm 1986 của UBND tỉnh;', '350/UB-QĐ-NĐ|1986-09-18'],
    ['phiếu trình số 13/UB-TP, ngày L§ tháng O1 năm 1999.', '13/UB-TP|1999-01-18'],
  ])('%s', (text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it.each([
    // a letter inside a word, not alone in the date's place
    ['Nghị định số 48/2013/NĐ-CP ngày 14 tháng Sáu năm 2013 của Chính phủ;', '48/2013/NĐ-CP|2013'],
  ])('%s: as read', (text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it('typed text keeps what was typed', () => {
    expect(refs('Căn cứ Quyết định số 1439/QĐ-BTTTT ngày 30 tháng § năm 2017 của Bộ trưởng;', false)).toEqual(['1439/QĐ-BTTTT|2017']);
  });
});

describe("a speck read as a letter glued before a cited day's or month's two figures (OCR only)", () => {
  it.each([
    ['thay thế Quyết định số 48/QĐ-UBND ngày 05 tháng Ô01 năm 2017 của UBND huyện.', '48/QĐ-UBND|2017-01-05'],
    ['Căn cứ Nghị định số 15/2021/NĐ-CP ngày é03 tháng 3 năm 2021 của Chính phủ;', '15/2021/NĐ-CP|2021-03-03'],
  ])('%s', (text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it.each([
    // two figures that make no month: the letter is left as read
    ['thay thế Quyết định số 48/QĐ-UBND ngày 05 tháng Ô41 năm 2017 của UBND huyện.', '48/QĐ-UBND|2017'],
  ])('%s: as read', (text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it('typed text keeps what was typed', () => {
    expect(refs('thay thế Quyết định số 48/QĐ-UBND ngày 05 tháng Ô01 năm 2017 của UBND huyện.', false)).toEqual(['48/QĐ-UBND|2017']);
  });
});

describe("the Prime Minister's TTg split by a mark (OCR only)", () => {
  it.each([
    ['đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 519/QĐ-T: Tg ngày 31/3/2016; Điều chỉnh', '519/QĐ-TTg|2016-03-31'],
    ['Căn cứ Quyết định số 28/2025/QĐ-T Tg ngày 24/8/2025 của Thủ tướng;', '28/2025/QĐ-TTg|2025-08-24'],
  ])('%s', (text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it('typed text keeps what was typed', () => {
    expect(refs('tại Quyết định số 519/QĐ-T: Tg ngày 31/3/2016; Điều chỉnh', false)).not.toContain('519/QĐ-TTg|2016-03-31');
  });
});
