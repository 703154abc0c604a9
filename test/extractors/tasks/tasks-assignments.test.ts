// Tasks assigned in sentences ("1. Giao Phòng … chủ trì, phối hợp với …, hoàn thành trước …"),
// the form district and commune plans use in place of labels or a table.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2025-01-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(body: string[], document: DocumentInfo = DOC) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document, sections: [], typed: true });
}

const brief = (t: ReturnType<typeof read>[number]) => ({ index: t.index, content: t.content, lead: t.lead, support: t.support, deadline: t.deadline });

const PHAT_DONG =
  '1. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao huyện tham mưu UBND huyện tổ chức Lễ phát động phong trào thi đua, hoàn thành trước ngày 15/3/2025.';
const TUYEN_TRUYEN =
  '2. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Đài Truyền thanh huyện tuyên truyền về phong trào thi đua trên các phương tiện thông tin đại chúng; thời gian thực hiện: thường xuyên.';
const KINH_PHI = '3. Giao Phòng Tài chính - Kế hoạch chủ trì bố trí kinh phí khen thưởng, hoàn thành trong quý I/2025.';

describe('assignments in sentences', () => {
  it('read lead, partners, work and deadline of each numbered item', () => {
    const tasks = read(['II. NHIỆM VỤ CỤ THỂ', PHAT_DONG, TUYEN_TRUYEN, KINH_PHI, '', 'III. TỔ CHỨC THỰC HIỆN', 'Các phòng, ban triển khai thực hiện./.']);
    expect(tasks.map(brief)).toEqual([
      {
        index: '1',
        content: 'tham mưu UBND huyện tổ chức Lễ phát động phong trào thi đua',
        lead: ['Phòng Nội vụ'],
        support: ['Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa - Thể thao huyện'],
        deadline: { text: 'trước ngày 15/3/2025', start: null, end: '2025-03-15', recurring: false },
      },
      {
        index: '2',
        content: 'tuyên truyền về phong trào thi đua trên các phương tiện thông tin đại chúng',
        lead: ['Phòng Văn hóa và Thông tin'],
        support: ['Đài Truyền thanh huyện'],
        deadline: { text: 'thường xuyên', start: null, end: null, recurring: true },
      },
      {
        index: '3',
        content: 'bố trí kinh phí khen thưởng',
        lead: ['Phòng Tài chính - Kế hoạch'],
        support: [],
        deadline: { text: 'trong quý I/2025', start: '2025-01', end: '2025-03', recurring: false },
      },
    ]);
    expect(tasks.every((t) => t.section === 'NHIỆM VỤ CỤ THỂ')).toBe(true);
  });

  it('join an item wrapped over lines', () => {
    const tasks = read([
      '1. Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã',
      'tổ chức Lễ phát động phong trào thi đua, hoàn thành trước ngày 28/02/2025.',
      '2. Giao công chức Văn hóa - Xã hội chủ trì tổng hợp kết quả thi đua, hoàn thành trước ngày 15/12/2025.',
    ]);
    expect(tasks.map((t) => [t.lead, t.support, t.content, t.deadline?.end])).toEqual([
      [['Văn phòng HĐND và UBND xã'], ['Ủy ban MTTQ Việt Nam xã'], 'tổ chức Lễ phát động phong trào thi đua', '2025-02-28'],
      [['công chức Văn hóa - Xã hội'], [], 'tổng hợp kết quả thi đua', '2025-12-15'],
    ]);
  });

  it.each([
    ['a lone assignment closing a plan', ['IV. TỔ CHỨC THỰC HIỆN', '1. Các sở, ngành xây dựng kế hoạch triển khai.', '2. Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc việc triển khai Kế hoạch này./.']],
    ['assignments in different plan parts', ['II. NHIỆM VỤ', PHAT_DONG, 'III. TỔ CHỨC THỰC HIỆN', TUYEN_TRUYEN.replace(/^2/, '1')]],
    ['sentences that assign nothing', ['1. Các phòng, ban chủ động triển khai.', '2. UBND các xã, thị trấn báo cáo kết quả.']],
    ['an assignment without its work', ['1. Giao Phòng Nội vụ chủ trì.', '2. Giao Phòng Tài chính chủ trì.']],
  ])('make no list: %s', (_name, body) => {
    expect(read(body)).toEqual([]);
  });

  it('give no lead to a body that passes the item on', () => {
    const tasks = read([
      'II. NHIỆM VỤ',
      '1. Giao Đảng ủy Chính phủ: (i) Chỉ đạo Đảng ủy Bộ Y tế chủ trì xây dựng quy trình tiếp nhận trẻ em.',
      PHAT_DONG.replace(/^1/, '2'),
      TUYEN_TRUYEN.replace(/^2/, '3'),
    ]);
    expect(tasks.map((t) => t.index)).toEqual(['2', '3']);
  });

  it('leave a table’s tasks alone', () => {
    const table = ['TT\tNội dung\tĐơn vị chủ trì\tThời gian', '1\tTổ chức Lễ phát động\tPhòng Nội vụ\tTháng 3/2025', '2\tSơ kết phong trào\tPhòng Nội vụ\tTháng 7/2025'];
    const tasks = read([...table, '', 'II. NHIỆM VỤ', PHAT_DONG, TUYEN_TRUYEN]);
    expect(tasks.map((t) => t.content)).toEqual(['Tổ chức Lễ phát động', 'Sơ kết phong trào']);
  });

  // How its time grows with the list: `npm run bench -- scaling --only tasks-assignments`.
  it('reads every item of a long list', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `${(i % 99) + 1}. Giao Phòng Nội vụ chủ trì, phối hợp với ${'Phòng Tư pháp, '.repeat(20)}tổ chức hội nghị, hoàn thành trước ngày 15/3/2025.`);
    const tasks = read(['II. NHIỆM VỤ', ...items]);
    expect(tasks.length).toBe(2000);
    const what = (t: (typeof tasks)[number]) => ({ content: t.content, lead: t.lead, support: t.support, deadline: t.deadline?.text });
    expect(tasks.map(what)).toEqual(tasks.map(() => ({ content: 'tổ chức hội nghị', lead: ['Phòng Nội vụ'], support: ['Phòng Tư pháp'], deadline: 'trước ngày 15/3/2025' })));
  });
});
