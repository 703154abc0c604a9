// A registration sent up by a unit ("BẢNG ĐĂNG KÝ / Xây dựng “Tuyến đường văn minh đô thị” …",
// heldout-fresh27-scans a05) is a document of its own type, with no number and no Phụ lục III code.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const form = (heading: string) =>
  `QUẬN ĐOÀN NGŨ HÀNH SƠN\nBCH ĐOÀN PHƯỜNG MỸ AN\nĐOÀN TNCS HỒ CHÍ MINH\nMỹ An, ngày 05 tháng 3 năm 2019\n${heading}\nXây dựng “Tuyến đường văn minh đô thị”\nDo Đoàn Thanh niên quản lý năm 2019\nKính gửi: Ban thường vụ Quận Đoàn Ngũ Hành Sơn\n`;

describe('a registration form is typed by its heading', () => {
  it.each([
    ['BẢNG ĐĂNG KÝ', 'Bảng đăng ký'],
    ['BẢN ĐĂNG KÝ', 'Bản đăng ký'],
  ])('%s', (heading, type) => {
    const h = headerOf(form(heading));
    expect(h.type).toBe(type);
    expect(h.typeCode).toBeNull();
    expect(h.title).toBe('Xây dựng “Tuyến đường văn minh đô thị” Do Đoàn Thanh niên quản lý năm 2019');
  });
});
