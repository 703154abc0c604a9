// A công văn's "V/v" label as engines read it off a scan (its slash lost or read as another
// stroke), and a subject run onto the place-and-date line by a text whose wrapped lines were
// joined: the trích yếu is still read, its label written "V/v" (ocr-subject-label.ts,
// subject-before-place.ts); a letter cited without a number inside it ("công văn không số ngày …")
// is no date line (header-zone.ts).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';
import { withReadSubjectLabel } from '../../../extractors/header/ocr-subject-label.js';
import { placeStartBefore } from '../../../extractors/header/subject-before-place.js';

const letter = (subject: readonly string[], dateLine = 'Số: 82/CTBG-TTHT Bắc Giang, ngày 05 tháng 01 năm 2021') => [
  'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỤC THUẾ TỈNH BẮC GIANG Độc lập - Tự do - Hạnh phúc',
  dateLine,
  ...subject,
  '',
  'Kính gửi: Công ty TNHH DYT Việt Nam',
  '',
  'Cục Thuế tỉnh Bắc Giang nhận được công văn số 23122020 ngày 23/12/2020 của Công ty.',
];

describe("a công văn's garbled V/v label (OCR)", () => {
  it.each([
    ['the slash lost', ['Vv chính sách thuế TNDN đối với', 'hoạt động chuyển nhượng vốn'], 'V/v chính sách thuế TNDN đối với hoạt động chuyển nhượng vốn'],
    ['the slash read as I', ['VIv một số thay đổi trong chính sách thu BHXH'], 'V/v một số thay đổi trong chính sách thu BHXH'],
    ['a space around the stroke', ['v Iv phương thức thanh toán tiền chuyển nhượng vốn'], 'V/v phương thức thanh toán tiền chuyển nhượng vốn'],
    ['the second v read as W', ['VW giải đáp chính sách thuế'], 'V/v giải đáp chính sách thuế'],
    ['the second v read as w', ['V/w trả lời công văn của Công ty'], 'V/v trả lời công văn của Công ty'],
    ['the second v lost, a speck before', ["'V/ hướng dẫn việc kiểm tra và công nhận", 'giấy chứng nhận tiêm chủng'], 'V/v hướng dẫn việc kiểm tra và công nhận giấy chứng nhận tiêm chủng'],
  ])('%s', (_how, subject, title) => {
    const header = headerOf(letter(subject));
    expect(header.title).toBe(title);
    expect(header.type).toBe('Công văn');
  });

  it.each([
    ['the exact label', ['V/v chính sách thuế TNDN'], 'V/v chính sách thuế TNDN'],
    ['"V/ v" with a space', ['V/ v chính sách thuế TNDN'], 'V/ v chính sách thuế TNDN'],
  ])('keeps %s as it is', (_how, subject, title) => {
    expect(headerOf(letter(subject)).title).toBe(title);
  });

  it('typed text reads no garbled label', () => {
    expect(headerOf(letter(['Vv chính sách thuế TNDN']), false).title).toBeNull();
  });

  it.each([
    ['Vv chính sách thuế', 'V/v chính sách thuế'],
    ['VIV: chính sách thuế', 'V/v chính sách thuế'],
    ['V/v chính sách thuế', 'V/v chính sách thuế'],
    ['Về việc chính sách thuế', 'Về việc chính sách thuế'],
    ['Vĩnh Phúc', 'Vĩnh Phúc'],
  ])('writes %j as %j', (subject, title) => {
    expect(withReadSubjectLabel(subject)).toBe(title);
  });
});

describe('a subject run onto the place-and-date line', () => {
  const head = 'Số: 4800/TCT-TTr';
  it.each([
    ['a place in capitals', ['V/v tăng cường công tác thanh tra, kiểm tra thuế Hà Nội, ngày 17 tháng 10 năm 2016'], 'Hà Nội'],
    ['a place whose capital was lost', ['V/v tăng cường công tác thanh tra, kiểm tra thuế là Nội, ngày 17 tháng 10 năm 2016'], 'Hà Nội'],
    ['a city of five words', ['V/v giải đáp chính sách thuế Thành phố Hồ Chí Minh, ngày 17 tháng 10 năm 2016'], 'Thành phố Hồ Chí Minh'],
  ])('%s', (_how, lines, place) => {
    const header = headerOf(letter(lines, head));
    expect(header.title).toMatch(/^V\/v (?:tăng cường công tác thanh tra, kiểm tra thuế|giải đáp chính sách thuế)$/);
    expect(header.place).toBe(place);
    expect(header.date).toBe('2016-10-17');
  });

  it('a place whose capital was lost before a handwritten day and month', () => {
    const header = headerOf(letter(['V/v tăng cường công tác thanh tra, kiểm tra thuế là Nội, ngày AF tháng 4Ô năm 2016'], head));
    expect(header.title).toBe('V/v tăng cường công tác thanh tra, kiểm tra thuế');
    expect(header.place).toBe('Hà Nội');
    expect(header.date).toBe('2016');
  });

  it.each([
    ['thuế Hà Nội, ngày', 'Hà Nội, ngày'],
    ['thuế là Nội, ngày', 'là Nội, ngày'],
    ['thuế TP. Hồ Chí Minh, ngày', 'TP. Hồ Chí Minh, ngày'],
    ['kiểm tra thuế, ngày', 'ngày'],
    // A Roman numeral closes the subject: "quý I", "giai đoạn II" name no place.
    ['báo cáo quý I Hà Nội, ngày', 'Hà Nội, ngày'],
    ['kế hoạch giai đoạn II Thành phố Hồ Chí Minh, ngày', 'Thành phố Hồ Chí Minh, ngày'],
  ])('the place before %j opens at %j', (line, from) => {
    const at = line.indexOf('ngày');
    expect(line.slice(placeStartBefore(line, at, 0))).toBe(from);
  });
});

describe('a letter cited inside the subject', () => {
  it.each([
    ['after a garbled label, its symbol wrapped at a hyphen', ['V/w Trả lời công văn số 0001/TB-', '2016 ngày 17/10/2016 của Cty', 'TNHH Musashi Auto Parts Việt Nam'], 'V/v Trả lời công văn số 0001/TB- 2016 ngày 17/10/2016 của Cty TNHH Musashi Auto Parts Việt Nam'],
    ['its symbol and year joined by a space', ['V/v trả lời công văn số 0001/TB- 2016 ngày 17/10/2016 của Công ty'], 'V/v trả lời công văn số 0001/TB- 2016 ngày 17/10/2016 của Công ty'],
  ])('%s', (_how, subject, title) => {
    const header = headerOf(letter(subject));
    expect(header.title).toBe(title);
    expect(header.date).toBe('2021-01-05');
  });
});

describe("a span's date inside the subject", () => {
  it.each([
    ['"từ ngày"', ['V/v hướng dẫn tạm thời thực hiện BHXH,', 'BHYT, BHTN từ ngày 01/01/2015'], 'V/v hướng dẫn tạm thời thực hiện BHXH, BHYT, BHTN từ ngày 01/01/2015'],
    ['"từ" read "tir" and glued', ['V/v một số thay đổi trong chính sách thu', 'tirngay 01/01/2015'], 'V/v một số thay đổi trong chính sách thu tirngay 01/01/2015'],
    ['"trước ngày"', ['V/v báo cáo kết quả thực hiện', 'trước ngày 15/12/2020'], 'V/v báo cáo kết quả thực hiện trước ngày 15/12/2020'],
  ])('%s is no date line', (_how, subject, title) => {
    const header = headerOf(letter(subject, 'Số: 3444/BHXH-PT Hà Nội, ngày 30 tháng 12 năm 2014'));
    expect(header.title).toBe(title);
    expect(header.date).toBe('2014-12-30');
  });

  it('ends at the salutation whose K was read as a T', () => {
    const lines = letter(['V/v chính sách thuế TNDN'], 'Số: 82/CTBG-TTHT Bắc Giang, ngày 05 tháng 01 năm 2021').map((l) => l.replace('Kính gửi:', 'Tỉnh gửi:'));
    expect(headerOf(lines).title).toBe('V/v chính sách thuế TNDN');
  });
});

describe('a letter cited without a number inside the subject', () => {
  it('is no date line', () => {
    const header = headerOf(letter(['V/v phúc đáp công văn không số', 'ngày 27/11/2014'], 'Số: 3878/BHXH-THU Tp. Hồ Chí Minh, ngày 05 tháng 12 năm 2014'));
    expect(header.title).toBe('V/v phúc đáp công văn không số ngày 27/11/2014');
    expect(header.date).toBe('2014-12-05');
  });
});
