// Prose task lists: numbered tasks (or bullets under them) followed by lines naming the lead
// unit, the supporting units and the deadline, in the forms plans print them.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2025-11-20', title: null } as DocumentInfo;

function tasks(text: string) {
  const ctx = testContext();
  return { ctx, tasks: extractTasks(text, ctx, { tables: [], document: DOC, sections: extractSections(text) }) };
}

describe('prose task lists', () => {
  it.each([
    {
      name: 'label lines in markdown emphasis, wrapped, under numbered tasks',
      text: [
        '**II. NHIỆM VỤ, GIẢI PHÁP**',
        '',
        '**1. Rà soát, kiện toàn đội ngũ cán bộ làm công tác pháp chế**',
        '',
        '- Thường xuyên rà soát, kiện toàn đội ngũ.',
        '',
        '*Đơn vị chủ trì thực hiện: *Các',
        'Sở, ngành, đơn vị, UBND cấp xã.',
        '',
        '*Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp.',
        '',
        '*Thời gian thực hiện: *Thường',
        'xuyên.',
        '',
        '**2. Tổ chức hội nghị tập huấn**',
        '',
        '*Đơn vị chủ trì: *Sở Tư pháp.',
        '',
        '*Thời gian thực hiện: *Quý II/2026.',
      ].join('\n'),
      rows: [
        { index: '1', content: 'Rà soát, kiện toàn đội ngũ cán bộ làm công tác pháp chế', lead: ['Các Sở, ngành, đơn vị', 'UBND cấp xã'], support: ['Sở Nội vụ', 'Sở Tư pháp'], deadline: { text: 'Thường xuyên', recurring: true } },
        { index: '2', content: 'Tổ chức hội nghị tập huấn', lead: ['Sở Tư pháp'], support: [], deadline: { start: '2026-04', end: '2026-06' } },
      ],
    },
    {
      name: 'sub-items a) b) c) with "Cơ quan thực hiện:" over "- Đơn vị chủ trì" bullets',
      text: [
        '1.1. Xây dựng Chiến lược dữ liệu của thành phố:',
        'a) Nhiệm vụ: Tham mưu rà soát, hoàn thiện Chiến lược dữ liệu.',
        'b) Cơ quan thực hiện:',
        '- Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
        '- Đơn vị phối hợp: Các Sở, ban, ngành.',
        'c) Thời gian thực hiện: Hoàn thành trong năm 2025.',
        '1.2. Triển khai, phát triển dữ liệu:',
        'a) Nhiệm vụ:',
        '- Chuẩn hóa cơ sở dữ liệu của đơn vị.',
        'b) Cơ quan thực hiện:',
        '- Đơn vị chủ trì: Các Sở, ban, ngành.',
        '- Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.',
        'c) Thời gian thực hiện: Thực hiện thường xuyên.',
      ].join('\n'),
      rows: [
        { index: '1.1', content: 'Xây dựng Chiến lược dữ liệu của thành phố', lead: ['Sở Khoa học và Công nghệ'], support: ['Các Sở, ban, ngành'], deadline: { start: '2025', end: '2025' } },
        { index: '1.2', content: 'Triển khai, phát triển dữ liệu', lead: ['Các Sở, ban, ngành'], support: ['Sở Khoa học và Công nghệ', 'UBND xã, phường'], deadline: { recurring: true } },
      ],
    },
    {
      name: 'bullets each with a deadline line under a heading that names the body',
      text: [
        '1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
        '',
        '- Tham mưu triển khai kế hoạch kiểm kê.',
        '',
        'Thời gian hoàn thành: Tháng 11 - 12/2025.',
        '',
        '- Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.',
      ].join('\n'),
      rows: [
        { index: null, parent: '1.2', content: 'Tham mưu triển khai kế hoạch kiểm kê', lead: ['Sở Tài chính'], deadline: { start: '2025-11', end: '2025-12' } },
        { index: null, content: 'Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính', lead: ['Sở Tài chính'], deadline: { end: '2026-05-31' } },
      ],
    },
    {
      name: 'labels run into the paragraph, and "X chủ trì, phối hợp với Y"',
      text: [
        '1. Tổ chức Tháng hành động vì bình đẳng giới (Chủ trì: Sở Nội vụ; phối hợp: Sở Y tế; thời gian thực hiện: Tháng 11/2026).',
        '2. Tuyên truyền trên các phương tiện truyền thông',
        '- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân phường, xã.',
        '- Thời hạn: Quý I/2026.',
      ].join('\n'),
      rows: [
        { index: '1', content: 'Tổ chức Tháng hành động vì bình đẳng giới', lead: ['Sở Nội vụ'], support: ['Sở Y tế'], deadline: { start: '2026-11', end: '2026-11' } },
        { index: '2', lead: ['Sở Văn hóa và Thể thao'], support: ['các sở, ban, ngành', 'Ủy ban nhân dân phường, xã'], deadline: { start: '2026-01', end: '2026-03' } },
      ],
    },
    {
      name: 'a task heading wrapped onto a second line before its labels (crawled text)',
      text: [
        'II. NỘI DUNG',
        '',
        '1. Phổ biến, giáo dục Luật',
        'Việc làm và các văn bản quy định chi tiết, hướng dẫn thi hành',
        '',
        '- Nội dung thực hiện: Tổ chức phổ biến, giáo dục Luật Việc làm bằng các hình thức đa dạng.',
        '',
        '- Cơ quan thực hiện: Sở Nội vụ.',
        '',
        '- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.',
        '',
        '2. Tổ chức tập huấn, bồi dưỡng,',
        'hướng dẫn chuyên môn, nghiệp vụ',
        '',
        '- Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.',
        '',
        '- Thời gian thực hiện: Năm 2026.',
      ].join('\n'),
      rows: [
        { index: '1', content: 'Phổ biến, giáo dục Luật Việc làm và các văn bản quy định chi tiết, hướng dẫn thi hành', lead: ['Sở Nội vụ'] },
        { index: '2', content: 'Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ', lead: ['Sở Nội vụ', 'Sở Tài chính'] },
      ],
    },
    {
      name: 'bullets naming the tasks above "+ Nội dung:" labels that describe them; deadlines "Thời hạn ban hành:"',
      text: [
        '5. Xây dựng Nghị định của',
        'Chính phủ',
        '',
        '- Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân',
        '',
        '+ Nội dung: quy định chi tiết khoản 2, khoản 3 Điều 2 của Luật.',
        '',
        '+ Cơ quan chủ trì: Bộ Công an.',
        '',
        '+ Cơ quan phối hợp: Văn phòng Chính phủ, Bộ Tư pháp và các cơ quan có liên quan.',
        '',
        '+ Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026.',
        '',
        '- Nghị định xử phạt vi phạm hành chính trong lĩnh vực an ninh mạng',
        '',
        '+ Nội dung: bao gồm quy định chi tiết khoản 7 Điều 8 của Luật.',
        '',
        '+ Cơ quan chủ trì: Bộ Công an.',
        '',
        '+ Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026.',
      ].join('\n'),
      rows: [
        { content: 'Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân', lead: ['Bộ Công an'], support: ['Văn phòng Chính phủ', 'Bộ Tư pháp', 'các cơ quan có liên quan'], deadline: { text: 'trước ngày 01 tháng 01 năm 2026' } },
        { content: 'Nghị định xử phạt vi phạm hành chính trong lĩnh vực an ninh mạng', lead: ['Bộ Công an'], deadline: { text: 'trước ngày 30 tháng 6 năm 2026' } },
      ],
    },
    {
      name: 'items whose only label is "Thời gian dự kiến:" (a schedule of steps)',
      text: [
        '2. Hướng dẫn sử dụng phần mềm',
        '',
        'a) Khai mạc chương trình tập huấn.',
        '',
        '- Thành phần: Lãnh đạo sở, chuyên viên các phòng.',
        '',
        '- Thời gian dự kiến: 8h00-10h00 ngày 28/12/2011',
        '',
        'b) Đào tạo lý thuyết và thực hành cho cán bộ Văn thư.',
        '',
        '- Thời gian dự kiến: Chiều ngày 28/12 và cả ngày 29/12/2011',
      ].join('\n'),
      rows: [
        { content: 'Khai mạc chương trình tập huấn', deadline: { text: '8h00-10h00 ngày 28/12/2011' } },
        { content: 'Đào tạo lý thuyết và thực hành cho cán bộ Văn thư', deadline: { text: 'Chiều ngày 28/12 và cả ngày 29/12/2011' } },
      ],
    },
    {
      name: 'sub-items in a row with the labels after the last: the parent heading is the task',
      text: [
        '3. Tổ chức theo dõi, kiểm tra, giám sát công tác bầu cử',
        '',
        '3.1. Tham gia các đoàn kiểm tra, giám sát công tác bầu cử do cấp trên tổ chức.',
        '',
        '3.2. Tổng hợp, báo cáo kịp thời các khó khăn, vướng mắc.',
        '',
        '3.3. Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử.',
        '',
        '- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.',
        '',
        '- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã',
        '',
        '4. Tiếp công dân, tiếp nhận và xử lý đơn thư',
        '',
        '4.1. Ban hành Kế hoạch tiếp công dân.',
        '',
        '- Thời gian hoàn thành: Tháng 12/2025.',
        '',
        '- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã',
        '',
        '4.2. Tổ chức tiếp công dân về nội dung liên quan đến công tác bầu cử.',
        '',
        '- Thời gian hoàn thành: Quý I/2026.',
        '',
        '- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã',
      ].join('\n'),
      rows: [
        { index: '3', content: 'Tổ chức theo dõi, kiểm tra, giám sát công tác bầu cử', deadline: { text: 'Từ tháng 12/2025 đến quý I/2026' } },
        { index: '4.1', content: 'Ban hành Kế hoạch tiếp công dân.' },
        { index: '4.2', content: 'Tổ chức tiếp công dân về nội dung liên quan đến công tác bầu cử.' },
      ],
    },
    {
      name: 'a heading that lists after a colon what its task takes is named by the part before the colon',
      text: [
        '7.1. Tổng kết công tác bầu cử',
        '',
        '- Thời gian hoàn thành: Tháng 4/2026.',
        '',
        '- Đơn vị chủ trì: Ban Thường trực',
        '',
        '7.2. Bảo đảm điều kiện và phục vụ công tác bầu cử: in ấn và phát hành các văn bản, tài liệu về công tác bầu cử; tăng cường chuyển đổi số.',
        '',
        '- Thời gian hoàn thành: tháng 11/2025 đến tháng 4/2026;',
        '',
        '- Đơn vị chủ trì: Ban Thường trực',
      ].join('\n'),
      rows: [
        { index: '7.1', content: 'Tổng kết công tác bầu cử' },
        { index: '7.2', content: 'Bảo đảm điều kiện và phục vụ công tác bầu cử' },
      ],
    },
    {
      name: 'deadline bullets under an empty label are one list, joined with "; "',
      text: [
        '1. Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần người ứng cử',
        '* Thời gian thực hiện:',
        '+ Đợt 1: Từ ngày 01/12/2025 đến ngày 14/12/2025.',
        '+ Đợt 2: Từ ngày 02/02/2026 đến ngày 08/02/2026.',
        '2. Kiểm tra việc lập danh sách cử tri',
        '* Thời gian thực hiện: Từ ngày 15/01/2026 đến ngày 20/01/2026.',
      ].join('\n'),
      rows: [
        { index: '1', deadline: { text: 'Đợt 1: Từ ngày 01/12/2025 đến ngày 14/12/2025; Đợt 2: Từ ngày 02/02/2026 đến ngày 08/02/2026' } },
        { index: '2', deadline: { text: 'Từ ngày 15/01/2026 đến ngày 20/01/2026' } },
      ],
    },
    {
      name: 'parts set out under numbered sub-headings: "Nội dung, biện pháp", bare "Cơ quan chủ trì" / "Cơ quan phối hợp" over bullets, a numbered "Thời gian thực hiện:"',
      text: [
        'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
        '',
        '1. Nội dung, biện pháp',
        '',
        'a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị;',
        '',
        'b) Tổ chức triển khai thực hiện các chủ trương của Đảng đến cơ sở.',
        '',
        '2. Cơ quan chủ trì, phối hợp',
        '',
        'a) Cơ quan chủ trì',
        '',
        '- Ban Chỉ đạo quốc gia.',
        '',
        '- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.',
        '',
        '(Văn phòng Ban Chỉ đạo đồng thời là cơ quan giúp Ban Chỉ đạo các cấp).',
        '',
        'b) Cơ quan phối hợp',
        '',
        'Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp; các tổ chức chính trị - xã hội.',
        '',
        '3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.',
        '',
        'II. ĐẨY MẠNH HOẠT ĐỘNG TÌM KIẾM',
        '',
        '1. Nội dung, biện pháp',
        '',
        'a) Chỉ đạo mở rộng hoạt động tìm kiếm ở trong nước.',
        '',
        '2. Cơ quan chủ trì, thực hiện',
        '',
        'a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.',
        '',
        'b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.',
        '',
        '3. Thời gian thực hiện: Từ năm 2013 đến năm 2020.',
      ].join('\n'),
      rows: [
        {
          index: 'I',
          content: 'CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
          lead: ['Ban Chỉ đạo quốc gia', 'Ban Chỉ đạo các quân khu', 'Ban Chỉ đạo các tỉnh'],
          support: ['Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp', 'các tổ chức chính trị - xã hội'],
          deadline: { text: 'Tháng 12/2013 và thường xuyên' },
        },
        // Beside a body named "chủ trì", the units that carry the work out support it.
        { index: 'II', content: 'ĐẨY MẠNH HOẠT ĐỘNG TÌM KIẾM', lead: ['Bộ Quốc phòng', 'Bộ Tài chính'], support: ['Các Đội chuyên trách của quân đội'], deadline: { start: '2013', end: '2020' } },
      ],
    },
    {
      name: 'a lone "2. Chủ trì thực hiện" over bullets leads',
      text: [
        'IV. THÀNH LẬP, KIỆN TOÀN TỔ CHỨC',
        '1. Nội dung, biện pháp',
        'a) Thành lập Ban Chỉ đạo ở các quân khu.',
        '2. Chủ trì thực hiện',
        '- Bộ Quốc phòng.',
        '- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh.',
        '3. Thời gian thực hiện: Tháng 11, 12/2013 và kiện toàn thường xuyên.',
        'V. TỔNG KẾT',
        '1. Nội dung, biện pháp',
        'a) Sơ kết 6 tháng.',
        '2. Cơ quan chủ trì: Ban Chỉ đạo quốc gia.',
        '3. Thời gian thực hiện: 6 tháng, hằng năm.',
      ].join('\n'),
      rows: [
        { index: 'IV', content: 'THÀNH LẬP, KIỆN TOÀN TỔ CHỨC', lead: ['Bộ Quốc phòng', 'Tư lệnh các quân khu', 'Chủ tịch Ủy ban nhân dân các tỉnh'], support: [] },
        { index: 'V', content: 'TỔNG KẾT', lead: ['Ban Chỉ đạo quốc gia'], deadline: { text: '6 tháng, hằng năm' } },
      ],
    },
    {
      name: 'a ward plan: the section that prepares the work leads unless a chair is named; a label a page break ran on',
      text: [
        'II. NỘI DUNG TRIỂN KHAI THỰC HIỆN',
        '1. Xây dựng, ban hành Kế hoạch triển khai thực hiện',
        '- Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch.',
        '- Bộ phận phối hợp: Các bộ phận, ngành, đoàn thể có liên quan.',
        '- Thời gian thực hiện: tháng 3 năm 2025',
        '2. Kiểm tra, đánh giá, báo cáo kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật',
        '- Cơ quan chủ trì: Hội đồng đánh giá tiếp cận pháp luật phường.- Bộ phận tham mưu thực hiện: bộ phận Tư pháp - Hộ tịch.',
        '- Bộ phận phối hợp: Các bộ phận, ngành, đoàn thể có liên quan.',
        '- Thời gian thực hiện: trong năm 2025.',
        '3. Tổ chức tập huấn cho cán bộ',
        '- Cơ quan chủ trì: Ủy ban nhân dân phường.',
        '- Bộ phận tham mưu thực hiện:',
        '+ Văn phòng HĐND và UBND phường;',
        '+ bộ phận Tư pháp - Hộ tịch.',
        '- Thời gian thực hiện: Quý I/2025.',
        '4. Sơ kết việc thực hiện',
        '- Bộ phận tham mưu: Văn phòng HĐND và UBND phường.',
        '- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.',
        '- Thời gian thực hiện: Quý II/2025.',
      ].join('\n'),
      rows: [
        { index: '1', lead: ['bộ phận Tư pháp - Hộ tịch'], support: ['Các bộ phận, ngành, đoàn thể có liên quan'], deadline: { text: 'tháng 3 năm 2025' } },
        { index: '2', lead: ['Hội đồng đánh giá tiếp cận pháp luật phường'], support: ['Các bộ phận, ngành, đoàn thể có liên quan'], deadline: { text: 'trong năm 2025' } },
        { index: '3', lead: ['Ủy ban nhân dân phường'], support: [], deadline: { text: 'Quý I/2025' } },
        { index: '4', lead: ['Phòng Văn hóa - Xã hội'], support: [] },
      ],
    },
  ])('$name', ({ text, rows }) => {
    const { tasks: got } = tasks(text);
    expect(got).toHaveLength(rows.length);
    rows.forEach((row, i) => expect(got[i]).toMatchObject(row));
    for (const task of got) expect(task.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    [
      'duties by agency ("Tổ chức thực hiện")',
      ['IV. TỔ CHỨC THỰC HIỆN', '1. Sở Nội vụ: chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.', '2. Sở Tài chính: bố trí kinh phí thực hiện.'].join('\n'),
    ],
    ['a plan’s own period', ['3. Thời gian thực hiện: Từ năm 2026 - 2030.', 'a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.'].join('\n')],
    ['a meeting’s chair', ['Bước 2: Hội nghị cử tri.', '- Chủ trì: Người đứng đầu cơ quan.', 'Bước 3: Hội nghị mở rộng.', '- Chủ trì: Trưởng Ban công tác Mặt trận.'].join('\n')],
    ['one stray label', ['Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.'].join('\n')],
    // A table header wrapped over lines ("Đơn vị" / "chủ trì") is no bare label.
    ['a wrapped header word', ['Nội dung', 'chủ trì', 'phối hợp', 'Sở Nội vụ', 'Sở Tài chính'].join('\n')],
    ['an event’s length', ['1. Tổ chức hội nghị', '- Thời gian: 01 ngày/hội nghị.', '2. Tổ chức tập huấn', '- Thời gian: 02 ngày.'].join('\n')],
  ])('%s is not a task list', (_name, text) => {
    expect(tasks(text).tasks).toEqual([]);
  });

  it('labels naming units that no task could be read from are reported', () => {
    const text = ['Đơn vị chủ trì: Sở Nội vụ.', 'Đơn vị phối hợp: Sở Tài chính.'].join('\n');
    const { tasks: got, ctx } = tasks(text);
    expect(got).toEqual([]);
    expect(ctx.codes()).toContain('TASKS_NOT_FOUND');
  });

  it('2,000 tasks in a list are all read', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${(i % 99) + 1}. Tổ chức hoạt động số ${i + 1}\n- Đơn vị chủ trì: Sở Nội vụ.\n- Thời gian thực hiện: Quý II/2026.`).join('\n');
    const { tasks: got } = tasks(text);
    expect(got).toHaveLength(2000);
    expect(got[1999]).toMatchObject({ content: 'Tổ chức hoạt động số 2000', lead: ['Sở Nội vụ'] });
  });
});

describe('a schedule of events, each with its time and the unit that holds it', () => {
  const event = (n: number, title: string, when: string, unit: string, describe = true) =>
    [
      `${n}. ${title}`,
      '',
      describe ? `${n}.1. Nội dung: Hiệp thương về cơ cấu, thành phần người ứng cử.` : 'Nội dung: Lựa chọn, lập danh sách chính thức.',
      '',
      `- Thời gian: ${when}`,
      '',
      '- Thành phần: Ban Thường trực Ủy ban MTTQ xã; đại diện các tổ chức thành viên.',
      '',
      `- Đơn vị chủ trì: ${unit}.`,
      '',
      '- Kết quả: Biên bản hội nghị.',
      '',
      ...(describe ? [`${n}.2. Báo cáo kết quả hội nghị`, '', '- Gửi biên bản về Ban Thường trực ngay sau hội nghị.', ''] : []),
    ].join('\n');
  const text = [
    'II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN',
    '',
    event(1, 'Hội nghị hiệp thương lần thứ nhất.', 'Dự kiến ngày 05/12/2025 (chậm nhất ngày 10/12/2025).', 'Ban Công tác mặt trận thôn'),
    event(2, 'Hội nghị hiệp thương lần thứ hai', 'Dự kiến ngày 30/01/2026.', 'Ban Thường trực Ủy ban MTTQ Việt Nam xã'),
    event(3, 'Hội nghị hiệp thương lần thứ ba', 'Trước ngày 20/02/2026.', 'Ban Công tác mặt trận thôn', false),
  ].join('\n');

  it('gives each event as a task: its title, its unit, its time', () => {
    expect(tasks(text).tasks.map((t) => [t.index, t.content, t.lead, t.deadline?.text ?? null])).toEqual([
      ['1', 'Hội nghị hiệp thương lần thứ nhất', ['Ban Công tác mặt trận thôn'], 'Dự kiến ngày 05/12/2025 (chậm nhất ngày 10/12/2025)'],
      ['2', 'Hội nghị hiệp thương lần thứ hai', ['Ban Thường trực Ủy ban MTTQ Việt Nam xã'], 'Dự kiến ngày 30/01/2026'],
      ['3', 'Hội nghị hiệp thương lần thứ ba', ['Ban Công tác mặt trận thôn'], 'Trước ngày 20/02/2026'],
    ]);
  });

  it.each([
    ['a length', 'Thời gian: 01 ngày.'],
    ['a campaign’s period', 'Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.'],
  ])('a bare "Thời gian" giving %s is no deadline', (_name, line) => {
    const events = [1, 2].map((n) => `${n}. Tổ chức hội nghị lần ${n}\n\n- ${line}\n\n- Thành phần: Các thôn.\n\n- Chủ trì: Đồng chí Chủ tịch.\n`).join('\n');
    expect(tasks(events).tasks).toEqual([]);
  });
});

describe('a numbered list of persons', () => {
  it('is no task table ("Stt | Họ và tên | Chức vụ công tác | …")', () => {
    const text = [
      'Stt\tHọ và tên (3)\tChức vụ công tác\tNơi cư trú\tTín nhiệm\tKhông tín nhiệm',
      '1\tNguyễn Văn A\tBí thư Chi bộ\tThôn 1\t120\t3',
      '2\tTrần Thị B\tTrưởng thôn\tThôn 2\t98\t5',
      '3\tLê Văn C\tChi hội trưởng\tThôn 3\t101\t0',
    ].join('\n');
    expect(tasks(text).tasks).toEqual([]);
  });
});

describe('prose items beside a task table', () => {
  const table = ['PHỤ LỤC', 'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian', '1\tBan hành Kế hoạch; kiện toàn Ban Chỉ đạo\tChủ tịch UBND phường\tVăn phòng HĐND và UBND\tTháng 7/2026', '2\tRà soát, thống kê hồ sơ địa chính\tPhòng Kinh tế\tCông an phường\tTháng 8/2026'];
  const outline = (unit: string) => ['II. NỘI DUNG THỰC HIỆN', '1. Kiện toàn bộ máy chỉ đạo, điều hành', `${unit}Thời gian thực hiện: Tháng 7/2026.`, '2. Rà soát, thống kê, phân loại hồ sơ địa chính', 'Thời gian thực hiện: Từ tháng 7 đến tháng 10/2026.'];

  it('an item naming no body, beside a table whose every row names one, is the plan\'s outline', () => {
    const { tasks: rows } = tasks([...outline(''), ...table].join('\n'));
    expect(rows.map((r) => r.lead)).toEqual([['Chủ tịch UBND phường'], ['Phòng Kinh tế']]);
  });

  it('an item naming its body is kept', () => {
    const { tasks: rows } = tasks([...outline('Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n'), ...table].join('\n'));
    expect(rows.map((r) => r.lead)).toContainEqual(['Phòng Văn hóa - Xã hội']);
  });
});
