// Headers in the forms real copies take: the two-column table flattened (cells on one line, "|"
// between cells, tabs), words broken across lines, a website's metadata box before the document,
// a whole document on one line, blank serials and days, công văn with their "V/v" line, central
// issuers, OCR digit misreads and look-alike letters from other scripts.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { extractPlan } from '../../../extractors/index.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function header(text: string) {
  const ctx = testContext();
  return { document: extractHeader(text, ctx, noSigner), codes: ctx.codes() };
}

const BODY = '\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n';

interface Case {
  name: string;
  text: string;
  expected: Record<string, unknown>;
}

const cases: Case[] = [
  {
    // pdftotext -layout: each line of the header table flattened, the motto between the issuer's lines
    name: 'issuer lines split by the motto on each line',
    text: '   ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH NINH BÌNH                        Độc lập - Tự do - Hạnh phúc\n\n    Số:706 /UBND-VP7                     Ninh Bình, ngày 04 tháng 11 năm 2024\nV/v tuyển chọn và gọi công dân nhập ngũ năm 2025' + BODY,
    expected: { number: '706/UBND-VP7', date: '2024-11-04', place: 'Ninh Bình', issuer: { name: 'Ủy ban nhân dân tỉnh Ninh Bình', level: 'province', locality: 'Ninh Bình' } },
  },
  {
    name: 'a governing body and its department split by the motto',
    text: '     UBND TỈNH LÂM ĐỒNG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n          SỞ NỘI VỤ                                   Độc lập - Tự do - Hạnh phúc\n       Số: 181        /BC-SNV                   Lâm Đồng, ngày 05 tháng 11 năm 2025\n\n                                   BÁO CÁO\n    Tổng kết thực hiện Quyết định số 787/QĐ-UBND' + BODY,
    expected: { type: 'Báo cáo', number: '181/BC-SNV', issuer: { name: 'Sở Nội vụ tỉnh Lâm Đồng', level: 'province', locality: 'Lâm Đồng' } },
  },
  {
    name: 'a national association',
    text: '        HIỆP HỘI                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG CHỨNG VIÊN VIỆT NAM                   Độc lập – Tự do – Hạnh phúc\n\n    Số: 670/HD-HHCCVVN                    Hà Nội, ngày 20 tháng 10 năm 2025\n\n                             HƯỚNG DẪN\nTổ chức Đại hội Hội công chứng viên các tỉnh/thành phố nhiệm kỳ 2025-2030' + BODY,
    expected: { type: 'Hướng dẫn', number: '670/HD-HHCCVVN', issuer: { name: 'Hiệp hội Công chứng viên Việt Nam', level: 'central', locality: null } },
  },
  {
    // the motto's line under it is not part of the issuer when the line holds a sentence or a number
    name: 'a line under the motto that does not carry the issuer on',
    text: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2954/QĐ-UBND Độc lập - Tự do - Hạnh phúc\nSơn La, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch' + BODY,
    expected: { number: '2954/QĐ-UBND', issuer: { name: 'Ủy ban nhân dân tỉnh Sơn La', level: 'province' } },
  },
  {
    name: 'issuer and motto flattened on one line',
    text: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2954/QĐ-UBND Sơn La, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch' + BODY,
    expected: { type: 'Quyết định', number: '2954/QĐ-UBND', date: '2025-11-20', place: 'Sơn La', issuer: { name: 'Ủy ban nhân dân tỉnh Sơn La', level: 'province', locality: 'Sơn La' } },
  },
  {
    name: 'markdown table cells separated by a lone "|", words broken across lines',
    text:
      '|\n**ỦY BAN NHÂN\nDÂN **\nTỈNH SƠN\nLA\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n' +
      'Số:\n12/KH-UBND\n|\n*Sơn\nLa, ngày 05\ntháng 3 năm 2024*\n|\n\n**KẾ HOẠCH**\n\nCÔNG TÁC THI ĐUA NĂM 2024' + BODY,
    expected: { type: 'Kế hoạch', number: '12/KH-UBND', date: '2024-03-05', place: 'Sơn La', issuer: { name: 'Ủy ban nhân dân tỉnh Sơn La', level: 'province', locality: 'Sơn La' } },
  },
  {
    name: 'a city broken across lines: "Hà\\nNội", the place over two lines',
    text: '|\nỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ HÀ\nNỘI\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 308/KH-UBND\n|\nThành phố Hồ\nChí Minh, ngày 17 tháng 11 năm 2025\n|\nKẾ HOẠCH\nTriển khai' + BODY,
    expected: { place: 'Thành phố Hồ Chí Minh', issuer: { name: 'Ủy ban nhân dân thành phố Hà Nội', level: 'city', locality: 'Hà Nội' } },
  },
  {
    name: 'tab-joined cells (vbpl)',
    text: '\tCHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\tSố: 249/2025/NĐ-CP\tHà Nội, ngày 19 tháng 09 năm 2025\n\nNGHỊ ĐỊNH\n\nQuy định cơ chế' + BODY,
    expected: { type: 'Nghị định', number: '249/2025/NĐ-CP', date: '2025-09-19', place: 'Hà Nội', issuer: { name: 'Chính phủ', level: 'central', locality: null } },
  },
  {
    name: "a website's metadata box before the document is not its header",
    text:
      'Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\n#\nSố hiệu:\n| 980/KH-UBND\n|\nLoại văn bản:\n|\nKế hoạch\n|\nNơi ban hành:\n|\nTỉnh Nghệ An\n|\nNgười ký:\n|\nNguyễn Văn Đệ\n|\nNgày ban hành:\n| 18/11/2025\n|\nTình trạng:\n|\nĐã biết\n|\n' +
      '|\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 980/KH-UBND\n|\nNghệ An, ngày 18 tháng 11 năm 2025\n|\nKẾ HOẠCH\nThực hiện Quyết định' + BODY,
    expected: { number: '980/KH-UBND', date: '2025-11-18', place: 'Nghệ An', issuer: { name: 'Ủy ban nhân dân tỉnh Nghệ An', level: 'province', parent: null } },
  },
  {
    name: 'a metadata box and no header of the document: the box fills in',
    text: 'Số hiệu:\n| 10988/BNV-CQĐP\nLoại văn bản:\nCông văn\nNơi ban hành:\nBộ Nội vụ\nNgười ký:\nTrương Hải Long\nNgày ban hành:\n| 21/11/2025\n\n## Thông tin\nBộ Nội vụ nêu rõ thông tin sau. Luật Tổ chức chính quyền địa phương số 72/2025/QH15 quy định.',
    expected: { type: 'Công văn', number: '10988/BNV-CQĐP', date: '2025-11-21', issuer: { name: 'Bộ Nội vụ', level: 'central' } },
  },
  {
    name: 'a whole document on one line (OCR dump)',
    text: 'ỦY BAN NHÂN DÂN HUYỆN GIA LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 45/KH-UBND Gia Lâm, ngày 02 tháng 3 năm 2023 KẾ HOẠCH Tổ chức phong trào thi đua năm 2023 Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;',
    expected: { type: 'Kế hoạch', number: '45/KH-UBND', date: '2023-03-02', place: 'Gia Lâm', issuer: { name: 'Ủy ban nhân dân huyện Gia Lâm', level: 'district', locality: 'Gia Lâm' } },
  },
  {
    name: 'blank serial and blank day (commune MTTQ, Word export)',
    text: 'ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\nSố: /KH-MTTQ-BTT\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nLương Minh, ngày    tháng 01 năm 2026\n\nKẾ HOẠCH\n\nTổ chức hội nghị hiệp thương' + BODY,
    expected: {
      number: null,
      serial: null,
      symbol: 'KH-MTTQ-BTT',
      date: '2026-01',
      place: 'Lương Minh',
      issuer: { name: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh', level: 'commune', locality: 'Lương Minh', parent: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh' },
    },
  },
  {
    name: 'blank serial of dots, blank day and month',
    text: 'UBND PHƯỜNG ĐỨC GIANG\nSố: ......./KH-UBND\nĐức Giang, ngày ..... tháng ..... năm 2019\nKẾ HOẠCH\nCông tác năm 2019' + BODY,
    expected: { number: null, symbol: 'KH-UBND', date: '2019', issuer: { name: 'Ủy ban nhân dân phường Đức Giang', level: 'ward' } },
  },
  {
    name: 'a công văn: no type heading, its V/v line is the title',
    text: 'UBND THÀNH PHỐ HÀ\nNỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 5095/SGDĐT-CTTTHSSV\n*V/v tăng cường các biện pháp cấp bách\n*Hà Nội, ngày 03 tháng 12 năm 2025\nKính gửi:\n- UBND các xã, phường;' + BODY,
    expected: {
      type: 'Công văn',
      typeCode: null,
      number: '5095/SGDĐT-CTTTHSSV',
      title: 'V/v tăng cường các biện pháp cấp bách',
      place: 'Hà Nội',
      issuer: { name: 'Sở Giáo dục và đào tạo thành phố Hà Nội', level: 'city', locality: 'Hà Nội', parent: 'Ủy ban nhân dân thành phố Hà Nội' },
    },
  },
  {
    name: 'a công văn whose symbol starts like a type code (CT of Cục Thuế)',
    text: 'BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5332/CT-CS\nV/v Chính sách thuế TNCN\nHà Nội, ngày 19 tháng 11 năm 2025\nKính gửi: Thuế tỉnh' + BODY,
    expected: { type: 'Công văn', typeCode: null, number: '5332/CT-CS', issuer: { name: 'Cục Thuế', level: 'central', parent: 'Bộ Tài chính' } },
  },
  {
    name: 'a ministry',
    text: 'BỘ XÂY DỰNG\n-------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 06/2026/TT-BXD\tHà Nội, ngày 13 tháng 02 năm 2026\nTHÔNG TƯ\nQuy định' + BODY,
    expected: { type: 'Thông tư', number: '06/2026/TT-BXD', issuer: { name: 'Bộ Xây dựng', level: 'central', locality: null } },
  },
  {
    name: 'the State Bank, its name broken over two lines',
    text: 'NGÂN HÀNG NHÀ NƯỚC\n\nVIỆT NAM\n\n_________\n\nSố: 62/2025/TT-NHNN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Nội, ngày 31 tháng 12 năm 2025\n\nTHÔNG TƯ\n\nQuy định' + BODY,
    expected: { issuer: { name: 'Ngân hàng Nhà nước Việt Nam', level: 'central' } },
  },
  {
    name: 'the Government Inspectorate (a central body without "Bộ"), header rules in en-dashes',
    text: 'THANH TRA CHÍNH PHỦ\n––––\nSố: 2442/2007/TT-TTCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nHà Nội, ngày 13 tháng 11 năm 2007\n\nTHÔNG TƯ\nHướng dẫn thi hành' + BODY,
    expected: { type: 'Thông tư', number: '2442/2007/TT-TTCP', issuer: { name: 'Thanh tra Chính phủ', level: 'central', locality: null } },
  },
  {
    name: 'the State Audit Office',
    text: 'KIỂM TOÁN NHÀ NƯỚC\n-------\nSố: 12/2024/QĐ-KTNN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 05 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nBan hành' + BODY,
    expected: { issuer: { name: 'Kiểm toán Nhà nước', level: 'central' } },
  },
  {
    name: "the Government's office",
    text: '|\nVĂN PHÒNG CHÍNH\nPHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 634/TB-VPCP\n|\n*Hà Nội, ngày 22 tháng 11 năm 2025\n|\nTHÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG' + BODY,
    expected: { type: 'Thông báo', number: '634/TB-VPCP', issuer: { name: 'Văn phòng Chính phủ', level: 'central' } },
  },
  {
    name: 'a central Party body under the Central Committee, Party motto, number without colon',
    text: '|\nBAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\n|\nĐẢNG CỘNG SẢN\nVIỆT NAM\n---------------\n|\nSố 37-HD/BTGDVTW\n|\n*Hà Nội, ngày 19 tháng 11 năm 2025\n|\nHƯỚNG DẪN\nVỀ VIỆC ĐỔI MỚI' + BODY,
    expected: { type: 'Hướng dẫn', number: '37-HD/BTGDVTW', date: '2025-11-19', issuer: { name: 'Ban Tuyên giáo và dân vận Trung ương', level: 'central', parent: 'Ban Chấp hành Trung ương' } },
  },
  {
    name: "the Central Committee's office",
    text: 'BAN CHẤP HÀNH\nTRUNG ƯƠNG\nVĂN PHÒNG\n*\n|\nĐẢNG CỘNG SẢN VIỆT NAM\n|\nSố 432-TB/VPTW\n|\nHà Nội, ngày 26 tháng 11 năm 2025\n|\nTHÔNG BÁO KẾT LUẬN' + BODY,
    expected: { issuer: { name: 'Văn phòng Trung ương Đảng', level: 'central' } },
  },
  {
    name: 'the chairman of a provincial UBND',
    text: 'CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH GIA LAI\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n44/2025/QĐ-CTUBND\n|\nGia Lai, ngày 20 tháng 11 năm 2025\n|\nQUYẾT ĐỊNH\nPhân cấp' + BODY,
    expected: { number: '44/2025/QĐ-CTUBND', issuer: { name: 'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai', level: 'province', locality: 'Gia Lai' } },
  },
  {
    name: 'a sub-committee of a commune election committee',
    text: 'ỦY BAN BẦU CỬ XÃ PHỔ BẰNG\nTIỂU BAN THÔNG TIN TUYÊN TRUYỀN\nSố: 01/KH-TBTTKT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPhổ Bằng, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nTuyên truyền' + BODY,
    expected: { issuer: { name: "Tiểu ban Thông tin tuyên truyền xã Phổ Bằng", level: "commune", locality: "Phổ Bằng", parent: "Ủy ban Bầu cử xã Phổ Bằng" } },
  },
  {
    name: 'columns laid out with spaces (text from a PDF)',
    text: ' UBND TỈNH BÌNH THUẬN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       SỞ NỘI VỤ                         Độc lập – Tự do – Hạnh phúc\n     Số: 3367/TTr-SNV                   Bình Thuận, ngày 28 tháng 11 năm 2024\n\n                              TỜ TRÌNH\n Báo cáo, đề xuất phương án' + BODY,
    expected: { type: 'Tờ trình', number: '3367/TTr-SNV', place: 'Bình Thuận', date: '2024-11-28', issuer: { name: 'Sở Nội vụ tỉnh Bình Thuận', level: 'province', parent: 'Ủy ban nhân dân tỉnh Bình Thuận' } },
  },
  {
    name: 'OCR digit misreads in the date (O for 0, l for 1)',
    text: 'UBND QUẬN BA ĐÌNH\nSố: 29/KH-UBND\nBa Đình, ngày l5 tháng O3 năm 2O21\nKẾ HOẠCH\nCông tác' + BODY,
    expected: { date: '2021-03-15', place: 'Ba Đình' },
  },
  {
    name: 'a Cyrillic look-alike letter in the symbol (TT-BTС)',
    text: 'BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/2024/TT-BT\u0421\tHà Nội, ngày 05 tháng 3 năm 2024\nTHÔNG TƯ\nHướng dẫn' + BODY,
    expected: { number: '12/2024/TT-BTC', symbol: 'TT-BTC', typeCode: 'TT', issuer: { name: 'Bộ Tài chính', level: 'central' } },
  },
  {
    name: 'mottos with en-dashes, a number in capitals',
    text: 'ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSỐ: 7/BC-UBND\nĐồng Tâm, ngày 9 tháng 6 năm 2025\nBÁO CÁO\nKết quả' + BODY,
    expected: { type: 'Báo cáo', number: '7/BC-UBND', date: '2025-06-09', issuer: { name: 'Ủy ban nhân dân xã Đồng Tâm', level: 'commune' } },
  },
  {
    name: 'a summary above the document opens on a date: the date line is the one with its place',
    text:
      '## Tóm tắt\n**Ngày 19/11/2025, Thủ tướng Chính phủ ban hành Quyết định 2530/QĐ-TTg phê duyệt Kế hoạch hành động quốc gia.**\nXem chi tiết tại Quyết định 2530/QĐ-TTg có hiệu lực từ ngày 19/11/2025.\n' +
      '|\n**THỦ\nTƯỚNG CHÍNH PHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 2530/QĐ-TTg\n|\n*Hà Nội, ngày 19\ntháng 11 năm 2025*\n|\n**QUYẾT ĐỊNH**\nPHÊ DUYỆT KẾ HOẠCH' + BODY,
    expected: { number: '2530/QĐ-TTg', date: '2025-11-19', place: 'Hà Nội', issuer: { name: 'Thủ tướng Chính phủ', level: 'central' } },
  },
  {
    name: 'a sentence citing the document by number and date before its header is not the date line',
    text:
      'Xem thêm chi tiết tại Công văn 11554/VPCP-V.I ngày 25/11/2025.\n|\n**VĂN PHÒNG CHÍNH\nPHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 11554/VPCP-V.I\n*V/v nâng cao hiệu quả công tác chống buôn lậu*\n|\n*Hà Nội, ngày 25\ntháng 11 năm 2025*\n|\n**Kính gửi:**\n- Các Bộ' + BODY,
    expected: { number: '11554/VPCP-V.I', date: '2025-11-25', place: 'Hà Nội', issuer: { name: 'Văn phòng Chính phủ', level: 'central' } },
  },
];

describe('headers as real copies deliver them', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(header(text).document).toMatchObject(expected);
  });

  it('the issuer name never swallows the motto', () => {
    for (const { text } of cases) {
      const name = header(text).document.issuer.name ?? '';
      expect(name).not.toMatch(/cộng hòa|cộng hoà|độc lập|chủ nghĩa/i);
    }
  });

  it('a citation in running text is not the number line', () => {
    const { document, codes } = header('Ngày 21/11/2025, Bộ Nội vụ ban hành văn bản. Luật Tổ chức chính quyền địa phương số 72/2025/QH15 quy định nhiều điểm mới.');
    expect(document.number).toBeNull();
    expect(codes).toContain('MISSING_NUMBER');
  });

  it('an issuer whose level cannot be told raises ISSUER_LEVEL_UNKNOWN', () => {
    const { document, codes } = header('TRƯỜNG TIỂU HỌC KIM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-THKĐ\nNgày 05 tháng 3 năm 2024\nKẾ HOẠCH\nHoạt động' + BODY);
    expect(document.issuer.level).toBeNull();
    expect(codes).toContain('ISSUER_LEVEL_UNKNOWN');
  });
});

describe('a stray line above the issuer block', () => {
  const header = 'UBND QUẬN HOÀNG MAI\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 09/KH-HĐTĐKT\n\nHoàng Mai, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nKiểm tra công tác thi đua\n\nTM. HỘI ĐỒNG\nCHỦ TỊCH\nNguyễn Văn An';
  it.each([
    ['a page title', 'Kế hoạch 09/KH-HĐTĐKT năm 2024 kiểm tra thi đua\n\n'],
    ['a breadcrumb', 'Trang chủ > Văn bản pháp luật\n\n'],
    ['markup debris', '<html>\n'],
    ['one stray letter', 'x\n'],
  ])('%s does not hide the issuer', (_label, before) => {
    const plan = extractPlan(before + header, testContext(), []);
    expect(plan.document?.issuer).toEqual({
      name: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai',
      level: 'district',
      locality: 'Hoàng Mai',
      parent: 'Ủy ban nhân dân quận Hoàng Mai',
    });
  });
});
