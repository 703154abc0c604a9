// Signature blocks of real documents (heldout-fresh5): a web copy's "[đã ký]" between the title
// and the name, and a steering committee's block "T.M BAN CHỈ ĐẠO / CƠ QUAN THƯỜNG TRỰC / name /
// the office under the name".
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Các cơ quan, đơn vị căn cứ thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n';

describe('signature blocks with office lines and notes', () => {
  it.each([
    ['TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n[đã ký]\nNguyễn Hòa Bình', 'Nguyễn Hòa Bình', 'PHÓ THỦ TƯỚNG', 'KT.'],
    ['TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n[Đã ký]\nPhạm Minh Chính', 'Phạm Minh Chính', 'THỦ TƯỚNG', 'TM.'],
    ['T.M BAN CHỈ ĐAO\n\nCƠ QUAN THƯỜNG TRỰC\n\nPhan Tấn Linh\n\nGIÁM ĐỐC SỞ TT&TT', 'Phan Tấn Linh', 'CƠ QUAN THƯỜNG TRỰC', 'TM.'],
    ['K.T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nBùi Đắc Thế', 'Bùi Đắc Thế', 'PHÓ GIÁM ĐỐC', 'KT.'],
  ])('%#: the person is the signer', (block, name, title, authority) => {
    const ctx = testContext();
    expect(extractSigner(BODY + block, ctx)).toMatchObject({ name, title, authority });
    expect(ctx.codes()).not.toContain('MISSING_SIGNER');
  });

  it('an office line is never read as a name ("Quan" is a family name)', () => {
    const ctx = testContext();
    expect(extractSigner(`${BODY}TM. BAN CHỈ ĐẠO\nCƠ QUAN THƯỜNG TRỰC`, ctx).name).toBeNull();
  });

  it('a name in mixed case that folds to an office’s words is a name ("Lê Cơ Quân")', () => {
    expect(extractSigner(`${BODY}TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Cơ Quân`, testContext()).name).toBe('Lê Cơ Quân');
  });
});
