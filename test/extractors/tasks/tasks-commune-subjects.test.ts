// Commune plans assign their work to officials and hamlets by their titles, as the subject of the
// sentence, with neither "Giao" nor a label: "1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với …",
// "2. Các ấp … tổ chức tuyên truyền …", "3. Công an xã triển khai …". An item whose subject names no
// body ("Các hoạt động tuyên truyền …") assigns nothing.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { namesUnit } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const DOC = { date: '2025-03-12', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(body: string[]) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document: DOC, sections: [], typed: true }).map((t) => ({
    index: t.index,
    lead: t.lead,
    support: t.support,
    content: t.content,
    end: t.deadline?.end ?? null,
  }));
}

describe('a commune official or hamlet as the body that does the work', () => {
  it.each([
    ['Công chức Văn hóa - Xã hội'],
    ['Công chức Tư pháp - Hộ tịch xã'],
    ['Chỉ huy trưởng Quân sự xã'],
    ['Bí thư Đoàn xã'],
    ['Phó Bí thư Thường trực Đảng ủy'],
    ['Chi hội Nông dân ấp 3'],
    ['Chi đoàn ấp Tân Lập'],
  ])('names a body: %s', (unit) => {
    expect(namesUnit(unit)).toBe(true);
  });

  it('reads items whose subject is the official or the hamlets, with or without "chủ trì"', () => {
    expect(
      read([
        'II. NHIỆM VỤ',
        '1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã tuyên truyền về chuyển đổi số trên loa truyền thanh, hoàn thành trước ngày 30/6/2025.',
        '2. Các ấp Bình Minh, Tân Lập, Phú Lợi tổ chức vận động nhân dân cài đặt ứng dụng VNeID, hoàn thành trong quý III/2025.',
        '3. Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử; thời gian thực hiện: thường xuyên.',
      ]),
    ).toEqual([
      { index: '1', lead: ['Công chức Văn hóa - Xã hội'], support: ['Đoàn Thanh niên xã'], content: 'tuyên truyền về chuyển đổi số trên loa truyền thanh', end: '2025-06-30' },
      { index: '2', lead: ['Các ấp Bình Minh, Tân Lập, Phú Lợi'], support: [], content: 'tổ chức vận động nhân dân cài đặt ứng dụng VNeID', end: '2025-09' },
      { index: '3', lead: ['Công an xã'], support: [], content: 'hướng dẫn người dân kích hoạt tài khoản định danh điện tử', end: null },
    ]);
  });

  it('takes no sub-item of a body\'s heading for an assignment by its verb: its subject runs on past the body', () => {
    const tasks = read([
      'II. NHIỆM VỤ CỤ THỂ',
      '4. Ủy ban nhân dân cấp xã',
      '4.1. Ủy ban nhân dân cấp xã xác nhận Đơn đăng ký thuê bao, đảm bảo mỗi hộ nghèo chỉ được hỗ trợ một lần.',
      '4.2. Công an xã xác nhận danh sách đối tượng thụ hưởng, kiểm tra việc sử dụng đúng mục đích.',
    ]);
    expect(tasks.some((t) => t.lead.some((l) => /xác nhận/.test(l)))).toBe(false);
  });

  it.each([
    [
      'activities, not bodies, as subjects',
      ['1. Các hoạt động tuyên truyền thực hiện thường xuyên trên loa truyền thanh xã.', '2. Các nội dung thi đua tổ chức theo từng quý, báo cáo kết quả về Ủy ban nhân dân xã.'],
    ],
    [
      'the plan\'s closing part, whose directions are no list of tasks',
      ['III. TỔ CHỨC THỰC HIỆN', '1. Các ấp tổ chức tuyên truyền sâu rộng kế hoạch này đến nhân dân.', '2. Công an xã triển khai các biện pháp bảo đảm an ninh trật tự.'],
    ],
    ['one item that assigns, the rest do not', ['1. Công an xã triển khai kế hoạch bảo đảm an ninh trật tự.', '2. Tuyên truyền, vận động nhân dân tham gia phong trào.']],
    // Parts that do not name the work to do: what is meant, what was done, how things stand.
    [
      'the plan\'s aims',
      ['I. MỤC ĐÍCH, YÊU CẦU', '1. Các cơ quan, đơn vị triển khai thực hiện nghiêm túc các nội dung của Kế hoạch.', '2. Các ban, ngành, đoàn thể phối hợp chặt chẽ trong quá trình thực hiện, bảo đảm tiết kiệm, tránh hình thức.'],
    ],
    [
      'last year\'s results',
      ['I. KẾT QUẢ THỰC HIỆN NĂM 2024', '1. Công an xã tổ chức 24 đợt tuần tra, kiểm soát trên địa bàn.', '2. Các ấp tổ chức 45 buổi tuyên truyền về phòng chống ma túy.', '3. Hội Nông dân xã vận động hội viên tham gia mô hình sản xuất.'],
    ],
    [
      'the state of things',
      ['I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Trạm Y tế xã triển khai tiêm chủng cho 98% trẻ em trong độ tuổi.', '2. Trường Mầm non Tân Hòa tổ chức bán trú cho 320 cháu.'],
    ],
    [
      'an event\'s form, whose subjects are events and cases, not bodies',
      ['II. NỘI DUNG, HÌNH THỨC', '1. Hội thi tổ chức theo hai vòng: vòng sơ khảo và vòng chung khảo.', '2. Hội nghị tổng kết tổ chức vào cuối tháng 10 năm 2025.', '3. Trường hợp có thí sinh bằng điểm thực hiện thêm một câu hỏi phụ.'],
    ],
  ])('reads no list from %s', (_what, items) => {
    expect(read(/^[IVX]+\./.test(items[0]!) ? items : ['II. NHIỆM VỤ', ...items])).toEqual([]);
  });

  it.each([['II. NỘI DUNG THỰC HIỆN'], ['III. PHÂN CÔNG NHIỆM VỤ'], ['II. CÁC NHIỆM VỤ, GIẢI PHÁP'], ['II. NHIỆM VỤ TRỌNG TÂM']])('reads the list in a part headed %j', (heading) => {
    const tasks = read([heading, '1. Công an xã triển khai kế hoạch bảo đảm an ninh trật tự dịp Tết.', '2. Các ấp tổ chức tuyên truyền về phòng chống ma túy đến từng hộ.']);
    expect(tasks.map((t) => t.lead)).toEqual([['Công an xã'], ['Các ấp']]);
  });
});
