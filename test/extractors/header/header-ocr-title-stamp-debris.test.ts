// A receiving office's "ĐẾN" stamp (or a portal's box) printed beside a công văn's subject, read by
// an engine into it: its first line alone between the subject's lines, its next glued right of the
// subject's next line, then its handwritten fields; or its number glued before a trích yếu's "Về".
// The subject is read without them, from OCR text only (ocr-title-debris.ts).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const letter = (subject: readonly string[]) => [
  'TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỤC HẢI QUAN TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc',
  'Số: 2408/HQBD-GSQL Bình Dương, ngày 24 tháng 10 năm 2022',
  '',
  ...subject,
  '',
  'Kính gửi: Công ty TNHH Minh Phát.',
  '',
  'Trả lời công văn số 01/CV ngày 12/10/2022 của Công ty, Cục Hải quan có ý kiến như sau:',
];

const heading = (lines: readonly string[]) => [
  'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/CT-TTg Hà Nội, ngày 4 tháng 3 năm 2020',
  '',
  'CHỈ THỊ',
  '',
  ...lines,
  '',
  'Với sự vào cuộc quyết liệt của cả hệ thống chính trị, công tác phòng, chống dịch đã đạt được kết quả.',
];

describe("a stamp read into a công văn's subject (OCR)", () => {
  it.each([
    [
      'the stamp\'s first line between the lines, its next glued right, its fields after',
      ['V/v áp dụng thuế suất nhập khẩu ưu đãi', '', 'CỤC HẢI QU', 'đặc biệt đối với hàng hóa NK tại chỗ AN TP. HCM', '', '$62. A BS Toon', 'Ngay:. 0X2 4'],
      'V/v áp dụng thuế suất nhập khẩu ưu đãi đặc biệt đối với hàng hóa NK tại chỗ',
    ],
    ['a field label opening a line under the subject', ['V/v kiến nghị của Công ty TNHH', 'Xay Lúa Mì Việt Nam', 'Ngày: 04/03/2019.'], 'V/v kiến nghị của Công ty TNHH Xay Lúa Mì Việt Nam'],
    ['a portal\'s stamp line read with a small letter or two', ['V/v hướng dẫn hoàn thuế tiêu thụ', 'đặc biệt đối với xăng E5', 'Cole THỘNG TA BIỆN TỰ CNH PHD'], 'V/v hướng dẫn hoàn thuế tiêu thụ đặc biệt đối với xăng E5'],
    ['the salutation\'s "Kính" with its "gửi:" lost', ['V/v: chính sách thuế Kinh'], 'V/v: chính sách thuế'],
    ['the salutation\'s "Kính" alone on its line', ['Về việc thanh toán tiền lương cho những ngày nghỉ', 'từ năm 2021', 'Kinh', '- Liên đoàn Lao động thành phố Thủ Đức'], 'Về việc thanh toán tiền lương cho những ngày nghỉ từ năm 2021'],
    ['a stamp\'s "Ngày:" after its scraps', ['V/v kiến nghị của Công ty TNHH', 'Xay Lúa Mì Việt Nam', 'N ic: tetas ! Ngày: 04/03/2019.'], 'V/v kiến nghị của Công ty TNHH Xay Lúa Mì Việt Nam'],
    ['a line opening with a symbol', ['V/v mở tờ khai XNKTC', '$62. A BS Toon'], 'V/v mở tờ khai XNKTC'],
    [
      'the salutation misread past its words, a body after its colon',
      ['V/v nhận hồ sơ xét trao học bổng', 'năm học 2014 - 2015', 'Sinh trị: Ban Chấp hành Liên chi Đoàn Khoa', 'Ban chấp hành Chi Đoàn'],
      'V/v nhận hồ sơ xét trao học bổng năm học 2014 - 2015',
    ],
    [
      'the salutation misread alone on its line, the addressees listed under it',
      ['V/v: khai thuế chuyển nhượng quyền', 'lợi tham gia hợp đồng dầu khí', 'Khu cai:', '- Công ty ConocoPhillips (U.K.) Limited;', '- Công ty Perenco Overseas Holding Limited.'],
      'V/v: khai thuế chuyển nhượng quyền lợi tham gia hợp đồng dầu khí',
    ],
  ])('%s', (_how, subject, title) => {
    expect(headerOf(letter(subject)).title).toBe(title);
  });

  it.each([
    // Capitals in a subject's line that no stamp line stood above are the subject's own.
    ['abbreviations closing a line', ['V/v thay đổi chính sách thu BHXH, BHYT', 'và BH thất nghiệp từ năm 2015'], 'V/v thay đổi chính sách thu BHXH, BHYT và BH thất nghiệp từ năm 2015'],
    ['an abbreviation wrapped alone under the subject', ['V/v sửa đổi đối tượng được lùi đóng', 'KPCĐ'], 'V/v sửa đổi đối tượng được lùi đóng KPCĐ'],
    ['a line opening with a figure', ['V/v thông báo kết quả kiểm tra', '2 tháng đầu năm 2022'], 'V/v thông báo kết quả kiểm tra 2 tháng đầu năm 2022'],
    ['a wrapped line with a label and a colon, no body after it', ['V/v hướng dẫn thực hiện chế độ', 'báo cáo: định kỳ hằng tháng'], 'V/v hướng dẫn thực hiện chế độ báo cáo: định kỳ hằng tháng'],
  ])('keeps %s', (_how, subject, title) => {
    expect(headerOf(letter(subject)).title).toBe(title);
  });

  it('typed text keeps what was typed', () => {
    const subject = ['V/v áp dụng thuế suất nhập khẩu ưu đãi', 'CỤC HẢI QU', 'đặc biệt đối với hàng hóa NK tại chỗ AN TP. HCM'];
    expect(headerOf(letter(subject), false).title).toBe('V/v áp dụng thuế suất nhập khẩu ưu đãi CỤC HẢI QU đặc biệt đối với hàng hóa NK tại chỗ AN TP. HCM');
  });
});

describe("a stamp's figures read before the trích yếu (OCR)", () => {
  it.each([
    ['a stamp\'s number and a stroke', 'Ig-Q612/2G20 -| Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho', 'Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh'],
    ['no scrap', 'Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho', 'Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh'],
  ])('%s', (_how, line, title) => {
    expect(headerOf(heading([line, 'sản xuất kinh doanh'])).title).toBe(title);
  });

  it('a word before "Về" is no scrap', () => {
    expect(headerOf(heading(['Tăng cường Về các nhiệm vụ cấp bách', 'sản xuất kinh doanh'])).title).toBe('Tăng cường Về các nhiệm vụ cấp bách sản xuất kinh doanh');
  });
});

describe('a dump in small letters running the trích yếu into the authority line and the first basis (OCR)', () => {
  const dump = (title: string) =>
    `bộ giáo dục và đào tạo cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc số : 2827/qđ-bgdđt hà nội , ngày 14 tháng 10 năm 2025 QUYẾT ĐỊNH ${title} căn cứ nghị định số 37/2025/nđ-cp ngày 26/02/2025 của chính phủ quy định chức năng nhiệm vụ của bộ giáo dục và đào tạo ; quyết định : điều 1 .`;

  it.each([
    ['a head\'s title and its body', 'về việc công bố thủ tục hành chính nội bộ của bộ giáo dục và đào tạo bộ trưởng bộ giáo dục và đào tạo', 'về việc công bố thủ tục hành chính nội bộ của bộ giáo dục và đào tạo'],
    ['a deciding body', 'về việc ban hành quy chế làm việc ủy ban nhân dân tỉnh hà tĩnh', 'về việc ban hành quy chế làm việc'],
    ['a body the trích yếu names before the head\'s title', 'về việc ban hành quy chế làm việc của ủy ban nhân dân tỉnh chủ tịch ủy ban nhân dân tỉnh', 'về việc ban hành quy chế làm việc của ủy ban nhân dân tỉnh'],
  ])('%s', (_how, read, title) => {
    expect(headerOf(dump(read)).title).toBe(title);
  });
});

describe("a subject's own lines in capitals or opening with a dash are kept (no stamp shows)", () => {
  it.each([
    [['V/v góp ý dự thảo Quy chế phối hợp giữa', 'UBND TỈNH VÀ MTTQ', 'tỉnh Bình Dương'], 'V/v góp ý dự thảo Quy chế phối hợp giữa UBND TỈNH VÀ MTTQ tỉnh Bình Dương'],
    [['V/v chính sách thuế đối với', 'dự án ODA của JICA TẠI VIỆT NAM', 'năm 2022'], 'V/v chính sách thuế đối với dự án ODA của JICA TẠI VIỆT NAM năm 2022'],
    [['V/v hoàn thuế GTGT cho', 'Công ty TNHH ABC VIỆT NAM'], 'V/v hoàn thuế GTGT cho Công ty TNHH ABC VIỆT NAM'],
    [['V/v chính sách thuế TNCN đối với', 'ĐẠI SỨ QUÁN NHẬT BẢN', 'tại Hà Nội'], 'V/v chính sách thuế TNCN đối với ĐẠI SỨ QUÁN NHẬT BẢN tại Hà Nội'],
    [['V/v triển khai Kế hoạch giai đoạn 2021', '- 2025 trên địa bàn tỉnh'], 'V/v triển khai Kế hoạch giai đoạn 2021 - 2025 trên địa bàn tỉnh'],
    [['V/v xử lý hóa đơn', '- có sai sót'], 'V/v xử lý hóa đơn - có sai sót'],
  ])('%j', (subject, title) => {
    expect(headerOf(letter(subject)).title).toBe(title);
  });
});
