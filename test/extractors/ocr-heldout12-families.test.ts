// Families of other engines' OCR text (ocr-text-heldout12): the "Số" label read with its S as a
// dollar sign ("$6:990/TB-TCT", "$6:44>4BHXH-QLT": the same reading as "86:", "36:", "56:"); a
// family name whose first letters the seal left as a foreign letter ("Zuyến Xuân Phúc"); the
// country's name run together in the header ("XA HỘI VIETNAM"); the signer's name read onto a
// recipient's line after its semicolon. Each with the plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { nameBesideRecipientItem } from '../../extractors/ocr-repairs/ocr-name-beside-recipient.js';
import { withSurnameRepaired } from '../../extractors/ocr-repairs/ocr-surname.js';
import { withLegacySlashesRead } from '../../extractors/references/references-legacy-slashes.js';
import type { Reference } from '../../output/schema.js';
import { repairCitedNumbers } from '../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { tailCells } from '../../extractors/closing/tail-cells.js';
import { withCountryNameApart } from '../../normalizers/country-name-apart.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (lines: string[], ocr = true) => extractHeader(lines.join('\n'), testContext(), noSigner, undefined, ocr, undefined, ocr);
const notice = (numberLine: string, ocr = true) =>
  header(['BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ Độc lập — Tự do — Hạnh phúc', numberLine, 'THÔNG BÁO', 'V/v triển khai các nhiệm vụ'], ocr);

describe('the label "Số" read with its S as a dollar sign', () => {
  it.each([
    ['"$6:" before a serial, a slash and a symbol', '$6:990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024', '990/TB-TCT', 'TB-TCT', 'Hà Nội'],
    ['"$6:" before a handwritten scrap glued to the symbol', '$6:44>4BHXH-QLT TP. Hồ Chí Minh, ngày 16 tháng 08 năm 2017', null, 'BHXH-QLT', 'TP. Hồ Chí Minh'],
    // Negative cases: no colon, no symbol.
    ['no colon', '$6 990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024', null, null, null],
    ['figures and no symbol', '$6: 990 người tham dự', null, null, null],
  ])('%s', (_how, line, number, symbol, place) => {
    const doc = notice(line);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
    if (place) expect(doc.place).toBe(place);
  });

  it('typed text: "$6:" is no label', () => {
    const doc = notice('$6:990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024', false);
    expect(doc.number).toBeNull();
    expect(doc.symbol).toBeNull();
  });
});

describe('a family name whose first letters the seal left as a letter no Vietnamese word has', () => {
  it.each([
    ['"Zuyến" (the seal over "Ng")', 'Zuyến Xuân Phúc', 'Nguyễn Xuân Phúc'],
    ['"Wrần" (over "T")', 'Wrần Đình Liệu', 'Trần Đình Liệu'],
    // Negative cases: the letters after it end no family name, or several; two words only; a known name.
    ['"Zao": Cao, Đào, Tào… end so', 'Zao Văn Tạo', 'Zao Văn Tạo'],
    ['two words', 'Zuyến Phúc', 'Zuyến Phúc'],
    ['a listed family name as read', 'Nguyễn Xuân Phúc', 'Nguyễn Xuân Phúc'],
  ])('%s', (_how, read, name) => {
    expect(withSurnameRepaired(read)).toBe(name);
  });
});

describe('the country\'s name run together after a body\'s name in the header (OCR text)', () => {
  it.each([
    ['after a body\'s name', 'BAO HIỂM XA HỘI VIETNAM CONG HÒA XÃ HOI CHỦ NGHĨA VIET NAM\nĐộc lập', 'BAO HIỂM XA HỘI VIET NAM CONG HÒA XÃ HOI CHỦ NGHĨA VIET NAM\nĐộc lập'],
    // Negative cases: a foreign word before it, opening the line, below the number line.
    ['a brand', 'SAPPORO VIETNAM\nSố: 12/CV', 'SAPPORO VIETNAM\nSố: 12/CV'],
    ['opening the line', 'VIETNAM AIRLINES\nSố: 12/CV', 'VIETNAM AIRLINES\nSố: 12/CV'],
    ['in the body', 'BẢO HIỂM XÃ HỘI\nSố: 12/BHXH\nCÔNG TY VÀNG VIETNAM', 'BẢO HIỂM XÃ HỘI\nSố: 12/BHXH\nCÔNG TY VÀNG VIETNAM'],
  ])('%s', (_how, text, expected) => {
    expect(withCountryNameApart(text)).toBe(expected);
  });
});

describe('the signer\'s name read onto a recipient\'s line after its semicolon', () => {
  const list = (lines: string[]) => nameBesideRecipientItem(tailCells(['Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành.', 'Nói nhọn:', ...lines].join('\n')))?.name ?? null;
  it.each([
    ['after the item, one space between', ['- Ban Bí thư Trung ương Đảng;', '-Viện kiểm sát nhân dân tối cao; Nguyễn Xuân Phúc', '-Kiểm toán nhà nước;', '- Lưu: VT, KTTH.'], 'Nguyễn Xuân Phúc'],
    ['after the item, a wide gap', ['- Ban Bí thư Trung ương Đảng;', '- Kiểm toán nhà nước;          Trần Văn Tuấn', '- Lưu: VT.'], 'Trần Văn Tuấn'],
    // Negative cases: a family name not as listed ("Tự" for Vũ), a recipient named in its item, two such lines, a body's name.
    ['"Tự Đức Đam": no family name so spelt', ['- Kiểm toán nhà nước; Tự Đức Đam', '- Lưu: VT.'], null],
    ['a person named inside the item', ['- Ông Trần Văn Tuấn;', '- Lưu: VT.'], null],
    ['two lines so', ['- Bộ Tài chính; Trần Văn Tuấn', '- Bộ Nội vụ; Lê Văn Hùng', '- Lưu: VT.'], null],
    ['a body after the semicolon', ['- Bộ Tài chính; Sở Tài Chính', '- Lưu: VT.'], null],
  ])('%s', (_how, lines, name) => {
    expect(list(lines)).toBe(name);
  });
});

describe('the incoming stamp\'s lone "ĐẾN" and its boxes\' scraps read onto the type heading\'s line', () => {
  const directive = (typeLine: string, ocr = true) =>
    header(['THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 04 tháng 3 năm 2020', '', typeLine, '', 'Về các nhiệm vụ, giải pháp cấp bách', '', 'Với sự vào cuộc quyết liệt của cả hệ thống chính trị'], ocr);
  it.each([
    ['"DEN i: : _¬ CHỈ THỊ"', 'DEN i: : _¬ CHỈ THỊ', 'Chỉ thị'],
    ['"ĐẾN : | QUYẾT ĐỊNH"', 'ĐẾN : | QUYẾT ĐỊNH', 'Quyết định'],
    // Negative cases: a word between the stamp and the heading, the heading not closing the line.
    ['a word after "ĐẾN"', 'ĐẾN NAY CHỈ THỊ', null],
    ['words after the heading', 'DEN i: CHỈ THỊ số 05 của Thủ tướng', null],
  ])('%s', (_how, line, type) => {
    expect(directive(line).type).toBe(type);
  });

  it('typed text: the line is no heading', () => {
    expect(directive('DEN i: : _¬ CHỈ THỊ', false).type).toBeNull();
  });
});

describe('a cited number whose both slashes an engine read as strokes, its zeros as O', () => {
  const ref = (number: string, date: string | null, type = 'Thông tư'): Reference => ({ type, typeCode: null, number, date, issuer: null, relation: 'basis', span: { start: 0, end: 1 } });
  it.each([
    ['"3212O091TI-BTC" of 19/02/2009', '3212O091TI-BTC', '2009-02-19', 'Thông tư', '32/2009/TT-BTC'],
    ['"I5612013ruT-BTC" of 06/11/2013', 'I5612013ruT-BTC', '2013-11-06', 'Thông tư', '156/2013/TT-BTC'],
    ['a decree: "1221201llND-CP" of 27/12/2011', '1221201llND-CP', '2011-12-27', 'Nghị định', '122/2011/NĐ-CP'],
    // Negative cases: the year is not the cited date's; no date; a code far from the type's; a number with its slash.
    ['another year than the date\'s', '3212O091TI-BTC', '2010-02-19', 'Thông tư', '3212O091TI-BTC'],
    ['no date', '3212O091TI-BTC', null, 'Thông tư', '3212O091TI-BTC'],
    ['a code two edits off', '3212O091QD-BTC', '2009-02-19', 'Thông tư', '3212O091QD-BTC'],
    ['a number already read', '32/2009/TT-BTC', '2009-02-19', 'Thông tư', '32/2009/TT-BTC'],
  ])('%s', (_how, number, date, type, expected) => {
    expect(withLegacySlashesRead(ref(number, date, type)).number).toBe(expected);
  });
});

describe('the label "Số" glued to a handwritten serial\'s scrap, no colon between', () => {
  const letter = (numberLine: string, ocr = true) =>
    header(['TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC THUẾ TỈNH LONG AN Độc lập - Tự do - Hạnh phúc', '', numberLine, 'V/v chính sách thuế khi bán Công ty mẹ'], ocr);
  it.each([
    ['"Sóz226Ö /CT-TTHT"', 'Sóz226Ö /CT-TTHT Long An, ngày 24 tháng 10 năm 2019', 'CT-TTHT'],
    ['"Sốk%4 /UBND-VX" (a letter, a mark, a figure)', 'Sốk%4 /UBND-VX Long An, ngày 24 tháng 10 năm 2019', 'UBND-VX'],
    // Negative cases: a word after the label, a one-part symbol.
    ['a word: "Sổsách /CT-TTHT"', 'Sổsách /CT-TTHT Long An, ngày 24 tháng 10 năm 2019', null],
    ['a symbol of one part', 'Sóz226Ö /CT Long An, ngày 24 tháng 10 năm 2019', null],
  ])('%s', (_how, line, symbol) => {
    const doc = letter(line);
    expect(doc.symbol).toBe(symbol);
    expect(doc.number).toBeNull();
  });

  it('typed text: no label', () => {
    expect(letter('Sóz226Ö /CT-TTHT Long An, ngày 24 tháng 10 năm 2019', false).symbol).toBeNull();
  });
});

describe('a header day OCR read as figures no month has', () => {
  const codes = (dateLine: string, ocr = true) => {
    const ctx = testContext();
    const lines = ['TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc', `Số: 882/CTBNI-TTHT ${dateLine}`, 'V/v kê khai thuế'];
    const doc = extractHeader(lines.join('\n'), ctx, noSigner, undefined, ocr, undefined, ocr);
    return { date: doc.date, codes: ctx.codes() };
  };
  it('"ngày 49 tháng 5": the day is reported unread, the month kept', () => {
    const read = codes('Bắc Ninh, ngày 49 tháng 5 năm 2021');
    expect(read.date).toBe('2021-05');
    expect(read.codes).toContain('OCR_BLANK_FIGURES');
  });
  it('a valid day: nothing reported', () => {
    expect(codes('Bắc Ninh, ngày 19 tháng 5 năm 2021').codes).not.toContain('OCR_BLANK_FIGURES');
  });
  it('typed text: only the invalid date is reported', () => {
    const read = codes('Bắc Ninh, ngày 49 tháng 5 năm 2021', false);
    expect(read.codes).toContain('INVALID_DATE');
    expect(read.codes).not.toContain('OCR_BLANK_FIGURES');
  });
});

describe('a cited symbol\'s hyphen read as a space before its date', () => {
  const repaired = (text: string, ocr = true) => repairCitedNumbers(text, foldVietnamese(text), ocr).text;
  it.each([
    ['"595/QĐ BHXH ngày 14/4/2017"', 'theo Quyết định số 595/QĐ BHXH ngày 14/4/2017 của', 'theo Quyết định số 595/QĐ-BHXH ngày 14/4/2017 của'],
    ['with the year: "15/2020/QĐ TTg ngày 06/4/2020"', 'Quyết định số 15/2020/QĐ TTg ngày 06/4/2020', 'Quyết định số 15/2020/QĐ-TTg ngày 06/4/2020'],
    // Negative cases: no date after it, a word in small letters after the code.
    ['no date after it', 'Quyết định số 595/QĐ BHXH của Tổng Giám đốc', 'Quyết định số 595/QĐ BHXH của Tổng Giám đốc'],
    ['small letters after the code', 'số 595/QĐ và ngày 14/4/2017', 'số 595/QĐ và ngày 14/4/2017'],
  ])('%s', (_how, text, expected) => {
    expect(repaired(text)).toBe(expected);
  });

  it('typed text: as typed', () => {
    expect(repaired('theo Quyết định số 595/QĐ BHXH ngày 14/4/2017 của', false)).toBe('theo Quyết định số 595/QĐ BHXH ngày 14/4/2017 của');
  });
});
