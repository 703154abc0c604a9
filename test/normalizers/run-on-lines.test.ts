// A document copied from a PDF viewer or dumped by an OCR engine onto one line gets its lines back
// (issue #11: "some documents come on a single line"): the header's parts, the type heading, basis
// lines, headings and items, the recipients and the signature block; each break is a space turned
// into a line break, so offsets hold. Lines that are not a whole document stay as they are.
import { describe, expect, it } from 'vitest';
import { breakRunOnLines } from '../../normalizers/run-on-lines.js';
import { processBytes } from '../../pipeline/run.js';

const BODY = 'Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc các nội dung của kế hoạch này, báo cáo kết quả đúng hạn. '.repeat(4);

const ONE_LINE_PLAN = [
  'ỦY BAN NHÂN DÂN XÃ TÂN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
  'Số: 45/KH-UBND Tân Hòa, ngày 12 tháng 3 năm 2025',
  'KẾ HOẠCH Tổ chức phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025',
  'Thực hiện Kế hoạch số 120/KH-UBND ngày 02/3/2025 của Ủy ban nhân dân huyện Châu Thành; Ủy ban nhân dân xã ban hành Kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  `1. Mục đích: ${BODY}`,
  `2. Yêu cầu: ${BODY}`,
  'II. NỘI DUNG',
  `- Công chức Văn hóa - Xã hội chủ trì tuyên truyền. ${BODY}`,
  'Nơi nhận: - UBND huyện Châu Thành; - Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình',
];

describe('breakRunOnLines', () => {
  const text = ONE_LINE_PLAN.join(' ');
  const lines = breakRunOnLines(text).split('\n');

  it.each([
    ['the issuer', 'ỦY BAN NHÂN DÂN XÃ TÂN HÒA'],
    ['the motto', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['the motto line', 'Độc lập - Tự do - Hạnh phúc'],
    ['the number and date line', 'Số: 45/KH-UBND Tân Hòa, ngày 12 tháng 3 năm 2025'],
    ['the type heading', 'KẾ HOẠCH'],
    ['the title', 'Tổ chức phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025'],
    ['a heading', 'I. MỤC ĐÍCH, YÊU CẦU'],
    ['a heading in capitals with no stop before the next item', 'II. NỘI DUNG'],
    ['the recipients label', 'Nơi nhận:'],
    ['a recipient', '- UBND huyện Châu Thành;'],
    ['the authority line', 'TM. ỦY BAN NHÂN DÂN'],
    ['the deputy line', 'KT. CHỦ TỊCH'],
    ['the office', 'PHÓ CHỦ TỊCH'],
    ['the signer', 'Nguyễn Văn Bình'],
  ])('puts %s on a line of its own', (_what, line) => {
    expect(lines).toContain(line);
  });

  it.each([
    ['a numbered item after a sentence', /^1\. Mục đích: /],
    ['a dash item after a sentence', /^- Công chức Văn hóa - Xã hội chủ trì/],
    ['the basis line', /^Thực hiện Kế hoạch số 120\/KH-UBND/],
  ])('opens a line with %s', (_what, start) => {
    expect(lines.some((l) => start.test(l))).toBe(true);
  });

  it('keeps the text otherwise, offsets and all', () => {
    const out = breakRunOnLines(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\n/g, ' ')).toBe(text);
  });

  it('does not cut a dash inside a name or a sentence in small letters after a stop', () => {
    expect(lines.some((l) => l.startsWith('- Xã hội'))).toBe(false);
    expect(lines.some((l) => /^thực hiện/.test(l))).toBe(false);
  });

  it.each([
    ['a long paragraph of a web copy, with no document frame', `${BODY}${BODY} 1. Một việc; 2. Việc khác. - Ý thêm.`],
    ['a short header row flattened by a copy', 'ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc'],
    ['a document already in lines', ONE_LINE_PLAN.join('\n')],
    // The country's and the Party's names in a sentence are no motto (the agreement test's seed 002 lost a task row).
    ['a long basis line naming the constitution', `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013; ${BODY}${BODY}`],
    ['a long table row naming the Party', `1\tNăm 2025: + Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2025); ${BODY}${BODY}\tPhòng Nội vụ\tNăm 2025`],
    ['a long paragraph naming the Party', `Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2025); ${BODY}${BODY}`],
    // A plan's item quoting the day's slogans in capitals: the motto's words, but no header after them (reviewer F1, F10).
    [
      'a task item quoting the slogans in capitals',
      `1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức treo băng rôn, khẩu hiệu: "NHIỆT LIỆT CHÀO MỪNG 80 NĂM CÁCH MẠNG THÁNG TÁM VÀ QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (02/9/1945 - 02/9/2025)!"; "ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!"; "NHIỆT LIỆT CHÀO MỪNG 94 NĂM NGÀY THÀNH LẬP ĐOÀN TNCS HỒ CHÍ MINH"; ${BODY} hoàn thành trước ngày 25/8/2025.`,
    ],
    ['a prose sentence naming the motto in small letters', `Văn bản phải ghi đúng tiêu ngữ độc lập - tự do - hạnh phúc dưới quốc hiệu, canh giữa, cỡ chữ 13; ${BODY}${BODY}`],
  ])('leaves %s as it was', (_what, input) => {
    expect(breakRunOnLines(input)).toBe(input);
  });

  const header = (issuer: string) => breakRunOnLines(`${issuer} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Hà Nội, ngày 5 tháng 3 năm 2025 KẾ HOẠCH Tổ chức hội nghị Căn cứ Luật Tổ chức chính quyền địa phương; ${BODY}`).split('\n');

  it.each([
    ['a department under its province', 'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH SỞ NỘI VỤ', ['ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', 'SỞ NỘI VỤ']],
    ['a school under its ministry', 'BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC ĐIỆN LỰC', ['BỘ CÔNG THƯƠNG', 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC']],
    ['a standing board under its front', 'ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH BAN THƯỜNG TRỰC', ['ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH', 'BAN THƯỜNG TRỰC']],
    ['a Party committee under its provincial Party', 'ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', ['ĐẢNG BỘ TỈNH LÀO CAI', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH']],
    ['a general department under its ministry', 'BỘ TÀI CHÍNH TỔNG CỤC THUẾ', ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ']],
    ['a subcommittee under its election committee', 'ỦY BAN BẦU CỬ XÃ AN BÌNH TIỂU BAN THÔNG TIN', ['ỦY BAN BẦU CỬ XÃ AN BÌNH', 'TIỂU BAN THÔNG TIN']],
    ['a digital signature box before the issuer', 'Ký bởi: Sở Nội vụ Thời gian ký: 24/01/2025 14:23:43 +07:00 SỞ NỘI VỤ', ['Ký bởi: Sở Nội vụ Thời gian ký: 24/01/2025 14:23:43 +07:00', 'SỞ NỘI VỤ']],
    ['a head a web copy set in bold', 'BAN CHẤP HÀNH TRUNG ƯƠNG **BAN TỔ CHỨC**', ['BAN CHẤP HÀNH TRUNG ƯƠNG', '**BAN TỔ CHỨC**']],
    ['lines run together over blank lines', 'ỦY BAN MTTQ VIỆT NAM  XÃ AN BÌNH  BAN THƯỜNG TRỰC', ['ỦY BAN MTTQ VIỆT NAM  XÃ AN BÌNH ', 'BAN THƯỜNG TRỰC']],
    ['an office whose name repeats its department\'s last word', 'CỤC THUẾ THUẾ TỈNH VĨNH LONG', ['CỤC THUẾ', 'THUẾ TỈNH VĨNH LONG']],
    ['a site\'s page title before the block', 'Quyết định 173/QĐ-BTP BỘ TƯ PHÁP --------', ['Quyết định 173/QĐ-BTP', 'BỘ TƯ PHÁP --------']],
    ['a site\'s metadata before the block', 'Cơ quan phát hành: Chính phủ THỦ TƯỚNG CHÍNH PHỦ', ['Cơ quan phát hành: Chính phủ', 'THỦ TƯỚNG CHÍNH PHỦ']],
  ])('puts the issuer block in lines: %s', (_what, issuer, want) => {
    expect(header(issuer).slice(0, want.length)).toEqual(want);
  });

  it.each([
    ['a head right before the number line, the motto after it', `20 HĐND TỈNH HƯNG YÊN VĂN PHÒNG Số: 288/KH-VP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hưng Yên, ngày 18 tháng 12 năm 2017 KẾ HOẠCH Tổ chức hội nghị Căn cứ Luật Tổ chức chính quyền địa phương; ${BODY}`, ['20', 'HĐND TỈNH HƯNG YÊN', 'VĂN PHÒNG', 'Số: 288/KH-VP']],
    ['a Youth Union\'s block under its motto', `TỈNH ĐOÀN THANH HÓA BCH ĐOÀN HUYỆN THỌ XUÂN Số: 74-CV/ĐTN ĐOÀN TNCS HỒ CHÍ MINH Thọ Xuân, ngày 17 tháng 7 năm 2018 Kính gửi: Ban Chấp hành Đoàn các xã; ${BODY}${BODY}`, ['TỈNH ĐOÀN THANH HÓA', 'BCH ĐOÀN HUYỆN THỌ XUÂN', 'Số: 74-CV/ĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH']],
  ])('puts the issuer block in lines: %s', (_what, text, want) => {
    expect(breakRunOnLines(text).split('\n').slice(0, want.length)).toEqual(want);
  });

  it.each([
    ['a province whose name holds a dash', 'ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU'],
    ['a city written short', 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH'],
    ['a department whose name ends in TRƯỜNG', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH NAM ĐỊNH'],
    ['the ministry of defence', 'BỘ QUỐC PHÒNG'],
    ['a front committee', 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH'],
    ['a steering board against corruption', 'BAN CHỈ ĐẠO PHÒNG CHỐNG THAM NHŨNG TỈNH NAM ĐỊNH'],
    ['a general department', 'TỔNG CỤC THUẾ'],
    ['an office set in bold by a web copy', '**VĂN PHÒNG CHÍNH PHỦ**'],
    ['a subcommittee', 'TIỂU BAN THÔNG TIN TUYÊN TRUYỀN'],
  ])('keeps an issuer name whole: %s', (_what, issuer) => {
    expect(header(issuer)[0]).toBe(issuer);
  });

  it('keeps a title in capitals whole though it says what a basis line says', () => {
    const out = breakRunOnLines(`${ONE_LINE_PLAN[0]} ${ONE_LINE_PLAN[1]} KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TU CỦA TỈNH ỦY Căn cứ Nghị quyết số 12-NQ/TU; ${BODY}`);
    expect(out.split('\n')).toContain('THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TU CỦA TỈNH ỦY');
  });

  it('reads basis lines a web copy set in italics, and an attached document\'s own header', () => {
    const attached = ' ỦY BAN NHÂN DÂN XÃ TÂN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 46/KH-UBND Tân Hòa, ngày 13 tháng 3 năm 2025 KẾ HOẠCH Tuyên truyền ' + BODY;
    const out = breakRunOnLines(`${ONE_LINE_PLAN.slice(0, 3).join(' ')} *Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;* *Căn cứ Kế hoạch số 120/KH-UBND;* ${BODY}${attached}`).split('\n');
    expect(out).toContain('*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*');
    expect(out).toContain('Số: 46/KH-UBND Tân Hòa, ngày 13 tháng 3 năm 2025');
    expect(out).toContain('KẾ HOẠCH');
  });

  // A web copy's markdown run onto the line: its table's cell pipes and its bold headings (issue #11's
  // one-line copies of crawled plans lost every task row of their appendix tables and unit headings).
  const body = (rest: string) => breakRunOnLines(`${ONE_LINE_PLAN.slice(0, 4).join(' ')} ${BODY}${rest} ${BODY}`).split('\n');

  it.each([
    ['a table\'s cells, each between pipes', '| **TT** | **Nhiệm vụ** | **Cơ quan chủ trì** | | 1 | Tổ chức hội nghị | Sở Nội vụ | | 2 | Tuyên truyền | Sở Văn hóa |', ['|', '**TT**', '**Nhiệm vụ**', '1', 'Tổ chức hội nghị', 'Sở Nội vụ', '2']],
    ['a unit heading set in bold before its items', '**III. TỔ CHỨC THỰC HIỆN** **1. Sở Nông nghiệp và Môi trường** - Phối hợp các cơ quan liên quan. - Tổng hợp kết quả.', ['**III. TỔ CHỨC THỰC HIỆN**', '**1. Sở Nông nghiệp và Môi trường**', '- Phối hợp các cơ quan liên quan.']],
    ['a numbered heading set in bold before its text', '**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh** Chỉ đạo các đơn vị giám sát.', ['**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**', 'Chỉ đạo các đơn vị giám sát.']],
    ['a prose task list\'s labels', '1. Tổ chức hội nghị tổng kết. - Đơn vị chủ trì: Sở Nội vụ - Đơn vị phối hợp: Các sở, ngành - Thời gian thực hiện: Tháng 12/2025 2. Tuyên truyền.', ['- Đơn vị chủ trì: Sở Nội vụ', '- Đơn vị phối hợp: Các sở, ngành', '- Thời gian thực hiện: Tháng 12/2025']],
    ['labels as lettered items', 'Tổ chức hội nghị. a) Cơ quan chủ trì: Bộ Quốc phòng b) Cơ quan phối hợp: Các quân khu, các tỉnh', ['a) Cơ quan chủ trì: Bộ Quốc phòng', 'b) Cơ quan phối hợp: Các quân khu, các tỉnh']],
    ['labels set in italics', 'Tổ chức hội nghị. *Đơn vị chủ trì thực hiện:* Sở Nội vụ *Thời gian thực hiện:* Năm 2025', ['*Đơn vị chủ trì thực hiện:* Sở Nội vụ', '*Thời gian thực hiện:* Năm 2025']],
    ['the first lettered item after a numbered heading', '1. Mục đích a) Quán triệt, triển khai nghiêm túc Chỉ thị. b) Nâng cao nhận thức.', ['1. Mục đích', 'a) Quán triệt, triển khai nghiêm túc Chỉ thị.']],
    ['the first duty under a body\'s numbered heading', '2. Bộ Lao động - Thương binh và Xã hội - Chủ trì, phối hợp với các bộ rà soát chính sách. - Tiếp tục thực hiện.', ['2. Bộ Lao động - Thương binh và Xã hội', '- Chủ trì, phối hợp với các bộ rà soát chính sách.']],
    ['a markdown list\'s starred items', '**1. Mục đích** *   Quán triệt sâu sắc Nghị quyết. *   Thể chế hóa kịp thời.', ['**1. Mục đích**', '*   Quán triệt sâu sắc Nghị quyết.', '*   Thể chế hóa kịp thời.']],
    ['a starred note after a sentence', 'Báo cáo kết quả trước ngày 30/11. * Thời gian thực hiện: Tháng 12/2025', ['* Thời gian thực hiện: Tháng 12/2025']],
    ['the first dash item under a part\'s heading in normal case', '1. Mục đích - Nhằm bảo đảm cuộc bầu cử đúng luật. 2. Giải pháp về quy hoạch - Phát triển khu công nghiệp.', ['1. Mục đích', '- Nhằm bảo đảm cuộc bầu cử đúng luật.', '2. Giải pháp về quy hoạch', '- Phát triển khu công nghiệp.']],
    ['a duty with a verb not listed before under a body\'s heading', '4. Bộ Tài chính - Đảm bảo nguồn kinh phí thực hiện.', ['4. Bộ Tài chính', '- Đảm bảo nguồn kinh phí thực hiện.']],
    ['a duty\'s paragraph after a body\'s heading with no mark', '6. Bộ Xây dựng Chủ trì chỉ đạo việc hỗ trợ nhà ở. 5. Bộ Kế hoạch và Đầu tư  Bảo đảm nguồn vốn đầu tư.', ['6. Bộ Xây dựng', 'Chủ trì chỉ đạo việc hỗ trợ nhà ở.', '5. Bộ Kế hoạch và Đầu tư ', 'Bảo đảm nguồn vốn đầu tư.']],
    ['a heading in Roman figures after a web copy\'s anchor', 'góp phần chăm lo đời sống. # phu_luc_2  III. TỔ CHỨC THỰC HIỆN 1. Bộ Công an', ['III. TỔ CHỨC THỰC HIỆN', '1. Bộ Công an']],
    ['a markdown heading in Roman figures', 'trong kỷ nguyên mới.  ## II. NHIỆM VỤ CỤ THỂ  Nhằm đạt được mục tiêu.', ['## II. NHIỆM VỤ CỤ THỂ']],
  ])('puts %s on lines of their own', (_what, rest, want) => {
    const lines = body(rest);
    // The last one may run on into the body after it.
    for (const line of want) expect(lines.some((l) => l === line || l.startsWith(`${line} `))).toBe(true);
  });

  it.each([
    ['a bar or two in a sentence', 'Số liệu theo mẫu A | B và C | D. '],
    ['a word set in italics inside a sentence', 'hỗ trợ theo Nghị định *(lĩnh vực khoa học) *trên địa bàn - Một ý thêm. '],
    ['a bold word inside a sentence before a dash', 'do **Sở Tài chính** - cơ quan thường trực - chủ trì. '],
    ['a sentence naming who leads and who supports', 'Sở Nội vụ chủ trì: tham mưu tổ chức; phối hợp: các sở, ngành. '],
    ['a lettered point cited in a sentence', 'thực hiện theo quy định tại điểm a) Khoản 2 Điều 5 của Nghị định. '],
    ['a body asked to act, its name holding a dash', '1. Yêu cầu Bộ Lao động - Thương binh và Xã hội khẩn trương rà soát. '],
    ['a part\'s heading whose words hold a dash in small letters', '2. Mục tiêu phát triển kinh tế - xã hội giai đoạn 2021 - 2025 được giữ vững. '],
    ['a body named with a duty\'s word', '3. Tổ Phối hợp liên ngành tỉnh - Ban Chỉ đạo tỉnh theo dõi. '],
    ['a chapter or a term in Roman figures', 'theo Chương II. QUY ĐỊNH CHUNG của Luật và Quốc hội khóa XV. CÁC ĐẠI BIỂU tham dự. '],
    ['stray emphasis marks after a sentence', 'theo Tờ trình số 18/TTr-BTC;*  *Trên cơ sở ý kiến biểu quyết của các thành viên. '],
    ['a heading pairing two parts with a dash', '1. Thời gian - Địa điểm: ngày 20/3/2025 tại hội trường UBND xã. '],
    ['a heading pairing two parts, the second\'s words after it', '1. Nội dung - Hình thức tổ chức: hội nghị trực tiếp. '],
    ['a quarter in Roman figures before a sentence in capitals', 'hoàn thành trong Quý II. UBND XÃ AN BÌNH giao Văn phòng theo dõi. '],
  ])('leaves %s in its line', (_what, rest) => {
    const lines = body(rest);
    expect(lines.some((l) => l.includes(rest.trim()))).toBe(true);
  });

  it.each([
    [
      'a task table',
      'PHỤ LỤC | TT | Nhiệm vụ | Chủ trì | Thời gian | | --- | --- | --- | --- | | 1 | Tổ chức hội nghị - Tổng kết | Sở Nội vụ | Tháng 12/2025 | |  | Theo dõi |  |  | | 2 | Tuyên truyền. - Phổ biến | Sở Văn hóa | Năm 2025 | Sau đó các đơn vị báo cáo.',
      ['| TT | Nhiệm vụ | Chủ trì | Thời gian |', '| --- | --- | --- | --- |', '| 1 | Tổ chức hội nghị - Tổng kết | Sở Nội vụ | Tháng 12/2025 |', '|  | Theo dõi |  |  |', '| 2 | Tuyên truyền. - Phổ biến | Sở Văn hóa | Năm 2025 |'],
    ],
    ['a table whose rows are short of its columns: the header and delimiter rows only', 'Bảng: | TT | Nhiệm vụ | | --- | --- | | 1 | Hội nghị | Sở Nội vụ | Sau đó.', ['| TT | Nhiệm vụ |', '| --- | --- |']],
  ])('puts each row of a markdown table on a line of its own, whole: %s', (_what, rest, want) => {
    const lines = body(rest);
    for (const line of want) expect(lines).toContain(line);
  });

  it.each([
    [
      'a plan after a decision\'s signature, its heading in bold',
      'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Tạ Quang Đông  **KẾ HOẠCH**  THỰC HIỆN QUY HOẠCH MẠNG LƯỚI CƠ SỞ VĂN HÓA  *(Kèm theo Quyết định số 4385/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)*  I. MỤC ĐÍCH, YÊU CẦU',
      ['**KẾ HOẠCH**', 'THỰC HIỆN QUY HOẠCH MẠNG LƯỚI CƠ SỞ VĂN HÓA ', '*(Kèm theo Quyết định số 4385/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)*'],
    ],
    [
      'a programme whose title names another type',
      'CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU CỦA TỈNH ỦY (Ban hành kèm theo Quyết định số 435/QĐ-UBND ngày 12/5/2020) I. MỤC ĐÍCH',
      ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU CỦA TỈNH ỦY', '(Ban hành kèm theo Quyết định số 435/QĐ-UBND ngày 12/5/2020)'],
    ],
  ])('puts an attached document\'s heading, title and note on lines of their own: %s', (_what, rest, want) => {
    // A copy run together over blank lines leaves a space at a line's edge.
    const lines = body(rest).map((l) => l.trim());
    for (const line of want) expect(lines).toContain(line.trim());
  });

  it('finds the type heading past a web copy\'s cell pipes and emphasis after the date', () => {
    const lines = breakRunOnLines(`| **ỦY BAN NHÂN DÂN** TỈNH QUẢNG NGÃI ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc --------------- | | Số: 1627/QĐ-UBND | *Quảng Ngãi, ngày 21 tháng 11 năm 2025* |  ** **  **QUYẾT ĐỊNH**  VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG *Căn cứ Luật Tổ chức chính quyền địa phương;* ${BODY}`)
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('**QUYẾT ĐỊNH**');
    expect(lines).toContain('VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG');
  });

  it('leaves a note in a sentence, with no heading in capitals before it, in its line', () => {
    const rest = 'Các đơn vị thực hiện theo biểu mẫu (kèm theo Kế hoạch này) và báo cáo kết quả về Sở Nội vụ.';
    expect(body(rest).some((l) => l.includes(rest))).toBe(true);
  });

  it('reads the record of a plan run onto one line', async () => {
    const result = await processBytes('one-line.txt', new TextEncoder().encode(text), { after: [] });
    const doc = result.record?.document;
    expect(doc?.type).toBe('Kế hoạch');
    expect(doc?.number).toBe('45/KH-UBND');
    expect(doc?.date).toBe('2025-03-12');
    expect(doc?.place).toBe('Tân Hòa');
    expect(doc?.issuer.name).toBe('Ủy ban nhân dân xã Tân Hòa');
    expect(doc?.title).toBe('Tổ chức phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025');
    expect(result.record?.signer?.name).toBe('Nguyễn Văn Bình');
  });

  it('breaks a long run-on line in time linear in its length', () => {
    const long = `${ONE_LINE_PLAN.slice(0, 4).join(' ')} ${'1. Việc cần làm. - Một ý; a) Mục nhỏ: '.repeat(5000)}`;
    const out = breakRunOnLines(long);
    expect(out.split('\n').length).toBeGreaterThan(10_000);
  });
});
