// Commune and ward plans close each item with its assignment in brackets: "… (Văn hóa - Xã hội chủ
// trì; các đoàn thể phối hợp; thời gian: Quý I/2024)." The words before the bracket are the work.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { taskListExpected } from '../../../extractors/tasks/expected.js';
import { bracketedAssignment } from '../../../extractors/tasks/bracketed-assignment.js';
import { testContext } from '../context.js';

const DOC = { date: '2024-03-12', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(body: string[], doc = DOC) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document: doc, sections: [], typed: true }).map((t) => ({
    index: t.index,
    parent: t.parent ?? null,
    lead: t.lead,
    support: t.support,
    content: t.content,
    end: t.deadline?.end ?? null,
  }));
}

describe('an assignment in the closing bracket of an item', () => {
  it.each([
    ['lead and partners as subjects, a labelled time', 'Tuyên truyền phong trào thi đua đến nhân dân (Văn hóa - Xã hội chủ trì; các đoàn thể phối hợp; thời gian: Quý I/2024).', 'Tuyên truyền phong trào thi đua đến nhân dân', 'Văn hóa - Xã hội', 'các đoàn thể', 'Quý I/2024'],
    ['"X chủ trì, phối hợp Y" in one clause', 'Tổ chức Hội nghị sơ kết (Văn phòng UBND xã chủ trì, phối hợp Công chức Văn hóa - Xã hội; thời gian: tháng 7/2024)', 'Tổ chức Hội nghị sơ kết', 'Văn phòng UBND xã', 'Công chức Văn hóa - Xã hội', 'tháng 7/2024'],
    ['labels inside the bracket', 'Rà soát hồ sơ khen thưởng (Chủ trì: Văn phòng UBND xã; phối hợp: Công an xã, Đoàn Thanh niên; hoàn thành trước ngày 15/12/2024);', 'Rà soát hồ sơ khen thưởng', 'Văn phòng UBND xã', 'Công an xã, Đoàn Thanh niên', 'trước ngày 15/12/2024'],
    ['a lead alone, the time as a verb', 'Tổng kết phong trào (Công chức Văn phòng - Thống kê chủ trì; thực hiện trong tháng 12/2024).', 'Tổng kết phong trào', 'Công chức Văn phòng - Thống kê', '', 'trong tháng 12/2024'],
    ['no time', 'Vận động nhân dân tham gia (Mặt trận Tổ quốc xã chủ trì)', 'Vận động nhân dân tham gia', 'Mặt trận Tổ quốc xã', '', null],
  ])('%s', (_how, text, content, lead, support, time) => {
    expect(bracketedAssignment(text)).toEqual({ content, leadText: lead, supportText: support, deadlineText: time });
  });

  it.each([
    ['a bracket citing a document', 'Thực hiện các nội dung (theo Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND huyện)'],
    ['a bracket of partners only', 'Tuyên truyền trên loa truyền thanh (các đoàn thể phối hợp)'],
    ['a bracket inside the sentence', 'Các ấp (Ban nhân dân ấp chủ trì) tổ chức họp dân để bình xét hộ gia đình văn hóa'],
    ['no bracket', 'Văn phòng UBND xã chủ trì tổng hợp báo cáo'],
  ])('none: %s', (_how, text) => {
    expect(bracketedAssignment(text)).toBeNull();
  });
});

describe('a commune plan whose items are assigned in brackets', () => {
  const plan = [
    'II. NỘI DUNG THỰC HIỆN',
    '1. Công tác tuyên truyền',
    '- Tuyên truyền, phổ biến nội dung phong trào thi đua trên hệ thống loa truyền thanh của xã',
    '(Văn hóa - Xã hội chủ trì; các đoàn thể phối hợp; thời gian: Quý I/2024).',
    '- Vận động nhân dân đăng ký gia đình văn hóa (Ban nhân dân các ấp chủ trì; thời gian: tháng 3/2024).',
    '2. Tổ chức Hội nghị sơ kết phong trào 6 tháng đầu năm (Văn phòng UBND xã chủ trì, phối hợp Công chức Văn hóa - Xã hội; thời gian: tháng 7/2024).',
    'III. TỔ CHỨC THỰC HIỆN',
    'Giao Công chức Văn hóa - Xã hội theo dõi, tổng hợp, báo cáo kết quả về UBND huyện.',
  ];

  it('reads bullets under a heading and numbered items alike, the wrapped bracket joined', () => {
    expect(read(plan)).toEqual([
      { index: null, parent: '1', lead: ['Văn hóa - Xã hội'], support: ['các đoàn thể'], content: 'Tuyên truyền, phổ biến nội dung phong trào thi đua trên hệ thống loa truyền thanh của xã', end: '2024-03' },
      { index: null, parent: '1', lead: ['Ban nhân dân các ấp'], support: [], content: 'Vận động nhân dân đăng ký gia đình văn hóa', end: '2024-03' },
      { index: '2', parent: null, lead: ['Văn phòng UBND xã'], support: ['Công chức Văn hóa - Xã hội'], content: 'Tổ chức Hội nghị sơ kết phong trào 6 tháng đầu năm', end: '2024-07' },
    ]);
  });

  it('reads none in the closing part "Tổ chức thực hiện"', () => {
    expect(read(['III. TỔ CHỨC THỰC HIỆN', plan[2]!, plan[3]!, plan[4]!, plan[5]!])).toEqual([]);
  });

  it('needs two such items: one bracket in a plan makes no list', () => {
    expect(read([plan[0]!, plan[5]!, plan[6]!, plan[7]!])).toEqual([]);
  });

  // The same brackets report last year's work and state the aims: no task there.
  it.each([
    ['last year\'s results', 'I. KẾT QUẢ THỰC HIỆN NĂM 2024', '1. Đã tổ chức 12 buổi tuyên truyền cho cán bộ, nhân dân (Văn hóa - Xã hội chủ trì; các đoàn thể phối hợp).', '2. Đã ra quân làm sạch môi trường tại các ấp (Đoàn Thanh niên chủ trì; Hội Phụ nữ phối hợp).'],
    ['the aims', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Nâng cao hiệu quả phối hợp giữa các lực lượng (Công an xã chủ trì; Ban Chỉ huy Quân sự xã phối hợp).', '2. Huy động sức mạnh tổng hợp của cả hệ thống chính trị (Mặt trận Tổ quốc xã chủ trì; các đoàn thể phối hợp).'],
    ['the closing part headed with a dash', 'III- TỔ CHỨC THỰC HIỆN', '1. Theo dõi, đôn đốc việc thực hiện kế hoạch (Văn phòng UBND xã chủ trì; các ngành phối hợp).', '2. Tổng hợp, báo cáo kết quả về UBND huyện (Văn phòng UBND xã chủ trì; thời gian: tháng 12/2024).'],
  ])('reads none in a part framing the plan or closing it: %s', (_how, ...body) => {
    expect(read([...body, 'II. NHIỆM VỤ NĂM 2025', '1. Tiếp tục tuyên truyền phong trào thi đua.'])).toEqual([]);
  });

  it('reads them under a part headed with a dash: "II – NỘI DUNG THỰC HIỆN"', () => {
    expect(read(['I – MỤC ĐÍCH, YÊU CẦU', '1. Nâng cao nhận thức của nhân dân (Văn phòng UBND xã chủ trì; các đoàn thể phối hợp).', 'II – NỘI DUNG THỰC HIỆN', plan[5]!, '3. Tổng kết phong trào (Công chức Văn phòng - Thống kê chủ trì; thực hiện trong tháng 12/2024).']).map((t) => t.index)).toEqual(['2', '3']);
  });

  it('reads them only in a plan: a notice\'s items conclude', () => {
    expect(read(plan, { ...DOC, type: 'Thông báo', typeCode: 'TB' } as DocumentInfo)).toEqual([]);
  });
});

describe('a plan whose items give work to a lead, when no task was read', () => {
  const lines = (body: string[]) => linesWithOffsets(body.join('\n'));
  const items = [
    'II. NỘI DUNG',
    '1. Tuyên truyền phong trào thi đua [Văn hóa - Xã hội chủ trì, thời gian Quý I]',
    '- Vận động nhân dân [Ban nhân dân các ấp chủ trì]',
    'III. TỔ CHỨC THỰC HIỆN',
  ];

  it.each([
    ['two items assigning in a plan', items, true, 'items assigned to a lead unit'],
    ['the same lines in a document of another type', items, false, null],
    ['assignments in the closing part only', ['III. TỔ CHỨC THỰC HIỆN', '1. Văn phòng chủ trì tổng hợp', '2. Công an xã chủ trì bảo đảm an ninh'], true, null],
    ['one item', items.slice(0, 2), true, null],
    ['assignments in the closing part headed with a dash', ['III- TỔ CHỨC THỰC HIỆN', '1. Giao Văn phòng UBND xã theo dõi, đôn đốc (Văn phòng chủ trì; các ngành phối hợp).', '2. Công an xã chủ trì bảo đảm an ninh'], true, null],
    ['a conference\'s programme: sessions chaired by officials', ['III. CHƯƠNG TRÌNH HỘI NGHỊ', '1. Khai mạc hội nghị, do đồng chí Chủ tịch UBND xã chủ trì.', '2. Thảo luận, do đồng chí Phó Chủ tịch UBND xã chủ trì điều hành.'], true, null],
    ['the aims, a bracket inside each sentence', ['I. MỤC ĐÍCH, YÊU CẦU', '1. Phát huy vai trò của các đoàn thể (Mặt trận chủ trì, các hội phối hợp) trong vận động nhân dân.', '2. Bảo đảm sự phối hợp giữa các ngành (đơn vị chủ trì và đơn vị phối hợp) trong thực hiện.'], true, null],
    ['last year\'s results closing with their leads', ['I. KẾT QUẢ NĂM 2024', '1. Đã tổ chức 12 buổi tuyên truyền (Văn hóa - Xã hội chủ trì).', '2. Đã ra quân làm sạch môi trường (Đoàn Thanh niên chủ trì).'], true, null],
    ['items opening with their leads under the tasks', ['II. NHIỆM VỤ', '1. Công an xã chủ trì tuần tra, bảo đảm an ninh trật tự', '2. Giao Văn phòng UBND xã chủ trì tổng hợp báo cáo'], true, 'items assigned to a lead unit'],
  ])('%s', (_how, body, plan, expected) => {
    expect(taskListExpected(body.join('\n'), lines(body), { plan })).toBe(expected);
  });
});
