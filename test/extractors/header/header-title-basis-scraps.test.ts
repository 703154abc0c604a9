// A scanned decision whose "Căn cứ …" line OCR read with scraps before it (a received stamp's edge,
// a rule: "'——— Căn cứ …"): the trích yếu ends before it all the same (header-type.ts LEADING_MARKS).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const decision = (basis: string) => [
  'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 09/2025/QĐ-TTg Hà Nội, ngày 14 tháng 4 năm 2025',
  'QUYẾT ĐỊNH',
  'Sửa đổi, bổ sung Quyết định số 20/2020/QĐ-TTg ngày 22 tháng 7 năm 2020',
  'về mã định danh điện tử của các cơ quan,',
  basis,
  'Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;',
];

describe('a basis line with scraps before it ends the trích yếu', () => {
  it.each([
    ['dashes and a quote', "'——— Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"],
    ['an en dash and dots', '.. – Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'],
    ['a tilde', '~ Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'],
    ['nothing (as before)', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'],
  ])('%s', (_how, basis) => {
    expect(headerOf(decision(basis)).title).toBe('Sửa đổi, bổ sung Quyết định số 20/2020/QĐ-TTg ngày 22 tháng 7 năm 2020 về mã định danh điện tử của các cơ quan,');
  });
});
