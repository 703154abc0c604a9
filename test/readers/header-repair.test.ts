import { describe, expect, it } from 'vitest';
import { repairHeader, repairHeaderLine, repairTitleLine, repairHeadingLines } from '../../pipeline/ocr/header-repair.js';

describe('repairHeaderLine: an OCR\'d header line put back into the header vocabulary', () => {
  it.each([
    ['a province with wrong marks and a doubled vowel', 'TĨNH QUANG NGAÀI', 'TỈNH QUẢNG NGÃI'],
    ['a province without marks', 'TINH QUANG NGAI', 'TỈNH QUẢNG NGÃI'],
    ['a ministry with a wrong mark', 'BÔ CÔNG THƯƠNG', 'BỘ CÔNG THƯƠNG'],
    ['a city', 'THÀNH PHÓ HÒ CHÍ MINH', 'THÀNH PHỐ HỒ CHÍ MINH'],
    ['the body', 'ỦY BAN NHÂN DẪN', 'ỦY BAN NHÂN DÂN'],
    ['the body with a stroke of its hook read as a letter', 'UVỸ BẠN NHÂN ĐÂN', 'ỦY BAN NHÂN DÂN'],
    ['a council with a letter doubled', 'HỘI ĐÒNG NHÂN DÂNN', 'HỘI ĐỒNG NHÂN DÂN'],
    ['the motto, two letters off', 'Độc lập - Lự do - Hạnh phuc', 'Độc lập - Tự do - Hạnh phúc'],
    ['the republic printed in the older tone placement keeps it', 'CỘNG HOÀ XÃ HÔI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['the republic in the modern placement', 'CỘNG HÒA XÃ HÔI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['the body in the older placement takes the modern one its name is written in', 'UỶ BAN NHÂN DẪN', 'ỦY BAN NHÂN DÂN'],
    ['an abbreviated body and its unit', 'UBND THÀNH PHÓ ĐÀ NÀNG', 'UBND THÀNH PHỐ ĐÀ NẴNG'],
    ['the place of the date line', 'Thành phố Hô Chí Minh, ngày ... tháng 6 năm 2026', 'Thành phố Hồ Chí Minh, ngày ... tháng 6 năm 2026'],
    ['a province as the place', 'Quang Ngai, ngày 04 tháng 02 năm 2025', 'Quảng Ngãi, ngày 04 tháng 02 năm 2025'],
    ['the motto with a stroke of its rule read after it', 'Độc lập - Tự do - Hạnh phúc — pRaP', 'Độc lập - Tự do - Hạnh phúc'],
    // words OCR glued together, a mark of no Vietnamese letter, the underline read as dots
    ['a body glued to its unit word', 'UBNDTÏNH PHÚ THỌ..........', 'UBND TỈNH PHÚ THỌ'],
    ['a province glued to its unit word', 'HĐND TỈNHHƯNGYÊN', 'HĐND TỈNH HƯNG YÊN'],
    ['a unit alone, glued', 'TỈNHQUẢNGNGÃI', 'TỈNH QUẢNG NGÃI'],
    ['a district whose name has an apostrophe', 'UBND HUYỆNĐAKRLẤP', "UBND HUYỆN ĐẮK R'LẤP"],
    ['a unit word glued to the word before it', 'BỆNH VIỆN ĐA KHOATỈNH .', 'BỆNH VIỆN ĐA KHOA TỈNH .'],
    ['a district word glued', 'PHÒNG NỘI VỤHUYỆN', 'PHÒNG NỘI VỤ HUYỆN'],
    ['a Party committee\'s province glued', 'TỈNH UỶ SƠNLA', 'TỈNH ỦY SƠN LA'],
    ['a Party committee\'s district glued', 'HUYỆN ỦY VŨQUANG', 'HUYỆN ỦY VŨ QUANG'],
  ])('%s', (_name, line, repaired) => {
    expect(repairHeaderLine(line)).toBe(repaired);
  });

  it.each([
    ['a body the vocabulary does not hold', 'TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG'],
    ['a place the gazetteer does not know', 'Xyz Abc, ngày 23 tháng 6 năm 2026'],
    ['a received-mail stamp', 'CỔNG THÔNG TÍN ĐIỆN TỬ CHÍNH PHỦ'],
    ['a unit the gazetteer does not know', 'TỈNH XYZ ABC'],
    ['an empty line', ''],
    ['a glued unit the gazetteer does not know', 'UBNDTỈNHXYZ'],
    ['glued running text in lower case', 'ubndtỉnhhưngyên'],
    ['a body glued to no unit word', 'UBNDHƯNGYÊN'],
    ['a unit word standing alone', 'UBND TỈNH XYZ'],
    ['a unit word glued in lower case', 'Bệnh viện đa khoatỉnh'],
    ['a line one letter off two known lines', '5Ở TÀI CHÍNH'],
    ['a Party committee of a unit the gazetteer does not know', 'TỈNH ỦY XYZABC'],
    ['a Party committee\'s line in lower case', 'tỉnh ủy sơnla'],
    ['running text one letter off a known line', 'Uỷ ban nhân dâm'],
    // A body printed in capitals, named in small letters: a recipient under "Kính gửi:" or running text.
    ['a department in a recipients\' list', '- Sở Giáo dục và Đào tạo;'],
    ['a department named in running text', 'Sở Thông tin và Truyền thông'],
    ['the republic named in running text', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ])('leaves %s alone', (_name, line) => {
    expect(repairHeaderLine(line)).toBeNull();
  });

  it('drops header lines of one or two stray marks, keeps the rest', () => {
    const out = repairHeader('BỘ CÔNG THƯƠNG\nI\nR\nTRƯỜNG ĐẠI HỌC CÔNG THƯƠNG\nSố: 12/KH\n-\nnội dung');
    expect(out.text).toBe('BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC CÔNG THƯƠNG\nSố: 12/KH\nnội dung');
  });

  it('leaves the recipients of a công văn under its header as read', () => {
    const text = 'ỦY BAN NHÂN DẪN\nTHÀNH PHÓ HẢI PHÒNG\nSố: 12/UBND-VX\nKính gửi:\n- Sở Giáo dục và Đào tạo;\n- Đài Phát thanh và Truyền hình.';
    expect(repairHeader(text).text).toBe('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 12/UBND-VX\nKính gửi:\n- Sở Giáo dục và Đào tạo;\n- Đài Phát thanh và Truyền hình.');
  });

  it('repairs only the first lines of the page', () => {
    const text = ['ỦY BAN NHÂN DẪN', 'TINH QUANG NGAI', 'Số: 12/UBND', ...Array.from({ length: 20 }, () => 'nội dung'), 'TINH QUANG NGAI'].join('\n');
    const out = repairHeader(text);
    expect(out.repaired).toBe(2);
    expect(out.text.split('\n').slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'Số: 12/UBND']);
    expect(out.text.split('\n').at(-1)).toBe('TINH QUANG NGAI');
  });
});

describe('repairTitleLine: a signature block\'s title', () => {
  it.each([
    ['GIẢAM ĐỌC', 'GIÁM ĐỐC'],
    ['KT. GIÁM ĐÓC', 'KT. GIÁM ĐỐC'],
    ['PHÓ CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['TM. CHU TICH', 'TM. CHỦ TỊCH'],
    // the first letters under the seal's ring
    ['Ủ TỊCH', 'CHỦ TỊCH'],
    ['KT. Ủ TƯỚNG', 'KT. THỦ TƯỚNG'],
    ['ÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG'],
  ])('%s → %s', (line, title) => {
    expect(repairTitleLine(line)).toBe(title);
  });

  it.each(['Nguyễn Hoàng Giang', 'ỦY BAN NHÂN DÂN', 'GIÁM SÁT', '', 'TỊCH', 'ĐỐC', 'ƯỞNG'])('%j is not a title', (line) => {
    expect(repairTitleLine(line)).toBeNull();
  });
});

describe('repairHeadingLines', () => {
  const cases: Array<[string, string, string]> = [
    ['the circumflex lost under the acute', 'QUYÉT ĐỊNH', 'QUYẾT ĐỊNH'],
    ['the decision line with its colon', 'QUYÉT ĐỊNH:', 'QUYẾT ĐỊNH:'],
    ["a council's decision line", 'QUYÉT NGHỊ:', 'QUYẾT NGHỊ:'],
    ['every mark lost', 'NGHI QUYET', 'NGHỊ QUYẾT'],
    ['a heading read right stays', 'KẾ HOẠCH', 'KẾ HOẠCH'],
    ['a heading in small letters is running text', 'Quyét định', 'Quyét định'],
    ['another letter: not a heading', 'QUYÉT ĐINHH', 'QUYÉT ĐINHH'],
    ['a heading with more words is left', 'QUYÉT ĐỊNH CỦA CHỦ TỊCH', 'QUYÉT ĐỊNH CỦA CHỦ TỊCH'],
    ['empty', '', ''],
  ];
  it.each(cases)('%s', (_name, line, expected) => {
    expect(repairHeadingLines(line)).toBe(expected);
  });

  it('repairs heading lines anywhere on the page and leaves the others', () => {
    const page = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYÉT ĐỊNH\nVề việc công bố\nCăn cứ Luật Tổ chức;\nQUYÉT ĐỊNH:\nĐiều 1.';
    expect(repairHeadingLines(page)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYẾT ĐỊNH\nVề việc công bố\nCăn cứ Luật Tổ chức;\nQUYẾT ĐỊNH:\nĐiều 1.');
  });
});
