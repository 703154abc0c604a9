// An OCR'd issuer block whose name wraps onto a line of its own that opens with "và", the motto's
// second line beside it, both garbled past reading line by line ("BQ NÔNG NGHIỆP" / "và PIlAT
// TRIỂN NÔNG THÔN"): read as the one standard name they make together.
import { describe, expect, it } from 'vitest';
import { withHeadWordRepaired } from '../../../extractors/shared/ocr-body-names.js';
import { headerOf } from '../header-fixture.js';

const header = (first: string, second: string, motto2 = 'Độc lập - Tự}\'do - Hạnh plnic', ocrOrigin = true) =>
  headerOf(
    [`      ${first}                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `  ${second}                 ${motto2}`, '', '      Số: 12/QĐ-BNN-TCLN                    Hà Nội, ngày 25 tháng 4 năm 2016', '                                        QUYẾT ĐỊNH', '                      Ban hành Quy chế quản lý'],
    ocrOrigin,
  );

describe('a standard name wrapped over two garbled lines', () => {
  it('OCR: the ministry, as the block printed plainly reads', () => {
    const typed = header('BỘ NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN', 'Độc lập - Tự do - Hạnh phúc', false);
    expect(typed.issuer.name?.toLowerCase()).toBe('bộ nông nghiệp và phát triển nông thôn');
    const doc = header('BQ NÔNG NGHIỆP', 'và PIlAT TRIỂN NÔNG THÔN');
    expect(doc.issuer.name).toBe(typed.issuer.name);
    expect(doc.issuer.level).toBe('central');
  });

  it('a wrapped line that makes no standard name is not taken for one', () => {
    expect(header('BQ NÔNG NGHIỆP', 'và KHU DU LỊCH BIỂN').issuer.name?.toLowerCase()).not.toContain('phát triển nông thôn');
  });
});

describe('withHeadWordRepaired', () => {
  it.each([
    ['BQ NÔNG NGHIỆP', 'BỘ NÔNG NGHIỆP'],
    ['B0 TÀI CHÍNH', 'BỘ TÀI CHÍNH'],
    ['CVC HÓA CHẤT', 'CỤC HÓA CHẤT'],
  ])('%s → %s', (line, repaired) => {
    expect(withHeadWordRepaired(line)).toBe(repaired);
  });

  it.each([['BQL DỰ ÁN ĐẦU TƯ'], ['BQ'], ['BỘ Y TẾ']])('%s: no head to repair', (line) => {
    expect(withHeadWordRepaired(line)).toBeNull();
  });
});

describe("a parent's standard name garbled over the block's first lines, the body's own below", () => {
  // As an engine read a Cục's header: the ministry's first word glued to the next, the rule under it read as dashes.
  const lines = (first: string, second: string, third: string) => [
    first,
    second,
    third,
    'Số: 18 /TB-LN-VP',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Hà Nội, ngày 04 tháng 01 năm 2024',
    'THÔNG BÁO',
  ];
  it('OCR: the ministry is the parent, the Cục the issuer, central', () => {
    const doc = headerOf(lines('- BỘNÔNG NGHIỆP -', 'VÀ PHÁT TRIỂN NÔNG THÔN', 'CỤC LÂM NGHIỆP'));
    expect([doc.issuer.name, doc.issuer.level, doc.issuer.parent?.toLowerCase()]).toEqual(['Cục Lâm nghiệp', 'central', 'bộ nông nghiệp và phát triển nông thôn']);
  });

  it('lines that make no standard name are left as read', () => {
    const doc = headerOf(lines('- BỘNÔNG NGHIỆP -', 'VÀ KHU DU LỊCH BIỂN', 'CỤC LÂM NGHIỆP'));
    expect(doc.issuer.parent?.toLowerCase() ?? '').not.toContain('phát triển nông thôn');
  });
});

describe('debris above the block is no garbled name of another body', () => {
  it('"mm.mmm.m—-sasaz" over "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "TRƯỜNG ĐẠI HỌC TÂY ĐÔ": the ministry stays the parent', () => {
    const doc = headerOf(['mm.mmm.m—-sasaz+ỶẳZ-.ễỶễ=ễỶễỶ-...r>m=m=', 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'TRƯỜNG ĐẠI HỌC TÂY ĐÔ', 'Số: 1134/KH-ĐHTĐ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Cần Thơ, ngày 27 tháng 10 năm 2025', 'KẾ HOẠCH']);
    expect([doc.issuer.level, doc.issuer.parent?.toLowerCase()]).toEqual(['central', 'bộ giáo dục và đào tạo']);
  });
});
