// The recipients' bracket note read into the signature column between title and name, and
// strokes read as a syllable before a name: texts as the OCR layout gives them on real scans.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Văn phòng UBND Thành phố thông báo để các đơn vị liên quan biết, tổ chức thực hiện./.\n\n';
const RECIPIENTS = 'Nơi nhận:\n- Như trên;\n- UBND Thành phố;\n- Lưu: VT.\n';

function signer(text: string) {
  const ctx = testContext();
  return { value: extractSigner(text, ctx), codes: ctx.codes() };
}

describe('a bracket note of the recipients between the title and the name', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Để phối hợp thực hiện)\nĐào Thị Thu Hằng', 'Đào Thị Thu Hằng', 'CHỦ TỊCH', 'TM.'],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đề phối hợp ng đực hiện)\nĐào Thị Thu Hắng', 'Đào Thị Thu Hắng', 'CHỦ TỊCH', 'TM.'],
    ['KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(Để b/c)\nVõ Tuấn Anh', 'Võ Tuấn Anh', 'PHÓ CHÁNH VĂN PHÒNG', 'KT.'],
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(để b/c)\nVũ Xuân Tùng', 'Vũ Xuân Tùng', 'PHÓ GIÁM ĐỐC', 'KT.'],
    // Cut by the seal: the bracket never closes.
    ['KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(Dễ ca\nVõ Tuấn Anh', 'Võ Tuấn Anh', 'PHÓ CHÁNH VĂN PHÒNG', 'KT.'],
  ])('%#: the name under the note is the signer', (block, name, title, authority) => {
    const { value, codes } = signer(BODY + RECIPIENTS + '\n' + block);
    expect(value).toMatchObject({ name, title, authority });
    expect(codes).not.toContain('MISSING_SIGNER');
  });

  it.each([
    // A bracket opening a sentence or a title is no note: nothing there to sign.
    ['(Để phối hợp thực hiện)\nĐào Thị Thu Hằng'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND)\nNguyễn Văn An'],
  ])('%#: a note without a title above it gives no signer', (block) => {
    const { value, codes } = signer(BODY + block);
    expect(value.name).toBeNull();
    expect(codes).toContain('MISSING_SIGNER');
  });
});

describe('strokes read as syllables before the name', () => {
  it.each([
    ['Ty Hà Tho Võ Tuấn Anh', 'Võ Tuấn Anh'],
    ['Ty Hà Tho Nguyễn Anh Đức', 'Nguyễn Anh Đức'],
  ])('%s → %s', (line, name) => {
    expect(signer(BODY + RECIPIENTS + '\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n' + line).value.name).toBe(name);
  });
});
