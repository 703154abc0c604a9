// A web copy that kept one line per table row runs the signature cell into one line after the
// recipients, the annexed plan's heading after the name (heldout-fresh29 t01–t03).
import { describe, expect, it } from 'vitest';
import { runOnSigner } from '../../../extractors/closing/run-on-signer.js';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { withFamilyNameSpelled } from '../../../extractors/closing/person-name.js';
import { testContext } from '../context.js';

const RECIPIENTS = ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, KGVX.'];
const read = (line: string, before: readonly string[] = RECIPIENTS) => runOnSigner([...before, line, 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'), withFamilyNameSpelled);

describe('the signer of a block run into one line after the recipients', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU', 'Nguyễn Hữu Tháp', 'PHÓ CHỦ TỊCH', 'KT.'],
    ['KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP', 'Đinh Trung Tụng', 'THỨ TRƯỞNG', 'KT.'],
    ['BỘ TRƯỞNG Đặng Quốc Khánh CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA NGÀNH TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Đặng Quốc Khánh', 'BỘ TRƯỞNG', null],
    ['TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Hùng', 'Lê Văn Hùng', 'CHỦ TỊCH', 'TM.'],
    // Offices of a ministry's departments and general departments (the one office list of extractors/shared/offices.ts).
    ['TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ Nguyễn Thanh Tú', 'Nguyễn Thanh Tú', 'VỤ TRƯỞNG', 'TL.'],
    ['KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Cao Anh Tuấn', 'Cao Anh Tuấn', 'PHÓ TỔNG CỤC TRƯỞNG', 'KT.'],
  ])('%s', (line, name, title, authority) => {
    expect(read(line)).toMatchObject({ name, title, authority });
  });

  it.each([
    ['before any recipients list', 'KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH', []],
    ['no office in the capitals', 'HỘI NGHỊ TỔNG KẾT Nguyễn Văn An CHỦ TRÌ', RECIPIENTS],
    ['prose after the name', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An đã ký ban hành', RECIPIENTS],
    ['words in title case that are no name', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ban Thường Vụ TỈNH ỦY', RECIPIENTS],
    // An annex's heading after the list when the document has no block: no authority, no office right before the name.
    ['an annex heading naming staff', 'DANH SÁCH CÁN BỘ Nguyễn Văn An CHỦ TRÌ', RECIPIENTS],
    ['an annex heading naming a board', 'PHỤ LỤC TRƯỞNG BAN CHỈ ĐẠO Nguyễn Văn An', RECIPIENTS],
  ])('none: %s', (_how, line, before) => {
    expect(read(line, before)).toBeNull();
  });

  it('a block on lines of its own is read as before', () => {
    const text = ['Điều 3. Thi hành.', 'Nơi nhận:', '- Lưu: VT.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Văn Hùng', 'KẾ HOẠCH'].join('\n');
    expect(extractSigner(text, testContext())).toMatchObject({ name: 'Nguyễn Văn Hùng', title: 'THỨ TRƯỞNG', authority: 'KT.' });
  });

  it('extractSigner reads the run-on block when no block stands on lines of its own', () => {
    const text = ['Điều 3. Thi hành.', ...RECIPIENTS, 'KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI', 'I. MỤC ĐÍCH'].join('\n');
    expect(extractSigner(text, testContext())).toMatchObject({ name: 'Đinh Trung Tụng', title: 'THỨ TRƯỞNG', authority: 'KT.' });
  });
});
