// OCR text layers cut a signer's name or title apart: a name word after its capital
// ("Đào M inh Tú"), a title set with wide tracking ("T H Ố N G ĐỐ C", joined by the normaliser
// before the signer is read).
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { withCapitalRejoined } from '../../../extractors/closing/name-line.js';
import { joinLetterSpacedWords } from '../../../normalizers/letter-spacing.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { testContext } from '../context.js';

const BODY = 'Thông tư này có hiệu lực kể từ ngày 01 tháng 7 năm 2024.\n';
const RECIPIENTS = ' Nơi nhận:\n - Như Điều 3;\n - Lưu: VT.\n';

function signerOf(text: string) {
  return extractSigner(joinLetterSpacedWords(text), testContext());
}

const cell = (text: string) => ({ text, folded: foldVietnamese(text), start: 0, end: text.length, line: 0 });

describe('withCapitalRejoined', () => {
  it.each([
    ['Đào M inh Tú', 'Đào Minh Tú'],
    ['Nguyễn Văn H ùng', 'Nguyễn Văn Hùng'],
    ['Lê T hị Hoa', 'Lê Thị Hoa'],
  ])('%j → %j', (read, name) => {
    expect(withCapitalRejoined(cell(read))?.text).toBe(name);
  });

  it.each([
    ['a name as printed', 'Trần Văn Bình'],
    ['a lone initial before a name word that is no syllable with it', 'Nguyễn A xyz'],
    ['a capital before a capitalised word', 'Phạm V Anh'],
  ])('leaves %s', (_what, read) => {
    expect(withCapitalRejoined(cell(read))).toBeNull();
  });
});

describe('the signer of an OCR text layer', () => {
  it.each([
    [`${BODY}${RECIPIENTS.replace('Nơi nhận:', 'Nơi nhận:        KT. T H Ố N G ĐỐ C').replace('Như Điều 3;', 'Như Điều 3;        PH Ó T H Ố N G ĐỐ C')}\n\n     Đào M inh Tú\n`, 'Đào Minh Tú', 'PHÓ THỐNG ĐỐC', 'KT.'],
    [`${BODY}${RECIPIENTS}\n        TM. ỦY BAN NHÂN DÂN\n        C H Ủ T Ị C H\n\n\n        Lê V ăn Nam\n`, 'Lê Văn Nam', 'CHỦ TỊCH', 'TM.'],
    [`${BODY}${RECIPIENTS}\n        G I Á M Đ Ố C\n\n        Hoàng Thị Mai\n`, 'Hoàng Thị Mai', 'GIÁM ĐỐC', null],
  ])('block %#', (text, name, title, authority) => {
    expect(signerOf(text)).toMatchObject({ name, title, authority });
  });
});
