// Review findings 5.2–5.5 (ocrtext3): a symbol glued to the next word keeps its issuer code; a
// type's code follows its number when both name the same kind; the repairs for OCR dumps (the
// signature run into one line, citations without slashes) leave typed text alone.
import { describe, expect, it } from 'vitest';
import { docTypeByName, typeCodeFor } from '../../extractors/shared/doctypes.js';
import { extractHeader } from '../../extractors/header/header.js';
import { readPlanNumber } from '../../extractors/shared/number.js';
import { extractReferences } from '../../extractors/references/references.js';
import { extractSigner } from '../../extractors/closing/signer.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

const header = (lines: string[], ocr: boolean) => extractHeader(lines.join('\n'), testContext(), noSigner, undefined, ocr);

describe('readPlanNumber: the next word glued to the symbol', () => {
  it.each([
    ['12/BC - SYTLào Cai', '12/BC-SYT'],
    ['123/QĐ - UBNDHà Nội, ngày', '123/QĐ-UBND'],
    ['15/KH - UBNDvề việc', '15/KH-UBND'],
    ['45/2020/TT - BTCngày', '45/2020/TT-BTC'],
    ['12/BCngày 5', '12/BC'],
    // A part made only of the word's first letters is the place's, with its hyphen.
    ['24 /HDLN-BCA-BQP-BYT- Hà Nội, ngày 25', '24/HDLN-BCA-BQP-BYT'],
    ['12/UBND - Tuyên Quang', '12/UBND'],
    // Nothing glued: as printed.
    ['01/CTr-UBND-MTTQ ngày 5', '01/CTr-UBND-MTTQ'],
  ])('%j → %s', (text, number) => {
    expect(readPlanNumber(text)?.value.number).toBe(number);
  });

  it('keeps the issuer code on an OCR header whose place ran into the symbol', () => {
    const doc = header([
      'SỞ Y TẾ TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '                 Độc lập - Tự do - Hạnh phúc',
      'Số: 12/BC - SYTLào Cai, ngày 05 tháng 3 năm 2024',
      '',
      '                BÁO CÁO',
      '     Kết quả công tác y tế quý I năm 2024',
    ], true);
    expect([doc.number, doc.symbol, doc.date]).toEqual(['12/BC-SYT', 'BC-SYT', '2024-03-05']);
  });
});

describe('typeCodeFor: the number\'s code when it names the same kind', () => {
  it.each([
    ['Chương trình phối hợp', 'CTr', 'CTr'],
    ['Chương trình phối hợp', 'CTPH', 'CTPH'],
    ['Chương trình', 'CTPH', 'CTPH'],
    ['Hướng dẫn liên ngành', 'HDLN', 'HDLN'],
    ['Kế hoạch hành động', 'KH', 'KH'],
    // Different kinds: the heading names the document.
    ['Kế hoạch', 'BC', 'KH'],
    ['Quyết định', null, 'QĐ'],
  ])('%s numbered %s → %s', (name, numberCode, code) => {
    expect(typeCodeFor(docTypeByName(name), numberCode)).toBe(code);
  });

  it.each([
    ['KẾ HOẠCH HÀNH ĐỘNG', 'Số: 15/KH-UBND', 'Kế hoạch', 'KH'],
    ['KẾ HOẠCH HÀNH ĐỘNG', 'Số: 459-KHHĐ/TU', 'Kế hoạch hành động', 'KHHĐ'],
    ['CHƯƠNG TRÌNH PHỐI HỢP', 'Số: 154/CTPH-LĐLĐ-SVHTTDL', 'Chương trình phối hợp', 'CTPH'],
    ['KẾ HOẠCH', 'Số: 15/BC-UBND', 'Kế hoạch', 'KH'],
  ])('a document headed %s, %s: its type is %s, as its code', (heading, numberLine, type, typeCode) => {
    const doc = header(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', numberLine, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lào Cai, ngày 01 tháng 02 năm 2024', heading, 'Triển khai công tác năm 2024', 'Căn cứ Luật Tổ chức chính quyền địa phương;'], false);
    expect([doc.type, doc.typeCode]).toEqual([type, typeCode]);
  });

  const plan = {
    type: 'Kế hoạch', typeCode: 'KH', number: '15/KH-UBND', serial: '15', symbol: 'KH-UBND',
    issuer: { name: 'Ủy ban nhân dân tỉnh Lào Cai', level: 'province' as const, locality: 'Lào Cai', parent: null },
    place: 'Lào Cai', date: '2024-02-01', title: null,
  };
  it.each([
    ['Căn cứ Chương trình phối hợp số 01/CTr-UBND-MTTQ ngày 5/1/2024 của UBND tỉnh và Ủy ban MTTQ tỉnh;', ['Chương trình phối hợp', 'CTr', '01/CTr-UBND-MTTQ']],
    ['Căn cứ Chương trình phối hợp số 154/CTPH-LĐLĐ-SVHTTDL ngày 28/4/2017;', ['Chương trình phối hợp', 'CTPH', '154/CTPH-LĐLĐ-SVHTTDL']],
    ['Căn cứ Hướng dẫn liên ngành số 24/HDLN-BCA-BQP ngày 25/6/2026;', ['Hướng dẫn liên ngành', 'HDLN', '24/HDLN-BCA-BQP']],
  ])('a citation: %j', (text, expected) => {
    expect(extractReferences(text, testContext(), plan).map((r) => [r.type, r.typeCode, r.number])).toEqual([expected]);
  });

  // The type is the one its code names (as the gold of real documents has it: o15c, "KẾ HOẠCH HÀNH
  // ĐỘNG" numbered KH-UBND, is a Kế hoạch); the heading's longer name is the kind's.
  it.each([false, true])('a joint programme headed as such and numbered CTr is a CTr (OCR %s)', (ocr) => {
    const doc = header([
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '                 Độc lập - Tự do - Hạnh phúc',
      'Số: 01/CTr-UBND-MTTQ            Lào Cai, ngày 05 tháng 01 năm 2024',
      '',
      '                CHƯƠNG TRÌNH PHỐI HỢP',
      '     Về công tác tuyên truyền năm 2024',
    ], ocr);
    expect([doc.type, doc.typeCode, doc.number]).toEqual(['Chương trình', 'CTr', '01/CTr-UBND-MTTQ']);
  });
});

describe('repairs for OCR dumps leave typed text alone', () => {
  const prose = 'Nhà trường sẽ đăng tải các thông báo và kế hoạch giảng dạy trên cổng thông tin, đề nghị giảng viên và sinh viên cập nhật thông tin thường xuyên. '.repeat(2);
  const quoting = `${prose}Ý kiến của GIÁM ĐỐC SỞ về việc này đã được gửi tới ông Nguyễn Văn An`;

  it.each([
    [false, null, ['MISSING_SIGNER']],
    [true, 'Nguyễn Văn An', []],
  ])('a long last line quoting a title before a name (OCR %s) → signer %s', (ocr, name, codes) => {
    const ctx = testContext();
    expect(extractSigner(quoting, ctx, undefined, ocr).name).toBe(name);
    expect(ctx.codes()).toEqual(codes);
  });

  const notice = {
    type: 'Thông báo', typeCode: 'TB', number: '275/TB-ĐHĐL', serial: '275', symbol: 'TB-ĐHĐL',
    issuer: { name: 'Trường Đại học Điện lực', level: 'central' as const, locality: null, parent: 'Bộ Công Thương' },
    place: 'Hà Nội', date: '2022-02-28', title: null,
  };
  const cited = (text: string, ocr: boolean) => extractReferences(text, testContext(), notice, undefined, undefined, ocr).map((r) => r.number);
  it.each([
    ['a count in typed text', 'Trong năm có tổng số 12 TB UBND ngày 5/1/2024 được ban hành.', false, []],
    ['a dump that dropped the slashes', 'Trong năm có tổng số 12 TB UBND ngày 5/1/2024 được ban hành.', true, ['12/TB-UBND']],
    ['a typed citation with its slashes', 'Căn cứ Công điện số 02/CĐ-UBND ngày 24/02/2022 của Chủ tịch UBND', false, ['02/CĐ-UBND']],
  ])('%s', (_how, text, ocr, numbers) => {
    expect(cited(text, ocr)).toEqual(numbers);
  });
});
