// A công văn's "V/v" subject as `pdftotext -layout` writes it: its lines centred in the cell under the
// number, so a line of it may open with a wide indent. The indented line is the subject's; a
// salutation or a second column on such a line is not.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../extractors/index.js';
import { testContext } from '../context.js';

const HEAD = 'ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n      TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n\n      Số: 8129 /UBND-KT Lào Cai, ngày 10 tháng 8 năm 2026\n';
const BODY = '\n      Ủy ban nhân dân tỉnh nhận được Văn bản số 28/CV-ĐĐT ngày 04/8/2026.\n';

function title(subject: string): string | null | undefined {
  return extractPlan(HEAD + subject + BODY, testContext(), [], { ocr: false }).document?.title;
}

describe('a V/v subject line opening with a wide indent', () => {
  it.each([
    ['a centred last line', 'V/v kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH\n           Đại Đồng Tiến\n\n                       Kính gửi: Sở Công Thương.', 'V/v kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH Đại Đồng Tiến'],
    ['a centred line naming a body', 'V/v góp ý dự thảo Quy chế phối hợp với\n        Ban Quản lý các khu công nghiệp\n\n                       Kính gửi: Sở Xây dựng.', 'V/v góp ý dự thảo Quy chế phối hợp với Ban Quản lý các khu công nghiệp'],
    // As before: the salutation right under the subject, and a blank line, end it.
    ['the salutation indented right under it', 'V/v kiểm tra các nội dung kiến nghị\n                       Kính gửi: Sở Công Thương.', 'V/v kiểm tra các nội dung kiến nghị'],
    ['a blank line, then an indented line', 'V/v kiểm tra các nội dung kiến nghị\n\n           Đại Đồng Tiến', 'V/v kiểm tra các nội dung kiến nghị'],
  ])('%s', (_name, subject, expected) => {
    expect(title(subject)).toBe(expected);
  });
});
