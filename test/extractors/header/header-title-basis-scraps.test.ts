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

// A quotation mark alone before a line is the opening of a quoted name the title goes on with.
describe('a title going on with a quoted name', () => {
  const plan = (lines: string[]) => [
    'ỦY BAN NHÂN DÂN XÃ AN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 45/KH-UBND An Bình, ngày 10 tháng 3 năm 2025',
    'KẾ HOẠCH',
    ...lines,
    'I. MỤC ĐÍCH, YÊU CẦU',
  ];
  it.each([
    [['Tổ chức Cuộc thi', '“Thực hiện nếp sống văn minh đô thị” năm 2025'], 'Tổ chức Cuộc thi “Thực hiện nếp sống văn minh đô thị” năm 2025'],
    [['Tổ chức Hội thi', '“Để mỗi ngày là một ngày an toàn giao thông”'], 'Tổ chức Hội thi “Để mỗi ngày là một ngày an toàn giao thông”'],
    [['Triển khai phong trào thi đua', '"Thực hiện văn hóa công sở" năm 2025'], 'Triển khai phong trào thi đua "Thực hiện văn hóa công sở" năm 2025'],
  ])('%j', (lines, title) => {
    expect(headerOf(plan(lines)).title).toBe(title);
  });
});
