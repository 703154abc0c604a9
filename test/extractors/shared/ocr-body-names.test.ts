// Garbled department names of OCR'd text read back to their standard names: the garbles are built
// from the family (marks lost, capitals, one letter misread, "Sở" misread before an abbreviation),
// and names that are valid, ambiguous or too short to guess stay as they are.
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_FIELDS } from '../../../extractors/shared/body-names.js';
import { extractHeader } from '../../../extractors/header/header.js';
import { repairedBodyName, repairedUnits, withHeadWordRepaired } from '../../../extractors/shared/ocr-body-names.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';
import { oneLetterMisread } from '../misread.js';

const names = DEPARTMENT_FIELDS.map((f) => `Sở ${f}`);
const marksLost = (s: string) => foldVietnamese(s);
const capitalsMarksLost = (s: string) => foldVietnamese(s).toUpperCase();
/** The middle letter of the longest word misread as a look-alike of another script, marks lost too. */
const oneLetterMisreadFolded = (s: string) => foldVietnamese(oneLetterMisread(s));

describe('repairedBodyName: garbled standard names', () => {
  const cases = names.flatMap((name) => [
    [name, 'marks lost', marksLost(name)],
    [name, 'capitals, marks lost', capitalsMarksLost(name)],
    ...(foldVietnamese(name).replace(/[^a-z]/gi, '').length >= 8 ? [[name, 'one letter misread', oneLetterMisreadFolded(name)]] : []),
  ]);
  it.each(cases)('%s (%s: %s)', (name, _how, garbled) => {
    expect(repairedBodyName(garbled)).toBe(name);
  });

  // A code's Ts read as other capitals on one stem (a scanned task table, fresh14-scans s01).
  it.each([
    ['Sở TTTĨ', 'Sở TTTT'],
    ['Sở TITT', 'Sở TTTT'],
    ['Sở TƯYT', 'Sở TTTT'],
    ['Sở GTVI', 'Sở GTVT'],
  ])('a T read on one stem: %s → %s', (garbled, name) => {
    expect(repairedBodyName(garbled)).toBe(name);
  });

  it.each([['Sở TIẾT'], ['Sở LEƯTT'], ['Sở TTTT']])('%s stays (no abbreviation, or one as written)', (name) => {
    expect(repairedBodyName(name)).toBeNull();
  });

  it.each([
    ['S GDĐT', 'Sở GDĐT'],
    ['SO GDDT', 'Sở GDĐT'],
    ['SOLDTBXH', 'Sở LĐTBXH'],
    ['S& TNMT', 'Sở TNMT'],
    ['Sa KHDT', 'Sở KHĐT'],
    ['Cong an tinh', 'Công an tỉnh'],
    ['BO CHI HUY QUAN SU TINH', 'Bộ Chỉ huy Quân sự tỉnh'],
  ])('a garbled "Sở" or body before an exact name or abbreviation: %s', (garbled, name) => {
    expect(repairedBodyName(garbled)).toBe(name);
  });
});

describe('repairedBodyName: left as written', () => {
  it.each([
    ...names.map((n) => [n, 'already the standard name']),
    ...names.map((n) => [n.toUpperCase(), 'the standard name in capitals']),
    ['Sở GDĐT', 'a standard abbreviation'],
    ['Sở Tư pháp', 'valid, a near neighbour of Sở Tài chính in length'],
    ['S GDĐ', 'an abbreviation one letter short'],
    ['SO LDTBXT', 'an abbreviation one letter off'],
    ['Sở TTT', 'a short abbreviation, never guessed'],
    ['Sở Y', 'too little of a name'],
    ['UBND các quận, huyện', 'not a department'],
    ['Sở Giáo dục và Đào tạo chủ trì tổng hợp', 'a name with more words after it'],
    ['Số liệu thống kê', 'other words'],
    ['So Noai vu', 'one letter from both Sở Nội vụ and Sở Ngoại vụ'],
  ])('%s (%s)', (text) => {
    expect(repairedBodyName(text)).toBeNull();
  });

  it('does not confuse Sở Tài chính and Sở Tư pháp when either is garbled', () => {
    expect(repairedBodyName('So Tu phap')).toBe('Sở Tư pháp');
    expect(repairedBodyName('So Tai chinh')).toBe('Sở Tài chính');
    expect(repairedBodyName('SO TU PIIAP')).not.toBe('Sở Tài chính');
  });

  it('keeps valid cells and repairs only the garbled ones of a unit list', () => {
    expect(repairedUnits(['Sở Y tế', 'SO TAI CHINII', 'UBND các huyện'])).toEqual(['Sở Y tế', 'Sở Tài chính', 'UBND các huyện']);
  });

  it.each([
    [['S GDĐT, S LĐTBXH'], ['Sở GDĐT', 'Sở LĐTBXH']],
    [['Sở Y tế, SO TU PHAP'], ['Sở Y tế', 'Sở Tư pháp']],
    [['S GDĐT, UBND cáo quận'], ['S GDĐT, UBND cáo quận']],
    [['Sở Y tế, Sở Tư pháp'], ['Sở Y tế, Sở Tư pháp']],
    [['Sở Lao dong, Thuong binh va Xa hoi'], ['Sở Lao động - Thương binh và Xã hội']],
  ])('a cell of several names cut only when every part is one: %j', (cell, expected) => {
    expect(repairedUnits(cell)).toEqual(expected);
  });
});

describe('the issuer line of an OCR header', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const text = [
    'UBND TỈNH QUẢNG BÌNH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SO TAI NGUYEN VA MOI TRUONC           Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 120/STNMT-VP                Quảng Bình, ngày 12 tháng 3 năm 2024',
    '',
    'V/v triển khai công tác thi đua năm 2024',
    '',
    'Kính gửi: Các phòng, đơn vị thuộc Sở.',
  ].join('\n');

  it('reads a garbled department line as the issuer when the text is OCR', () => {
    const doc = extractHeader(text, testContext(), noSigner, undefined, false, undefined, true);
    expect(doc.issuer.name).toMatch(/^Sở Tài nguyên và Môi trường/i);
    expect(doc.issuer.parent).toMatch(/Quảng Bình/);
  });

  it('leaves a typed text as it is', () => {
    const doc = extractHeader(text, testContext(), noSigner, undefined, false, undefined, false);
    expect(doc.issuer.name ?? '').not.toMatch(/^Sở Tài nguyên và Môi trường/i);
  });
});

describe('repairedBodyName: a short department after a garbled "Sở", its field one letter off', () => {
  it.each([
    ['Si Nói và', 'Sở Nội vụ'],
    ['S Tư pháo', 'Sở Tư pháp'],
    ['Sở Tài chín', 'Sở Tài chính'],
  ])('%s → %s', (garbled, name) => {
    expect(repairedBodyName(garbled)).toBe(name);
  });

  it.each([
    // the head is no garbled "Sở"
    'Ban Nói và',
    'Bộ Nội vụ',
    // too short a field to read one letter off
    'Si Y tá',
    // two letters off the field
    'Si Nói vàa',
  ])('%s stays', (garbled) => {
    expect(repairedBodyName(garbled)).toBeNull();
  });
});

describe('repairedBodyName: a ministry line glued into one word', () => {
  it.each([
    ['BOYTE', 'Bộ Y tế'],
    ['BOTAICHINH', 'Bộ Tài chính'],
    ['BOGIAODUCVADAOTAO', 'Bộ Giáo dục và Đào tạo'],
    ['BOCONGAN', 'Bộ Công an'],
  ])('%s → %s', (glued, name) => {
    expect(repairedBodyName(glued)).toBe(name);
  });

  it.each([
    ['a letter off (read loosely it could be a department)', 'BOYTF'],
    ['spaced words, no glued line', 'BO Y TEE'],
    ['a department, glued', 'SOYTE'],
  ])('%s: %j is no ministry', (_how, text) => {
    expect(repairedBodyName(text)?.startsWith('Bộ ') ?? false).toBe(false);
  });

  it('a hospital under a glued ministry line is a central body under it', () => {
    const text = ['BOYTE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BỆNH VIỆN K Độc lập - Tự do - Hạnh phúc', 'Số: 814/QĐ-BVK Hà Nội, ngày 10 tháng 3 năm 2021', 'QUYẾT ĐỊNH', 'Về việc ban hành quy trình'].join('\n');
    const issuer = extractHeader(text, testContext(), { name: null, title: null, authority: null }, undefined, true, undefined, true).issuer;
    expect(issuer.parent).toBe('Bộ Y tế');
    expect(issuer.level).toBe('central');
  });
});

describe('repairedBodyName: a garbled ministry line in a scan layer', () => {
  it.each([
    ['BỎ CÔNG THIJoNG', 'Bộ Công Thương'],
    ['BO CONG THVONG', 'Bộ Công Thương'],
  ])('%s → %s (the ministry, not the department one letter further)', (line, name) => {
    expect(repairedBodyName(line)).toBe(name);
  });

  it.each([
    ['a department line', 'SO CONG THVONG', 'Sở Công Thương'],
    ['a short ministry name is not read loosely', 'BO Y TEE', null],
  ])('%s: %j → %j', (_how, line, name) => {
    expect(repairedBodyName(line)).toBe(name);
  });
});

// A central plan's unit cells on a bitonal scan (heldout-fresh22-scans): the ộ of "Bộ" read as ệ.
describe('repairedBodyName: a garbled "Bộ" before a ministry\'s field read exactly', () => {
  it.each([
    ['Bệ Tư pháp', 'Bộ Tư pháp'],
    ['Bệ Nội vụ', 'Bộ Nội vụ'],
    ['Bệ Dân tộc và Tôn giáo', 'Bộ Dân tộc và Tôn giáo'],
    ['Bệ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['BE TAI CHINH', 'Bộ Tài chính'],
  ])('%s → %s (the ministry, not the department two letters off)', (garbled, name) => {
    expect(repairedBodyName(garbled)).toBe(name);
  });

  it.each([
    ['the ministry as written', 'Bộ Tư pháp', null],
    ['a department as written', 'Sở Tư pháp', null],
    ['a garbled "Sở" keeps its department', 'Sa Tư pháp', 'Sở Tư pháp'],
    ['a head of more letters is no "Bộ"', 'Ban Tư pháp', null],
  ])('%s: %j → %j', (_how, text, name) => {
    expect(repairedBodyName(text)).toBe(name);
  });
});

describe('withHeadWordRepaired: the Ụ of a head read as V', () => {
  it.each([
    ['CVC HÓA CHẤT', 'CỤC HÓA CHẤT'],
    ['  CVC THUẾ TỈNH', '  CỤC THUẾ TỈNH'],
  ])('%j → %j', (line, repaired) => {
    expect(withHeadWordRepaired(line)).toBe(repaired);
  });

  it.each([
    ['no V in the head', 'CỤC HÓA CHẤT'],
    ['a word that is no head', 'VĂN PHÒNG'],
    ['small letters', 'Cvc hóa chất'],
  ])('%s: %j is left', (_how, line) => {
    expect(withHeadWordRepaired(line)).toBeNull();
  });
});
