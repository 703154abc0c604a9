// A signer's name set level with the recipients' filing line, the gap between the columns closed
// by the OCR layer ("- Lưu: VT, TCLN (90). Hà Công Tuấn"), no title read above it and the text
// going on after it (an annex): the name is the signer. Texts as a real OCR layer of a ministry's
// decision gave them; only the filing line is looked at.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Điều 3. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.\n';
const ANNEX = '\nBỘ NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUY CHẾ\nChương I.\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc thu thập dữ liệu.\n';
const LIST = 'Nơi nhận:\n- Như Điều 3;\n- Bộ trưởng (b/c);\n- Trung tâm Tin học và Thống kê;\n';

function signer(text: string, ocrOrigin = true) {
  const ctx = testContext();
  return { value: extractSigner(text, ctx, undefined, ocrOrigin), codes: ctx.codes() };
}

describe('a name beside the filing line', () => {
  it.each([
    ['- Lưu: VT, TCLN (90). Hà Công Tuấn', 'Hà Công Tuấn'],
    ['- Lưu: VT, VP. Nguyễn Văn Nam', 'Nguyễn Văn Nam'],
    ['- Lưu VT, KHTC; Trần Thị Thu Hà', 'Trần Thị Thu Hà'],
    // Left in the filing line after the seal's debris, its first letter under the seal, the next
    // page's annex heading read onto the same line.
    ['-Lưu: VT, KTTH (2b)›140 guyễn Xuân Phúc Phụ lục I', 'Nguyễn Xuân Phúc'],
    ['- Lưu: VT, KTTH (2b) Trần Văn Nam', 'Trần Văn Nam'],
  ])('%#: %s → %s', (filing, name) => {
    const { value, codes } = signer(BODY + LIST + filing + ANNEX);
    expect(value).toMatchObject({ name, title: null, authority: null });
    expect(codes).not.toContain('MISSING_SIGNER');
  });

  it.each([
    // A recipient's line ending in a name: any column's, never read as the signer.
    LIST.replace('- Bộ trưởng (b/c);', '- Kiểm toán nhà nước; Từ Đức Đam') + '- Lưu: VT, TCLN.',
    // Units after the filing line's full stop, no person.
    LIST + '- Lưu: VT, TCLN. Phòng Tổ Chức',
    // A body line opening with the family name Lưu is no filing line.
    'Lưu Quang Vinh, chuyên viên phòng. Trần Văn Bình\n' + LIST + '- Lưu: VT.',
    // A unit's name before the words, or a list's comma: where the list ends is unclear.
    LIST + '- Lưu: VT, Phòng Hành chính Trần Văn An',
    LIST + '- Lưu: VT, Trần Văn An',
    // An annex heading and no name.
    LIST + '- Lưu: VT, KTTH (2b) Phụ lục I',
    // Words after the name on the line: the name does not close it.
    LIST + '- Lưu: VT, VP. Nguyễn Văn Nam    ghi chú',
    // A province's or a district's name opens with a family name's letters: no person.
    LIST + '- Lưu: VT, NC. Hà Tĩnh',
    LIST + '- Lưu: VT, UBND huyện (2b). Vũ Quang',
    // A drafter's two-word name after the filing codes.
    LIST + '- Lưu: VT, TH. Lê Hùng',
  ])('%#: no signer', (list) => {
    const { value, codes } = signer(BODY + list + ANNEX);
    expect(value.name).toBeNull();
    expect(codes).toContain('MISSING_SIGNER');
  });

  // A typed page's words after its filing line are its own (a drafter's name, an address): the
  // rule reads only an OCR engine's text, where the signature column ran into the list.
  it.each(['- Lưu: VT, TCLN (90). Hà Công Tuấn', '- Lưu: VT, TH. Lê Hùng'])('%#: typed text %s gives no signer', (filing) => {
    const { value, codes } = signer(BODY + LIST + filing + ANNEX, false);
    expect(value.name).toBeNull();
    expect(codes).toContain('MISSING_SIGNER');
  });
});

describe('a name of a two-letter family name at a recipient line\'s end', () => {
  const BLOCK = 'Nơi nhận:                              TM. CHÍNH PHỦ\n- Ban Bí thư;                          KT. THỦ TƯỚNG\n- Văn phòng Chính phủ;                PHÓ THỦ TƯỚNG\n';
  it.each([
    ['- Kiểm toán nhà nước; Lê Văn Thành', 'Lê Văn Thành'],
    ['- Kiểm toán nhà nước; Hà Công Tuấn', 'Hà Công Tuấn'],
    ['- Kiểm toán nhà nước; Vũ Đức Đam', 'Vũ Đức Đam'],
  ])('%#: %s → %s', (line, name) => {
    expect(signer(BODY + BLOCK + line + '\n- Lưu: VT.', false).value.name).toBe(name);
  });

  it.each([
    // "Tự" folds like the family name Từ but is not spelt so: a scrap or a misread word, no name.
    '- Kiểm toán nhà nước; Tự Đức Đam',
    // A capital scrap before two words that are no name.
    '- Kiểm toán nhà nước; Ô Đức Đam',
  ])('%#: %s has no signer', (line) => {
    expect(signer(BODY + BLOCK + line + '\n- Lưu: VT.', false).value.name).toBeNull();
  });
});
