// Headers of the youth union and other mass bodies (heldout-fresh16, heldout-fresh10-scans,
// heldout-fresh14): the parent over the issuer on the left, "ĐOÀN TNCS HỒ CHÍ MINH" (not the
// national motto) on the right, Party-style numbers. A state body's header must read as before.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';
import { knownBodyAt, tokenize } from '../../../extractors/issuer/issuer.js';
import { bodiesOf } from '../../../extractors/issuer/issuer-block.js';
import { massHeadingOf } from '../../../extractors/issuer/mass-heading.js';
import { foldVietnamese } from '../../../normalizers/fold.js';

const typed = (lines: readonly string[]) => headerOf(lines, false);

describe('the youth union\'s right-column heading', () => {
  it('names the Central Committee the block prints alone, and is no part of the place', () => {
    const doc = typed([
      'BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐOÀN TNCS HỒ CHÍ MINH',
      '***',
      '   Số: 225 - KH/TWĐTN-CTTN                       Hà Nội, ngày 16 tháng 5 năm 2024',
      '',
      'KẾ HOẠCH',
      'Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024',
    ]);
    expect(doc.issuer).toMatchObject({ name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', level: 'central' });
    expect(doc.number).toBe('225-KH/TWĐTN-CTTN');
    expect(doc.place).toBe('Hà Nội');
  });

  it('a copy on one line: the heading glued to the symbol is cut off it, and off the place', () => {
    const doc = typed(['BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;']);
    expect(doc.number).toBe('367-QĐ/TWĐTN-VP');
    expect(doc.symbol).toBe('QĐ/TWĐTN-VP');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.date).toBe('2013-10-29');
    expect(doc.issuer.name).toBe('Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh');
  });

  it('a district committee under the province\'s, the heading broken over lines above the place', () => {
    const doc = typed(['TỈNH', 'ĐOÀN THANH HOÁ', 'BCH ĐOÀN HUYỆN THỌ XUÂN', '***', 'Số:', '74-CV/ĐTN', '“V/v Triển', 'khai đồng loạt', 'Ngày Chủ nhật', 'xanh 22/7/2018”', '|', 'ĐOÀN', 'TNCS HỒ CHÍ MINH', 'Thọ Xuân,', 'ngày 17 tháng 7 năm 2018', '|', 'Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.']);
    expect(doc.issuer).toMatchObject({ name: 'Ban Chấp hành Đoàn huyện Thọ Xuân', level: 'district', parent: 'Tỉnh đoàn Thanh Hoá' });
    expect(doc.place).toBe('Thọ Xuân');
    expect(doc.date).toBe('2018-07-17');
  });

  it('an executive committee named without its organisation, under the heading on the left', () => {
    const doc = typed(['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH TRƯỜNG CĐ NGÔ GIA TỰ', '_________________', '', 'Số: 50/KH-ĐTN', '', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Bắc Giang, ngày 15 tháng 8 năm 2010', '', 'KẾ HOẠCH', 'Tổ chức Đại hội Đoàn các cấp']);
    // Case aside: a school's own name is set in small letters by the block reader (not this family's matter).
    expect(doc.issuer.name?.toLocaleLowerCase('vi')).toBe('ban chấp hành đoàn trường cđ ngô gia tự');
    expect(doc.place).toBe('Bắc Giang');
  });

  it('the union named in small letters in a title is no heading', () => {
    expect(massHeadingOf('Đoàn TNCS Hồ Chí Minh', foldVietnamese('Đoàn TNCS Hồ Chí Minh'))).toBeNull();
    expect(massHeadingOf('ĐOÀN TNCS HỒ CHÍ MINH', foldVietnamese('ĐOÀN TNCS HỒ CHÍ MINH'))?.name).toBe('Đoàn TNCS Hồ Chí Minh');
  });
});

describe('the Party\'s and the state\'s headers are read as before', () => {
  it('"BAN CHẤP HÀNH TRUNG ƯƠNG" under the Party\'s line stays the Party\'s Central Committee', () => {
    const doc = typed(['BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM', '*', '', 'Số 77-KL/TW Hà Nội, ngày 05 tháng 6 năm 2020', '', 'KẾT LUẬN', 'CỦA BỘ CHÍNH TRỊ']);
    expect(doc.issuer).toMatchObject({ name: 'Ban Chấp hành Trung ương', level: 'central' });
    expect(doc.place).toBe('Hà Nội');
  });

  it('a district named Đoan Hùng is no district youth committee', () => {
    const doc = typed(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐOAN HÙNG', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Đoan Hùng, ngày 03 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tuyên truyền']);
    expect(doc.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Đoan Hùng', level: 'district' });
  });

  it.each([
    ['QUẬN ĐOÀN NGŨ HÀNH SƠN', 2],
    ['THÀNH ĐOÀN ĐÀ NẴNG', 2],
    ['QUÂN ĐOÀN 12', 0],
    ['HUYỆN ĐOAN HÙNG', 0],
    ['HUYEN DOAN HUNG', 0],
  ])('a committee of a unit known as printed with its marks: %s', (line, length) => {
    expect(knownBodyAt(tokenize(line), 0)).toBe(length);
  });

  it('a state body under its province is unchanged, its number cut off a motto glued after it', () => {
    const doc = typed(['ỦY BAN NHÂN DÂN TỈNH SƠN LA', 'SỞ NỘI VỤ', 'Số: 12/KH-SNVCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Sơn La, ngày 03 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tuyên truyền']);
    expect(doc.issuer).toMatchObject({ name: 'Sở Nội vụ tỉnh Sơn La', level: 'province' });
    expect(doc.symbol).toBe('KH-SNV');
    expect(doc.place).toBe('Sơn La');
  });
});

describe('a place after its unit word ends before a scrap the scan read under the block', () => {
  it.each([
    ['BCH ĐOÀN QUẬN NGŨ HÀNH SƠN x', 'Ban Chấp hành Đoàn quận Ngũ Hành Sơn'],
    ['BCH ĐOÀN PHƯỜNG HÒA QUÝ ii', 'Ban Chấp hành Đoàn phường Hòa Quý'],
    ['SỞ NỘI VỤ TỈNH BÀ RỊA - VŨNG TÀU', 'Sở Nội vụ tỉnh Bà Rịa Vũng Tàu'],
    ['Sở Nội vụ tỉnh Sơn La', 'Sở Nội vụ tỉnh Sơn La'],
  ])('%s', (line, name) => {
    expect(bodiesOf(line, [], []).at(-1)?.parsed.name).toBe(name);
  });
});

describe('a bare organisation word completed from the parent line (the lead\'s rule, heldout-fresh14 n14a)', () => {
  it('"Ủy ban Hội" under the association named in full', () => {
    const doc = typed(['HỘI LHTN VIỆT NAM TP. ĐÀ NẴNG', 'ỦY BAN HỘI QUẬN NGŨ HÀNH SƠN', '***', 'Số 37 -KH/UBH', 'Ngũ Hành Sơn, ngày 20 tháng 7 năm 2019', 'KẾ HOẠCH', 'Tổ chức Hội trại']);
    expect(doc.issuer).toMatchObject({ name: 'Ủy ban Hội Liên hiệp Thanh niên Việt Nam quận Ngũ Hành Sơn', level: 'district' });
  });

  it('"BCH Đoàn phường" under a district committee stays as printed: its parent names no organisation in full', () => {
    const doc = headerOf(['QUẬN ĐOÀN NGŨ HÀNH SƠN', 'BCH ĐOÀN PHƯỜNG MỸ AN', 'Xiớk', 'Số: 42 KH/ĐTN', 'ĐOÀN TNCS HỎ CHÍ MINH', 'Mỹ An, ngày 10 tháng 4 năm 2019', 'KẾ HOẠCH']);
    expect(doc.issuer).toMatchObject({ name: 'Ban Chấp hành Đoàn phường Mỹ An', level: 'ward', parent: 'Quận đoàn Ngũ Hành Sơn' });
  });
});

describe('a right column read after the type heading (a scan read column by column)', () => {
  const page = (under: string[]) => headerOf(['QUẬN ĐOÀN NGŨ HÀNH SƠN', 'BCH ĐOÀN PHƯỜNG MỸ AN', 'Số: 42 KH/ĐTN', 'KẾ HOẠCH', ...under, 'Ra quân “Cổng trường an toàn giao thông” năm 2019']);

  it('the motto and the date line right under the heading are the header\'s', () => {
    const doc = page(['ĐOÀN TNCS HỎ CHÍ MINH', 'Mỹ An, ngày 10 tháng 4 năm 2019']);
    expect(doc.date).toBe('2019-04-10');
    expect(doc.place).toBe('Mỹ An');
  });

  it('a date under the heading with no motto between is not', () => {
    const doc = page(['Thực hiện Kế hoạch số 45 KH/ĐTN ngày 14/01/2019 của BCH Quận Đoàn']);
    expect(doc.date).toBeNull();
  });
});

describe('peer bodies of one unit over one place line issue jointly', () => {
  const header = (block: string[]) => typed([...block, 'Số: 01/QCPH/UBND-UBMTTQ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Đắk Lắk, ngày 27 tháng 10 năm 2017', 'QUY CHẾ', 'Phối hợp công tác']);

  it('the people\'s committee and the Front\'s committee', () => {
    const doc = header(['ỦY BAN NHÂN DÂN', 'ỦY BAN MTTQ VIỆT NAM', 'TỈNH ĐẮK LẮK']);
    expect(doc.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Đắk Lắk - Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk', level: 'province', parent: null });
  });

  it.each([
    ['a department under its province', ['ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', 'SỞ NỘI VỤ'], 'Sở Nội vụ tỉnh Đắk Lắk'],
    ['a council under a committee printed bare', ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'TỈNH ĐẮK LẮK'], 'Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk'],
    ['the Front\'s standing board under its committee', ['ỦY BAN MTTQ VIỆT NAM', 'TỈNH ĐẮK LẮK', 'BAN THƯỜNG TRỰC'], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk'],
  ])('not joint: %s', (_how, block, name) => {
    expect(header(block).issuer.name).toBe(name);
  });
});

describe('a Party cell and a trade union under their committee', () => {
  it.each([
    ['a Party cell is no ministry', ['ĐẢNG ỦY PHƯỜNG BẾN THÀNH', 'CHI BỘ KHU PHỐ 3', '*', 'Số 05-NQ/CB', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bến Thành, ngày 05 tháng 3 năm 2021'], 'Chi bộ Khu phố 3 phường Bến Thành', 'ward'],
    ['a sector\'s trade union is no part of the province\'s name', ['LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'Số: 12/KH-CĐN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thanh Hóa, ngày 05 tháng 3 năm 2021'], 'Công đoàn Ngành giáo dục tỉnh Thanh Hóa', 'province'],
    ['a board of a Party committee is still named after it', ['HUYỆN ỦY THỌ XUÂN', 'BAN TUYÊN GIÁO', '*', 'Số 12-HD/BTGHU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thọ Xuân, ngày 05 tháng 3 năm 2021'], 'Ban Tuyên giáo Huyện ủy Thọ Xuân', 'district'],
  ])('%s', (_how, lines, name, level) => {
    expect(typed([...lines, 'KẾ HOẠCH', 'Tổ chức']).issuer).toMatchObject({ name, level });
  });
});

describe('a board of the youth union\'s committee of a unit', () => {
  it.each([
    [['TỈNH ĐOÀN THANH HÓA', 'BAN THƯỜNG VỤ'], 'Ban Thường vụ Tỉnh đoàn Thanh Hóa', 'province'],
    [['QUẬN ĐOÀN NGŨ HÀNH SƠN', 'VĂN PHÒNG'], 'Văn phòng Quận đoàn Ngũ Hành Sơn', 'district'],
    [['TỈNH ĐOÀN THANH HÓA', 'BCH ĐOÀN HUYỆN THỌ XUÂN'], 'Ban Chấp hành Đoàn huyện Thọ Xuân', 'district'],
    // A board under the unit's executive committee is the union committee's, named after it as a
    // Party committee's boards are (and as such a document signs: "TM. UBKT QUẬN ĐOÀN …").
    [['THÀNH ĐOÀN ĐÀ NẴNG', 'BCH ĐOÀN QUẬN NGŨ HÀNH SƠN', 'ỦY BAN KIỂM TRA'], 'Ủy ban Kiểm tra Quận đoàn Ngũ Hành Sơn', 'district'],
    [['TỈNH ĐOÀN THANH HÓA', 'BCH ĐOÀN HUYỆN THỌ XUÂN', 'BAN THƯỜNG VỤ'], 'Ban Thường vụ Huyện đoàn Thọ Xuân', 'district'],
    [['QUẬN ĐOÀN NGŨ HÀNH SƠN', 'BCH ĐOÀN PHƯỜNG MỸ AN', 'BAN THƯỜNG VỤ'], 'Ban Thường vụ Đoàn phường Mỹ An', 'ward'],
  ])('%s', (block, name, level) => {
    const doc = typed([...block, '***', 'Số: 09-KH/TĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Thanh Hóa, ngày 05 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tổ chức']);
    expect(doc.issuer).toMatchObject({ name, level });
  });
});

// "BCH" is also a command's abbreviation (Ban Chỉ huy): military, civil defence, disaster boards.
describe('"BCH" of a command', () => {
  const header = (block: string[]) => typed([...block, 'Số: 15/KH-BCH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nghệ An, ngày 05 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tổ chức']).issuer;
  it.each([
    [['UBND HUYỆN ĐÔNG ANH', 'BCH QUÂN SỰ HUYỆN'], /^Ban Chỉ huy quân sự/i],
    [['BCH QUÂN SỰ TỈNH NGHỆ AN'], /^Ban Chỉ huy quân sự/i],
    [['UBND TỈNH NGHỆ AN', 'BCH PHÒNG CHỐNG THIÊN TAI VÀ TKCN'], /^Ban Chỉ huy phòng chống/i],
    [['TỈNH ĐOÀN NGHỆ AN', 'BCH ĐOÀN HUYỆN YÊN THÀNH'], /^Ban Chấp hành Đoàn/],
  ])('%j', (block, name) => {
    expect(header(block)?.name ?? '').toMatch(name);
  });
});

describe('a speck an engine read before a block line\'s first word', () => {
  it.each([
    [['THÀNH ĐOÀN ĐÀ NẴNG', 'BCH ĐOÀN QUẬN NGŨ HÀNH SƠN', "'ỦY BAN KIỂM TRA"], 'Ủy ban Kiểm tra Quận đoàn Ngũ Hành Sơn'],
    [['UBND TỈNH ĐẮK LẮK', '‘SỞ NỘI VỤ'], 'Sở Nội vụ tỉnh Đắk Lắk'],
  ])('%j: the head still opens its line', (block, name) => {
    const doc = headerOf([...block, 'Số: 15/TTr-UBKT', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Ngũ Hành Sơn, ngày 30 tháng 6 năm 2019', 'TỜ TRÌNH', 'V/v công nhận']);
    expect(doc.issuer.name).toBe(name);
  });
});

describe('dashes that open a joint header\'s line are no speck', () => {
  // A joint guidance's header as the normaliser gives an engine's layout (ocr-text-heldout3 h3f): the rules printed under
  // each pair of names come out as "-   -" lines before the next pair; the first pair stays in the issuer.
  it('the first ministries stay in the issuer', () => {
    const doc = headerOf([
      "BỘ CÔNG AN BỘ QUỐC PHÒNG",
      "                  - - CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BỘ Y TẾ BỘ CÔNG THƯƠNG",
      "          - - Độc lập Tự do Hạnh phúc",
      "                                                               - - BỘ TÀI CHÍNH VIỆN KIỂM SÁT",
      "                      - NHÂN DÂN TÓI CAO TÒA ÁN -",
      "",
      "",
      "",
      "",
      "      NHÂN DÂN TÓI CAO",
      "",
      " Số: 24 /HDLN-BCA-BQP-BYT- Hà Nội, ngày 25 tháng 6 năm 2026",
      " ВСТ-ВТC-VKSNDTC-TANDTC",
      "",
      "",
      "                                HƯỚNG DẪN LIÊN NGÀNH",
      "                      Về việc xử lý đối với hành vi vi phạm liên quan đến sản xuất, buôn bán, vận chuyển, tàng trữ N2O",
    ]);
    expect(foldVietnamese(doc.issuer.name ?? '').toLowerCase()).toMatch(/^bo cong an bo quoc phong\b/);
  });
});
