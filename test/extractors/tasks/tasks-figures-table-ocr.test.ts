// A decision issuing a plan, as OCR reads a scan of it: the plan's budget by year and its
// appendix of costs come out as tables without a known header (their "Nguồn kinh phí | 2016 …"
// misread), and its "Tổ chức thực hiện" assigns the work by body with bullets OCR reads as "--"
// or "¬_". The tables of figures are no task list; the duties by body are.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DECISION = { date: '2016-06-24', title: null, type: 'Quyết định', typeCode: 'QĐ' } as DocumentInfo;
const PLAN = { date: '2016-06-24', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(text: string, document = PLAN) {
  const ctx = testContext();
  const tasks = extractTasks(text, ctx, { tables: [], document, sections: extractSections(text), ocr: true });
  return { ctx, tasks: tasks.map((t) => ({ index: t.index, lead: t.lead, support: t.support, content: t.content })) };
}

const BUDGET = [
  'III. KINH PHÍ TRIỂN KHAI',
  'Đơn vị tính: Triệu đông',
  '\tÀ_ 1z ;\t\t\tNăm thực\thiện\t\tTổng cộng',
  'TT\t_Nguồn kjnhphÍ\t20g\t2017\t2018\t20192\t2020\tTổng cộng',
  'I\tHôtrợtừ Trungương\t299\t2195\t600\t755\t455\t4304',
  'I[\tNgân sách tỉnh\t373\t1527\t952\t1044\t929\t4825',
  'II\tDoanh nghiệp\t30\t135\tI15\t15S\t140\t575',
  '\tTổng Cộng\t\t\t\t\t\t9704',
];
const DUTIES = [
  'IV. TỔ CHỨC THỰC HIỆN',
  '1. Sở Công Thương',
  '- Chủ trì, phối hợp với các sở, ngành tổ chức triển khai hiệu quả các nội dung Kế hoạch.',
  '-- Định kỳ hàng năm xây dựng Kế hoạch, dự toán kinh phí gửi Sở Tài chính thẩm định.',
  '2. Sở Thông tin và Truyền thông',
  '- Chủ trì nâng cấp, vận hành hiệu quả sàn giao dịch thương mại điện tử của tỉnh.',
  '¬_ Phối hợp với Công an tỉnh triển khai các vấn đề về an toàn, an ninh mạng.',
  'ỦY BAN NHÂN DÂN TỈNH',
];
const APPENDIX = [
  'PHỤ LỤC',
  '\t\t\tTổng\t\tKinh\tphí\tthực hiện',
  '\t\t\tcộng\t2016\t2017\t2018\t2019\t2020',
  '\tTriển khai pháp luật, tuyên truyền nhận thức về TMĐT\tnâng cao\t1615\t195\t390\t390\t415\t315',
  '\tThanh tra chuyên ngành về bán hàng Ngân sách địa phương\tbằng TMĐT\t150 150\t\t30 30\t30 30\t30 30',
];

describe('a plan scanned with its budget tables', () => {
  it('takes no row of a table of figures without a known header for a task, and reads the duties by body', () => {
    const { tasks } = read([...BUDGET, ...DUTIES, ...APPENDIX].join('\n'));
    expect(tasks.map((t) => [t.lead, t.content.split(' ').slice(0, 3).join(' ')])).toEqual([
      [['Sở Công Thương'], 'Chủ trì, phối'],
      [['Sở Công Thương'], 'Định kỳ hàng'],
      [['Sở Thông tin và Truyền thông'], 'Chủ trì nâng'],
      [['Sở Thông tin và Truyền thông'], 'Phối hợp với'],
    ]);
    expect(tasks[3]!.support).toEqual(['Công an tỉnh']);
  });

  it('in a decision that issues the plan, likewise', () => {
    const text = ['QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử.', 'KẾ HOẠCH', 'Phát triển thương mại điện tử tỉnh giai đoạn 2016 - 2020', '(Ban hành kèm theo Quyết định số 1740/QĐ-UBND ngày 24/6/2016 của UBND tỉnh)', ...BUDGET, ...DUTIES].join('\n');
    expect(read(text, DECISION).tasks.map((t) => t.lead[0])).toEqual(['Sở Công Thương', 'Sở Công Thương', 'Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông']);
  });

  it('still reads a table without a known header whose rows name who does the work', () => {
    const text = ['1.\tXây dựng kế hoạch\tPhòng Nội vụ\tPhòng Tài chính\tTháng 2/2018', '2.\tTổ chức tập huấn 2 lớp\tPhòng Nội vụ\t\tQuý III/2018'].join('\n');
    const { tasks, ctx } = read(text);
    expect(tasks.map((t) => t.lead)).toEqual([['Phòng Nội vụ'], ['Phòng Nội vụ']]);
    expect(ctx.codes()).toContain('TABLE_NO_HEADER');
  });

  it('still reads a table without a known header whose rows carry a number, a deadline\'s year and an amount', () => {
    const text = ['1\tTổ chức tập huấn cho cán bộ\tSở Y tế\tSở Tài chính\t2024\t150', '2\tKiểm tra việc thực hiện\tSở Y tế\tSở Nội vụ\t2025\t80', '3\tSơ kết, tổng kết\tSở Y tế\tCác sở, ngành\t2025\t20'].join('\n');
    expect(read(text).tasks.map((t) => t.lead)).toEqual([['Sở Y tế'], ['Sở Y tế'], ['Sở Y tế']]);
  });

  it('still reads a task table with a known header and a budget column of figures', () => {
    const text = ['TT\tNội dung công việc\tĐơn vị chủ trì\tKinh phí 2016\tKinh phí 2017\tKinh phí 2018', '1.\tHỗ trợ doanh nghiệp xây dựng website\tSở Công Thương\t120\t150\t200'].join('\n');
    expect(read(text).tasks.map((t) => t.lead)).toEqual([['Sở Công Thương']]);
  });
});
