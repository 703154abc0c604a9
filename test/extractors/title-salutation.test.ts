// A công văn's trích yếu with the "Kính gửi:" OCR read onto its last line (the salutation stands
// right of and just below the number column on real scans): the salutation is no part of it.
import { describe, expect, it } from 'vitest';
import { extractHeader, withoutSalutation } from '../../extractors/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

const letter = (subject: string) =>
  'SỞ TÀI CHÍNH HÀ TĨNH\nTRUNG TÂM TƯ VẤN VÀ\nDỊCH VỤ TÀI CHÍNH CÔNG\nSố: 136/TrTTCC-MSTT\n' +
  `${subject}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 01 tháng 12 năm 2017\n` +
  '- Cục Quản lý giá - Bộ Tài chính;\nCăn cứ Điều 31 Thông tư số 35/2016/TT-BTC ngày 26/02/2016 của Bộ Tài chính.';

describe('a trích yếu with the salutation read onto it', () => {
  it.each([
    ['V/v đăng tải công khai mua sắm tập trung đợt 3 năm 2017 kính gửi:', 'V/v đăng tải công khai mua sắm tập trung đợt 3 năm 2017'],
    ['V/v bổ sung hồ sơ do sự cố môi trường Kính gửi:', 'V/v bổ sung hồ sơ do sự cố môi trường'],
    ['V/v đăng tải công khai mua sắm tập trung', 'V/v đăng tải công khai mua sắm tập trung'],
  ])('%s', (subject, title) => {
    const document = extractHeader(letter(subject), testContext(), noSigner, undefined, true);
    expect(document.title).toBe(title);
  });

  it.each([
    [null, null],
    [{ value: 'Kính gửi:', span: { start: 0, end: 9 } }, { value: 'Kính gửi:', span: { start: 0, end: 9 } }],
    [{ value: 'V/v cử cán bộ Kính gửi', span: { start: 10, end: 32 } }, { value: 'V/v cử cán bộ', span: { start: 10, end: 23 } }],
    // "kính gửi" inside a word is no salutation.
    [{ value: 'V/v trân trọng kínhgửi', span: { start: 0, end: 22 } }, { value: 'V/v trân trọng kínhgửi', span: { start: 0, end: 22 } }],
  ])('withoutSalutation %#', (title, expected) => {
    expect(withoutSalutation(title)).toEqual(expected);
  });
});
