// Issuer lines an OCR engine without Vietnamese misread: a U read as a V inside a word in capitals,
// a stroke after a word, and a body's name wrapped over three lines. Abbreviations keep their
// letters; typed text keeps what it prints.
import { describe, expect, it } from 'vitest';
import { withCapitalWordsRepaired } from '../../../extractors/header/ocr-capital-words.js';
import { headerOf } from '../header-fixture.js';

const header = (lines: string[], ocrOrigin = true) => headerOf(lines, ocrOrigin);

describe('withCapitalWordsRepaired', () => {
  it.each([
    ['a U read as a V', 'VĂN PHÒNG ĐIỀU PHỐI THVC HIỆN', 'VĂN PHÒNG ĐIỀU PHỐI THỰC HIỆN'],
    ['in a department\'s field', 'SỞ GIÁO DVC VÀ ĐÀO TẠO', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
    ['a stroke after a word', 'XÂY DỰNG NÔNG THÔN MOIL', 'XÂY DỰNG NÔNG THÔN MỚI '],
    ['a station\'s code', 'ĐÀI PHÁT THANH THVN', 'ĐÀI PHÁT THANH THVN'],
    ['a company\'s code', 'CÔNG TY CP HVN', 'CÔNG TY CP HVN'],
    ['an association\'s code', 'HỘI NÔNG DÂN NVI', 'HỘI NÔNG DÂN NVI'],
    ['a code ending in L', 'TRƯỜNG THCS CHIL', 'TRƯỜNG THCS CHIL'],
    ['a code ending in L after syllables', 'CÔNG TY KHOÁNG SẢN MIL', 'CÔNG TY KHOÁNG SẢN MIL'],
    ['a code ending in V', 'TỔNG CÔNG TY SVN', 'TỔNG CÔNG TY SVN'],
    ['an abbreviation with a V', 'SỞ VHTTDL BVHTTDL TTVH', 'SỞ VHTTDL BVHTTDL TTVH'],
    ['two Vs', 'TVV', 'TVV'],
    ['an abbreviation ending in L', 'TRƯỜNG ĐHĐL', 'TRƯỜNG ĐHĐL'],
    ['a V opening a word', 'VIỆN VĂN HÓA', 'VIỆN VĂN HÓA'],
    ['words that are syllables', 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC TỈNH KHÁNH HÒA', 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC TỈNH KHÁNH HÒA'],
    ['small letters', 'Văn phòng thvc hiện', 'Văn phòng thvc hiện'],
  ])('%s', (_how, line, out) => {
    expect(withCapitalWordsRepaired(line)).toBe(out);
    expect(withCapitalWordsRepaired(line)).toHaveLength(line.length);
  });
});

describe('a body\'s name over three lines', () => {
  const block = (third: string) => [
    '     UBND TỈNH HÀ TĨNH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '     VĂN PHÒNG ĐIỀU PHỐI THVC       Độc lập - Tự do - Hạnh phúc',
    '     HIỆN CHƯƠNG TRÌNH MTQG',
    `     ${third}`,
    '',
    '     Số: 429/VPĐP-HCTH           Hà Tĩnh, ngày 10 tháng 10 năm 2017',
    '     V/v thông báo lịch kiểm tra',
  ];

  it('OCR: every line is the name, its misread U read back', () => {
    const doc = header(block('XÂY DỰNG NÔNG THÔN MOIL'));
    expect(doc.issuer.name).toBe('Văn phòng Điều phối thực hiện chương trình MTQG xây dựng nông thôn mới tỉnh Hà Tĩnh');
    expect(doc.issuer.level).toBe('province');
  });

  it('typed text: the three lines, the words as printed', () => {
    expect(header(block('XÂY DỰNG NÔNG THÔN MỚI'), false).issuer.name).toBe('Văn phòng Điều phối THVC hiện chương trình MTQG xây dựng nông thôn mới tỉnh Hà Tĩnh');
  });

  it('a line with figures under the name is no part of it', () => {
    expect(header(block('XÂY DỰNG 2017'), false).issuer.name).toBe('Văn phòng Điều phối THVC hiện chương trình MTQG tỉnh Hà Tĩnh');
  });
});
