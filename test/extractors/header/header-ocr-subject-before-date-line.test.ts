// An OCR layer that interleaved the header's two columns may set the trích yếu's cell ("V/v …") before
// an illegible date line on its one line, the subject's next line after the year. The place and the
// printed year are read there, and no dated line of the body is taken for the document's.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const letter = (dateLine: string) => [
  'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: /BTC-TCDN',
  dateLine,
  'Công ty CP Đầu tư',
  'Kính gửi: Sở Kế hoạch và Đầu tư thành phố Hà Nội',
  'Bộ Tài chính có ý kiến như sau: Hợp Thành 1 trả nợ thay cho',
  'Pvcambank ngày 12/11/2014:',
  'Hợp Thành 1 sở hữu 63.448.128 cổ phần.',
];

describe('a subject cell before an illegible date line', () => {
  it.each([
    ['v I phương thức thanh toán Hà Nội, ngày ớt6 thông để nắm 2014 tiền chuyển nhượng vốn của', 'Hà Nội', '2014'],
    ['V/v thanh toán Hà Nội, ngày ớt6 thông để năm 2014', 'Hà Nội', '2014'],
    // A body's abbreviations before the place are the subject's, not the place's.
    ['V/v góp ý Nghị quyết HĐND TP Hà Nội, ngày ớt6 thông để năm 2014', 'Hà Nội', '2014'],
    ['V/v báo cáo UBND TỈNH Quảng Nam, ngày ớt6 thông để năm 2014', 'Quảng Nam', '2014'],
  ])('OCR: %s', (line, place, date) => {
    const doc = headerOf(letter(line));
    expect(doc.place).toBe(place);
    expect(doc.date).toBe(date);
  });

  it('typed text: the line is not read so', () => {
    expect(headerOf(letter('v I phương thức thanh toán Hà Nội, ngày ớt6 thông để nắm 2014 tiền'), false).place).not.toBe('Hà Nội');
  });
});
