// A typed statement or draft signs with the office in normal case on its own line over the name
// ("Người khai" / "Trưởng Ban Quản lý các KCN" / "Nguyễn Anh Quyền"), where a signed document sets it
// in capitals: the line right above the name is the signer's title. A role word above it ("Người
// khai") and any sentence of the body stay out of the block.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Ban Quản lý các khu công nghiệp tỉnh Bắc Giang bác bỏ đơn khởi kiện của Công ty cổ phần Transimex Sài Gòn-Hữu Nghị.';

function signer(closing: string[]) {
  return extractSigner([BODY, '', ...closing].join('\n'), testContext());
}

describe('an office title in normal case over the name', () => {
  it.each([
    [['Người khai', '', 'Trưởng Ban Quản lý các KCN', '', '', 'Nguyễn Anh Quyền'], 'Nguyễn Anh Quyền', 'Trưởng Ban Quản lý các KCN'],
    [['Giám đốc', '', '', 'Trần Văn Bình'], 'Trần Văn Bình', 'Giám đốc'],
    [['Phó Chủ tịch', '', 'Lê Thị Hoa'], 'Lê Thị Hoa', 'Phó Chủ tịch'],
    [['Hiệu trưởng', 'Phạm Minh Tuấn'], 'Phạm Minh Tuấn', 'Hiệu trưởng'],
  ])('%j', (closing, name, title) => {
    const s = signer(closing);
    expect(s.name).toBe(name);
    expect(s.title).toBe(title);
  });

  it.each([
    // a sentence naming an office, closed by its stop, is no title
    [['Giám đốc Sở có ý kiến chỉ đạo.', '', 'Trần Văn Bình']],
    // a long line of the body opening on an office
    [['Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn triển khai thực hiện', 'Trần Văn Bình']],
    // a member list's rows, each ending with the member's role (heldout-fresh9-scans s08 took the second member)
    [['1. Ông Trần Công Luận\tHiệu trưởng\tTrưởng ban', '2. Ông Nguyễn Ngọc Minh\tPhó Hiệu trưởng\tPhó Trưởng ban']],
  ])('%j: no signer', (closing) => {
    expect(signer(closing).name).toBeNull();
  });
});
