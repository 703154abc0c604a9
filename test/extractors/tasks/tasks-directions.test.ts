// A công văn or a notice of conclusions passing on directions item by item ("Thủ tướng Chính phủ có
// ý kiến chỉ đạo như sau: 1. Giao Bộ Công an chủ trì phối hợp với …; 2. Giao …"): each item is a
// task given to its bodies, as a plan's assignments are. Only a run of two or more "Giao …" items
// at one depth, outside the closing part and the grounds, is such a list.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const LETTER = { date: '2012-09-12', title: null, type: 'Công văn', typeCode: null } as DocumentInfo;
const NOTICE = { date: '2025-04-10', title: null, type: 'Thông báo', typeCode: 'TB' } as DocumentInfo;
const PLAN = { date: '2025-01-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const DIRECTIVE = { date: '2025-05-12', title: null, type: 'Chỉ thị', typeCode: 'CT' } as DocumentInfo;

function read(body: string[], document: DocumentInfo) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document, sections: [], typed: true });
}

const brief = (t: ReturnType<typeof read>[number]) => ({ index: t.index, lead: t.lead, support: t.support, deadline: t.deadline?.text ?? null });

const DIRECTIONS_OF_A_LEADER = [
  'Về tình trạng một số trang thông tin điện tử đăng tải thông tin sai sự thật, Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:',
  '1. Giao Bộ Công an chủ trì phối hợp với Bộ Thông tin và Truyền thông và các',
  'cơ quan chức năng tập trung chỉ đạo điều tra, xử lý nghiêm những tổ chức, cá nhân vi phạm.',
  '2. Giao Bộ Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Trung ương chỉ đạo các cơ quan cung cấp thông tin khách quan.',
  '3. Báo Nhân Dân, Thông tấn xã Việt Nam, Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, các cơ quan thông tin đại chúng tăng cường cung cấp thông tin kịp thời, chính xác.',
  '4. Các Bộ, ngành, các địa phương lãnh đạo cán bộ, công chức không xem, không loan truyền các thông tin đăng tải trên các mạng phản động.',
  'Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.',
];

const CONCLUSIONS = [
  'Kết luận của Chủ tịch UBND huyện tại cuộc họp như sau:',
  '1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ rà soát kinh phí khen thưởng, hoàn thành trước ngày 30/6/2025.',
  '2. Giao UBND các xã, thị trấn tổ chức tuyên truyền phong trào thi đua; thời gian thực hiện: thường xuyên.',
];

describe('directions item by item, outside plans', () => {
  it.each([
    [
      'a công văn passing on the Prime Minister’s directions',
      DIRECTIONS_OF_A_LEADER,
      LETTER,
      [
        { index: '1', lead: ['Bộ Công an'], support: ['Bộ Thông tin và Truyền thông', 'các cơ quan chức năng'], deadline: null },
        { index: '2', lead: ['Bộ Thông tin và Truyền thông'], support: ['Ban Tuyên giáo Trung ương'], deadline: null },
        { index: '3', lead: ['Báo Nhân Dân', 'Thông tấn xã Việt Nam', 'Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'các cơ quan thông tin đại chúng'], support: [], deadline: null },
        { index: '4', lead: ['Các Bộ, ngành', 'các địa phương'], support: [], deadline: null },
      ],
    ],
    [
      'a notice of conclusions',
      CONCLUSIONS,
      NOTICE,
      [
        { index: '1', lead: ['Phòng Tài chính - Kế hoạch'], support: ['Phòng Nội vụ'], deadline: 'trước ngày 30/6/2025' },
        { index: '2', lead: ['UBND các xã, thị trấn'], support: [], deadline: 'thường xuyên' },
      ],
    ],
  ])('read each item as a task: %s', (_name, body, document, expected) => {
    expect(read(body, document).map(brief)).toEqual(expected);
  });

  it.each([
    ['a notice that says "giao cho" in prose', ['UBND huyện giao cho Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, hoàn thành trước ngày 15/12/2025. Giao Phòng Văn hóa và Thông tin chủ trì tuyên truyền.'], NOTICE],
    ['one "Giao …" item among directions that assign by verb', ['1. Giao Bộ Công an chủ trì phối hợp với các cơ quan chức năng điều tra, xử lý nghiêm vi phạm.', '2. Các Bộ, ngành, các địa phương tăng cường quản lý thông tin trên mạng.'], LETTER],
    ['"Giao …" items in the closing part', ['III. TỔ CHỨC THỰC HIỆN', CONCLUSIONS[1]!, CONCLUSIONS[2]!], NOTICE],
    ['"Giao …" items reporting what was given, under the results', ['I. KẾT QUẢ THỰC HIỆN', '1. Giao Công an xã chủ trì tuần tra, kiểm soát: đã tổ chức 24 đợt.', '2. Giao Văn phòng UBND xã chủ trì tổng hợp báo cáo: đã hoàn thành.'], NOTICE],
    ['"Giao …" items among the grounds', ['I. CĂN CỨ', CONCLUSIONS[1]!, CONCLUSIONS[2]!, 'II. NỘI DUNG', 'Các cơ quan thực hiện theo chức năng, nhiệm vụ.'], LETTER],
    ['a directive (chỉ thị): its duties stay no list of tasks', CONCLUSIONS, DIRECTIVE],
    [
      'a letter listing each body’s duties under a "Giao <body>" heading',
      ['3. Giao công chức Văn phòng - Thống kê phụ trách chuyển đổi số', 'Chủ trì, tham mưu công tác vận động nhân dân thực hiện chuyển đổi số, cài đặt tài khoản định danh.', '4. Giao bộ phận Văn hóa - Thông tin', 'Chủ động đăng tải tuyên truyền rộng rãi trên các phương tiện thông tin.'],
      LETTER,
    ],
    ['"Giao …" items at different depths', ['1. Giao Phòng Nội vụ chủ trì tổ chức Hội nghị tổng kết công tác thi đua năm 2025.', '1.1. Giao Phòng Tài chính - Kế hoạch chủ trì bố trí kinh phí khen thưởng năm 2025.'], NOTICE],
  ])('give none: %s', (_name, body, document) => {
    expect(read(body, document)).toEqual([]);
  });

  it('end a plan assignment’s partners at a direction’s verb', () => {
    const tasks = read(
      ['II. NHIỆM VỤ', CONCLUSIONS[1]!, '2. Giao Công an huyện chủ trì, phối hợp với các cơ quan chức năng tăng cường kiểm tra, xử lý vi phạm, hoàn thành trong quý III/2025.'],
      PLAN,
    );
    expect(tasks.map(brief)[1]).toEqual({ index: '2', lead: ['Công an huyện'], support: ['các cơ quan chức năng'], deadline: 'trong quý III/2025' });
    expect(tasks[1]!.content).toBe('tăng cường kiểm tra, xử lý vi phạm');
  });
});
