// A converter ran a signature cell's lines into one ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ
// TỊCH"), the name on its own line below: the innermost authority signs, the last office is the signer's.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

function signer(block: string[]) {
  const text = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...block].join('\n');
  const { name, title, authority } = extractSigner(text, testContext());
  return { name, title, authority };
}

describe('an authority line run together', () => {
  it.each([
    ['a deputy for the body', ['TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH', '(Đã ký)', 'Nguyễn Văn Phúc'], 'KT.', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Phúc'],
    ['a Youth Union\'s deputy secretary', ['TM. BAN CHẤP HÀNH ĐOÀN XÃ KT. BÍ THƯ PHÓ BÍ THƯ', 'Trần Thị Lan'], 'KT.', 'PHÓ BÍ THƯ', 'Trần Thị Lan'],
    ['the body and its head', ['TM. ỦY BAN NHÂN DÂN THÀNH PHỐ CHỦ TỊCH', 'Lê Văn Hùng'], 'TM.', 'CHỦ TỊCH', 'Lê Văn Hùng'],
    ['a chief of office for the chairman', ['TL. CHỦ TỊCH CHÁNH VĂN PHÒNG', 'Phạm Minh Tuấn'], 'TL.', 'CHÁNH VĂN PHÒNG', 'Phạm Minh Tuấn'],
  ])('%s', (_how, block, authority, title, name) => {
    expect(signer(block)).toEqual({ name, title, authority });
  });

  it.each([
    ['the principal\'s office, the signer\'s below', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Phúc'], 'KT.', 'PHÓ CHỦ TỊCH'],
    ['an office naming its body', ['KT. GIÁM ĐỐC SỞ', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Nam'], 'KT.', 'PHÓ GIÁM ĐỐC'],
    ['the body alone, its head below', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Hùng'], 'TM.', 'CHỦ TỊCH'],
  ])('as before: %s', (_how, block, authority, title) => {
    expect(signer(block)).toMatchObject({ title, authority });
  });
});
