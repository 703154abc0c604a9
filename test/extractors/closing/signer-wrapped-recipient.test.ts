// A ward's notice signed in two columns: the recipients' list on the left runs down beside the
// signature, one recipient wraps onto a second line, and the signer's name stands at the right of
// that second line; the gap between the columns is collapsed to one space, as the normaliser leaves
// it (the closing of a real ward's notice as pdftotext read it, its wrapped lines rejoined).
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const CLOSING = [
  'Ủy ban nhân dân phường Cam Đường xin trân trọng thông báo./.',
  'Nơi nhận: TM. ỦY BAN NHÂN DÂN',
  '- UBND tỉnh Lào Cai (B/c); CHỦ TỊCH',
  '- Sở Công Thương;',
  '- Các phòng: Kinh tế, Hạ tầng; Văn hóa - Xã hội (đăng tải trên cổng thông tin điện tử phường);',
  '- Trung tâm Dịch vụ tổng hợp phường (đăng tải thông báo này trên các phương tiện thông tin truyền',
  'thông của địa phương); Nguyễn Xuân Nhẫn',
  '- Lưu: VT, KTHT.',
].join('\n');

describe("the signer's name after a wrapped recipient's closing semicolon", () => {
  it('is the signer under the block above', () => {
    expect(extractSigner(CLOSING, testContext())).toMatchObject({ name: 'Nguyễn Xuân Nhẫn', title: 'CHỦ TỊCH', authority: 'TM.' });
  });

  it.each([
    // The item closed on its own line: the next line opens nothing the recipients carry on.
    ['a closed item before a line of the body', CLOSING.replace('thông tin truyền\n', 'thông tin truyền;\n')],
    // Words after the semicolon that are no name stay the recipient's.
    ['no name after the semicolon', CLOSING.replace('Nguyễn Xuân Nhẫn', 'Sở Tài Chính')],
  ])('%s: no signer', (_what, text) => {
    expect(extractSigner(text, testContext()).name).toBeNull();
  });
});
