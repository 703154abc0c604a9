import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import { repairCitedNumbers } from '../../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const DECREE: DocumentInfo = {
  type: 'Nghị định', typeCode: 'NĐ', number: '28/2021/NĐ-CP', serial: '28/2021', symbol: 'NĐ-CP',
  issuer: { name: 'Chính phủ', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2021-03-26', title: null,
};

function refs(text: string, document: DocumentInfo = DECREE) {
  return extractReferences(text, testContext(), document).map((r) => ({ number: r.number, date: r.date, title: r.title ?? null }));
}

describe('OCR shapes of cited numbers (repairCitedNumbers)', () => {
  // Each repair keeps the length, so spans found in the repaired text stand in the original.
  it.each([
    ['fraction slash', 'số 13⁄2012/QH13 đã', 'số 13/2012/QH13 đã'],
    ['division slash', 'số 12∕QĐ-UBND', 'số 12/QĐ-UBND'],
    ['O and l read for digits', 'số 1O/2O21/NĐ-CP và l2/QĐ-UBND', 'số 10/2021/NĐ-CP và 12/QĐ-UBND'],
    ['O in a Party serial', 'Kết luận số O1-KL/TW', 'Kết luận số 01-KL/TW'],
    ['year split after day and month', 'ngày 30/5/20 19 của', 'ngày 30/5/2019  của'],
    ['year split inside a number', 'số 16/201 8/TT-BTC và 78/2 014/TT-BTC', 'số 16/2018 /TT-BTC và 78/2014 /TT-BTC'],
    ['U read as IJ or [J', 'số 496-TB/TIJ và 496-TB/T[J ngày', 'số 496-TB/TU  và 496-TB/TU  ngày'],
    ['ngày glued to the symbol', '115/2021/NĐ-CPngày 16/12/2021', '115/2021/NĐ-CP ngày16/12/2021'],
    ['1 read as I before one figure', 'số 202/2025/QHI5 về', 'số 202/2025/QH15 về'],
    ['a doubled 1 read as I before the figures', 'số 163/2024/QHI15 và 34/BC-CAT-PHI10 ngày', 'số 163/2024/QH15  và 34/BC-CAT-PH10  ngày'],
    ['a serial split after số', 'Nghị quyết số 9 3/NQ-CP ngày', 'Nghị quyết số 93 /NQ-CP ngày'],
    ['a serial of four figures split before its year', 'Nghị quyết, số 121 1/2016/UBTVQHI3 ngày', 'Nghị quyết, số 1211 /2016/UBTVQH13 ngày'],
    ['the legislature\'s term set apart', 'Luật Đất đai số 31/2024/QH 15 ngày', 'Luật Đất đai số 31/2024/QH15  ngày'],
    ['a tilde for the hyphen of a symbol', 'số 314/SVHTTDL~ QLTDTT ngày', 'số 314/SVHTTDL-QLTDTT  ngày'],
    ['a Party slash read as I', 'Nghị quyết số 33-NQITW ngày 09/6/2014', 'Nghị quyết số 33-NQ/TW ngày 09/6/2014'],
    ['a Party slash read as l', 'Chương trình số 33-CTrlTU ngày 21/5/2015', 'Chương trình số 33-CTr/TU ngày 21/5/2015'],
    ['a Party serial read as letters and given marks', 'Kết luận số Ơi-KL/TW của Bộ Chính trị', 'Kết luận số 01-KL/TW của Bộ Chính trị'],
    ['a Party serial with 1 as l and 5 as S, its slash as I', 'Thực hiện Kế hoạch số lS-KHITU ngày 12/10/2016', 'Thực hiện Kế hoạch số 15-KH/TU ngày 12/10/2016'],
    ['"Luật" with its vowel misread', 'Căn cứ Luột Doanh nghiệp ngày 17 tháng 6 năm 2020', 'Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020'],
    ['a date slash read as 1', 'ngày 28/0112008 và ngày 23/1112016', 'ngày 28/01/2008 và ngày 23/11/2016'],
    ['a slash read twice before the year', 'Thông tư số 01//2018/TT-VPCP ngày', 'Thông tư số 01/2018/TT-VPCP  ngày'],
  ])('%s', (_name, printed, repaired) => {
    const out = repairCitedNumbers(printed, foldVietnamese(printed));
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(printed.length);
    expect(out.folded).toBe(foldVietnamese(repaired));
  });

  it.each([
    ['a plain number', 'số 10/2021/NĐ-CP'],
    ['two numbers after số, the second a date', 'số 121 1/2016 của'],
    ['a Roman numeral before a slash', 'Phụ lục I/KH'],
    ['figures that are no year', 'tỉ lệ 20 15/100 và 30/5/21 99'],
    ['a word ending in a capital before ngày', 'Hà Nộingày mai'],
    ['a symbol part with a real I inside', 'số 12/QĐ-BCĐI và 5/TB-VIETTEL'],
    ['figures after số that are not one serial', 'số 9 và 3/NQ-CP, tổ 12 34/QĐ'],
    ['a Party symbol printed right', 'số 33-NQ/TW và 12-CT/TU'],
    ['a letter where no Party body follows', 'số 12-CTI và 5-KHIPA'],
    ['a word before a Party symbol with a space', 'Ôi KL/TW'],
    ['an S alone before a Party symbol', 'số S-KH/TU'],
    ['"Luột" before a word in small letters', 'luột qua'],
    ['a month that is none', 'ngày 28/1312008'],
    ['a web address\'s double slash', 'https://2018/TT và 12//ABC'],
    ['a figure longer than a date', 'mã 128/0112008'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairCitedNumbers(text, foldVietnamese(text)).text).toBe(text);
  });
});

describe("the legislature's term with a 1 read as l or I (OCR only)", () => {
  it.each([
    ['two l', 'Luật BHXH (Luật số 71/2006/QHll ngày 29 tháng 6 năm 2006)', 'Luật BHXH (Luật số 71/2006/QH11 ngày 29 tháng 6 năm 2006)'],
    ['an l then a figure', 'Luật số 20/2008/QHl2 ngày', 'Luật số 20/2008/QH12 ngày'],
    ['a figure then an I', 'Nghị quyết số 1211/2006/UBTVQH1I ngày', 'Nghị quyết số 1211/2006/UBTVQH11 ngày'],
    ['an I then an S for 5', 'Nghị quyết số 17/2022/UBTVQHIS được', 'Nghị quyết số 17/2022/UBTVQH15 được'],
    ['an I then a 5', 'Nghị quyết sé 17/2022/UBTVQHI5 được', 'Nghị quyết sé 17/2022/UBTVQH15 được'],
  ])('%s', (_name, printed, repaired) => {
    const out = repairCitedNumbers(printed, foldVietnamese(printed), true);
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(printed.length);
  });

  it.each([
    // A term that did not sit in the number's year (QH11 sat 2002-2007): as read.
    ['a term of another year', 'Luật số 71/2016/QHll ngày', true],
    ['an S term that did not sit then', 'Nghị quyết số 17/2012/UBTVQHIS được', true],
    // Typed text keeps what was typed.
    ['typed text', 'Luật số 71/2006/QHll ngày', false],
  ] as const)('leaves %s alone', (_name, text, ocr) => {
    expect(repairCitedNumbers(text, foldVietnamese(text), ocr).text).toBe(text);
  });
});

describe("a dashed serial's slash read as a stroke letter before a body's code (OCR only)", () => {
  it.each([
    ['I before a centre\'s code', 'Thực hiện thông báo số: 34-TBIHTHSSV ngày 22 tháng 9 năm 2014 của trung tâm', 'Thực hiện thông báo số: 34-TB/HTHSSV ngày 22 tháng 9 năm 2014 của trung tâm'],
    ['l before a Youth Union\'s code', 'Kế hoạch số 12-KHlĐTN ngày 05/3/2020', 'Kế hoạch số 12-KH/ĐTN ngày 05/3/2020'],
    ['a bar before a federation\'s code', 'Công văn số 150-CV|LĐLĐ ngày', 'Công văn số 150-CV/LĐLĐ ngày'],
  ])('%s', (_name, printed, repaired) => {
    const out = repairCitedNumbers(printed, foldVietnamese(printed), true);
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(printed.length);
  });

  it.each([
    // Typed text keeps what was typed.
    ['typed text', 'Kế hoạch số 12-KHlĐTN ngày', false],
    // A lower-case letter or a figure after the stroke is no code.
    ['a word after the stroke', 'số 12-KHIến ngày', true],
    ['a state symbol', 'số 34/TB-UBND ngày', true],
  ] as const)('leaves %s alone', (_name, text, ocr) => {
    expect(repairCitedNumbers(text, foldVietnamese(text), ocr).text).toBe(text);
  });
});

describe('OCR marks for a cited day or month', () => {
  it.each([
    ['Luật A ngày 22 tháng ] ] năm 2019', '2019-11-22'],
    ['Luật A ngày 26 tháng Í I năm 2014', '2014-11-26'],
    ['Luật A ngày 20 tháng ỉ ỉ năm 2017', '2017-11-20'],
    ['Luật A ngày 22 tháng ó năm 2015', '2015-06-22'],
    ['Luật A ngày 29 tháng ở năm 2006', '2006-06-29'],
    ['Luật A ngày 18 tháng năm 2014', '2014'],
    ['Luật A ngày 5 tháng 6 năm 2020', '2020-06-05'],
  ])('Căn cứ %s → %s', (printed, iso) => {
    expect(refs(`Căn cứ ${printed};\n`).map((r) => r.date)).toEqual([iso]);
  });

  it.each([
    ['a plain o (0 or a handwritten figure)', 'tháng o năm 2020'],
    ['a lone letter', 'tháng J năm 2020'],
    ['a lone i', 'tháng i năm 2020'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairCitedNumbers(text, foldVietnamese(text)).text).toBe(text);
  });
});

describe('references in OCR text', () => {
  it('reads numbers OCR damaged', () => {
    const text =
      'Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp số 13⁄2012/QH13 đã được sửa đổi.\n' +
      'Căn cứ Nghị định sO\' 08/2016/NĐ-CP ngày 25/01/2016 của Chính phủ; Nghị định sO 115/2021/NĐ-CPngày 16/12/2021 của Chính phủ;\n' +
      'Thực hiện Thông báo s 496-TB/TIJ ngày 17/8/2023 của Thành ủy;\n';
    expect(refs(text).map((r) => `${r.number}|${r.date}`)).toEqual(['13/2012/QH13|null', '08/2016/NĐ-CP|2016-01-25', '115/2021/NĐ-CP|2021-12-16', '496-TB/TU|2023-08-17']);
  });

  it('reads dates behind stray marks, a split year and a verb after the issuer', () => {
    const text =
      'Thực hiện Nghị quyết số 29-NQ/TW ngày\n\n   an\n\n   04/11/2013 của Ban Chấp hành Trung ương;\n' +
      'Kết luận số 51-KL/TW ngày 30/5/20 19 của Ban Bí thư;\n' +
      'theo Chỉ thị số 21-CT/TW của Ban Bí thư mới ban hành ngày 04/5/2023;\n';
    expect(refs(text).map((r) => `${r.number}|${r.date}`)).toEqual(['29-NQ/TW|2013-11-04', '51-KL/TW|2019-05-30', '21-CT/TW|2023-05-04']);
  });

  it.each([
    // a mark an engine set inside a word of the name keeps the name whole
    ["Căn cứ' Luật Tổ chức chính quyền djaphwo'ng ngày 19/6/2015, Căn cứ Nghị định số 08/2016/NĐ-CP ngày 25/01/2016;", "Luật Tổ chức chính quyền djaphwo'ng|2015-06-19"],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', 'Luật Tổ chức chính quyền địa phương|2015-06-19'],
  ])('reads the law of %j', (text, read) => {
    expect(refs(text).map((r) => `${r.title}|${r.date}`)[0]).toBe(read);
  });

  it('reads laws whose names or dates OCR damaged', () => {
    const text =
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng ó năm 2015; Luật sửa bồ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;\n' +
      'Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;\n' +
      'Căn cứ Luật Các tổ chức tín dụng ngày 16 tháng 6 năm 2010; Luật sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng ngày 20 tháng ỉ ỉ năm 2017;\n' +
      'Căn cứ Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020;\n';
    expect(refs(text)).toEqual([
      { number: null, date: '2015-06-22', title: 'Luật Ban hành văn bản quy phạm pháp luật' },
      { number: null, date: '2020-06-18', title: 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật' },
      { number: null, date: '2012-06-20', title: 'Luật Giá' },
      { number: null, date: '2010-06-16', title: 'Luật Các tổ chức tín dụng' },
      { number: null, date: '2017-11-20', title: 'Luật sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng' },
      { number: null, date: '2020-06-18', title: 'Luật Đầu tư theo phương thức đối tác công tư' },
    ]);
  });

  it('cites a law named in small letters whose name is also a noun when its marks say so ("Luật giá", not "luật gia")', () => {
    expect(refs('Căn cứ Luật giá ngày 19 tháng 6 năm 2023;\n')).toEqual([{ number: null, date: '2023-06-19', title: 'Luật giá' }]);
  });

  it.each([
    ['a lawyer', 'Ý kiến của luật sư ngày 20/6/2012 về vụ việc.'],
    ['a jurist', 'Ý kiến của luật gia ngày 20/6/2012 về vụ việc.'],
    ['a capitalised noun with no date', 'Luật sư Nguyễn Văn A đã trình bày.'],
    ['a name that stops at its preposition', 'Thực hiện theo Luật Đất đai theo quy định hiện hành.'],
  ])('cites no law in %s', (_name, text) => {
    expect(refs(text).filter((r) => r.title)).toEqual([]);
  });

  it('does not cite the document itself when its head signs the annex caption', () => {
    const circular: DocumentInfo = {
      ...DECREE, type: 'Thông tư', typeCode: 'TT', number: '02/2023/TT-NHNN', serial: '02/2023', symbol: 'TT-NHNN',
      issuer: { name: 'Ngân hàng Nhà nước Việt Nam', level: 'central', locality: null, parent: null }, date: '2023-04-23',
    };
    const text = 'Điều 1. Nội dung.\n(Ban hành kèm Thông tư số 02/2023/TT-NHNN ngày 23/4/2023 của Thống đốc Ngân hàng Nhà nước Việt Nam)\n';
    expect(refs(text, circular)).toEqual([]);
  });
});

describe('letter-spaced citations (wide tracking read letter by letter)', () => {
  it.each([
    ['a number and its type', '(theo quy định tại T h ô n g tư s o 4 3 / 2 0 16/T T -N H N N );', '43/2016/TT-NHNN|null'],
    ['a number and its date', 'tại Q u yết định 2 7 / 2 0 18 /Q Đ -T T g n g à y 0 6 / 7 / 2 0 18 của Thủ tướng Chính phủ.', '27/2018/QĐ-TTg|2018-07-06'],
  ])('%s', (_name, text, expected) => {
    expect(refs(`Điều 1. Nội dung.\n${text}\n`).map((r) => `${r.number}|${r.date}`)).toEqual([expected]);
  });

  it.each([
    ['single figures without a slash', 'Điều 1 2 3 4 5 của Luật'],
    ['ordinary short words', 'và các cơ sở có 12/2020 người ở đó'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairCitedNumbers(text, foldVietnamese(text)).text).toBe(text);
  });
});

describe('a decree symbol OCR misread', () => {
  it.each([
    ['Căn cứ Nghị định số 08/2016/ND-CT ngày 25/01/2016 của Chính phủ;', '08/2016/NĐ-CP'],
    ['Căn cứ Nghị định số 08/2016/NĐ-CF ngày 25/01/2016 của Chính phủ;', '08/2016/NĐ-CP'],
    ['Căn cứ Nghị định số 08/2016/NĐ-CP ngày 25/01/2016 của Chính phủ;', '08/2016/NĐ-CP'],
    ['Căn cứ Quyết định số 08/QĐ-CT ngày 25/01/2016 của Chủ tịch;', '08/QĐ-CT'],
  ])('%s → %s', (text, number) => {
    expect(refs(`${text}\n`).map((r) => r.number)).toEqual([number]);
  });
});

describe('a header whose number line was not read', () => {
  it('does not cite the bare number standing before its date line', () => {
    const text = 'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc 47/2017/NĐ-CP\nHà Nội, ngày 25 tháng 12 năm 2017\nCăn cứ Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013 của Chính phủ;\n';
    const dateAt = text.indexOf('ngày 25');
    const unnumbered: DocumentInfo = {
      ...DECREE, type: null, typeCode: null, number: null, serial: null, symbol: null, date: '2017-12-25',
      spans: { date: { start: dateAt, end: dateAt + 'ngày 25 tháng 12 năm 2017'.length } },
    };
    expect(refs(text, unnumbered).map((r) => r.number)).toEqual(['151/2013/NĐ-CP']);
  });
});

describe('spans of repaired citations stand on the original text', () => {
  it.each([
    ['Thực hiện Nghị quyết số 163/2024/QHI15 ngày 27/11/2024 của Quốc hội;', '163/2024/QH15', 'Nghị quyết số 163/2024/QHI15 ngày 27/11/2024'],
    ['Căn cứ Nghị quyết số 202/2025/QHI5 ngày 12/6/2025;', '202/2025/QH15', 'Nghị quyết số 202/2025/QHI5 ngày 12/6/2025'],
  ])('%s', (text, number, spanned) => {
    const [ref] = extractReferences(text, testContext(), DECREE);
    expect(ref?.number).toBe(number);
    expect(text.slice(ref!.span!.start, ref!.span!.end)).toContain(spanned);
  });

  it('a pipe between cells is no misread 1', () => {
    expect(refs('|45/KH-UBND|12/3/2025|').map((r) => r.number)).toEqual(['45/KH-UBND']);
  });
});
