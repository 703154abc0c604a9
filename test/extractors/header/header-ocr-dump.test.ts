// Headers as OCR dumps write them: the number standing alone beside the date line, its "Số:"
// lost, and the type heading alone on its line anywhere below (after the trích yếu and part of
// the basis lines, as a JSON dump orders its keys).
import { describe, expect, it } from 'vitest';
import { isIssuerSegment } from '../../../extractors/header/header-issuer.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { headerOf } from '../header-fixture.js';


function dumpHeader(lines: string[], ocr = true) {
  return headerOf(lines, ocr, ocr);
}

describe('a number alone beside the date line', () => {
  it.each([
    // [the line holding the number, the number read]
    ['47/2017/NĐ-CP', '47/2017/NĐ-CP'],
    ['12/KH-UBND', '12/KH-UBND'],
  ])('%j', (numberLine, number) => {
    const h = dumpHeader(['CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc', numberLine, 'Hà Nội, ngày 25 tháng 12 năm 2017', 'KẾ HOẠCH', 'Tổ chức thi đua năm 2018']);
    expect(h.number).toBe(number);
  });

  it.each([
    ['figures with words after them', '47/2017/NĐ-CP của Chính phủ'],
    ['a serial without a symbol', '2017'],
  ])('%s is no number: %j', (_how, line) => {
    const h = dumpHeader(['CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc', line, 'Hà Nội, ngày 25 tháng 12 năm 2017', 'KẾ HOẠCH', 'Tổ chức thi đua năm 2018']);
    expect(h.number).toBeNull();
  });
});

describe('a type heading alone on its line, below the basis lines', () => {
  it('is the type, not the place of the date line under it', () => {
    const h = dumpHeader([
      'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc 47/2017/NĐ-CP',
      'Hà Nội, ngày 25 tháng 12 năm 2017',
      'Sửa đổi, bổ sung một số điều của Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013 của Chính phủ Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'NGHỊ ĐỊNH',
      'Căn cứ Luật Doanh nghiệp ngày 26 tháng 11 năm 2014; Căn cứ Luật Đầu tư ngày 26 tháng 11 năm 2014;',
    ]);
    expect(h.type).toBe('Nghị định');
  });

  it('a typed page keeps a lone heading far below out of its header (a web page widget)', () => {
    const lines = [
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỤC THUẾ Độc lập - Tự do - Hạnh phúc',
      'Số: 5332/CT-CS Hà Nội, ngày 31 tháng 12 năm 2019',
      'V/v chính sách thuế',
      'Kính gửi: Độc giả.',
      'Cục Thuế thông báo để độc giả được biết./.',
      'THÔNG BÁO',
      'Văn bản này đã được đăng lại.',
    ];
    expect(dumpHeader(lines, false).type).not.toBe('Thông báo');
    // An OCR dump has no widgets: there a lone heading is the type wherever the dump set it.
    expect(dumpHeader(lines, true).type).toBe('Thông báo');
  });

  it('a type word in running text is no heading', () => {
    const h = dumpHeader([
      'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 25 tháng 12 năm 2017',
      'Sửa đổi, bổ sung một số điều của Nghị định số 151/2013/NĐ-CP',
      'Nghị định',
      'Căn cứ Luật Doanh nghiệp ngày 26 tháng 11 năm 2014;',
    ]);
    expect(h.type).toBeNull();
  });
});

describe('isIssuerSegment: a line holding a cited number or date is no issuer line', () => {
  const segment = (text: string) => ({ kind: 'text' as const, text, folded: foldVietnamese(text), at: [...text].map((_, i) => i), breaks: [], start: 0, end: text.length });
  it.each([
    ['BỘ TÀI CHÍNH', true],
    ['ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', true],
    ['Bộ trong BỘ TM chính ban hành 9 Thông tư 15/2009/TT-BTC 22/01/2009 Hướng dẫn thực hiện', false],
    ['SỞ Tài chính 12/KH-STC 05/3/2024 Kế hoạch kiểm tra', false],
  ])('%j → %s', (text, issuer) => {
    expect(isIssuerSegment(segment(text))).toBe(issuer);
  });
});
