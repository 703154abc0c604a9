// Task tables a document-to-text converter wrote one row a line, cells joined by " | " with no pipe
// at either edge (extractors/tasks/joined-rows.ts): a programme's list of tasks, and a schedule whose
// time cell comes first, merged down over the rows of its period, under a two-level header.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { rejoinWrappedLines } from '../../../normalizers/lines.js';
import { testContext } from '../context.js';

const DOC = { date: '2022-07-22', title: null } as DocumentInfo;

function tasks(text: string) {
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: extractSections(text) }).map((t) => ({
    index: t.index,
    content: t.content,
    lead: t.lead,
    support: t.support,
    deadline: t.deadline?.text ?? null,
    section: t.section,
  }));
}

const PROGRAMME = [
  'DANH MỤC CÁC NHIỆM VỤ CHỦ YẾU',
  '',
  'TT | Nội dung công việc | Sản phẩm, hình thức văn bản | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian trình',
  '1 | Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật (sửa đổi) | Hồ sơ trình Quốc hội | Bộ Tài nguyên và Môi trường | Bộ Tư pháp, Bộ Công Thương | Quý III năm 2022',
  ' | Thống kê, kiểm kê nguồn lực tài nguyên trong phạm vi cả nước | Đề án | Bộ Tài nguyên và Môi trường | Bộ Xây dựng | Năm 2025',
  '2 | Kiện toàn tổ chức cơ quan quản lý nhà nước | Nhiệm vụ | Bộ Nội vụ |  | Năm 2022 và hàng năm',
].join('\n');

const SCHEDULE = [
  'NỘI DUNG CHI TIẾT',
  '',
  'Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định | Thực hiện',
  ' |  |  | Đơn vị chủ trì | Đơn vị phối hợp',
  'I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ',
  '1 | Lập nhiệm vụ quy hoạch',
  '10-11/2019 | Xây dựng khung định hướng quy hoạch | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng; - Vụ Pháp chế.',
  ' | Lấy ý kiến các Bộ, ngành | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | - Văn phòng Bộ; - Vụ Pháp chế.',
  '2 | Phê duyệt nhiệm vụ',
  '01/2020 | Phê duyệt nhiệm vụ lập quy hoạch | Thủ tướng Chính phủ |  | ',
  '',
  'Ghi chú: thời gian có thể điều chỉnh.',
].join('\n');

const WRAPPED = [
  'II. NHIỆM VỤ',
  'TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành',
  '1 | Xây dựng kế hoạch chuyển đổi số của các sở, ban, ngành và',
  'UBND các huyện, thị xã, thành phố | Sở Thông tin và Truyền thông | Các sở, ngành | Quý II năm 2022',
  '2 | Tổ chức tập huấn kỹ năng số cho cán bộ, công chức | Sở Nội vụ | Sở Thông tin và',
  'Truyền thông | Tháng 6 năm 2022',
  '3 | Kiểm tra, đánh giá kết quả thực hiện | Văn phòng UBND tỉnh | Các sở, ngành | Tháng 12 năm 2022',
].join('\n');

const GROUPS = [
  'STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện',
  'I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
  '1 | Rà soát thủ tục hành chính | Văn phòng UBND xã | Các ban, ngành | Quý I',
  'II | TUYÊN TRUYỀN',
  'A | Nội dung chung',
  '2 | Tuyên truyền cải cách hành chính | Công chức Văn hóa - Xã hội | Đài truyền thanh xã | Cả năm',
  '3 | Tự kiểm tra công tác cải cách hành chính',
  'Ghi chú: các đơn vị báo cáo kết quả về Văn phòng.',
].join('\n');

describe('tables of rows joined by " | " (one row a line, no edge pipes)', () => {
  it.each([
    {
      name: "a programme's list of tasks, an unnumbered row of its own among them",
      text: PROGRAMME,
      rows: [
        { index: '1', content: 'Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật (sửa đổi)', lead: ['Bộ Tài nguyên và Môi trường'], support: ['Bộ Tư pháp', 'Bộ Công Thương'], deadline: 'Quý III năm 2022' },
        { content: 'Thống kê, kiểm kê nguồn lực tài nguyên trong phạm vi cả nước', lead: ['Bộ Tài nguyên và Môi trường'], support: ['Bộ Xây dựng'], deadline: 'Năm 2025' },
        { index: '2', content: 'Kiện toàn tổ chức cơ quan quản lý nhà nước', lead: ['Bộ Nội vụ'], support: [], deadline: 'Năm 2022 và hàng năm' },
      ],
    },
    {
      name: 'a schedule: two-level header, numbered group rows, the time cell merged down, a state-management column beside the lead',
      text: SCHEDULE,
      rows: [
        { content: 'Xây dựng khung định hướng quy hoạch', lead: ['Ban Quản lý quy hoạch'], support: ['Vụ Vật liệu xây dựng', 'Vụ Pháp chế'], deadline: '10-11/2019', section: 'Lập nhiệm vụ quy hoạch' },
        { content: 'Lấy ý kiến các Bộ, ngành', lead: ['Vụ Vật liệu xây dựng'], support: ['Văn phòng Bộ', 'Vụ Pháp chế'], deadline: '10-11/2019', section: 'Lập nhiệm vụ quy hoạch' },
        { content: 'Phê duyệt nhiệm vụ lập quy hoạch', lead: [], support: [], deadline: '01/2020', section: 'Phê duyệt nhiệm vụ' },
      ],
    },
    {
      name: 'the same list with a blank line between rows (a converter that writes a paragraph a row)',
      text: PROGRAMME.split('\n').join('\n\n'),
      rows: [
        { index: '1', content: 'Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật (sửa đổi)', lead: ['Bộ Tài nguyên và Môi trường'], deadline: 'Quý III năm 2022' },
        { content: 'Thống kê, kiểm kê nguồn lực tài nguyên trong phạm vi cả nước', lead: ['Bộ Tài nguyên và Môi trường'], deadline: 'Năm 2025' },
        { index: '2', content: 'Kiện toàn tổ chức cơ quan quản lý nhà nước', lead: ['Bộ Nội vụ'], deadline: 'Năm 2022 và hàng năm' },
      ],
    },
    {
      name: 'cells a web copy wrapped over lines: the row takes the lines that make it whole',
      text: WRAPPED,
      rows: [
        { index: '1', content: 'Xây dựng kế hoạch chuyển đổi số của các sở, ban, ngành và UBND các huyện, thị xã, thành phố', lead: ['Sở Thông tin và Truyền thông'], support: ['Các sở, ngành'], deadline: 'Quý II năm 2022' },
        { index: '2', content: 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức', lead: ['Sở Nội vụ'], support: ['Sở Thông tin và Truyền thông'], deadline: 'Tháng 6 năm 2022' },
        { index: '3', content: 'Kiểm tra, đánh giá kết quả thực hiện', lead: ['Văn phòng UBND tỉnh'], support: ['Các sở, ngành'], deadline: 'Tháng 12 năm 2022' },
      ],
    },
    {
      name: 'short rows nothing completes stay rows of their own: two group headings, a last row then a note',
      text: GROUPS,
      rows: [
        { index: '1', content: 'Rà soát thủ tục hành chính', lead: ['Văn phòng UBND xã'], deadline: 'Quý I' },
        { index: '2', content: 'Tuyên truyền cải cách hành chính', lead: ['Công chức Văn hóa - Xã hội'], deadline: 'Cả năm' },
        { index: '3', content: 'Tự kiểm tra công tác cải cách hành chính', lead: [], deadline: null },
      ],
    },
  ])('$name', ({ text, rows }) => {
    const read = tasks(text);
    expect(read).toHaveLength(rows.length);
    rows.forEach((row, i) => expect(read[i]).toMatchObject(row));
  });

  it.each([
    ['a header block of joined cells (issuer | motto, number | place and date)', 'BỘ XÂY DỰNG\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 836/QĐ-BXD | Hà Nội, ngày 14 tháng 10 năm 2019'],
    ['joined rows under a header that names no task column', 'Năm | Dự toán | Thực hiện\n2025 | 120 | 100\n2026 | 150 | 90'],
    ['a header block, a blank line, then prose with a pipe', 'BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc\n\nCăn cứ | Luật Tổ chức Chính phủ | ngày 19/6/2015'],
  ])('%s: no task', (_name, text) => {
    expect(tasks(text)).toEqual([]);
  });
});

describe('the wrapped-line joiner leaves joined rows apart', () => {
  it.each([
    ['a header whose last cell ends in a word, then row 1', 'TT | Nội dung công việc | Thời gian trình\n1 | Hoàn thành hồ sơ | Quý III năm 2022', 2],
    ['a row ending in a word, then the next row', '1 | Hoàn thành hồ sơ | Năm 2022 và hàng năm\n2 | Kiện toàn tổ chức | Năm 2023', 2],
    ['a sentence wrapped onto a line that holds no cells: joined as before', 'Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì\n10 cơ quan | phối hợp', 1],
  ])('%s', (_name, text, lines) => {
    expect(rejoinWrappedLines(text).split('\n')).toHaveLength(lines);
  });
});
