// Two trích yếu the heading alone does not give (heldout-fresh29-scans). A biên bản's heading may
// carry a word or two qualifying it ("BIÊN BẢN KIỂM TRA") with its subject printed in normal case
// under it ("Thực tế kho bảo quản …"): the subject goes on from the qualifier. A "PHIẾU TRÌNH GIẢI
// QUYẾT CÔNG VIỆC" names the form on its heading; what it is about is the labelled "Nội dung trình:".
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const MOTTO = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';

describe('a qualifier on the heading line goes on into the subject under it', () => {
  it.each([
    ['a biên bản', `${MOTTO}BIÊN BẢN KIỂM TRA\nThực tế kho bảo quản vật liệu nổ công nghiệp\nTrên cơ sở đề nghị của Công ty cổ phần Mông Sơn tại Văn bản số 12/CV-MS ngày 25/06/2026 về việc báo cáo kết quả khắc phục.\nHôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra:\n`, 'KIỂM TRA Thực tế kho bảo quản vật liệu nổ công nghiệp'],
    ['a subject of several lines', `${MOTTO}BIÊN BẢN KIỂM TRA\nCông tác nghiệm thu về phòng cháy chữa cháy và hoàn thành công\ntrình xây dựng kho chứa vật liệu nổ công nghiệp\nHôm nay, ngày 31 tháng 03 năm 2026 Sở Công Thương tỉnh Lào Cai tiến hành kiểm tra:\n`, 'KIỂM TRA Công tác nghiệm thu về phòng cháy chữa cháy và hoàn thành công trình xây dựng kho chứa vật liệu nổ công nghiệp'],
  ])('%s', (_name, text, title) => {
    expect(headerOf(text).title).toBe(title);
  });

  it.each([
    ['the body under a heading with no qualifier', `ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\n${MOTTO}An Bình, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nTHI ĐUA KHEN THƯỞNG NĂM 2024\nỦy ban nhân dân xã xây dựng kế hoạch như sau:\n`, 'THI ĐUA KHEN THƯỞNG NĂM 2024'],
    ['a long subject in capitals on the heading line', `ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\n${MOTTO}An Bình, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH THI ĐUA KHEN THƯỞNG NĂM 2024\nỦy ban nhân dân xã xây dựng kế hoạch như sau:\n`, 'THI ĐUA KHEN THƯỞNG NĂM 2024'],
  ])('not %s', (_name, text, title) => {
    expect(headerOf(text).title).toBe(title);
  });

  it('not an article under a heading with a qualifier', () => {
    expect(headerOf(`${MOTTO}QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định về công tác thi đua.\n`).title ?? '').not.toMatch(/Điều/);
  });

  it('not the body opening under a qualifier', () => {
    expect(headerOf(`${MOTTO}BIÊN BẢN HỌP\nHôm nay, ngày 05/4/2025, tại trụ sở Ủy ban nhân dân xã, chúng tôi gồm:\n`).title ?? '').not.toMatch(/Hôm nay/);
  });
});

describe("a submission form's subject is its labelled paragraph", () => {
  const form = (subject: string) =>
    `SỞ CÔNG THƯƠNG\nPHÒNG QLCN\n${MOTTO}PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\nKính gửi: Lãnh đạo Sở Công Thương\n${subject}\nHọ và tên chuyên viên trình: Vũ Việt Linh\nPhòng chuyên môn: Phòng Quản lý Công nghiệp\n`;

  it.each([
    ['on one line', 'Nội dung trình: Kết quả thẩm định Phương án nổ mìn lộ thiên tại mỏ đá bản Mỏ Đá, xã Xuân Hòa.', 'Kết quả thẩm định Phương án nổ mìn lộ thiên tại mỏ đá bản Mỏ Đá, xã Xuân Hòa'],
    ['over lines, up to the next label', 'Nội dung trình: Kết quả thẩm định Phương án nổ mìn phục vụ thi công\ncông trình Thủy điện Ngòi Nhù 1A, xã Chiềng Ken, tỉnh Lào Cai\ncủa Công ty Cổ phần Đầu tư phát triển Đô thị và Khu công nghiệp', 'Kết quả thẩm định Phương án nổ mìn phục vụ thi công công trình Thủy điện Ngòi Nhù 1A, xã Chiềng Ken, tỉnh Lào Cai của Công ty Cổ phần Đầu tư phát triển Đô thị và Khu công nghiệp'],
  ])('%s', (_name, subject, title) => {
    const text = form(subject);
    const h = headerOf(text);
    expect(h.title).toBe(title);
    expect(text.slice(h.spans!.title!.start, h.spans!.title!.end).replace(/\s+/g, ' ').replace(/\.$/, '')).toBe(title);
  });

  it('keeps the heading for a form with no labelled subject', () => {
    expect(headerOf(form('Phòng Quản lý Công nghiệp kính trình Lãnh đạo Sở xem xét.')).title).toBe('GIẢI QUYẾT CÔNG VIỆC');
  });
});
