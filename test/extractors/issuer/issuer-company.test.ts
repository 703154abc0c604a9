// A company's decision names the company in its block ("CÔNG TY CP ĐẦU TƯ XÂY DỰNG / HẠ TẦNG VÀ
// GIAO THÔNG"), its legal form abbreviated: the company is the issuer, its form spelt out as its
// name is written in full, with no state level (heldout-fresh26-scans a06 had no issuer at all).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (block: string[], place = 'Hà Nội') =>
  headerOf([...block, 'Số: 89 /2026/QĐ-CT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', `${place}, ngày 08 tháng 5 năm 2026`, 'QUYẾT ĐỊNH', 'Phê duyệt thiết kế bản vẽ thi công']);

describe('a company\'s block', () => {
  it.each([
    [['CÔNG TY CP ĐẦU TƯ XÂY DỰNG', 'HẠ TẦNG VÀ GIAO THÔNG'], 'công ty cổ phần đầu tư xây dựng hạ tầng và giao thông'],
    [['CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG', 'HẠ TẦNG VÀ GIAO THÔNG'], 'công ty cổ phần đầu tư xây dựng hạ tầng và giao thông'],
    [['CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT'], 'công ty trách nhiệm hữu hạn một thành viên xổ số kiến thiết'],
  ])('%j names the company, its form spelt out, with no level', (block, name) => {
    const doc = header(block);
    expect(doc.issuer.name?.toLocaleLowerCase('vi')).toBe(name);
    expect(doc.issuer.level).toBeNull();
    expect(doc.number).toBe('89/2026/QĐ-CT');
  });

  it.each([
    [['CÔNG TY TNHH MTV KHAI THÁC', 'CÔNG TRÌNH THỦY LỢI TỈNH THÁI BÌNH'], 'công ty trách nhiệm hữu hạn một thành viên khai thác công trình thủy lợi tỉnh thái bình'],
    [['CÔNG TY ĐIỆN LỰC', 'TỈNH THÁI BÌNH'], 'công ty điện lực tỉnh thái bình'],
    [['CÔNG TY CP CẤP THOÁT NƯỚC TỈNH THÁI BÌNH'], 'công ty cổ phần cấp thoát nước tỉnh thái bình'],
  ])('%j: a province in the name (wrapped or not) is part of it, one body, no state level', (block, name) => {
    const doc = header(block, 'Thái Bình');
    expect(doc.issuer.name?.toLocaleLowerCase('vi')).toBe(name);
    expect(doc.issuer.level).toBeNull();
    expect(doc.issuer.parent).toBeNull();
  });

  it("a company's branch under it, named for its district, is a body of its own", () => {
    const doc = header(['CÔNG TY ĐIỆN LỰC THÁI BÌNH', 'CHI NHÁNH HUYỆN KIẾN XƯƠNG'], 'Thái Bình');
    expect(doc.issuer.name?.toLocaleLowerCase('vi')).toBe('chi nhánh huyện kiến xương');
    expect(doc.issuer.parent?.toLocaleLowerCase('vi')).toBe('công ty điện lực thái bình');
  });

  it('a company under its corporation issues in its own name, the corporation its parent', () => {
    const doc = header(['TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC', 'CÔNG TY ĐIỆN LỰC THANH HÓA'], 'Thanh Hóa');
    expect(doc.issuer.name?.toLocaleLowerCase('vi')).toBe('công ty điện lực thanh hóa');
    expect(doc.issuer.parent?.toLocaleLowerCase('vi')).toBe('tổng công ty điện lực miền bắc');
  });

  it('"công ty" inside a sentence of the body opens no issuer block', () => {
    const doc = header(['ỦY BAN NHÂN DÂN', 'TỈNH THANH HÓA'], 'Thanh Hóa');
    expect(doc.issuer.name).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
  });
});
