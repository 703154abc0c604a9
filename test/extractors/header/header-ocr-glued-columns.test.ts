// Layers of engines without Vietnamese that ran the two header cells together: a garbled motto's
// second line still closes the issuer's cell, a motto glued to the issuer's last word ("TtNHC0NG
// HÒA") is still found, the province it cut is read back when one letter off, and the place's
// first word glued to the symbol ("TB-STTTTHa Tinh, ngày") goes back to the place.
import { describe, expect, it } from 'vitest';
import { readNumberLine } from '../../../extractors/header/header-zone.js';
import { headerOf } from '../header-fixture.js';

const header = (lines: string[], ocrOrigin = true) => headerOf(lines, ocrOrigin);

describe('a garbled motto line beside the issuer second line', () => {
  it.each([
    ['letters misread, a stop in "Tự."', 'Dịch típ - Tự. do - lạnh phục'],
    ['the last word misread', 'Độc lập - Tế do - Hành phút'],
  ])('%s: the issuer keeps its province', (_how, motto) => {
    const doc = header([' ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `  TỈNH TÂY NINH ${motto}`, '  Số: 12/QĐ-UBND Tây Ninh, ngày 20 tháng 02 năm 2025', '', 'QUYẾT ĐỊNH', 'Về việc công bố danh mục']);
    expect(doc.issuer.name).toBe('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(doc.issuer.level).toBe('province');
  });

  it('a line of three dashed parts in running text is no motto', () => {
    const doc = header(['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH TÂY NINH Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-UBND Tây Ninh, ngày 20 tháng 02 năm 2025']);
    expect(doc.issuer.name).toBe('Ủy ban nhân dân tỉnh Tây Ninh');
  });
});

describe('a motto glued to the issuer cell', () => {
  const lines = [
    'UBND TỈNH HÀ TtNHC0NG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Sở THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc',
    'S6: 01 /TB-STTTTHa Tinh, ngay 03 thdng 02 ndm 2017',
    '',
    'THÔNG BÁO',
  ];

  it('is found, and the province one letter off is read back in the issuer and its parent', () => {
    const doc = header(lines);
    expect(doc.issuer.name?.toLocaleLowerCase('vi')).toBe('sở thông tin và truyền thông tỉnh hà tĩnh');
    expect(doc.issuer.locality).toBe('Hà Tĩnh');
    expect(doc.issuer.parent).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });

  it('the place glued to the symbol goes back to the place', () => {
    const doc = header(lines);
    expect(doc.symbol).toBe('TB-STTTT');
    expect(doc.place).toBe('Hà Tĩnh');
  });
});

describe('a symbol ending in small letters', () => {
  it.each([
    ['a place glued to it', '01 /TB-STTTTHa Tinh, ngày 03', 'TB-STTTT'],
    ['its own small letters before a place', '2668/QĐ-NHNo Hà Nội, ngày 11', 'QĐ-NHNo'],
    ['a glued word that names no unit', '15/TB-STTTTAb Tinh, ngày 03', 'TB-STTTTAb'],
  ])('%s', (_how, line, symbol) => {
    expect(readNumberLine(line, true)?.value.symbol).toBe(symbol);
  });

  it.each([
    ['a serial', '01 /TB-STTTTHa Tinh, ngày 03', { serial: '01', number: '01/TB-STTTT', symbol: 'TB-STTTT' }],
    ['a handwritten serial left blank', 'Zƒƒ /TB-STTTTHa Tinh, ngày 03', { serial: null, number: null, symbol: 'TB-STTTT' }],
  ])('the glued head leaves the whole number (%s)', (_how, line, value) => {
    expect(readNumberLine(line, true)?.value).toMatchObject(value);
  });

  // Typed text is what was typed: no layer ran its cells together.
  it('typed text keeps the symbol as typed', () => {
    expect(readNumberLine('01 /TB-STTTTHa Tinh, ngày 03')?.value.symbol).toBe('TB-STTTTHa');
  });
});

describe('OCR-only cuts of the header', () => {
  const lines = [' ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '  TỈNH TÂY NINH Dịch típ - Tự. do - lạnh phục', '  Số: 12/QĐ-UBND Tây Ninh, ngày 20 tháng 02 năm 2025', '', 'QUYẾT ĐỊNH', 'Về việc công bố danh mục'];

  it('a garbled motto line closes the issuer cell only in OCR text', () => {
    expect(header(lines, true).issuer.name).toBe('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(header(lines, false).issuer.name).not.toBe('Ủy ban nhân dân tỉnh Tây Ninh');
  });

  it("a number label garbled past S6 gives the number only in OCR text", () => {
    const garbled = [' ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '  TỈNH TÂY NINH Độc lập - Tự do - Hạnh phúc', "St': 5kq /QĐ-UBND", 'Tây Ninh, ngày 20 tháng 02 năm 2025', '', 'QUYẾT ĐỊNH'];
    expect(header(garbled, true).symbol).toBe('QĐ-UBND');
    expect(header(garbled, false).symbol).toBeNull();
  });
});

describe('a stray stop after the place\'s comma', () => {
  it.each([
    ['OCR text', true],
    ['typed text', false],
  ])('%s: "Hà Tĩnh,.ngày" still names the place', (_how, ocr) => {
    const doc = header(['UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc', '', 'Số: 15/SXD-VP Hà Tĩnh,.ngày 13 tháng 10 năm 2017', 'V/v kiểm tra'], ocr);
    expect(doc.place).toBe('Hà Tĩnh');
    expect(doc.date).toBe('2017-10-13');
  });
});

describe('a garbled number label with its serial blank, the slash after its colon', () => {
  const lines = (label: string) => ['UBND HUYỆN ĐỨC THỌ', 'PHÒNG VH - TT', label, 'V/v tuyên truyền tiêu thụ hàng hóa SX trong nước', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Đức Thọ, ngày ... tháng 02 năm 2015'];

  it.each([['Sá:/...Ở...VH'], ['Sá: /VH'], ['Sô:/ 4 VH']])('%s closes the issuer cell: no part of the name', (label) => {
    expect(header(lines(label)).issuer.name).toBe('Phòng VH - TT huyện Đức Thọ');
  });

  it('a line of the name that ends with a colon and words stays the name', () => {
    expect(header(['UBND HUYỆN ĐỨC THỌ', 'PHÒNG VĂN HÓA', 'Độc lập - Tự do - Hạnh phúc', 'Số: 18/VH', 'Đức Thọ, ngày 05 tháng 02 năm 2015']).issuer.name).toMatch(/^Phòng Văn hóa/i);
  });
});
