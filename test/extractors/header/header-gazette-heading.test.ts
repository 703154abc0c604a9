// An older text as the official gazette and the law portals print it: no header table, one block in
// capitals on top naming the type, its body, the number and the date, then the trích yếu
// ("CHỈ THỊ / CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT / NGÀY 30 THÁNG 12 NĂM 2008 / VỀ …").
// The body after "CỦA" is the issuer, and the line after the date the title.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function read(lines: string[]) {
  const h = extractHeader(lines.join('\n'), testContext(), noSigner);
  return { type: h.type, number: h.number, date: h.date, issuer: h.issuer?.name ?? null, level: h.issuer?.level ?? null, title: h.title };
}

describe('a gazette heading', () => {
  it.each([
    {
      lines: ['CHỈ THỊ', '', 'CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT', '', 'NGÀY 30 THÁNG 12 NĂM 2008', '', 'VỀ ĐẨY MẠNH SỬ DỤNG PHẦN MỀM MÃ NGUỒN MỞ TRONG HOẠT ĐỘNG CỦA CƠ QUAN, TỔ CHỨC NHÀ NƯỚC', '', 'Thực hiện Quyết định số 235/2004/QĐ-TTg ngày 02 tháng 3 năm 2004 của Thủ tướng Chính phủ, Bộ trưởng Bộ Thông tin và Truyền thông chỉ thị:'],
      type: 'Chỉ thị', number: '07/2008/CT-BTTTT', date: '2008-12-30', issuer: 'bo thong tin va truyen thong', title: 'về đẩy mạnh sử dụng phần mềm mã nguồn mở trong hoạt động của cơ quan, tổ chức nhà nước',
    },
    {
      lines: ['THÔNG TƯ', '', 'CỦA BỘ TÀI CHÍNH SỐ 52/2008/TT-BTC', '', 'NGÀY 23 THÁNG 6 NĂM 2008', '', 'HƯỚNG DẪN CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI CÁC ĐƠN VỊ SỰ NGHIỆP', '', 'Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002;'],
      type: 'Thông tư', number: '52/2008/TT-BTC', date: '2008-06-23', issuer: 'bo tai chinh', title: 'hướng dẫn chế độ quản lý tài chính đối với các đơn vị sự nghiệp',
    },
    {
      lines: ['QUYẾT ĐỊNH', '', 'CỦA BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO SỐ 40/2006/QĐ-BGDĐT', '', 'NGÀY 05 THÁNG 10 NĂM 2006', '', 'BAN HÀNH QUY CHẾ ĐÁNH GIÁ, XẾP LOẠI HỌC SINH', '', 'BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO', '', 'Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05 tháng 11 năm 2002 của Chính phủ;', '', 'QUYẾT ĐỊNH:', '', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế.'],
      type: 'Quyết định', number: '40/2006/QĐ-BGDĐT', date: '2006-10-05', issuer: 'bo giao duc va dao tao', title: 'ban hành quy chế đánh giá, xếp loại học sinh',
    },
  ])('$type $number: issuer, number, date and title', ({ lines, type, number, date, issuer, title }) => {
    const h = read(lines);
    expect(h.type).toBe(type);
    expect(h.number).toBe(number);
    expect(h.date).toBe(date);
    expect(h.issuer ? foldLower(h.issuer) : null).toBe(issuer);
    expect(h.level).toBe('central');
    expect(h.title?.toLowerCase()).toBe(title);
  });

  it('a heading in capitals that names no number under it is not one (a citation in running capitals)', () => {
    const h = read(['UBND TỈNH BÌNH DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND Thủ Dầu Một, ngày 05 tháng 3 năm 2024', '', 'KẾ HOẠCH', 'Triển khai thực hiện Chỉ thị số 07/CT-TTg', '', 'Căn cứ Chỉ thị số 07/CT-TTg ngày 01/02/2024 của Thủ tướng Chính phủ;']);
    expect(h.type).toBe('Kế hoạch');
    expect(h.number).toBe('12/KH-UBND');
  });
});

function foldLower(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
