// Number lines an OCR engine garbled in two known ways: the label "Số" read as figures ("86:",
// its S as 8 and its ố as 6) before a serial whose slash was lost, and a handwritten serial read
// as figures between two slashes ("/40/TB-HQTB"). Both are read only in their narrow shapes.
import { describe, expect, it } from 'vitest';
import { readNumberLine } from '../../../extractors/header/header-zone.js';
import { headerOf } from '../header-fixture.js';

const header = (issuer: string, numberLine: string, ocrOrigin = true) =>
  headerOf([`${issuer}                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, 'THÀNH PHỐ HỒ CHÍ MINH      Độc lập - Tự do - Hạnh phúc', 'SỞ Y TẾ', numberLine, 'V/v triển khai hướng dẫn y tế'], ocrOrigin);

describe('the label "Số" read as figures', () => {
  it.each([
    ['"86:" before a serial and a symbol, slash lost', '86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020', true, '5619/SYT-NVY', 'SYT-NVY'],
    ['"86:" before a serial, slash kept', '86: 5619/SYT-NVY Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020', true, '5619/SYT-NVY', 'SYT-NVY'],
    ['"8o:" (ố read as o)', '8o:5619 SYT-NVY Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020', true, '5619/SYT-NVY', 'SYT-NVY'],
    // Negative cases: no symbol of capitals joined by "-", or typed text, or no colon.
    ['"86:" before figures only', '86:5619 ngày 25 tháng 9 năm 2020', true, null, null],
    ['"86:" before one capital part', '86:5619 SYT Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020', true, null, null],
    ['typed text: "86:" is no label', '86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020', false, null, null],
    ['no colon', '86 5619 SYT-NVY Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020', true, null, null],
  ])('%s', (_how, line, ocr, number, symbol) => {
    const doc = header('ỦY BAN NHÂN DÂN', line, ocr);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
  });

  it('the cut keeps the department, not the committee above it, as the issuer', () => {
    const doc = header('ỦY BAN NHÂN DÂN', '86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2020');
    expect(doc.issuer.name).toMatch(/^Sở Y tế/);
  });
});

describe('the label "Số" read with its ố lost ("S:")', () => {
  it.each([
    ['a handwritten serial read as a letter, then the symbol', 'S:A/UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, null, 'UBND-VP'],
    ['spaces around the colon', 'S : A /UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, null, 'UBND-VP'],
    // A lone 6 after the colon is the ố or the hand's scrap: no serial is made of it.
    ['a lone 6 before the slash', 'S:6/UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, null, 'UBND-VP'],
    ['a printed serial of figures', 'S:45/UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, '45/UBND-VP', 'UBND-VP'],
    // Negative cases: typed text, a symbol of one part, no slash, no colon.
    ['typed text', 'S:A/UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', false, null, null],
    ['a symbol of one part', 'S:A/UBND            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, null, null],
    ['no slash', 'S:A UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, null, null],
    ['no colon', 'S A/UBND-VP            Hồ Chí Minh, ngày 28 tháng 02 năm 2019', true, null, null],
  ])('%s', (_how, line, ocr, number, symbol) => {
    const doc = header('ỦY BAN NHÂN DÂN', line, ocr);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
  });
});

describe('a serial read as figures between two slashes', () => {
  it.each([
    ['"/40/" before the symbol: serial blank, symbol kept', '/40/TB-HQTB Trảng Bàng, ngày 22 tháng 10 năm 2022', true, null, 'TB-HQTB', '/40'],
    ['typed text too: a printed serial never opens with a slash', '/40/TB-HQTB Trảng Bàng', false, null, 'TB-HQTB', '/40'],
    // Negative cases: a blank serial with its year, a printed serial, and slashes with no symbol.
    ['"/2020/" is a template\'s blank serial and year, not figures read as a serial', '/2020/NĐ-CP Hà Nội', true, undefined, undefined, undefined],
    ['a printed serial', '40/TB-HQTB Trảng Bàng', true, '40/TB-HQTB', 'TB-HQTB', undefined],
    ['"/40/" before small letters', '/40/ngày 22 tháng 10', true, undefined, undefined, undefined],
  ])('%s', (_how, line, ocr, number, symbol, illegible) => {
    const read = readNumberLine(line, ocr);
    if (symbol === undefined) {
      expect(read).toBeNull();
      return;
    }
    expect(read?.value.number).toBe(number);
    expect(read?.value.symbol).toBe(symbol);
    expect(read?.illegible).toBe(illegible);
  });
});

describe('a code the restorer lettered with marks', () => {
  it.each([
    ['"THỨ" after the hyphen is the code THU', '/BHXH- THỨ TP. Hồ Chí Minh, ngày 12 tháng 12 năm 2014', true, 'BHXH-THU'],
    // Negative cases: Đ is a code's own letter, the place after a space is no code, typed text as printed.
    ['Đ kept', '12/QĐ-UBND Hà Nội, ngày 1 tháng 2 năm 2020', true, 'QĐ-UBND'],
    ['the place after the symbol untouched', '12/TB-HQTB Trảng Bàng, ngày 22 tháng 10 năm 2022', true, 'TB-HQTB'],
    ['typed text: read as printed', '/BHXH- THỨ TP. Hồ Chí Minh', false, 'BHXH-TH'],
  ])('%s', (_how, line, ocr, symbol) => {
    expect(readNumberLine(line, ocr)?.value.symbol).toBe(symbol);
  });
});
