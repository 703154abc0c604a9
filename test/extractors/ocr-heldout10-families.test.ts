// Families of other engines' OCR text of letters (ocr-text-heldout10): a day or month split by a
// space or opened with a bracket for its 1, a year word garbled past "năm", a place read from a
// symbol's last code or from the tail of a word the number's reading cut, a place whose letters
// were read as figures, the "Số" label read "86", a "V/v" label whose slash was read as a letter, and a
// Chi cục under a provincial Cục. Each with the plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '../../extractors/shared/dates.js';
import { extractHeader } from '../../extractors/header/header.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { repairMisreadSubjectLabel } from '../../normalizers/misread-subject-label.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const date = (text: string) => parseVietnameseDate(foldVietnamese(text))?.iso ?? null;
const header = (lines: string[], ocr = false) => extractHeader(lines.join('\n'), testContext(), noSigner, undefined, ocr, undefined, ocr);

describe('a day whose second digit an engine glued to "tháng"', () => {
  it.each([
    ['ngày 2 2tháng 10 năm 2022', '2022-10-22'],
    ['ngày 1 5tháng 3 năm 2020', '2020-03-15'],
    ['ngày 3 0tháng 4 năm 2021', '2021-04-30'],
  ])('%s is one figure', (text, iso) => {
    expect(date(text)).toBe(iso);
  });

  it.each([
    ['a plain day', 'ngày 2 tháng 10 năm 2022', '2022-10-02'],
    ['two figures no day can make', 'ngày 3 5tháng 1 năm 2020', null],
    ['two figures spaced on both sides', 'ngày 2 2 tháng 10 năm 2022', null],
    ['a month spaced apart', 'ngày 05 tháng 1 2 năm 2021', null],
  ])('%s is not joined', (_how, text, iso) => {
    if (iso === null) expect(date(text) ?? '').not.toMatch(/-35$|-12-|-22$/);
    else expect(date(text)).toBe(iso);
  });
});

describe('a bracket read for the 1 that opens a figure', () => {
  it('")2" is the month 12', () => {
    expect(date('ngayAdthang )2-năm 2014')).toBe('2014-12');
    expect(date('ngày )5 tháng 3 năm 2020')).toBe('2020-03-15');
  });

  it('an opening bracket, or a bracket after the figure, is no 1', () => {
    expect(date('ngày 05 tháng (2 năm 2014')).toBe('2014');
    expect(date('ngày 5) tháng 3 năm 2020')).toBe('2020-03-05');
  });
});

describe('a date line whose year word an engine garbled past "năm"', () => {
  const lines = (dateLine: string) => [
    'LIÊN ĐOÀN LAO ĐỘNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc',
    dateLine,
    'Về việc thanh toán tiền lương',
    'Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ;',
  ];

  it('keeps its printed year, not a date of the body', () => {
    const doc = header(lines('Số:31f Ở/LĐLĐ-TC TP. Hồ Chí Minh, ngày 26 tháng chân 2021'), true);
    expect(doc.date).toBe('2021');
    expect(doc.place).toBe('TP. Hồ Chí Minh');
  });

  it('a month figure printed plainly before the garbled word is kept', () => {
    expect(header(lines('Số:31f Ở/LĐLĐ-TC TP. Hồ Chí Minh, ngày 26 tháng 5 cnarn 2021'), true).date).toBe('2021-05');
  });

  it('a line read whole stays whole', () => {
    expect(header(lines('Số: 344/LĐLĐ-TC TP. Hồ Chí Minh, ngày 20 tháng 5 năm 2021'), true).date).toBe('2021-05-20');
  });
});

describe("the place after a symbol's last code or a word's cut tail", () => {
  it('a code hyphen-joined in the symbol is not the place', () => {
    const doc = header(['CỤC HẢI QUAN TỈNH TÂY NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CHI CỤC HQ KCN TRẢNG BÀNG Độc lập - Tự do - Hạnh phúc', '', 'Số: /40/TB-HQTB Trảng Bàng, ngày 22 tháng 10 năm 2022', '', 'THÔNG BÁO', 'Về việc thực hiện thủ tục hải quan']);
    expect(doc.place).toBe('Trảng Bàng');
    expect(doc.type).toBe('Thông báo');
  });

  it("the tail of a word the number's reading cut is not the place", () => {
    const doc = header(['BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BẢO HIỂM XÃ HỘI TP. Hồ CHÍ MINH Độc lập - Tự do - Hạnh phúc 46hf số : /BHXH- THỨ TP. Hồ Chí Minh, ngayAdthang )2-năm 2014', 'V/v một số thay đổi'], true);
    expect(doc.place).toBe('TP. Hồ Chí Minh');
    expect(doc.date).toBe('2014-12');
  });

  it("a place's first word the layer glued to the symbol stays the place's", () => {
    const doc = header(['UBND TỈNH HÀ TtNHC0NG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc', '', 'S6: 01 /TB-STTTTHa Tinh, ngay 03 thdng 02ndm2017', '', 'THÔNG BÁO'], true);
    expect(doc.place).toBe('Hà Tĩnh');
  });

  it('a hyphenated unit name stays whole', () => {
    const doc = header(['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH BÀ RỊA - VŨNG TÀU Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND Bà Rịa - Vũng Tàu, ngày 05 tháng 3 năm 2021', 'KẾ HOẠCH']);
    expect(doc.place).toBe('Bà Rịa - Vũng Tàu');
  });
});

describe('the "Số" label an engine read as "86"', () => {
  const lines = (numberLine: string) => ['ỦY BAN NHÂN DÂN CONG HÒA XÃ HOI CHỦ NGHIA VIỆT NAM', 'THANH PHO HO CHI MINH Độc lập - Tự do - Hanh phúc', 'SỞ Y TẾ', numberLine, 'VWv triển khai hướng dẫn', '', 'Ngày 31/8/2020, Bộ Y tế ban hành công văn số 4674/BYT-MT.'];

  it('with its colon opens the number cell before the date line', () => {
    expect(header(lines('86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020'), true).place).toBe('Thành phố Hồ Chí Minh');
  });

  it('without a colon a figure is no label', () => {
    expect(header(lines('86 5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020'), true).place).toBeNull();
  });
});

describe('a "V/v" label whose slash an engine read as a letter', () => {
  it.each(['Viv chinh sach thuS', 'VIv m(>ts6thay d6i', 'VWv triển khai hướng dẫn', 'Vlv góp ý', '  V1v: báo cáo'])('%s opens with "V/v"', (line) => {
    expect(repairMisreadSubjectLabel(line)).toMatch(/^\s*V\/v[ :]/);
  });

  it.each(['Vivian Nguyễn', 'xem Viv chinh sach', 'V/v chính sách thuế', 'Viv', 'Việt Nam'])('%s stays', (line) => {
    expect(repairMisreadSubjectLabel(line)).toBe(line);
  });
});

describe('a Chi cục under a provincial Cục', () => {
  const issuer = (parent: string, own: string) =>
    header([`${parent} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `${own} Độc lập - Tự do - Hạnh phúc`, 'Số: 140/TB-CC Hà Nội, ngày 22 tháng 10 năm 2022', 'THÔNG BÁO']).issuer;

  it('works below the province', () => {
    expect(issuer('CỤC HẢI QUAN TỈNH TÂY NINH', 'CHI CỤC HẢI QUAN KCN TRẢNG BÀNG').level).toBe('district');
  });

  it("a Chi cục of a Sở is the province's own agency", () => {
    expect(issuer('SỞ NÔNG NGHIỆP VÀ PTNT TỈNH TÂY NINH', 'CHI CỤC KIỂM LÂM').level).toBe('province');
  });

  // A Chi cục named after a district of its Cục's province, no unit word before the district:
  // "HẢI QUAN" is the customs' word, not "quận"; the level follows the district's kind.
  it.each([
    ['CỤC HẢI QUAN TỈNH BÌNH DƯƠNG', 'CHI CỤC HẢI QUAN THỦ DẦU MỘT', 'Chi cục Hải quan Thủ Dầu Một', 'city', 'Thủ Dầu Một'],
    ['CỤC THUẾ TỈNH NGHỆ AN', 'CHI CỤC THUẾ QUỲNH LƯU', 'Chi cục Thuế Quỳnh Lưu', 'district', 'Quỳnh Lưu'],
  ])('%s / %s → %s', (parent, own, name, level, locality) => {
    expect(issuer(parent, own)).toMatchObject({ name, level, locality });
  });

  it.each([
    // A district of another province is no district of this Cục.
    ['CỤC HẢI QUAN TỈNH BÌNH DƯƠNG', 'CHI CỤC HẢI QUAN ĐÀ LẠT'],
    // No district's name at the end (nor a site's: a park's sub-office is named by its park, below).
    ['CỤC HẢI QUAN TỈNH TÂY NINH', 'CHI CỤC HẢI QUAN CỬA KHẨU MỘC BÀI'],
  ])('%s / %s keeps the province', (parent, own) => {
    expect(issuer(parent, own).name).toMatch(/tỉnh (Bình Dương|Tây Ninh)$/);
  });

  it('a Cục under a ministry keeps its own reading', () => {
    expect(issuer('BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ').level).toBe('central');
  });
});

describe('a place whose letters an engine read as figures, with no issuer read', () => {
  const place = (placeLine: string) =>
    header(['eve CQNG HOA XA. H()I CHU NGHiA VI:l):T NAM', 'T6No THUE', 'eve THUE TINII BiNH DlJONG Di)c l�p -T\\I\' do -Hr;mh phuc', placeLine, 'Viv chinh sach thuS', 'Kinh giri: Cong ty TNHH Ortholite Vi?t Nam'], true).place;

  it('is the one province it can be', () => {
    expect(place('Sil 14579/CT-TT&HT Binh Du012g, ngay 28 thang 8 niim 2018')).toBe('Bình Dương');
  });

  it('a misread place no province fits stays as read', () => {
    expect(place('Sil 14579/CT-TT&HT Xom B3c, ngay 28 thang 8 niim 2018')).toBe('Xom B3c');
  });
});
