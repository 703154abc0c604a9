// A people's committee's block garbled past its head and its place, no issuer read from it: the
// signature's "TM. ỦY BAN NHÂN DÂN" stands for the head, the block's second line opening with its unit
// word ("TÍNH") and the date line's place name the committee. OCR only.
import { describe, expect, it } from 'vitest';
import { committeeOfSignature } from '../../../extractors/issuer/committee-of-signature.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { headerOf } from '../header-fixture.js';

const document = ({ head = 'ru NẠN DẪN', second = 'TÍNH TN{II', place = 'Hà Tĩnh', signed = 'Nơi nhận: TM. ỦY BAN NHÂN DÂN' } = {}) => [
  `  ${head}           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
  `     ${second}                     Độc lập - Tự do - Hạnh phúc`,
  '',
  `  số, 3+!J                               ${place}, ngày 12 tháng 10 năm 2017`,
  '                                 QUYẾT ĐỊNH',
  ' Về việc phê duyệt kế hoạch lựa chọn nhà thầu mua sắm tài sản nhà nước',
  '       Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
  '       Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu.',
  '       Điều 2. Quyết định này có hiệu lực từ ngày ký./.',
  '',
  signed,
  '- Như Điều 2;',
  '- Lưu: VT.',
];

describe('a committee block garbled past its head, the signature signed for the committee', () => {
  it.each([
    ['"TM." after the recipients\' label', document(), 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'province'],
    ['"TM." on a line of its own', document({ signed: '                    TM. ỦY BAN NHÂN DÂN' }), 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'province'],
    ['a district\'s block, "HUYỆN" one letter off', document({ second: 'HUYEH ĐỨC 7RỌHG', place: 'Đức Trọng' }), 'Ủy ban nhân dân huyện Đức Trọng', 'district'],
  ])('OCR: %s', (_how, lines, name, level) => {
    const doc = headerOf(lines);
    expect(doc.issuer.name).toBe(name);
    expect(doc.issuer.level).toBe(level);
  });

  it.each([
    ['typed text', document(), false],
    ['signed for another body', document({ signed: 'Nơi nhận: TM. HỘI ĐỒNG NHÂN DÂN' }), true],
    ['no "TM." line', document({ signed: 'Nơi nhận: CHỦ TỊCH' }), true],
    ['no unit word under the head', document({ second: 'riNnr,Awrodxc' }), true],
    ['a place of another kind than the word says', document({ place: 'Đức Trọng' }), true],
  ])('%s: no issuer taken', (_how, lines, ocr) => {
    expect(headerOf(lines, ocr).issuer.name).toBeNull();
  });
});

describe('committeeOfSignature', () => {
  const signed = (text: string) => [text, foldVietnamese(text)] as const;
  it.each([
    ['signed "TM." in capitals', 'Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Lưu: VT.', ['ru NẠN DẪN', 'TÍNH TN{II'], 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['"T/M."', 'T/M. ỦY BAN NHÂN DÂN\n', ['ru NẠN DẪN', 'TÍNH TN{II'], 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['a sentence in small letters', 'gửi tm. Ủy ban nhân dân\n', ['ru NẠN DẪN', 'TÍNH TN{II'], null],
    ['the committee named on, not closing its line', 'TM. ỦY BAN NHÂN DÂN TỈNH\n', ['ru NẠN DẪN', 'TÍNH TN{II'], null],
    ['the unit word on the first line alone', 'TM. ỦY BAN NHÂN DÂN\n', ['TÍNH TN{II'], null],
  ])('%s', (_how, text, lines, out) => {
    const [t, f] = signed(text);
    expect(committeeOfSignature(t, f, lines, 'Hà Tĩnh')?.parsed.name ?? null).toBe(out);
  });
});
