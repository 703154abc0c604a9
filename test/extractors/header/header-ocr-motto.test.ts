// The motto as OCR layers garble it still closes the issuer's cell beside it: "Độc lập - Tơ do -
// Hạnh phúc" (the restorer's reading of "Tçr do") on the issuer's second line must not run into it.
import { describe, expect, it } from 'vitest';
import { findMotto } from '../../../extractors/header/header-zone.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { headerOf } from '../header-fixture.js';

function issuerOf(mottoLine: string) {
  const text = [
    'NGÂN HÀNG NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    `và PHÁT TRIỂN NÔNG THÔN VIỆT NAM ${mottoLine}`,
    '',
    'Số: 2668/QĐ-NHNo-TCKT Hà Nội, ngày 11 tháng 12 năm 2019',
    '',
    'QUY ĐỊNH',
    'Về chi tiêu nội bộ trong hệ thống Agribank',
  ].join('\n');
  return headerOf(text, true, true).issuer;
}

describe('an issuer block beside a garbled motto', () => {
  it.each([
    ['the motto as printed', 'Độc lập - Tự do - Hạnh phúc'],
    ['the first word of the middle pair garbled', 'Độc lập - Tơ do - Hạnh phúc'],
    ['… another way', 'Độc lập - Tư do - Hạnh phúc'],
    ['… with its dashes lost', 'Độc lập Tơ do Hạnh phúc'],
  ])('%s: %j', (_how, motto) => {
    const issuer = issuerOf(motto);
    expect(issuer.name?.toLocaleLowerCase('vi')).toBe('ngân hàng nông nghiệp và phát triển nông thôn việt nam');
    expect(issuer.level).toBe('central');
  });

});

// "CỘNG" with one letter of its frame misread ("LONG", "CQNC") beside the issuer's first line: the
// seven words after it still make the motto, so the province's name ends where the motto starts.
describe('a state motto whose first word lost a letter of its frame', () => {
  const header = (motto: string) =>
    headerOf([` UBND TỈNH HÀ TĨNH ${motto}`, ' SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc', '', ' Số: 15/SXD-VP Hà Tĩnh, ngày 13 tháng 10 năm 2017', ' V/v kiểm tra'], true, true);

  it.each([
    ['its C read as L', 'LONG HÒA X,A HỘT CHỦ NGHĨA VIỆT NAM'],
    ['its G read as C', 'CQNC HOA XA HOI CHU NGHIA VIET NAM'],
    ['as printed', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ])('%s', (_how, motto) => {
    const issuer = header(motto).issuer;
    expect(issuer.locality).toBe('Hà Tĩnh');
    expect(issuer.name).toBe('Sở Xây dựng tỉnh Hà Tĩnh');
    expect(issuer.parent).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });

  it.each([
    ['in capitals', 'UBND TỈNH HÀ TĨNH LONG HÒA X,A HỘT CHỦ NGHĨA VIỆT NAM', 18],
    ['in small letters (running text)', 'ở tỉnh hà tĩnh long hòa xa hội chủ nghĩa việt nam', null],
  ])('where the motto starts, %s', (_how, line, at) => {
    expect(findMotto(line, foldVietnamese(line), 0, true)?.start ?? null).toBe(at);
  });

  // Typed text: "long", "song", "đồng" open no motto there. A line of capitals of the motto's shape
  // ("ĐỒNG … X… … … NGH… … N…") is a heading, and a commune named "Long Hòa" is its name.
  it.each([
    ['a heading of the motto\'s shape', 'ĐỒNG THỜI XÉT HỒ SƠ NGHĨA VỤ NĂM 2024', 0],
  ])('typed text: no motto read in %s', (_how, line, ocrAt) => {
    expect(findMotto(line, foldVietnamese(line))).toBeNull();
    expect(findMotto(line, foldVietnamese(line), 0, true)?.start).toBe(ocrAt);
  });

  it('typed text: a commune named Long Hòa beside the real motto keeps its name', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ LONG HÒA Độc lập - Tự do - Hạnh phúc',
      'ĐỒNG THỜI XÉT HỒ SƠ NGHĨA VỤ NĂM 2024',
      '',
      'Số: 15/KH-UBND Long Hòa, ngày 13 tháng 10 năm 2024',
      '',
      'KẾ HOẠCH',
      'Tuyển chọn công dân nhập ngũ',
    ].join('\n');
    const h = headerOf(text, false);
    expect(h.issuer.name).toBe('Ủy ban nhân dân xã Long Hòa');
    expect(h.number).toBe('15/KH-UBND');
    expect(h.type).toBe('Kế hoạch');
  });
});
