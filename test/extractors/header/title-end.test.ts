// Where a trích yếu ends: not in the authority line under it, nor in the body's first sentence,
// and not at a blank line of a copy that doubles every line break.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const head = 'BỘ TÀI CHÍNH\nSố: 12/QĐ-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2025\n';
const titleOf = (body: string) => headerOf(head + body, false).title;

describe('the trích yếu ends', () => {
  it.each([
    ['before a bold authority line over "*Căn cứ"', '**QUYẾT ĐỊNH**\nVỀ\nVIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ\n**THỦ TƯỚNG CHÍNH PHỦ**\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02\nnăm 2025;*\n', 'VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ'],
    ["before a head's title and body over \"Căn cứ\"", 'THÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC HẢI QUAN\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n', 'VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ'],
    ['in capitals, before the body in small letters', 'THÔNG BÁO\nKẾ HOẠCH TẠM DỪNG\nỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ\nCục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế\ntập trung (TMS) từ 18h00 tối Thứ Bảy\n', 'KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ'],
    ["before the meeting's day", 'THÔNG BÁO\nKết luận của Bộ trưởng tại cuộc họp về\ncông tác quyết toán năm 2024\nNgày 15 tháng 11 năm 2025, tại Trụ sở Bộ, Bộ trưởng\nđã chủ trì cuộc họp\n', 'Kết luận của Bộ trưởng tại cuộc họp về công tác quyết toán năm 2024'],
    ['before the day written in figures', 'NGHỊ QUYẾT\nPhiên họp Tổng kết công tác năm 2014\nvà nhiệm vụ năm 2015 của Quỹ\nNgày 19/01/2014, tại trụ sở Bộ Giao thông vận tải, Bộ trưởng\n', 'Phiên họp Tổng kết công tác năm 2014 và nhiệm vụ năm 2015 của Quỹ'],
    ["before an invitation's first words", 'GIẤY MỜI\nHọp triển khai thu thập thông tin đất đai\nTrân trọng kính mời các ông (bà)\ntham dự buổi họp\n', 'Họp triển khai thu thập thông tin đất đai'],
  ])('%s', (_how, body, title) => expect(titleOf(body)).toBe(title));
});

describe('the trích yếu goes on', () => {
  it.each([
    ['over a blank line where every break is doubled', 'NGHỊ QUYẾT\n\nVỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ\n\nQUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n', 'VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC'],
    ['over a blank line in small letters where every break is doubled', 'KẾ HOẠCH\n\nTổ chức Hội nghị tổng kết công tác\n\nthi đua, khen thưởng năm 2024\n\nThực hiện Kế hoạch số 10/KH-UBND\n', 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024'],
    ['in capitals over a line naming a body, when no "Căn cứ" follows', 'KẾ HOẠCH\nTRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA\nỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ\nI. MỤC ĐÍCH, YÊU CẦU\n', 'TRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ'],
  ])('%s', (_how, body, title) => expect(titleOf(body)).toBe(title));

  it('stops at a blank line where breaks are single', () =>
    expect(titleOf('KẾ HOẠCH\nTổ chức Hội nghị tổng kết công tác\n\nNhằm đánh giá kết quả công tác năm 2024\n')).toBe('Tổ chức Hội nghị tổng kết công tác'));
});

describe("a công văn's subject", () => {
  const letter = (subject: string) => `BỘ XÂY DỰNG\nSố: 2428/BXD-QLN\n${subject}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 11 năm 2013\nKính gửi: Ủy ban nhân dân các tỉnh\n`;
  it.each([
    ['runs on past a cited number', 'V/v hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg', 'V/v hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg'],
    ["runs on past a cited number on the subject's next line", 'V/v triển khai thực hiện Thông tư\nsố 116/2018/TT-BTC của Bộ Tài chính', 'V/v triển khai thực hiện Thông tư số 116/2018/TT-BTC của Bộ Tài chính'],
  ])('%s', (_how, subject, title) => expect(headerOf(letter(subject), false).title).toBe(title));

  it('keeps its own number', () => expect(headerOf(letter('V/v hỗ trợ nhà ở'), false).number).toBe('2428/BXD-QLN'));
});
