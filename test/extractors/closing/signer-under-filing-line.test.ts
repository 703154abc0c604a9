// A signer's name on the line under the recipients' filing line of an OCR engine's text, the
// title lost to the seal and an annex after the name (so it is not the text's last line): the
// name is the signer. A seal over the left of the signature may leave one letter of the family
// name, put back only where one family name alone ends so.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { completedFamilyName } from '../../../extractors/closing/person-name.js';
import { testContext } from '../context.js';

const BODY = 'Điều 3. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.\n';
const LIST = 'Nơi nhận: JCH\n- Như trên;\n- TTTU, TTHĐNDTP;\n';
const ANNEX = "\n'1s1\nPhụ lục\nTRIỂN KHAI NHIỆM VỤ THEO THÔNG BÁO SỐ 496-TB/TU\n1. Chủ trương triển khai thực hiện công tác quán triệt, tuyên truyền.\n";

function signer(text: string, ocrOrigin = true) {
  const ctx = testContext();
  return { value: extractSigner(text, ctx, undefined, ocrOrigin), codes: ctx.codes() };
}

describe('a name under the filing line, an annex after it', () => {
  it.each([
    ['- Lưu: VT, SGDĐT.\nNguyễn Văn Nam', 'Nguyễn Văn Nam'],
    // The seal left one letter of the family name, which only Lê (or Lý) ends.
    ['- Lưu: VT, SGDĐT.\ne Trung Chính', 'Lê Trung Chính'],
    ['- Lưu: VT.\ny Văn Hùng', 'Lý Văn Hùng'],
    // Scraps of the seal between the list and the name.
    ['- Lưu: VT.\n¬.a té)\nTrần Thị Thu Hà', 'Trần Thị Thu Hà'],
  ])('%#: %s → %s', (filing, name) => {
    const { value, codes } = signer(BODY + LIST + filing + ANNEX);
    expect(value).toMatchObject({ name, title: null, authority: null });
    expect(codes).not.toContain('MISSING_SIGNER');
  });

  it.each([
    // One letter several family names end (Hà, Tạ; Hoàng, Đặng…): no name.
    '- Lưu: VT.\na Văn Nam',
    '- Lưu: VT.\ng Quốc Khánh',
    // An annex's heading between: a name under it is the annex's.
    '- Lưu: VT.\nPHỤ LỤC\nNguyễn Văn Nam',
    // A drafter's two-word name.
    '- Lưu: VT.\nLê Hùng',
    // A block's authority line, or a body in capitals, that folds like a name (Đoàn): no name under the list.
    '- Lưu: VT, CN.\nTM. ĐOÀN KIỂM TRA\nVƠN ĐOAN\nsắng Văn Thuần',
    '- Lưu: VT, CN.\nĐOÀN KIỂM TRA LIÊN NGÀNH',
    // A list of members under a heading in capitals: its first name is no signer.
    '- Lưu: VT, QLTM.\nTHÀNH PHẦN\nTrần Văn Bình\nLê Thị Hoa',
    '- Lưu: VT.\nTrần Văn Bình\nNguyễn Thị Hoa Mai',
    // A line of the text between: where the signature stood is unclear.
    '- Lưu: VT.\nCác đơn vị báo cáo kết quả thực hiện trước ngày 15/12.\nNguyễn Văn Nam',
  ])('%#: no signer', (filing) => {
    const { value, codes } = signer(BODY + LIST + filing + ANNEX);
    expect(value.name).toBeNull();
    expect(codes).toContain('MISSING_SIGNER');
  });

  // A typed page's lines after its filing line are its own: only an OCR engine's text is read so.
  it.each(['- Lưu: VT, SGDĐT.\nNguyễn Văn Nam', '- Lưu: VT, SGDĐT.\ne Trung Chính'])('%#: typed text gives no signer', (filing) => {
    expect(signer(BODY + LIST + filing + ANNEX, false).value.name).toBeNull();
  });
});

describe('completedFamilyName of one letter', () => {
  it.each([
    ['e', 1, 'Lê'],
    ['y', 1, 'Lý'],
    ['a', 1, null],
    ['n', 1, null],
    // Two letters at least unless the caller asks for fewer.
    ['e', 2, null],
    ['hạm', 2, 'Phạm'],
  ] as const)('%s (shortest %d) → %s', (word, shortest, name) => {
    expect(completedFamilyName(word, shortest)).toBe(name);
  });
});
