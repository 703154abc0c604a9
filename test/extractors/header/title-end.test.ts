// Where a trích yếu ends: not in the authority line under it, nor in the body's first sentence,
// and not at a blank line of a copy that doubles every line break.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const head = 'BỘ TÀI CHÍNH\nSố: 12/QĐ-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2025\n';
const titleOf = (body: string) => headerOf(head + body, false).title;
const titleOfDoc = (body: string) => headerOf(head + body, false);

describe('the trích yếu ends', () => {
  it.each([
    ['before a bold authority line over "*Căn cứ"', '**QUYẾT ĐỊNH**\nVỀ\nVIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ\n**THỦ TƯỚNG CHÍNH PHỦ**\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02\nnăm 2025;*\n', 'VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ'],
    ["before a head's title and body over \"Căn cứ\"", 'THÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC HẢI QUAN\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n', 'VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ'],
    ['in capitals, before the body in small letters', 'THÔNG BÁO\nKẾ HOẠCH TẠM DỪNG\nỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ\nCục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế\ntập trung (TMS) từ 18h00 tối Thứ Bảy\n', 'KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ'],
    ["before the meeting's day", 'THÔNG BÁO\nKết luận của Bộ trưởng tại cuộc họp về\ncông tác quyết toán năm 2024\nNgày 15 tháng 11 năm 2025, tại Trụ sở Bộ, Bộ trưởng\nđã chủ trì cuộc họp\n', 'Kết luận của Bộ trưởng tại cuộc họp về công tác quyết toán năm 2024'],
    ['before the day written in figures', 'NGHỊ QUYẾT\nPhiên họp Tổng kết công tác năm 2014\nvà nhiệm vụ năm 2015 của Quỹ\nNgày 19/01/2014, tại trụ sở Bộ Giao thông vận tải, Bộ trưởng\n', 'Phiên họp Tổng kết công tác năm 2014 và nhiệm vụ năm 2015 của Quỹ'],
    ["before an invitation's first words", 'GIẤY MỜI\nHọp triển khai thu thập thông tin đất đai\nTrân trọng kính mời các ông (bà)\ntham dự buổi họp\n', 'Họp triển khai thu thập thông tin đất đai'],
    ['before an authority line wrapped over two lines, over "Căn cứ"', 'QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ SỬ DỤNG HỆ THỐNG LẤY Ý\nKIẾN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN\nTHƠ\nCăn cứ Luật Tổ chức chính quyền địa phương;\n', 'BAN HÀNH QUY CHẾ SỬ DỤNG HỆ THỐNG LẤY Ý KIẾN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ'],
    ['before the National Election Council deciding in its own name, over "Căn cứ", where every break is doubled', 'NGHỊ QUYẾT\n\nQUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ VÀ VIỆC NỘP HỒ SƠ ỨNG CỬ\n\nHỘI ĐỒNG BẦU CỬ QUỐC GIA\n\nCăn cứ Luật Bầu cử đại biểu Quốc hội;\n', 'QUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ VÀ VIỆC NỘP HỒ SƠ ỨNG CỬ'],
    ["before a công điện's sender and \"điện:\"", 'CÔNG ĐIỆN\nVỀ VIỆC GIẢI QUYẾT\nCHÍNH SÁCH BẢO HIỂM ĐỐI VỚI NGƯỜI DÂN BỊ ẢNH HƯỞNG BỞI MƯA LŨ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Tài chính, Nội vụ.\n', 'VỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH BẢO HIỂM ĐỐI VỚI NGƯỜI DÂN BỊ ẢNH HƯỞNG BỞI MƯA LŨ'],
    ["before the body's first paragraph kept on one line, two sentences", 'CHỈ THỊ\nVề tăng cường sự lãnh đạo, chỉ đạo thực hiện nhiệm vụ\nđảm bảo an ninh, trật tự năm 2020\nNăm 2019, tình hình an ninh, trật tự trên địa bàn tỉnh cơ bản ổn định, tạo điều kiện thuận lợi thúc đẩy phát triển kinh tế - xã hội. Tuy nhiên, các thế lực thù địch thường xuyên chống phá;\nTrước tình hình đó\n', 'Về tăng cường sự lãnh đạo, chỉ đạo thực hiện nhiệm vụ đảm bảo an ninh, trật tự năm 2020'],
    ["before the body's first paragraph kept on one line, a sentence ending inside it", 'THÔNG BÁO\nVề việc treo cờ Tổ quốc\nNhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân thành phố đề nghị các cơ quan\ntreo cờ Tổ quốc từ ngày 10/5/2026.\n', 'Về việc treo cờ Tổ quốc'],
    ['before the note of what it was issued with, where every break is doubled', 'KẾ HOẠCH\n\nThực hiện Đề án số 08 về phát triển công nghiệp giai đoạn 2026-2030\n\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy)\n\nCăn cứ Nghị quyết số 35-NQ/TU;\n', 'Thực hiện Đề án số 08 về phát triển công nghiệp giai đoạn 2026-2030'],
    ['before a "(Kèm theo …)" note in capitals under capitals', 'KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2026\n(KÈM THEO QUYẾT ĐỊNH SỐ 12/QĐ-UBND NGÀY 05/3/2026)\nI. MỤC ĐÍCH, YÊU CẦU\n', 'THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2026'],
  ])('%s', (_how, body, title) => expect(titleOf(body)).toBe(title));
});

describe('the trích yếu goes on', () => {
  it.each([
    ['over a blank line where every break is doubled', 'NGHỊ QUYẾT\n\nVỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ\n\nQUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n', 'VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC'],
    ['over a blank line in small letters where every break is doubled', 'KẾ HOẠCH\n\nTổ chức Hội nghị tổng kết công tác\n\nthi đua, khen thưởng năm 2024\n\nThực hiện Kế hoạch số 10/KH-UBND\n', 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024'],
    ['over more than three blank lines where every break is doubled', 'QUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH\n\nNĂM 2013 CỦA CÁC BỘ, ỦY BAN NHÂN DÂN CÁC TỈNH,\n\nTHÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG\n\nBỘ TRƯỞNG BỘ NỘI VỤ\n\nCăn cứ Nghị định số 61/2012/NĐ-CP;\n', 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2013 CỦA CÁC BỘ, ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG'],
    ['in capitals past a subject closed by ";"', 'NGHỊ QUYẾT\nVỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG;\nGIẢM THIỂU PHÁT SINH, PHÂN LOẠI RÁC THẢI\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;\n', 'VỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG; GIẢM THIỂU PHÁT SINH, PHÂN LOẠI RÁC THẢI'],
    ['past a subject closed by ";", a capital opening the next, where every break is doubled', 'BÁO CÁO\n\nTổng kết hoạt động Ban Chỉ đạo CNTT tỉnh năm 2016;\n\nPhương hướng, nhiệm vụ năm 2017\n\nI. Các hoạt động của Ban chỉ đạo\n', 'Tổng kết hoạt động Ban Chỉ đạo CNTT tỉnh năm 2016; Phương hướng, nhiệm vụ năm 2017'],
    ['in capitals over figures alone', 'KẾ HOẠCH\n\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN\n2026 - 2030\n\n*Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024;*\n', 'PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030'],
    ['over a blank line to a name in normal case right over "Căn cứ", where every break is doubled', 'TỜ TRÌNH\n\nV/v đề nghị phê duyệt chủ trương dự án nâng cấp\n\nCổng thông tin điện tử tỉnh\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n', 'V/v đề nghị phê duyệt chủ trương dự án nâng cấp Cổng thông tin điện tử tỉnh'],
    ['over a blank line to a name in normal case right over the authority line, where every break is doubled', 'QUYẾT ĐỊNH\n\nPhê duyệt Điều lệ (sửa đổi, bổ sung)\n\nHiệp hội Doanh nghiệp tỉnh Bình Thuận\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n', 'Phê duyệt Điều lệ (sửa đổi, bổ sung) Hiệp hội Doanh nghiệp tỉnh Bình Thuận'],
    ['over a long line of a name where every break is doubled', 'TỜ TRÌNH\n\nVề việc cho phép đổi tên Hội Thiện nguyện Lan tỏa yêu thương tỉnh\n\nBình Thuận (trước sắp xếp) thành Hội Thiện nguyện Lan tỏa yêu thương Bình Thuận tỉnh Lâm Đồng và phê duyệt Điều lệ (sửa đổi, bổ sung) của Hội\n\nKính gửi: Chủ tịch UBND tỉnh Lâm Đồng\n', 'Về việc cho phép đổi tên Hội Thiện nguyện Lan tỏa yêu thương tỉnh Bình Thuận (trước sắp xếp) thành Hội Thiện nguyện Lan tỏa yêu thương Bình Thuận tỉnh Lâm Đồng và phê duyệt Điều lệ (sửa đổi, bổ sung) của Hội'],
    // A web copy breaks the first line after one word: that word is no line of the four.
    ['over four lines under a first word alone, to the meeting\'s day', 'THÔNG BÁO\nKẾT\nLUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ TẠI CUỘC HỌP VỀ\nBÁO CÁO ĐỀ XUẤT CHỦ TRƯƠNG ĐẦU TƯ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG\nTHÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN\nTỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026-2035\nNgày 18 tháng 11 năm 2025, tại trụ sở Chính phủ,\n', 'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ TẠI CUỘC HỌP VỀ BÁO CÁO ĐỀ XUẤT CHỦ TRƯƠNG ĐẦU TƯ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026-2035'],
    ['in capitals over a line naming a body, when no "Căn cứ" follows', 'KẾ HOẠCH\nTRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA\nỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ\nI. MỤC ĐÍCH, YÊU CẦU\n', 'TRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ'],
  ])('%s', (_how, body, title) => expect(titleOf(body)).toBe(title));

  it.each([
    ['at a subject closed by ";" when the body follows', 'KẾ HOẠCH\nThực hiện công tác thi đua năm 2025;\nCăn cứ Luật Thi đua, khen thưởng;\n', 'Thực hiện công tác thi đua năm 2025;'],
    ['past a blank line at a sentence in normal case over a numbered part, where breaks are single', 'KẾ HOẠCH\nTổ chức Hội nghị tổng kết công tác\n\nNhằm đánh giá kết quả công tác năm 2024\nI. MỤC ĐÍCH\n', 'Tổ chức Hội nghị tổng kết công tác'],
    ['at a long line a copy re-flowed, no sentence ending inside it', 'KẾ HOẠCH\nTổ chức thực hiện Nghị quyết số 99/NQ-CP ngày 03/10/2017 của\nChính phủ và Nghị quyết số 11-NQ/TW ngày 03/6/2017 của Hội nghị lần thứ Năm Ban Chấp hành Trung ương Đảng khóa XII về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa\nThực hiện Quyết định số 3165/QĐ-UBND\n', 'Tổ chức thực hiện Nghị quyết số 99/NQ-CP ngày 03/10/2017 của Chính phủ và Nghị quyết số 11-NQ/TW ngày 03/6/2017 của Hội nghị lần thứ Năm Ban Chấp hành Trung ương Đảng khóa XII về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa'],
    ['at a long last line closed by its own stop', 'THÔNG BÁO\nKết luận của Phó Chủ tịch Thường trực UBND Thành phố tại cuộc họp nghe báo cáo về triển khai thực hiện Dự án đầu tư trục không gian\nQuốc lộ 1A gắn với chỉnh trang và tái thiết đô thị theo phương thức đối tác công tư (PPP), hình thức hợp đồng xây dựng - chuyển giao (BT).\nNgày 18/3/2026, tại trụ sở UBND Thành phố\n', 'Kết luận của Phó Chủ tịch Thường trực UBND Thành phố tại cuộc họp nghe báo cáo về triển khai thực hiện Dự án đầu tư trục không gian Quốc lộ 1A gắn với chỉnh trang và tái thiết đô thị theo phương thức đối tác công tư (PPP), hình thức hợp đồng xây dựng - chuyển giao (BT).'],
    ['at a short line closed by a stop', 'KẾ HOẠCH\nTổ chức Hội nghị tổng kết công tác.\nNhằm đánh giá kết quả\n', 'Tổ chức Hội nghị tổng kết công tác.'],
  ])('stops %s', (_how, body, title) => expect(titleOf(body)).toBe(title));

  it('stops at a blank line where breaks are single', () =>
    expect(titleOf('KẾ HOẠCH\nTổ chức Hội nghị tổng kết công tác\n\nNhằm đánh giá kết quả công tác năm 2024\n')).toBe('Tổ chức Hội nghị tổng kết công tác'));
});

describe("a công văn's subject", () => {
  const letter = (subject: string) => `BỘ XÂY DỰNG\nSố: 2428/BXD-QLN\n${subject}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 11 năm 2013\nKính gửi: Ủy ban nhân dân các tỉnh\n`;
  it.each([
    ['runs on past a cited number', 'V/v hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg', 'V/v hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg'],
    ["runs on past a cited number on the subject's next line", 'V/v triển khai thực hiện Thông tư\nsố 116/2018/TT-BTC của Bộ Tài chính', 'V/v triển khai thực hiện Thông tư số 116/2018/TT-BTC của Bộ Tài chính'],
    ['runs on past a cited type opening its line, and its number', 'V/v tổ chức triển khai thực hiện\nNghị định số 180/2026/NĐ-CP\nngày 21/5/2026 của Chính phủ', 'V/v tổ chức triển khai thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ'],
    ["runs on past a cited number and its date on the subject's line", 'V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ\nXây dựng ban hành các giải pháp kỹ thuật', 'V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp kỹ thuật'],
    ['runs on past a cited programme of action', 'V/v triển khai thực hiện Chương trình hành động\nsố 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy', 'V/v triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy'],
  ])('%s', (_how, subject, title) => expect(headerOf(letter(subject), false).title).toBe(title));

  it('keeps its own number', () => expect(headerOf(letter('V/v hỗ trợ nhà ở'), false).number).toBe('2428/BXD-QLN'));

  it('opens with "về việc" right after the number on a joined line', () => {
    const joined = 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nLào Cai, ngày 07 tháng 9 năm 2026\nSố 2449-CV/ĐU về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai\n\nKính gửi: - Ủy ban nhân dân tỉnh,\n';
    const read = headerOf(joined, false);
    expect([read.number, read.title]).toEqual(['2449-CV/ĐU', 'về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai']);
  });
});

describe("a draft's mark before the type heading", () => {
  const draft = (date: string, rest: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n\nSố: /KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n${date}\n\n${rest}\n\nCăn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;\n`;
  it.each([
    ['in brackets at the end of the date line', 'Hải Dương, ngày tháng 6 năm 2023 (DỰ THẢO)', 'KẾ HOẠCH\n\nThí điểm bồi dưỡng kỹ năng số'],
    ['bare, on its own line under the date', 'Hải Dương, ngày tháng 6 năm 2023\nDỰ THẢO', 'KẾ HOẠCH\n\nThí điểm bồi dưỡng kỹ năng số'],
    ['with its round, on the heading line', 'Hải Dương, ngày tháng 6 năm 2023', 'Dự thảo lần 2 KẾ HOẠCH\n\nThí điểm bồi dưỡng kỹ năng số'],
    ['with a colon, on its own line over the heading', 'Hải Dương, ngày tháng năm 2023\n\nDự thảo:', 'KẾ HOẠCH\nThí điểm bồi dưỡng kỹ năng số'],
  ])('%s: the heading and its trích yếu are read', (_how, date, rest) => {
    const doc = headerOf(draft(date, rest), false);
    expect(doc.type).toBe('Kế hoạch');
    expect(doc.title).toBe('Thí điểm bồi dưỡng kỹ năng số');
  });
});

describe('a copy that lost the line breaks around the type heading', () => {
  it.each([
    ['the heading glued to its trích yếu', 'KẾ HOẠCHPhân công nhiệm vụ Tổ xung kích năm 2026\nCăn cứ Quyết định số 1229/QĐ-UBND ngày 30 tháng 7 năm 2026;\n', 'Kế hoạch', 'Phân công nhiệm vụ Tổ xung kích năm 2026'],
    ['glued, and the body run on after the rule under it', 'QUYẾT ĐỊNHVề việc ban hành Quy định về văn bản của Đoàn--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN- Căn cứ Điều lệ Đoàn; - Căn cứ Quy chế hoạt động của Ban Chấp hành;\n', 'Quyết định', 'Về việc ban hành Quy định về văn bản của Đoàn'],
    ['a qualifier on the heading\'s line over a trích yếu in normal case', 'KẾ HOẠCH QUỐC GIA\nThích ứng với biến đổi khí hậu giai đoạn 2021 - 2030\n(Kèm theo Quyết định số 1422/QĐ-TTg)\n', 'Kế hoạch', 'Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030'],
    ['a rule after the trích yếu on its own line', 'KẾ HOẠCH\nTổ chức Hội nghị tổng kết năm 2025 ----------\nCăn cứ Kế hoạch số 10/KH-UBND;\n', 'Kế hoạch', 'Tổ chức Hội nghị tổng kết năm 2025'],
  ])('%s', (_how, body, type, title) => {
    const doc = titleOfDoc(body);
    expect(doc.type).toBe(type);
    expect(doc.title).toBe(title);
  });

  it('a word in capitals glued to a name is no heading', () => {
    expect(titleOfDoc('THÔNG BÁO\nVề việc treo cờ NGÀY QUỐC KHÁNHViệt Nam\nCăn cứ Kế hoạch số 10/KH-UBND;\n').title).toBe('Về việc treo cờ NGÀY QUỐC KHÁNHViệt Nam');
  });
});
