// A plan that lists its boards' members (numbered rows of name, office and role) before a
// signature page whose title the seal hid from OCR: the rows are no signature block, and no name
// of a member is taken for the signer (rows as OCR read them on a real university plan's scan).
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { isSignatureLine } from '../../../extractors/closing/signature-lines.js';
import { cellsOf } from '../../../extractors/shared/layout.js';
import { testContext } from '../context.js';

const BODY = 'Đề nghị các cá nhân được phân công thực hiện đúng kế hoạch đã đề ra./.\n';
const RECIPIENTS = 'Nơi nhận:\n- HĐT (để b/c);\n- Các đơn vị thuộc trường;\n- Lưu VT,TC-HC.\n';
const ROWS = '5. Ông Huỳnh Thanh Danh\tP.Trưởng P.Đào tạo\tỦy viên\n6. Bà Lê Hoàng Lệ Thủy PGĐPT TTKT&ĐBCLGD Ủy viên\n7. Bà Nguyễn Lê Hoàng Yến\tP. Trưởng K.SHƯD\tỦy viên\n';

function signer(text: string) {
  const ctx = testContext();
  return { value: extractSigner(text, ctx), codes: ctx.codes() };
}

const cell = (text: string) => cellsOf(text)[0]!;

describe('numbered list rows are no signature lines', () => {
  it.each([
    ['6. Bà Lê Hoàng Lệ Thủy PGĐPT TTKT&ĐBCLGD Ủy viên'],
    ['12) ÔNG TRẦN VĂN AN ỦY VIÊN'],
    ['1. CHỦ TỊCH UBND XÃ'],
  ])('%s', (text) => expect(isSignatureLine(cell(text))).toBe(false));

  it.each([['HIỆU TRƯỞNG'], ['KT. CHỦ TỊCH'], ['PHÓ CHỦ TỊCH THƯỜNG TRỰC'], ['TM. ỦY BAN NHÂN DÂN']])('a title stays one: %s', (text) =>
    expect(isSignatureLine(cell(text))).toBe(true),
  );

  it('a member list before a signature page without a readable title gives no signer', () => {
    const { value } = signer('IV. BAN TỔ CHỨC THỰC HIỆN\n' + ROWS + BODY + RECIPIENTS);
    expect(value.name).toBeNull();
  });

  it('the same list above a readable signature block leaves that block the signer', () => {
    const { value } = signer('IV. BAN TỔ CHỨC THỰC HIỆN\n' + ROWS + BODY + RECIPIENTS + 'HIỆU TRƯỞNG\nTrần Công Luận\n');
    expect(value).toMatchObject({ name: 'Trần Công Luận', title: 'HIỆU TRƯỞNG' });
  });
});
