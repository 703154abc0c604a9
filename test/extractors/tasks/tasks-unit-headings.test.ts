// Tasks listed under the unit that does them ("1. Phòng Văn hóa – Thông tin:" then "- …" duties;
// a Party plan's "a) Tổ đảng ở …" then "* …"), and the other shapes of a plan's "Tổ chức thực
// hiện" seen on real plans (heldout-fresh5): a body as the subject ("2. Phòng … chủ trì, phối hợp
// với …"), and items lettered a), b) under a quarter.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2015-02-09', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const NOTICE = { date: '2015-02-09', title: null, type: 'Thông báo', typeCode: 'TB' } as DocumentInfo;

function read(body: string[], document: DocumentInfo = PLAN) {
  const text = body.join('\n');
  return extractTasks(text, testContext(), { tables: [], document, sections: extractSections(text), typed: true });
}

const brief = (t: ReturnType<typeof read>[number]) => ({ index: t.index, content: t.content, lead: t.lead, support: t.support });

const DISTRICT = [
  'III. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Phòng Văn hóa – Thông tin:',
  '',
  '- Chủ trì, phối hợp với Đài Truyền thanh - Truyền hình huyện tổ chức hướng dẫn các Trạm truyền thanh; phối hợp với phòng KT-HT biên tập tin, bài.',
  '',
  '- Thực hiện tuyên truyền qua Trang Thông tin điện tử của huyện.',
  '',
  '2. Đề nghị Ban Tuyên giáo Huyện ủy:',
  '',
  '- Đưa nội dung Kế hoạch vào Hội nghị báo cáo viên; phối hợp với phòng Văn hóa – Thông tin trong công tác định hướng tuyên truyền.',
  '',
  '3. Đề nghị Ủy ban Mặt trận Tổ quốc huyện:',
  '',
  'Chỉ đạo các tổ chức đoàn thể cùng tham gia tuyên truyền các nội dung của Kế hoạch này.',
  '',
  'Trên cơ sở Kế hoạch này, yêu cầu các phòng, ngành, UBND các xã cụ thể hóa chương trình hành động./.',
  '',
  'Nơi nhận:',
  '- UBND tỉnh;',
];

describe('duties listed under the unit that does them', () => {
  it('one task per bullet (or the paragraph), the heading unit leads, "phối hợp với" names partners', () => {
    expect(read(DISTRICT).map(brief)).toEqual([
      {
        index: null,
        content: 'Chủ trì, phối hợp với Đài Truyền thanh - Truyền hình huyện tổ chức hướng dẫn các Trạm truyền thanh; phối hợp với phòng KT-HT biên tập tin, bài.',
        lead: ['Phòng Văn hóa – Thông tin'],
        support: ['Đài Truyền thanh - Truyền hình huyện', 'phòng KT-HT'],
      },
      { index: null, content: 'Thực hiện tuyên truyền qua Trang Thông tin điện tử của huyện.', lead: ['Phòng Văn hóa – Thông tin'], support: [] },
      {
        index: '2',
        content: 'Đưa nội dung Kế hoạch vào Hội nghị báo cáo viên; phối hợp với phòng Văn hóa – Thông tin trong công tác định hướng tuyên truyền.',
        lead: ['Ban Tuyên giáo Huyện ủy'],
        support: ['phòng Văn hóa – Thông tin'],
      },
      // The plan's closing sentence after a blank line is not the last body's duty.
      { index: '3', content: 'Chỉ đạo các tổ chức đoàn thể cùng tham gia tuyên truyền các nội dung của Kế hoạch này.', lead: ['Ủy ban Mặt trận Tổ quốc huyện'], support: [] },
    ]);
  });

  it('reads a heading set in bold, or left plain by a converter when bullets follow it', () => {
    for (const [a, b] of [
      ['**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**', '**b) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách**'],
      ['a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT', 'b) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách'],
    ]) {
      const tasks = read(['II. PHÂN CÔNG NHIỆM VỤ', a!, '', '*   Chủ trì thẩm tra các dự án luật.', '*   Thực hiện một số nội dung khác.', b!, '', '*   Kiến nghị cơ chế, chính sách về tài chính.']);
      // A heading names one body: its own commas ("KH,CN&MT", "Tài chính, Ngân sách") do not split it.
      expect(tasks.map((t) => [t.lead, t.content])).toEqual([
        [['Tổ đảng ở Thường trực Ủy ban KH,CN&MT'], 'Chủ trì thẩm tra các dự án luật.'],
        [['Tổ đảng ở Thường trực Ủy ban KH,CN&MT'], 'Thực hiện một số nội dung khác.'],
        [['Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách'], 'Kiến nghị cơ chế, chính sách về tài chính.'],
      ]);
    }
  });

  it('passes over a page number between a heading and its bullets: no duty, nor part of the name', () => {
    const tasks = read(['V. TỔ CHỨC THỰC HIỆN', '8. Sở Công Thương', '- Hỗ trợ kết nối tiêu thụ sản phẩm OCOP.', '9. Công an thành phố', '', '11', '- Chỉ đạo Công an các xã, phường bảo đảm an ninh tại các điểm du lịch.', '- Phối hợp kiểm tra các cơ sở lưu trú.']);
    expect(tasks.map((t) => [t.lead, t.content])).toEqual([
      [['Sở Công Thương'], 'Hỗ trợ kết nối tiêu thụ sản phẩm OCOP.'],
      [['Công an thành phố'], 'Chỉ đạo Công an các xã, phường bảo đảm an ninh tại các điểm du lịch.'],
      [['Công an thành phố'], 'Phối hợp kiểm tra các cơ sở lưu trú.'],
    ]);
  });

  it('a duty opening with how often it is done takes that as its time', () => {
    const tasks = read(['1. Phòng Nội vụ:', '- Định kỳ 1 tháng/lần tổng hợp tình hình báo cáo UBND huyện.', '- Thường xuyên kiểm tra việc thực hiện.', '- Tổ chức hội nghị sơ kết.', '2. Phòng Tư pháp:', '- Rà soát văn bản.']);
    expect(tasks.map((t) => t.deadline)).toEqual([
      { text: 'Định kỳ 1 tháng/lần', start: null, end: null, recurring: true },
      { text: 'Thường xuyên', start: null, end: null, recurring: true },
      null,
      null,
    ]);
  });

  it('splits a heading naming several bodies', () => {
    const tasks = read(['p) Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội:', '- Giám sát tại địa phương việc ban hành Kế hoạch.', 'q) Lãnh đạo Ban Dân nguyện:', '- Chủ trì giúp UBTVQH trong công tác tiếp công dân.']);
    expect(tasks.map((t) => t.lead)).toEqual([['Các Đoàn đại biểu Quốc hội', 'các đại biểu Quốc hội'], ['Lãnh đạo Ban Dân nguyện']]);
  });

  it.each([
    ['one heading alone', ['1. Phòng Văn hóa – Thông tin:', '- Thực hiện tuyên truyền qua Trang Thông tin điện tử.', '2. Kinh phí: từ ngân sách huyện.']],
    ['topics, not bodies', ['1. Các hoạt động tuyên truyền:', '- Tổ chức hội thi.', '2. Báo cáo:', '- Định kỳ hằng tháng.']],
    ['a plain item that goes on in prose', ['1. Phòng Nội vụ', 'là cơ quan thường trực của Hội đồng.', '2. Phòng Tư pháp', 'là thành viên của Hội đồng.']],
    ['a heading that already assigns', ['1. Phòng Nội vụ chủ trì tổ chức hội nghị:', '- Chuẩn bị tài liệu.', '2. Phòng Tư pháp phối hợp:', '- Cử cán bộ tham dự.']],
  ])('no list from %s', (_, body) => {
    expect(read(body)).toEqual([]);
  });

  // A district plan's closing part as a PDF text layer gives it (heldout-fresh6 g01): the body's
  // name opens the item and its duty follows the colon; no blank lines set the parts apart.
  const INLINE = [
    'VIII. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nội vụ: Chủ trì, phối hợp với phòng Giáo dục và Đào tạo và các đơn vị có liên quan tham mưu UBND huyện triển khai thực hiện kế hoạch. Cụ thể:',
    '- Tham mưu thông báo tuyển dụng viên chức;',
    '- Tham mưu Quy chế xét tuyển; thành lập Hội đồng xét tuyển;',
    '2. Phòng Giáo dục và Đào tạo: Phối hợp với phòng Nội vụ tham mưu',
    'UBND huyện triển khai thực hiện kế hoạch tuyển dụng.',
    '3. Trung tâm Văn hóa - Truyền thông, Ban Biên tập Cổng Thông tin điện tử huyện: Tuyên truyền, thông báo công khai các nội dung tuyển dụng.',
    'Trên đây là Kế hoạch tuyển dụng viên chức. UBND huyện yêu cầu các đơn vị triển khai thực hiện./.',
    'Nơi nhận:',
  ];

  it('reads a body named before its duty on one line; a duty announcing bullets gives them its partners', () => {
    expect(read(INLINE).map(brief)).toEqual([
      { index: null, content: 'Tham mưu thông báo tuyển dụng viên chức;', lead: ['Phòng Nội vụ'], support: ['phòng Giáo dục và Đào tạo', 'các đơn vị có liên quan'] },
      { index: null, content: 'Tham mưu Quy chế xét tuyển; thành lập Hội đồng xét tuyển;', lead: ['Phòng Nội vụ'], support: ['phòng Giáo dục và Đào tạo', 'các đơn vị có liên quan'] },
      // A duty going on over the next line is one duty.
      { index: '2', content: 'Phối hợp với phòng Nội vụ tham mưu UBND huyện triển khai thực hiện kế hoạch tuyển dụng.', lead: ['Phòng Giáo dục và Đào tạo'], support: ['phòng Nội vụ'] },
      // The plan's closing sentence is not the last body's duty, blank line or not.
      {
        index: '3',
        content: 'Tuyên truyền, thông báo công khai các nội dung tuyển dụng.',
        lead: ['Trung tâm Văn hóa - Truyền thông', 'Ban Biên tập Cổng Thông tin điện tử huyện'],
        support: [],
      },
    ]);
  });

  it.each([
    ['a topic before the colon', ['1. Mục đích: Qua tuyển dụng để lựa chọn được những người có đủ điều kiện.', '2. Yêu cầu: Việc tuyển dụng phải căn cứ vào chỉ tiêu.']],
    ['a place, not a body', ['1.1. Thời gian nhận hồ sơ: Từ 03/6/2020 đến ngày 02/7/2020.', '1.2. Địa điểm nộp hồ sơ: Tại phòng Nội vụ, UBND huyện.']],
    ['one such item alone', ['1. Phòng Nội vụ: Chủ trì tổ chức tuyển dụng.', 'Trên đây là Kế hoạch tuyển dụng.']],
  ])('no list from %s', (_, body) => {
    expect(read(body)).toEqual([]);
  });

  // A programme's closing part written as unnumbered paragraphs, each a body then its duties.
  const UNNUMBERED = [
    'IV. Tổ chức thực hiện',
    '',
    'UBND các huyện, thành phố: Lựa chọn địa điểm tổ chức đào tạo; Lập danh sách học viên gửi Sở Thông tin và Truyền thông tổng hợp.',
    '',
    'Phòng Văn hóa - Thông tin: Phối hợp với Đài Truyền thanh huyện tuyên truyền về lớp học.',
    '',
    'PHẦN II',
    '',
    'I. PHƯƠNG ÁN TỔ CHỨC',
    '',
    'Sở Tài chính: Bố trí kinh phí theo dự toán.',
  ];

  it('reads unnumbered "<body>: <duty>" paragraphs of the closing part, not such paragraphs elsewhere', () => {
    expect(read(UNNUMBERED).map(brief)).toEqual([
      {
        index: null,
        content: 'Lựa chọn địa điểm tổ chức đào tạo; Lập danh sách học viên gửi Sở Thông tin và Truyền thông tổng hợp.',
        lead: ['UBND các huyện, thành phố'],
        support: [],
      },
      { index: null, content: 'Phối hợp với Đài Truyền thanh huyện tuyên truyền về lớp học.', lead: ['Phòng Văn hóa - Thông tin'], support: ['Đài Truyền thanh huyện'] },
    ]);
    // Outside the closing part the same paragraphs are the plan's prose.
    expect(read(UNNUMBERED.map((l) => (l === 'IV. Tổ chức thực hiện' ? 'IV. Nội dung' : l)))).toEqual([]);
    // A paragraph naming a topic before its colon is no body's duty.
    expect(read(['IV. Tổ chức thực hiện', '', 'Kinh phí: Từ nguồn sự nghiệp năm 2017.', '', 'Thời gian: Từ tháng 3 đến tháng 10.'])).toEqual([]);
  });

  it('only in plans and programmes', () => {
    expect(read(DISTRICT, NOTICE)).toEqual([]);
  });

  it('reads many headings in time linear in their number', () => {
    const body = Array.from({ length: 2000 }, (_, i) => [`${(i % 99) + 1}. Phòng Nội vụ:`, '- Tổ chức hội nghị, phối hợp với Phòng Tư pháp trong công tác tuyên truyền.']).flat();
    expect(read(body)).toHaveLength(2000);
  });
});

describe('a body as the subject in the plan’s closing part, beside a table', () => {
  const TABLE = ['II. NỘI DUNG', 'Thời gian\tNội dung\tĐơn vị thực hiện', '01/2017\tKý kết giao ước thi đua\tVăn phòng', '02/2017\tTổ chức hội nghị\tCông đoàn', ''];
  it('reads "Phòng X chủ trì, phối hợp với Y, …", "X phối hợp với Y …" and "X chịu trách nhiệm …" there', () => {
    const tasks = read([
      ...TABLE,
      'IV. TỔ CHỨC THỰC HIỆN',
      '2. Phòng Báo chí - Xuất bản chủ trì, tham mưu tổ chức các hoạt động chào mừng ngày Báo chí cách mạng Việt Nam.',
      '3. Phòng Kế hoạch Tài chính chủ trì, phối hợp với Văn phòng Sở tổ chức phong trào thi đua trong các doanh nghiệp.',
      '4. Hội đồng khoa học Sở phối hợp với Công đoàn Sở phát động các hoạt động nghiên cứu khoa học.',
      '5. Văn phòng Sở chịu trách nhiệm theo dõi, đôn đốc việc thực hiện.',
      '6. Báo và Phát thanh, Truyền hình tỉnh chủ động phối hợp với Sở Tài chính tuyên truyền về kinh tế số.',
    ]);
    expect(tasks.slice(2).map((t) => [t.index, t.lead, t.support, t.content])).toEqual([
      ['2', ['Phòng Báo chí - Xuất bản'], [], 'tham mưu tổ chức các hoạt động chào mừng ngày Báo chí cách mạng Việt Nam'],
      ['3', ['Phòng Kế hoạch Tài chính'], ['Văn phòng Sở'], 'tổ chức phong trào thi đua trong các doanh nghiệp'],
      ['4', ['Hội đồng khoa học Sở'], ['Công đoàn Sở'], 'phát động các hoạt động nghiên cứu khoa học'],
      ['5', ['Văn phòng Sở'], [], 'theo dõi, đôn đốc việc thực hiện'],
      // "chủ động" says how the body works, it is no part of its name.
      ['6', ['Báo và Phát thanh, Truyền hình tỉnh'], ['Sở Tài chính'], 'tuyên truyền về kinh tế số'],
    ]);
  });

  it('not when the closing part mostly lists each agency’s duties under its name: its standing-organisation sentences give no task', () => {
    const tasks = read([
      ...TABLE,
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ',
      'Tham mưu tổ chức hội nghị sơ kết, tổng kết phong trào thi đua.',
      '2. Phòng Tư pháp',
      'Rà soát các văn bản quy phạm pháp luật về thi đua, khen thưởng.',
      '3. Công đoàn Sở',
      'Vận động đoàn viên tham gia các phong trào thi đua.',
      '4. Các phòng chuyên môn chịu trách nhiệm triển khai thực hiện Kế hoạch này.',
      '5. Văn phòng Sở chịu trách nhiệm theo dõi, đôn đốc việc thực hiện.',
    ]);
    expect(tasks.map((t) => t.content)).toEqual(['Ký kết giao ước thi đua', 'Tổ chức hội nghị']);
  });

  it('leaves such sentences alone outside the closing part, and a sentence whose subject is no body', () => {
    expect(read([...TABLE, 'III. NHIỆM VỤ', '1. Phòng Nội vụ chủ trì tổ chức hội nghị.', '2. Phòng Tư pháp chủ trì rà soát văn bản.'])).toHaveLength(2);
    expect(read(['1. Năm 2025 chủ trì được 3 hội nghị.', '2. Kết quả phối hợp với các ngành tốt.'])).toEqual([]);
  });
});

describe('items lettered a), b) under a quarter', () => {
  it('are the quarter’s tasks, its deadline theirs', () => {
    const tasks = read([
      '2. Chương trình và thời gian thực hiện',
      '2.1. Quý I năm 2017',
      'a) Tham mưu UBND tỉnh phê duyệt Kiến trúc Chính quyền điện tử của tỉnh.',
      'b) Chỉ đạo, giám sát việc triển khai ứng dụng CNTT tại Trung tâm hành chính công.',
      '2.2. Quý II năm 2017',
      'a) Chỉ đạo tổ chức Hội thi Tin học trẻ tỉnh lần thứ 20.',
    ]);
    expect(tasks.map((t) => [t.index, t.content, t.deadline?.start, t.deadline?.end])).toEqual([
      ['a', 'Tham mưu UBND tỉnh phê duyệt Kiến trúc Chính quyền điện tử của tỉnh', '2017-01', '2017-03'],
      ['b', 'Chỉ đạo, giám sát việc triển khai ứng dụng CNTT tại Trung tâm hành chính công', '2017-01', '2017-03'],
      ['a', 'Chỉ đạo tổ chức Hội thi Tin học trẻ tỉnh lần thứ 20', '2017-04', '2017-06'],
    ]);
  });
});

describe('items lettered a), b) under a year in a report', () => {
  const BODY = ['I. KẾT QUẢ THỰC HIỆN', '2. Năm 2024', 'a) Kết quả đạt được: tổ chức 12 hội nghị tập huấn cho cán bộ.', 'b) Tồn tại, hạn chế: tiến độ một số việc còn chậm.'];
  const REPORT = { date: '2025-01-10', title: null, type: 'Báo cáo', typeCode: 'BC' } as DocumentInfo;
  it('are an account, no tasks; in a plan the same items are the year’s tasks', () => {
    expect(read(BODY, REPORT)).toEqual([]);
    expect(read(BODY).map((t) => t.index)).toEqual(['a', 'b']);
  });
});

describe('a unit cell that says who leads and who helps', () => {
  it.each([
    ['Văn phòng chủ trì, phối hợp với các phòng, đơn vị liên quan', ['Văn phòng'], ['các phòng, đơn vị liên quan']],
    ['Phòng Nội vụ chủ trì; phối hợp Phòng Tư pháp', ['Phòng Nội vụ'], ['Phòng Tư pháp']],
    ['Phòng Nội vụ', ['Phòng Nội vụ'], []],
  ])('%s', (cell, lead, support) => {
    const tasks = read(['TT\tNội dung\tĐơn vị thực hiện\tThời gian', `1\tKý kết giao ước thi đua\t${cell}\t01/2017`, '2\tTổ chức hội nghị\tCông đoàn\t02/2017']);
    expect([tasks[0]!.lead, tasks[0]!.support]).toEqual([lead, support]);
  });
});

describe('two rows of a table by months run into one line by a page break', () => {
  it('split where a later cell is a period like the row’s first', () => {
    const tasks = read([
      'Thời gian\tNội dung\tĐơn vị thực hiện\tGhi chú',
      '01/2017\t- Ký kết giao ước thi đua của các Phòng\tVăn phòng chủ trì, phối hợp với các phòng liên quan\t02/2017\t- Tổ chức Đón Tết an toàn, vui tươi\tCông đoàn, Đoàn Thanh niên',
      '4-5/2017\t- Tổ chức đoàn công tác đi học tập kinh nghiệm\tVăn phòng; HĐ KHCN Sở',
    ]);
    expect(tasks.map((t) => [t.deadline?.text, t.lead])).toEqual([
      ['01/2017', ['Văn phòng']],
      ['02/2017', ['Công đoàn', 'Đoàn Thanh niên']],
      ['4-5/2017', ['Văn phòng', 'HĐ KHCN Sở']],
    ]);
  });
});

describe('rows of a table by months run into one line, and lines that only look so', () => {
  const HEADER = 'Thời gian\tNội dung\tĐơn vị thực hiện';
  it('reads every row of a long line of such rows', () => {
    const n = 3000;
    const line = Array.from({ length: n }, (_, i) => `${(i % 12) + 1}/2017\tViệc số ${i}\tVăn phòng`).join('\t');
    const tasks = read([HEADER, line]);
    expect(tasks).toHaveLength(n);
    expect(tasks.map((t) => t.content)).toEqual(Array.from({ length: n }, (_, i) => `Việc số ${i}`));
  });

  it.each([
    ['a period column of the row itself', 'Tháng\tNội dung\tChủ trì\tThời hạn\tPhối hợp\tGhi chú', '3/2017\tTổ chức hội nghị\tVăn phòng\t4/2017\tCông đoàn\tKhông'],
    ['a deadline cell last', 'Tháng\tNội dung\tChủ trì\tPhối hợp\tThời hạn', '3/2017\tTổ chức hội nghị\tVăn phòng\tCông đoàn\t4/2017'],
    ['a tail of two cells', 'Thời gian\tNội dung\tĐơn vị', '3/2017\tTổ chức hội nghị\tVăn phòng\tCông đoàn\t4/2017\tSở Tài chính'],
  ])('keeps one row for %s', (_, header, row) => {
    expect(read([header, row])).toHaveLength(1);
  });
});

describe('a duty under its unit with many partners and no stop', () => {
  it('reads its partners from a bounded window, whole names only', () => {
    const duty = `- Chủ trì tổ chức hội nghị, ${'phối hợp với Phòng Tư pháp, Phòng Nội vụ, '.repeat(500)}`;
    const tasks = read(['III. TỔ CHỨC THỰC HIỆN', '1. Phòng Văn hóa – Thông tin:', duty, '2. Phòng Nội vụ:', '- Thực hiện tuyên truyền.']);
    expect(tasks[0]!.lead).toEqual(['Phòng Văn hóa – Thông tin']);
    expect(tasks[0]!.support).toEqual(['Phòng Tư pháp', 'Phòng Nội vụ']);
  });
});

describe('bullets whose subject is a body, under an item that announces the division of duties', () => {
  const VISIT = [
    '1. Chương trình làm việc:',
    '20h ngày 10/10/2017: Đón Đoàn công tác tại Sân bay Vinh.',
    '- Đại diện Lãnh đạo: Văn phòng Điều phối nông thôn mới tỉnh, Sở Thông tin và Truyền thông.',
    '2. Phân công nhiệm vụ cho các sở, ngành và đơn vị liên quan:',
    '- Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp các ngành liên quan tham mưu báo cáo tình hình triển khai Chương trình giảm nghèo bền vững;',
    '- Sở Thông tin và Truyền thông phối hợp với Văn phòng Điều phối nông thôn mới tỉnh tổ chức đón tiếp, bố trí đi thực địa và làm việc với Đoàn.',
    '- Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh bố trí phóng viên dự và đưa tin trong thời gian Đoàn làm việc.',
    'Kế hoạch này thay cho giấy mời./.',
    'Nơi nhận:',
    '- Như thành phần mời dự;',
    '- Văn phòng UBND tỉnh bố trí xe;',
  ];
  it('are the bodies’ duties, with no body’s heading beside them; the partners are read after the body’s name', () => {
    expect(read(VISIT).map((t) => [t.lead, t.support])).toEqual([
      [['Sở Lao động, Thương binh và Xã hội'], ['các ngành liên quan']],
      [['Sở Thông tin và Truyền thông'], ['Văn phòng Điều phối nông thôn mới tỉnh']],
      [['Đài Phát thanh và Truyền hình tỉnh', 'Báo Hà Tĩnh'], []],
    ]);
  });

  it('the timetable above and the recipients below give none; under another item the same bullets are not read so', () => {
    expect(read(VISIT.slice(0, 3))).toEqual([]);
    expect(read(['2. Kết quả đạt được:', ...VISIT.slice(4, 7)])).toEqual([]);
  });
});
