// Scan layers and OCR dumps of held-out set 3 (test/real/ocr-text-heldout3/FINDINGS.md): a date
// line set on the number's line, "tháng" garbled past the date reader, a type heading with small
// letters or a mark inside, a symbol wrapped at its hyphen before the place, a stamp below the date
// line, and a signature block run into one line with the recipients.
import { describe, expect, it } from 'vitest';
import { garbledDateLine } from '../../extractors/header/garbled-date-line.js';
import { readGarbledSerialNumber } from '../../extractors/header/garbled-serial.js';
import { garbledTypeHeading } from '../../extractors/header/garbled-type.js';
import { extractHeader } from '../../extractors/header/header.js';
import { inlineSignature } from '../../extractors/closing/inline-signer.js';
import { readPlanNumber, readSpacedCapsNumber } from '../../extractors/shared/number.js';
import { extractReferences } from '../../extractors/references/references.js';
import { extractSigner } from '../../extractors/closing/signer.js';
import { withFamilyNameSpelled } from '../../extractors/closing/person-name.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function ocrHeader(text: string) {
  const ctx = testContext();
  return extractHeader(text, ctx, noSigner, undefined, true);
}

describe('garbledDateLine: "tháng" as an engine without Vietnamese reads it', () => {
  it.each([
    ['ha noi, ngay4sthimg 6 nam 2021', '2021', '06'],
    ['ha noi, ngdy7f,ttuing 7 ndm 2026', '2026', '07'],
    ['ha noi, ngay ao thong atfl nam 2020', '2020', null],
  ])('%j → %s-%s', (line, year, month) => {
    expect(garbledDateLine(line)).toEqual({ year, month });
  });

  it.each([['a sentence', 'ha noi, ngay mai se hop'], ['no year word', 'ha noi, ngay4sthimg 6']])('%s: %j is none', (_how, line) => {
    expect(garbledDateLine(line)).toBeNull();
  });
});

describe('a scan layer that set the date line on the number line', () => {
  const header = (number: string, date: string) =>
    [
      '    BỘ CÔNG THƯƠNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  CỤC HÓA CHẤT                          Độc lập - Tự do - Hạnh phúc',
      `     ${number} ${date}`,
      'SỞ CÔNG THƯƠNG LÀO CAI',
      '                                   QUYẾT ĐỊNH',
      '                         Xử phạt vi phạm hành chính',
      '    Căn cứ Nghị định số 71/2019/NĐ-CP ngày 30 tháng 8 năm 2019 của Chính phủ;',
    ].join('\n');

  it.each([
    ['handwritten day read as letters', 'Số: /QĐ-XPVPHC', 'Hà Nội, ngay4Sthimg 6 năm 2021', '2021-06'],
    ['"tháng" read with a mark before it', 'Số: /QĐ-XPVPHC', 'Hà Nội, ngdy7f,ttuing 7 năm 2026', '2026-07'],
  ])('%s: the printed month and year, the place, and no citation date', (_how, number, date, iso) => {
    const doc = ocrHeader(header(number, date));
    expect(doc.date).toBe(iso);
    expect(doc.place).toBe('Hà Nội');
  });

  it('the stamp line under the date line is not the issuer', () => {
    const doc = ocrHeader(header('Số: /QĐ-XPVPHC', 'Hà Nội, ngay4Sthimg 6 năm 2021'));
    expect(doc.issuer.name).toBe('Cục Hóa chất');
    expect(doc.issuer.level).toBe('central');
  });

  it('a date line read whole is still the date, however the number line reads', () => {
    const doc = ocrHeader(header('Số: 26/QĐ-XPVPHC', 'Hà Nội, ngày 08 tháng 7 năm 2026'));
    expect(doc.date).toBe('2026-07-08');
  });
});

describe('garbledTypeHeading: a heading with small letters or a mark inside', () => {
  it.each([
    ['THÔNG Báo', 'Thông báo'],
    ['THÔNG BÀ.O', 'Thông báo'],
    ['QUYẾT ĐỊNh', 'Quyết định'],
    ['THÔNG BÁO', null], // read right: the plain reader's
    ['Thông báo', null], // small letters from the second on: prose
    ['THÔNG báo', null], // more than a third small
  ])('%j → %s', (line, type) => {
    expect(garbledTypeHeading(line)?.name ?? null).toBe(type);
  });

  it('reads the heading right above the trích yếu when the date line was garbled', () => {
    const text = [
      '    BỘ CÔNG THƯƠNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC                     Độc lập - Tự do - Hạnh phúc',
      '     Số: ~ggITB-ĐHĐL Hà Nội, ngay4Sthimg 6 năm 2021',
      '',
      '                                 THÔNG Báo',
      '             Về việc tổ chức đăng ký môn học học kỳ I năm học 2021-2022',
      '',
      '    Căn cứ kế hoạch đào tạo năm học;',
    ].join('\n');
    expect(ocrHeader(text).type).toBe('Thông báo');
  });
});

describe('readPlanNumber: a symbol wrapped at its hyphen, the place on the same line', () => {
  it.each([
    ['24 /HDLN-BCA-BQP-BYT- Hà Nội, ngày 25', '24/HDLN-BCA-BQP-BYT', 20],
    ['12/KH- UBND ngày 3', '12/KH-UBND', 11],
    ['01/KH- TĐKT', '01/KH-TĐKT', 11],
  ])('%j → %s', (text, number, length) => {
    const read = readPlanNumber(text);
    expect(read?.value.number).toBe(number);
    expect(read?.length).toBe(length);
  });
});

describe('a signature block an OCR dump ran into one line', () => {
  const prose = 'Nhà trường sẽ đăng tải các thông báo và kế hoạch giảng dạy trên cổng thông tin, đề nghị giảng viên và sinh viên cập nhật thông tin thường xuyên. '.repeat(2);

  it.each([
    [
      'authority, recipients, title, seal letters, name',
      `${prose}Nơi nhận: KT. HIỆU TRƯỞNG - Các đơn vị; PHÓ HIỆU TRƯỞNG - Các cổng thông tin; Lưu: VT, ĐT (01). G A TRƯỞNG - ĐẠI HỒ W a N ĐIỆN LỰC Trương Nam Hưng`,
      { name: 'Trương Nam Hưng', title: 'PHÓ HIỆU TRƯỞNG', authority: 'KT.' },
    ],
    [
      'no stops, the family name given a word\'s marks',
      `${prose}KT HIỆU TRƯỞNG Nội nhận PHÓ HIỆU TRƯỞNG Các đơn vị Lưu VT ĐT 01 TRƯỜNG n là ĐẠI HOYA ĐIỆN LŨ C a a Trưởng Nam Hưng`,
      { name: 'Trương Nam Hưng', title: 'PHÓ HIỆU TRƯỞNG', authority: 'KT.' },
    ],
    ['a title without authority', `${prose}Nơi nhận: Như Điều 3; Lưu: VT. GIÁM ĐỐC Nguyễn Văn An`, { name: 'Nguyễn Văn An', title: 'GIÁM ĐỐC', authority: null }],
  ])('%s', (_how, text, expected) => {
    expect(inlineSignature(text, withFamilyNameSpelled)).toMatchObject(expected);
    expect(extractSigner(text, testContext(), undefined, true)).toMatchObject(expected);
  });

  it.each([
    ['a short line: the block has lines of its own', 'Nơi nhận: Lưu: VT. GIÁM ĐỐC Nguyễn Văn An'],
    ['no title or authority before the name', `${prose}Các đơn vị phối hợp thực hiện cùng Nguyễn Văn An`],
    ['the last words are no name', `${prose}KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Các Đơn Vị`],
  ])('%s: none', (_how, text) => {
    expect(inlineSignature(text, withFamilyNameSpelled)).toBeNull();
  });

  it.each([
    ['Trưởng Nam Hưng', 'Trương Nam Hưng'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Các Đơn Vị', null],
  ])('withFamilyNameSpelled(%j) → %j', (name, spelled) => {
    expect(withFamilyNameSpelled(name)).toBe(spelled);
  });
});

describe('a dump that dropped every slash and hyphen', () => {
  it.each([
    ['02 CD UBND ngày 24', '02/CĐ-UBND', 10],
    ['275TB DHDL Hà Nội', '275/TB-DHDL', 10],
    ['12 2020 QD UBND', '12/2020/QĐ-UBND', 15],
  ])('readSpacedCapsNumber(%j) → %s', (text, number, length) => {
    const read = readSpacedCapsNumber(text);
    expect(read?.value.number).toBe(number);
    expect(read?.length).toBe(length);
  });

  it.each([
    ['no type code first', '02 ABC UBND'],
    ['small letters', '02 cd ubnd'],
    ['a word runs on', '02 CD UBNDx'],
  ])('%s: %j is none', (_how, text) => {
    expect(readSpacedCapsNumber(text)).toBeNull();
  });

  const decision = {
    type: 'Thông báo', typeCode: 'TB', number: '275/TB-ĐHĐL', serial: '275', symbol: 'TB-ĐHĐL',
    issuer: { name: 'Trường Đại học Điện lực', level: 'central' as const, locality: null, parent: 'Bộ Công Thương' },
    place: 'Hà Nội', date: '2022-02-28', title: null,
  };
  const cited = (text: string) => extractReferences(text, testContext(), decision, undefined, undefined, true).map((r) => [r.number, r.date]);

  it('reads "Số 02 CD UBND ngày 24 02 2022", its type word lost, as a citation with its date', () => {
    expect(cited('THÔNG BÁO Về kế hoạch giảng dạy từ ngày 01 3 2022 Số 02 CD UBND ngày 24 02 2022 cứa Chủ tịch UBND')).toContainEqual(['02/CĐ-UBND', '2022-02-24']);
  });

  it.each([
    ['no date after it', 'Số 02 CD UBND của Chủ tịch UBND'],
    ['no "Số" before it', 'lớp 02 CD UBND ngày 24 02 2022'],
  ])('%s: no citation', (_how, text) => {
    expect(cited(text)).toEqual([]);
  });
});

describe('a date line an OCR dump glued into one word', () => {
  it('reads the printed year and the place, not the date of the trích yếu after it', () => {
    const text =
      'BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG ĐẠI HỌC ĐIỆN LỰC Độc lập - Tự do - Hạnh phúc Số: 245/TB-ĐHĐL Hà Nội, ng4yShdng0zndm 2022 THÔNG BÁO Về kế hoạch giảng dạy từ ngày 01/3/2022 Căn cứ Công điện số 02/CĐ-UBND ngày 24/02/2022 của Chủ tịch UBND thành phố Hà Nội';
    const doc = ocrHeader(text);
    expect(doc.date).toBe('2022');
    expect(doc.place).toBe('Hà Nội');
  });
});

describe('a joint symbol wrapped at its hyphen, the date line set after it', () => {
  const text = [
    'BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ Y TẾ          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '                                                Độc lập - Tự do - Hạnh phúc',
    ' Số: 24 /HDLN-BCA-BQP-BYT-                          Hà Nội, ngày 25 tháng 6 năm 2026',
    ' ВСТ-ВТC-VKSNDTC-TANDTC',
    '',
    '                                HƯỚNG DẪN LIÊN NGÀNH',
    '                      Về việc xử lý đối với hành vi vi phạm liên quan đến N2O',
    '   - Căn cứ Nghị quyết số 173/2024/QH15 ngày 30/11/2024 của Quốc hội;',
  ].join('\n');

  it('reads the whole symbol (its next line in Cyrillic look-alikes), the place and the type', () => {
    const doc = ocrHeader(text);
    expect(doc.number).toBe('24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.date).toBe('2026-06-25');
    expect(doc.type).toBe('Hướng dẫn liên ngành');
  });

  it('a symbol ending at its hyphen with no capitals on the next line stays as read', () => {
    const doc = ocrHeader(text.replace(' ВСТ-ВТC-VKSNDTC-TANDTC', ' về việc phối hợp'));
    expect(doc.number).toBe('24/HDLN-BCA-BQP-BYT');
  });
});

describe('a cited date whose day and month a seal\'s scraps part', () => {
  const decision = {
    type: 'Quyết định', typeCode: 'QĐ', number: '26/QĐ-XPVPHC', serial: '26', symbol: 'QĐ-XPVPHC',
    issuer: { name: 'Cục Hóa chất', level: 'central' as const, locality: null, parent: 'Bộ Công Thương' },
    place: 'Hà Nội', date: '2026-07-08', title: null,
  };
  const cited = (text: string) => extractReferences(text, testContext(), decision).map((r) => [r.number, r.date]);
  const scrap = ' '.repeat(90);

  it.each([
    ['a scrap line with marks and a letter', `theo Quyết định số 128/QĐ-HC ngày l7\n${scrap},- H\n       tháng 6 năm 2026 và Công ty`, '2026-06-17'],
    ['two scrap lines', 'theo Quyết định số 128/QĐ-HC ngày 17\n  ~\n  *\n  tháng 6 năm 2026', '2026-06-17'],
  ])('%s', (_how, text, date) => {
    expect(cited(text)).toEqual([['128/QĐ-HC', date]]);
  });

  it('a line of words between them is no scrap: no date is made up', () => {
    expect(cited('theo Quyết định số 128/QĐ-HC ngày 17\ncủa Đoàn kiểm tra\ntháng 6 năm 2026')).toEqual([['128/QĐ-HC', null]]);
  });
});

describe('a handwritten serial garbled, the slash after it read as a letter', () => {
  it.each([
    ['~ggITB-BHBL Hà Nội,', 'TB-BHBL', '~gg'],
    ['o2D02-fITB-ĐHĐL Ha Nội, ngày', 'TB-ĐHĐL', 'o2D02-f'],
  ])('%j → symbol %s, the garble %j illegible', (text, symbol, illegible) => {
    const read = readGarbledSerialNumber(text);
    expect(read?.value).toMatchObject({ symbol, serial: null, number: null, typeCode: 'TB' });
    expect(read?.illegible).toBe(illegible);
  });

  it.each([
    ['a first part that is a code as it stands', '5ƒIUBND-VP', 'IUBND-VP'],
    ['no type code after the letter', '5ƒIVP-UBND', 'IVP-UBND'],
  ])('%s: %j keeps %s', (_how, text, symbol) => {
    expect(readGarbledSerialNumber(text)?.value.symbol).toBe(symbol);
  });

  it('reads the symbol of the number cell set before an illegible date line', () => {
    const text = [
      '    BỘ CÔNG THƯƠNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC                     Độc lập - Tự do - Hạnh phúc',
      '   số:o2D02-fITB-ĐHĐL Hà Nội, ngày áo thông Atfl năm 2020',
      '',
      '                                 THÔNG BÁO',
      '             Về việc tổ chức đăng ký chuyên ngành cho sinh viên D15',
    ].join('\n');
    const doc = ocrHeader(text);
    expect(doc.symbol).toBe('TB-ĐHĐL');
    expect(doc.number).toBeNull();
    expect(doc.date).toBe('2020');
  });
});
