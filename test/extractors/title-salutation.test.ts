// A công văn's trích yếu with the "Kính gửi:" OCR read onto its last line (the salutation stands
// right of and just below the number column on real scans): the salutation is no part of it.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { withoutSalutation } from '../../extractors/header/header-type.js';
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
    // The salutation as an engine misreads it, its colon after it.
    ['V/v chính sách thuế Kinh giới: Công ty TNHH Ôn hòa', 'V/v chính sách thuế'],
    ['V/v chính sách thuế TNCN Kinh giri: Công ty CP thép', 'V/v chính sách thuế TNCN'],
    ['V/v sửa đổi đối tượng đóng KPCĐ Kmnhgài: - Các Liên đoàn Lao động tỉnh', 'V/v sửa đổi đối tượng đóng KPCĐ'],
    // Words alike without the colon are the subject's own.
    ['V/v hỗ trợ đồng bào Kinh ghi nhận', 'V/v hỗ trợ đồng bào Kinh ghi nhận'],
  ])('%s', (subject, title) => {
    const document = extractHeader(letter(subject), testContext(), noSigner, undefined, true);
    expect(document.title).toBe(title);
  });

  it.each([
    ['', null, null],
    ['Kính gửi:', { value: 'Kính gửi:', span: { start: 0, end: 9 } }, { value: 'Kính gửi:', span: { start: 0, end: 9 } }],
    ['Số: 12/UBND\nV/v cử cán bộ Kính gửi', { value: 'V/v cử cán bộ Kính gửi', span: { start: 12, end: 34 } }, { value: 'V/v cử cán bộ', span: { start: 12, end: 25 } }],
    // "kính gửi" inside a word is no salutation.
    ['V/v trân trọng kínhgửi', { value: 'V/v trân trọng kínhgửi', span: { start: 0, end: 22 } }, { value: 'V/v trân trọng kínhgửi', span: { start: 0, end: 22 } }],
  ])('withoutSalutation %#', (text, title, expected) => {
    expect(withoutSalutation(title, text)).toEqual(expected);
  });

  // The span covers the trích yếu as written, over its line breaks and indentation.
  it.each([
    ['V/v đăng tải thông tin\n        về kế hoạch năm 2017 kính gửi:', 'V/v đăng tải thông tin\n        về kế hoạch năm 2017'],
    ['V/v đăng tải thông tin\n  về kế hoạch năm 2017\n  Kính   gửi:', 'V/v đăng tải thông tin\n  về kế hoạch năm 2017'],
    ['V/v cử cán bộ tham dự\nhội nghị tập huấn kính\ngửi', 'V/v cử cán bộ tham dự\nhội nghị tập huấn'],
  ])('the span of a title over lines ends where it does: %#', (written, kept) => {
    const text = `Số: 136/TrTTCC-MSTT\n${written}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`;
    const start = text.indexOf('V/v');
    const title = { value: written.replace(/\s+/g, ' '), span: { start, end: start + written.length } };
    const out = withoutSalutation(title, text)!;
    expect(out.value).toBe(kept.replace(/\s+/g, ' '));
    expect(text.slice(out.span.start, out.span.end)).toBe(kept);
  });

  it('spans the kept title in the text extractHeader read', () => {
    // Spaces the PDF reader left at a line's end.
    const text = letter('V/v đăng tải công khai mua sắm  \ntập trung đợt 3 năm 2017 kính gửi:');
    const document = extractHeader(text, testContext(), noSigner, undefined, true);
    expect(document.title).toBe('V/v đăng tải công khai mua sắm tập trung đợt 3 năm 2017');
    const span = document.spans?.title;
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toBe('V/v đăng tải công khai mua sắm  \ntập trung đợt 3 năm 2017');
  });
});
