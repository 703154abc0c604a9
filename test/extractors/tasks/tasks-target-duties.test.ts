// Duties a plan gives inside its numbered targets ("1. Tập trung phát triển …" / "- Sở X chủ trì …",
// "4. Hoàn thành di dời …" / "UBND phường Y chủ trì, phối hợp với …, hoàn thành trong quý IV năm
// 2026."), beside a closing part listing each body's duties under its name; and under a body's
// heading, a duty that names one of the heading's bodies (or one of the kind it names by level) as
// its subject is that body's.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { partnersOf } from '../../../extractors/tasks/unit-headings.js';
import { namesUnit, splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const PLAN = { date: '2026-01-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const CLOSING = [
  'V. TỔ CHỨC THỰC HIỆN',
  '1. Sở Công Thương',
  '- Là cơ quan thường trực, tổng hợp, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
  '- Thực hiện quản lý, phát triển cụm công nghiệp theo quy định.',
  '2. Sở Tài chính',
  '- Lập, cập nhật các dự án đầu tư hạ tầng kỹ thuật vào danh mục thu hút đầu tư.',
  '3. Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh',
  '- Thực hiện quản lý, phát triển khu công nghiệp theo quy định.',
  '- Ban Quản lý Khu kinh tế chủ trì triển khai chuyển đổi KCN Tằng Loỏng sang mô hình KCN sinh thái.',
  '4. Ủy ban nhân dân cấp xã',
  '- Thường xuyên rà soát các dự án trong cụm công nghiệp.',
  '- Ủy ban nhân dân phường Yên Bái chủ trì phối hợp với Ủy ban nhân dân phường Văn Phú xây dựng phương án di dời cụm công nghiệp Đầm Hồng.',
  '5. Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp',
  '- Thu hút, mời gọi các nhà đầu tư đăng ký vào cụm công nghiệp.',
  'Nơi nhận:',
];

const TARGETS = [
  'II. NỘI DUNG',
  '1. Tập trung phát triển bền vững các khu công nghiệp, cụm công nghiệp',
  'đã thành lập',
  '- Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật tại các CCN đã thành lập.',
  '2. Thành lập mới khoảng trên 500ha các khu, cụm công nghiệp:',
  '- Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh chủ trì',
  'tham mưu thực hiện thủ tục chấp thuận chủ trương đầu tư các dự án.',
  '- Sở Công Thương chủ trì tham mưu thực hiện thủ tục thành lập CCN theo quy',
  'định pháp luật.',
  '(chi tiết Phụ lục 02 đính kèm)',
  '4. Hoàn thành di dời 01 khu công nghiệp (Đông Phố Mới) và 02 cụm công',
  'nghiệp (Đông Phố Mới và Sơn Mãn).',
  'UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu',
  'Kinh tế và các cơ quan đơn vị liên quan thực hiện công tác GPMB, hoàn thành trong quý IV năm 2026. Việc di dời thực hiện theo quy định.',
  '6. Tỷ lệ các khu công nghiệp có công trình xử lý nước thải tập trung',
  'đạt chuẩn 100%.',
  'Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh triển khai',
  'xây dựng hoàn thành trong năm 2026.',
  'III. KINH PHÍ',
  '1. Vốn ngân sách nhà nước: 1.000 tỷ đồng.',
  '- Các nội dung khác thực hiện theo quy định hiện hành.',
  '2. Vốn doanh nghiệp: 5.800 tỷ đồng.',
  '- Các nội dung khác thực hiện theo quy định hiện hành.',
];

describe('duties under numbered targets, beside the bodies\' lists', () => {
  it('each bullet or paragraph whose subject is a body is its task, with partners and deadline', () => {
    const rows = read([...TARGETS, ...CLOSING]).filter((r) => r.section !== 'TỔ CHỨC THỰC HIỆN');
    expect(rows.map((r) => ({ index: r.index, section: r.section, content: r.content, lead: r.lead, support: r.support, deadline: r.deadline?.text ?? null }))).toEqual([
      { index: null, section: 'Tập trung phát triển bền vững các khu công nghiệp, cụm công nghiệp đã thành lập', content: 'đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật tại các CCN đã thành lập', lead: ['Ủy ban nhân dân cấp xã'], support: [], deadline: null },
      { index: null, section: 'Thành lập mới khoảng trên 500ha các khu, cụm công nghiệp', content: 'chủ trì tham mưu thực hiện thủ tục chấp thuận chủ trương đầu tư các dự án', lead: ['Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh'], support: [], deadline: null },
      { index: null, section: 'Thành lập mới khoảng trên 500ha các khu, cụm công nghiệp', content: 'chủ trì tham mưu thực hiện thủ tục thành lập CCN theo quy định pháp luật', lead: ['Sở Công Thương'], support: [], deadline: null },
      {
        index: '4',
        section: 'Hoàn thành di dời 01 khu công nghiệp (Đông Phố Mới) và 02 cụm công nghiệp (Đông Phố Mới và Sơn Mãn)',
        content: 'chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu Kinh tế và các cơ quan đơn vị liên quan thực hiện công tác GPMB, hoàn thành trong quý IV năm 2026. Việc di dời thực hiện theo quy định',
        lead: ['UBND phường Lào Cai'],
        support: ['Sở Xây dựng', 'Ban Quản lý khu Kinh tế', 'các cơ quan đơn vị liên quan'],
        deadline: 'quý IV năm 2026',
      },
      { index: '6', section: 'Tỷ lệ các khu công nghiệp có công trình xử lý nước thải tập trung đạt chuẩn 100%', content: 'triển khai xây dựng hoàn thành trong năm 2026', lead: ['Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh'], support: [], deadline: 'năm 2026' },
    ]);
  });

  it('one target naming a body is a paragraph, no list', () => {
    const rows = read([...TARGETS.slice(0, 4), 'III. KINH PHÍ', ...CLOSING]);
    expect(rows.every((r) => r.section === 'TỔ CHỨC THỰC HIỆN')).toBe(true);
  });

  it('without the bodies\' lists the targets give nothing', () => {
    expect(read([...TARGETS, 'Nơi nhận:'])).toEqual([]);
  });
});

describe('a duty naming its own body under a body\'s heading', () => {
  const rows = read(CLOSING);
  it.each([
    ['chủ trì triển khai chuyển đổi KCN Tằng Loỏng sang mô hình KCN sinh thái.', ['Ban Quản lý Khu kinh tế'], []],
    ['chủ trì phối hợp với Ủy ban nhân dân phường Văn Phú xây dựng phương án di dời cụm công nghiệp Đầm Hồng.', ['Ủy ban nhân dân phường Yên Bái'], ['Ủy ban nhân dân phường Văn Phú']],
    // The heading's own duties keep its bodies.
    ['Thực hiện quản lý, phát triển khu công nghiệp theo quy định.', ['Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh'], []],
    ['Thường xuyên rà soát các dự án trong cụm công nghiệp.', ['Ủy ban nhân dân cấp xã'], []],
    // "khu, cụm công nghiệp" is a place: one body.
    ['Thu hút, mời gọi các nhà đầu tư đăng ký vào cụm công nghiệp.', ['Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp'], []],
  ])('%s', (content, lead, support) => {
    const row = rows.find((r) => r.content === content);
    expect(row).toMatchObject({ lead, support });
  });
});

describe('units', () => {
  it('an industrial cluster names no body', () => {
    expect(namesUnit('cụm công nghiệp trên địa bàn')).toBe(false);
    expect(namesUnit('Cụm thi đua số 1')).toBe(true);
    expect(splitUnits('Ban Quản lý các khu, Cụm công nghiệp tỉnh')).toEqual(['Ban Quản lý các khu, Cụm công nghiệp tỉnh']);
  });

  it.each([
    ['Chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu Kinh tế và các cơ quan liên quan thực hiện công tác GPMB.', ['Sở Xây dựng', 'Ban Quản lý khu Kinh tế', 'các cơ quan liên quan']],
    ['Phối hợp với Sở Tài chính, Sở Xây dựng kiểm tra việc thực hiện.', ['Sở Tài chính', 'Sở Xây dựng']],
    ['Phối hợp với các sở, ngành xây dựng kế hoạch.', ['các sở, ngành']],
    ['Chủ trì, phối hợp với sở, ban, ngành, Ủy ban nhân dân xã, phường tăng cường kiểm tra, đôn đốc.', ['sở, ban, ngành', 'Ủy ban nhân dân xã, phường']],
    ['Phối hợp với Sở Du lịch truyền thông quảng bá về du lịch biển.', ['Sở Du lịch']],
    ['Phối hợp với Sở Thông tin và Truyền thông tuyên truyền về Kế hoạch.', ['Sở Thông tin và Truyền thông']],
    // "truyền thông" in small letters inside a name or a list is no work.
    ['Phối hợp với Trung tâm Văn hóa - Thông tin và truyền thông huyện tổ chức tuyên truyền.', ['Trung tâm Văn hóa - Thông tin và truyền thông huyện']],
    ['Phối hợp với các cơ quan báo chí, truyền thông tuyên truyền về Kế hoạch.', ['các cơ quan báo chí, truyền thông']],
    ['Chủ trì, phối hợp với các Sở, ban, ngành có liên quan, UBND các huyện, thành phố cụ thể hóa Kế hoạch này.', ['các Sở, ban, ngành có liên quan', 'UBND các huyện, thành phố']],
  ])('partners of %s', (duty, partners) => {
    expect(partnersOf(duty)).toEqual(partners);
  });
});

describe('a body\'s heading that reads like its sentence, bullets under it', () => {
  it('is the heading, its name whole; its bullets are its duties', () => {
    const rows = read([
      'IV. TỔ CHỨC THỰC HIỆN',
      '4. Sở Khoa học và Công nghệ',
      '',
      '- Định kỳ báo cáo kết quả triển khai về UBND tỉnh.',
      '',
      '5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp',
      '',
      '- Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế',
      'Đông Nam, Sở Khoa học và Công nghệ triển khai.',
      '- Tạo điều kiện về mặt bằng cho việc lắp đặt.',
    ]);
    expect(rows.map((r) => [r.content, r.lead])).toEqual([
      ['Định kỳ báo cáo kết quả triển khai về UBND tỉnh.', ['Sở Khoa học và Công nghệ']],
      ['Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế Đông Nam, Sở Khoa học và Công nghệ triển khai.', ['Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp']],
      ['Tạo điều kiện về mặt bằng cho việc lắp đặt.', ['Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp']],
    ]);
  });

  it('a body and its duty, bullets under it, stay the body and its duty', () => {
    const rows = read([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      '- Chủ trì hướng dẫn thực hiện Kế hoạch.',
      '2. Sở Giáo dục và Đào tạo hướng dẫn các trường học',
      '- Lồng ghép nội dung vào các hoạt động ngoại khóa.',
      '- Báo cáo kết quả trước ngày 15/12/2026.',
    ]);
    expect(rows.filter((r) => r.lead.some((l) => l.startsWith('Sở Giáo dục'))).map((r) => r.lead)).toEqual([
      ['Sở Giáo dục và Đào tạo'], ['Sở Giáo dục và Đào tạo'], ['Sở Giáo dục và Đào tạo'],
    ]);
  });

  it('a sentence with a duty\'s word stays the body\'s duty', () => {
    const rows = read(['IV. TỔ CHỨC THỰC HIỆN', '4. Sở Khoa học và Công nghệ', '', '- Định kỳ báo cáo kết quả.', '', '5. Các doanh nghiệp viễn thông triển khai phủ sóng 5G', '', '- Đảm bảo tốc độ mạng.']);
    expect(rows.find((r) => r.content.startsWith('Triển khai phủ sóng'))?.lead).toEqual(['Các doanh nghiệp viễn thông']);
  });
});

describe('the plan\'s aims', () => {
  it('give no duties though their bullets open with bodies', () => {
    const aims = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Các cơ quan, đơn vị tổ chức quán triệt, tuyên truyền sâu rộng nội dung Kế hoạch.',
      '- Cán bộ, công chức thực hiện nghiêm kỷ luật, kỷ cương hành chính.',
      '2. Yêu cầu',
      '- Các cơ quan, đơn vị triển khai thực hiện nghiêm túc, hiệu quả các nội dung của Kế hoạch.',
      '- Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.',
    ];
    const rows = read([...aims, ...CLOSING]);
    expect(rows.every((r) => r.section === 'TỔ CHỨC THỰC HIỆN')).toBe(true);
  });
});

describe('a duty naming a body of another level under a collective heading', () => {
  it('stays the heading\'s', () => {
    const rows = read(['V. TỔ CHỨC THỰC HIỆN', '1. Sở Nội vụ', '- Tổng hợp, báo cáo.', '2. Ủy ban nhân dân cấp xã', '- Ủy ban nhân dân tỉnh giao kiểm tra việc thực hiện tại cơ sở.', '- Rà soát các hồ sơ.']);
    expect(rows.find((r) => r.content.includes('kiểm tra việc thực hiện'))?.lead).toEqual(['Ủy ban nhân dân cấp xã']);
  });
});

describe('a target listing its work', () => {
  it('gives no duty for its one bullet that opens with a body', () => {
    const work = [
      'II. NHIỆM VỤ',
      '1. Vệ sinh môi trường sau lũ',
      '- Khơi thông cống rãnh, kênh mương bị tắc nghẽn.',
      '- Xử lý các điểm nước tù đọng trong 24-48 giờ sau khi nước rút.',
      '- Trung tâm Kiểm soát bệnh tật tỉnh chủ trì điều phối, cấp hóa chất khử trùng.',
      '2. Giám sát dịch bệnh',
      '- Theo dõi, phát hiện sớm các ca bệnh.',
      '- Tổ chức phun khử khuẩn tại nơi tập trung dân.',
      '- Sở Y tế chủ trì kiểm tra, đôn đốc thực hiện kế hoạch.',
    ];
    const rows = read([...work, ...CLOSING]);
    expect(rows.every((r) => r.section === 'TỔ CHỨC THỰC HIỆN')).toBe(true);
  });
});
