// A signature cell a web copy ran into one line, the name split off after it (pipe-row copies of
// thuvienphapluat pages, heldout-fresh12 and heldout-fresh31): the authority, the office signed
// for and the signer's own title on one line. The signer's title is the last office named after
// the innermost authority, and that authority is the one recorded.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Quyết định này có hiệu lực kể từ ngày ký./.\n\n';

describe('a signature block run into one line', () => {
  it.each([
    ['| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương |\n|---|---|', 'Hoàng Việt Phương', 'PHÓ CHỦ TỊCH', 'KT.'],
    ['| Nơi nhận: - Như Điều 3; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Huy Tưởng |\n|---|---|', 'Nguyễn Huy Tưởng', 'PHÓ CHỦ TỊCH', 'KT.'],
    ['| Nơi nhận: - Như trên; - Lưu: VT, QLN. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam |\n|---|---|', 'Nguyễn Trần Nam', 'THỨ TRƯỞNG', 'KT.'],
    ['| Nơi nhận: - Như trên; - Lưu: VT, CS. | TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ |\n|---|---|', 'Ngô Văn Độ', 'PHÓ VỤ TRƯỞNG', 'KT.'],
    ['| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình |\n|---|---|', 'Trần Văn Bình', 'CHỦ TỊCH', 'TM.'],
  ])('%#', (block, name, title, authority) => {
    expect(extractSigner(BODY + block, testContext())).toMatchObject({ name, title, authority });
  });

  // The block on lines of its own, or one office after the authority: read as before.
  it.each([
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình', 'PHÓ CHỦ TỊCH', 'KT.'],
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình', 'CHỦ TỊCH', 'TM.'],
    ['| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH UBND QUẬN Trần Văn Bình |\n|---|---|', 'CHỦ TỊCH UBND QUẬN', 'KT.'],
  ])('%#: unchanged', (block, title, authority) => {
    expect(extractSigner(BODY + block, testContext())).toMatchObject({ name: 'Trần Văn Bình', title, authority });
  });
});
