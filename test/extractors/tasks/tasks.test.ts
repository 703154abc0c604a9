import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2018-07-22', title: null } as DocumentInfo;
const HEADER = 'TT\tNội dung công việc\tNgười thực hiện\tNgười phối hợp\tThời gian hoàn thành\tLãnh đạo phụ trách';

function tasks(text: string, document: DocumentInfo = DOC) {
  const ctx = testContext();
  return { ctx, tasks: extractTasks(text, ctx, { tables: [], document, sections: extractSections(text) }) };
}

describe('task tables', () => {
  it('maps columns by meaning, skips repeated headers and keeps sections', () => {
    const text = [
      'BIỂU TIẾN ĐỘ',
      HEADER,
      'I\tQUÝ I/2018',
      '1.\tXây dựng kế hoạch\tĐ/c Nga – VP\t\tTháng 01/2018\tĐ/c Thuần - PCT',
      '2.\tTổ chức sơ kết các mô hình, chuyên đề\tĐ/c Nga - VP\tHĐTĐKT\tTháng 9/2018\tCác PCT UBND',
      '',
      'BIỂU TIẾN ĐỘ',
      HEADER,
      '\tthi đua;',
      'IV.\tCÁC NHIỆM VỤ THƯỜNG XUYÊN',
      '3.\tTuyên truyền\tPhòng VH TT\tCác phòng, ban, đơn vị, UBND các phường\tHàng tháng Thường xuyên\tĐ/c Hương',
    ].join('\n');
    const { tasks: rows, ctx } = tasks(text);
    expect(rows.map((t) => [t.index, t.section, t.content])).toEqual([
      ['1', 'QUÝ I/2018', 'Xây dựng kế hoạch'],
      ['2', 'QUÝ I/2018', 'Tổ chức sơ kết các mô hình, chuyên đề thi đua;'],
      ['3', 'CÁC NHIỆM VỤ THƯỜNG XUYÊN', 'Tuyên truyền'],
    ]);
    expect(rows[0]).toMatchObject({ lead: ['Đ/c Nga – VP'], support: [], supervisor: 'Đ/c Thuần - PCT', deadline: { start: '2018-01', end: '2018-01' } });
    expect(rows[2]!.support).toEqual(['Các phòng, ban, đơn vị', 'UBND các phường']);
    expect(rows[2]!.deadline?.recurring).toBe(true);
    expect(ctx.codes()).toEqual([]);
  });

  it('reads another issuer’s columns in another order', () => {
    const text = [
      'TT\tNhiệm vụ, giải pháp\tThời gian thực hiện\tĐơn vị phối hợp\tĐơn vị chủ trì tham mưu',
      '1.\tTổng kết\tTrước ngày 31/12 hằng năm\tCác đơn vị thuộc quận\tPhòng Nội vụ',
      '\t- Phong trào thi đua “An toàn thực phẩm”\t\tPhòng Nội vụ, Cụm phó và các thành viên Cụm thi đua\tPhòng Y tế',
    ].join('\n');
    const { tasks: rows } = tasks(text, { date: '2021-01-22' } as DocumentInfo);
    expect(rows[0]).toMatchObject({ index: '1', lead: ['Phòng Nội vụ'], support: ['Các đơn vị thuộc quận'], deadline: { recurring: true } });
    expect(rows[1]).toMatchObject({ index: null, parent: '1', content: 'Phong trào thi đua “An toàn thực phẩm”', support: ['Phòng Nội vụ', 'Cụm phó và các thành viên Cụm thi đua'] });
  });

  it.each([
    ['a header-only table', [HEADER].join('\n'), 0, ['TASKS_NOT_FOUND']],
    ['rows without a header', ['1.\tA việc\tPhòng X\tPhòng Y\tTháng 2/2018\tĐ/c Z'].join('\n'), 1, ['TABLE_NO_HEADER']],
    ['a row with extra cells', [HEADER, '1.\tA\tB\tC\tTháng 2/2018\tD\tE'].join('\n'), 1, ['TABLE_COLUMNS_MISMATCH']],
    ['a deadline before the plan year', [HEADER, '1.\tA\tB\t\tTrước 15/01/2017\tD'].join('\n'), 1, ['IMPLAUSIBLE_DEADLINE']],
    ['an empty document', '', 0, []],
  ])('%s: extracted as far as possible, with diagnostics', (_name, text, count, codes) => {
    const { tasks: rows, ctx } = tasks(text);
    expect(rows).toHaveLength(count);
    expect(ctx.codes()).toEqual(codes);
  });

  it('one TABLE_COLUMNS_MISMATCH per table, counting its rows, at the first of them', () => {
    const text = [HEADER, '1.\tA\tB\tC\tTháng 2/2018\tD\tE', '2.\tF\tG\tH\tTháng 3/2018\tI\tJ', '3.\tK\tL\tM\tTháng 4/2018\tN\tO'].join('\n');
    const { tasks: rows, ctx } = tasks(text);
    expect(rows).toHaveLength(3);
    const mismatches = ctx.diagnostics.filter((d) => d.code === 'TABLE_COLUMNS_MISMATCH');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.message).toMatch(/^3 rows/);
    expect(mismatches[0]!.span?.start).toBe(text.indexOf('1.\tA'));
  });

  it.each([
    ['a combined "chủ trì/phối hợp" column: the first unit leads, the rest support', 'TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì/phối hợp', '1\tRà soát danh sách\tTrước ngày 27/6/2026\tPhòng Đào tạo; Trung tâm QLCL', ['Phòng Đào tạo'], ['Trung tâm QLCL'], '2026-06-27'],
    ['"Chủ trì, phối hợp" beside a lead column of its own adds supporters', 'TT\tNội dung\tĐơn vị thực hiện\tChủ trì, phối hợp\tThời hạn', '1\tTổng kết\tSở Nội vụ\tSở Nội vụ; Sở Tài chính\tQuý IV/2026', ['Sở Nội vụ'], ['Sở Tài chính'], '2026-12'],
    ['an OCR\'d header with fragments between its words', 'TT\tNội dung công việc\tThời se gian thực hiện\t— Đơn vị . chủ 2 trì/phôi ` Ã« hợp', '2\tChọn mẫu\tTrước ngày 30/6/2026\tTrung tâm QLCL; các khoa', ['Trung tâm QLCL'], ['các khoa'], '2026-06-30'],
    ['a header a layer without Vietnamese garbled: "phải họp" restored from "phAi hQ\'p", the T of "Thời" split off', 'TT\tTiến trình công việc\tTrách nhiệm thực hiện\tTrách nhiệm phải họp\tChuẩn mực chấp nhận ÍT hơi gian', '1\tLập danh sách\tPhòng Đào tạo\tCTSV\tTuần 2, tháng 01/2021', ['Phòng Đào tạo'], ['CTSV'], '2021-01'],
  ])('%s', (_name, header, row, lead, support, end) => {
    const { tasks: rows } = tasks([header, row].join('\n'), { date: '2026-06-23' } as DocumentInfo);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ lead, support, deadline: { end } });
  });

  it('passes over the rows of a numbered table that is not a task table', () => {
    const text = [
      'TT\tKhoa tham gia khảo sát\tĐối tượng khảo sát',
      '1\tKhoa Công nghệ Cơ khí\tSinh viên được chọn mẫu ngẫu nhiên',
      '2\tKhoa Công nghệ Thông tin\ttheo hướng dẫn trên hệ thống',
      'TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì/phối hợp',
      '1\tBan hành kế hoạch\tTrước ngày 27/6/2026\tPhòng Đào tạo; Trung tâm QLCL',
    ].join('\n');
    const { tasks: rows, ctx } = tasks(text, { date: '2026-06-23' } as DocumentInfo);
    expect(rows.map((t) => t.content)).toEqual(['Ban hành kế hoạch']);
    expect(ctx.codes()).not.toContain('TABLE_NO_HEADER');
  });

  it('turns a timeline of phases into tasks', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '2.1. Từ tháng 01 đến tháng 3 năm 2018:',
      '- Đối với Khối các cơ quan:',
      '+ Tiến hành đăng ký thi đua trước ngày 31/01/2018;',
      '+ Tổ chức hội nghị tổng kết (tháng 3/2018);',
      '- Tổ chức sơ kết thi đua.',
      'Trên đây là Kế hoạch.',
    ].join('\n');
    const { tasks: rows } = tasks(text);
    expect(rows.map((t) => [t.content, t.deadline?.start ?? null, t.deadline?.end ?? null])).toEqual([
      ['Tiến hành đăng ký thi đua trước ngày 31/01/2018', null, '2018-01-31'],
      ['Tổ chức hội nghị tổng kết (tháng 3/2018)', '2018-03', '2018-03'],
      ['Tổ chức sơ kết thi đua', '2018-01', '2018-03'],
    ]);
  });

  it('rebuilds rows of a column-scrambled OCR table', () => {
    const text = [
      'Chu tri, chi dao',
      'Thoi gian hoan thanhDon vj phoi hopDon vi thuc hien • • •Noi dung cong viceTT',
      'QUY 1/2021I',
      'Hoi dong',
      'TDKT quan',
      'Cac phong, ban, nganh',
      'Thang 01/2021Xay dung, trien khai Ke hoach cong tac TDKT 2021 Phong Noi vu1.',
      'Hoi dong TDKT quan',
      'Trudc 20/01/2021Xet, de nghi cong nhan sang kien cap Thanh pho dot 1 Phong Noi vu2.',
    ].join('\n');
    const { tasks: rows } = tasks(text, { date: '2021-01' } as DocumentInfo);
    expect(rows.map((t) => [t.index, t.section, t.content, t.lead, t.supervisor, t.deadline?.text])).toEqual([
      ['1', 'QUY 1/2021', 'Xay dung, trien khai Ke hoach cong tac TDKT 2021', ['Phong Noi vu'], 'Hoi dong TDKT quan', 'Thang 01/2021'],
      ['2', 'QUY 1/2021', 'Xet, de nghi cong nhan sang kien cap Thanh pho dot 1', ['Phong Noi vu'], 'Hoi dong TDKT quan', 'Trudc 20/01/2021'],
    ]);
    expect(rows[0]!.support).toEqual(['Cac phong, ban, nganh']);
  });
});

describe('splitUnits', () => {
  it.each([
    ['Phòng Nội vụ, Cụm phó và các thành viên Cụm thi đua', ['Phòng Nội vụ', 'Cụm phó và các thành viên Cụm thi đua']],
    // Bodies of their own in small letters after a named body are units too; kind words and name parts go on.
    ['Chi nhánh VPĐKĐĐ, Công an phường, đơn vị thi công, tổ dân phố', ['Chi nhánh VPĐKĐĐ', 'Công an phường', 'đơn vị thi công', 'tổ dân phố']],
    ['UBND phường, công an phường, trạm y tế phường', ['UBND phường', 'công an phường', 'trạm y tế phường']],
    ['Sở Tài chính, đơn vị tư vấn', ['Sở Tài chính', 'đơn vị tư vấn']],
    ['UBND xã, phường, đặc khu', ['UBND xã, phường, đặc khu']],
    ['Công chức, viên chức các phòng chuyên môn', ['Công chức, viên chức các phòng chuyên môn']],
    ['Sở Tài chính, cơ quan, địa phương liên quan', ['Sở Tài chính', 'cơ quan, địa phương liên quan']],
    ['Các cơ quan, đơn vị, tổ dân phố', ['Các cơ quan, đơn vị, tổ dân phố']],
    ['Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh', ['Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh']],
    ['Các phòng, ban, đơn vị, UBND các phường', ['Các phòng, ban, đơn vị', 'UBND các phường']],
    ['Các sở, ban, ngành tỉnh; UBND các xã, phường', ['Các sở, ban, ngành tỉnh', 'UBND các xã, phường']],
    ['Sở Văn hóa, Thể thao và Du lịch, các sở, ngành liên quan', ['Sở Văn hóa, Thể thao và Du lịch', 'các sở, ngành liên quan']],
    ['Sở Tài chính và cơ quan, địa phương liên quan', ['Sở Tài chính', 'cơ quan, địa phương liên quan']],
    ['Văn phòng HĐND và UBND quận', ['Văn phòng HĐND và UBND quận']],
    ['Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã', ['Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã']],
    ['Phòng Văn hoá và Thông tin; Phòng Nội vụ', ['Phòng Văn hoá và Thông tin', 'Phòng Nội vụ']],
    ['<p>Ban Chỉ huy quân sự quận</p> <p>Phòng Văn hoá và Thông tin</p>', ['Ban Chỉ huy quân sự quận', 'Phòng Văn hoá và Thông tin']],
    ['VPĐU, VPUBND', ['VPĐU', 'VPUBND']],
    ['Đ/c Nhung – VP,', ['Đ/c Nhung – VP']],
    // The full stop closing a bulleted list is not part of the last unit.
    ['- Các sở, ban ngành có liên quan; - UBND các huyện, thành phố.', ['Các sở, ban ngành có liên quan', 'UBND các huyện, thành phố']],
    ['', []],
    // What a list goes on to say about its units is not a unit.
    ['Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình', ['Sở Nội vụ', 'các sở, ban, ngành Thành phố']],
    ['Các sở, ngành theo chức năng, nhiệm vụ được giao; UBND các xã', ['Các sở, ngành', 'UBND các xã']],
    ['Sở Tư pháp, Đài Phát thanh và Truyền hình tỉnh chủ động tổ chức triển khai Luật thuộc phạm vi quản lý của cơ quan, đơn vị và địa phương', ['Sở Tư pháp', 'Đài Phát thanh và Truyền hình tỉnh']],
    ['Bộ Công an tiến hành rà soát các văn bản quy phạm pháp luật có liên quan', ['Bộ Công an']],
    // An unnamed collective closing a list of named bodies is one more unit; a collective stays whole.
    ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức khác có liên quan', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'cơ quan, tổ chức khác có liên quan']],
    ['Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan', ['Bộ Nội vụ', 'các bộ, ngành, địa phương khác có liên quan']],
    ['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', ['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']],
    ['Doanh nghiệp, Sở, ban, ngành có liên quan', ['Doanh nghiệp', 'Sở, ban, ngành có liên quan']],
    ['Các Sở, Ban, ngành tỉnh', ['Các Sở, Ban, ngành tỉnh']],
    ['các sở, ban, ngành, đoàn thể Thành phố, các đơn vị có liên quan tham mưu hoạt động thuộc lĩnh vực phụ trách', ['các sở, ban, ngành, đoàn thể Thành phố', 'các đơn vị có liên quan']],
    ['Sở Khoa học và Công nghệ; các sở, ngành liên quan; Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ', 'các sở, ngành liên quan']],
    ['Ủy ban nhân dân các xã, phường tiếp tục rà soát văn bản', ['Ủy ban nhân dân các xã, phường']],
    ['Các sở, ngành có liên quan và UBND các xã, phường', ['Các sở, ngành có liên quan', 'UBND các xã, phường']],
    // A tax office named after its place starts a body of its own.
    ['Sở Khoa học và Công nghệ, Thuế Hà Nội, Trung tâm Phục vụ hành chính công', ['Sở Khoa học và Công nghệ', 'Thuế Hà Nội', 'Trung tâm Phục vụ hành chính công']],
    // A lower-case "sở, ngành" opens a collective too; "và" then names a body after it.
    ['Sở Tài chính, Sở Công Thương, sở, ngành có liên quan và UBND các xã, phường', ['Sở Tài chính', 'Sở Công Thương', 'sở, ngành có liên quan', 'UBND các xã, phường']],
    // "Sở X và Sở, ngành …": two of one kind, though a comma follows the second "Sở".
    ['Sở Văn hóa – Thể thao, Sở Du lịch và Sở, ngành liên quan', ['Sở Văn hóa – Thể thao', 'Sở Du lịch', 'Sở, ngành liên quan']],
    // A department after a named body; a council's office serving two bodies stays one (above).
    ['UB MTTQ Việt Nam Thành phố, MTTQ cấp xã và Ban Công tác mặt trận', ['UB MTTQ Việt Nam Thành phố', 'MTTQ cấp xã', 'Ban Công tác mặt trận']],
    ['Đề nghị phối hợp với các Bộ, ngành liên quan', ['các Bộ, ngành liên quan']],
    // A full stop before words that name no body goes on about the same units.
    [
      'Sở Khoa học và Công nghệ tiến hành rà soát các văn bản; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát văn bản và gửi kết quả về Sở Khoa học và Công nghệ để tổng hợp báo cáo Chủ tịch UBND tỉnh. Đồng thời, các sở, ngành liên quan tiếp tục rà soát',
      ['Sở Khoa học và Công nghệ', 'các sở, ngành liên quan', 'Ủy ban nhân dân các xã, phường'],
    ],
    // "Bản quyền" folds like "Ban" but names no body: the Cục's list gives each Cục, none split at "Bản".
    ['Các Cục: Di sản văn hóa, Bản quyền tác giả', ['Cục Di sản văn hóa', 'Cục Bản quyền tác giả']],
    ['Cục Di sản văn hóa, Bản quyền tác giả', ['Cục Di sản văn hóa, Bản quyền tác giả']],
    ['Sở Xây dựng/các công ty quản lý lĩnh vực liên quan', ['Sở Xây dựng', 'các công ty quản lý lĩnh vực liên quan']],
    ['UBND xã/phường, Công an Thành phố', ['UBND xã/phường', 'Công an Thành phố']],
    // Two paragraphs of one cell, each a body and what it does there.
    ['UBND các xã, phường trực tiếp triển khai tại địa bàn Sở Khoa học và Công nghệ triển khai hệ thống, hạ tầng, dữ liệu.', ['UBND các xã, phường', 'Sở Khoa học và Công nghệ']],
    ['Sở Giáo dục và Đào tạo, UBND các xã/phường triển khai tại các cơ sở giáo dục theo phân cấp. Sở Khoa học và Công nghệ triển khai hệ thống, hạ tầng, dữ liệu.', ['Sở Giáo dục và Đào tạo', 'UBND các xã/phường', 'Sở Khoa học và Công nghệ']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

describe('splitUnits: district and commune bodies', () => {
  // A commune plan names its civil servants and the hamlets' associations as bodies; "và các đoàn
  // thể" after a named body is a collective of its own, as "và các cơ quan" is.
  it.each([
    ['Công chức Văn hóa - Xã hội, Công chức Tư pháp - Hộ tịch', ['Công chức Văn hóa - Xã hội', 'Công chức Tư pháp - Hộ tịch']],
    ['Trưởng các ấp, Chi hội Nông dân các ấp', ['Trưởng các ấp', 'Chi hội Nông dân các ấp']],
    ['Công an xã, Chi đoàn Thanh niên ấp, Chi bộ ấp', ['Công an xã', 'Chi đoàn Thanh niên ấp', 'Chi bộ ấp']],
    ['Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện', ['Ủy ban MTTQ Việt Nam huyện', 'các đoàn thể chính trị - xã hội huyện']],
    ['Huyện Đoàn, Hội Liên hiệp Phụ nữ huyện', ['Huyện Đoàn', 'Hội Liên hiệp Phụ nữ huyện']],
    ['Văn phòng HĐND và UBND xã; Công an xã', ['Văn phòng HĐND và UBND xã', 'Công an xã']],
    // A collective of officials stays whole; lower-case words after the comma go on about it.
    ['Cán bộ, công chức xã', ['Cán bộ, công chức xã']],
    ['Công chức, viên chức các phòng chuyên môn', ['Công chức, viên chức các phòng chuyên môn']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

describe('splitUnits after markup removal', () => {
  it.each([
    ['Ban Chỉ huy quân sự quận Phòng Văn hoá và Thông tin', ['Ban Chỉ huy quân sự quận', 'Phòng Văn hoá và Thông tin']],
    ['Lãnh đạo UBND quận', ['Lãnh đạo UBND quận']],
    ['Văn phòng HĐND và UBND quận và các đơn vị liên quan', ['Văn phòng HĐND và UBND quận', 'các đơn vị liên quan']],
    ['Thành viên Hội đồng TĐKT quận', ['Thành viên Hội đồng TĐKT quận']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
