// Task tables of OCR dumps that write every cell on a line of its own: the header's column names
// one per line, then each row's number and its cells.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { cellLineTableRows } from '../../../extractors/tasks/cell-lines.js';
import { rejoinWrappedLines } from '../../../normalizers/lines.js';
import { testContext } from '../context.js';

const DOC = { date: '2024-03-01', title: null } as DocumentInfo;

function tasksOf(text: string) {
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: [] });
}

interface Row {
  content: string[];
  lead: string;
  support: string | null;
  deadline: string;
}

const ROWS: Row[] = [
  { content: ['Tổ chức hội nghị triển khai nhiệm vụ thi đua năm 2024'], lead: 'Sở Nội vụ', support: 'Các sở, ngành', deadline: 'Quý I/2024' },
  { content: ['Phát động phong trào thi đua', 'chuyên đề về chuyển đổi số'], lead: 'Ban Thi đua - Khen thưởng', support: 'UBND các huyện', deadline: 'Tháng 4/2024' },
  { content: ['Kiểm tra việc thực hiện các phong trào thi đua'], lead: 'Sở Nội vụ', support: null, deadline: 'Quý III/2024' },
  { content: ['Sơ kết, tổng kết phong trào thi đua'], lead: 'Văn phòng UBND tỉnh', support: 'Các đơn vị liên quan', deadline: 'Trước ngày 15/12/2024' },
];
const HEADER = ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

/** The table as a dump writes it; `glued`: each row number run onto the line before it, as normalisation leaves it. */
function dump(rows: readonly Row[], glued: boolean): string {
  const lines: string[] = ['KẾ HOẠCH', 'Triển khai công tác thi đua năm 2024', '', 'II. NHIỆM VỤ CỤ THỂ', '', ...HEADER];
  rows.forEach((r, i) => {
    const cells = [...r.content, r.lead, ...(r.support ? [r.support] : []), r.deadline];
    if (glued) lines[lines.length - 1] += ` ${i + 1}`;
    else lines.push(String(i + 1));
    lines.push(...cells);
  });
  lines.push('', 'III. TỔ CHỨC THỰC HIỆN', 'Các sở, ngành triển khai thực hiện.');
  return lines.join('\n');
}

describe('task tables written one cell per line', () => {
  it.each([
    ['row numbers on their own lines', false],
    ['row numbers run onto the line before', true],
  ])('%s: every row with its cells', (_what, glued) => {
    const got = tasksOf(dump(ROWS, glued));
    expect(got).toHaveLength(ROWS.length);
    got.forEach((t, i) => {
      const row = ROWS[i]!;
      expect(t.index).toBe(String(i + 1));
      // A content cell wrapped over two lines is one cell.
      expect(t.content).toBe(row.content.join(' '));
      expect(t.lead).toEqual([row.lead]);
      // A row that left a cell empty: its deadline still goes to the deadline column.
      expect(t.support).toEqual(row.support ? [row.support] : []);
      expect(t.deadline?.text).toBe(row.deadline);
    });
  });

  it('keeps a figure that ends a cell when the row number stands on its own line after it', () => {
    const text = ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', '1', 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý 2', '2', 'Kiểm tra', 'Sở Tư pháp', 'Quý 3'].join('\n');
    expect(tasksOf(text).map((t) => t.deadline?.text)).toEqual(['Quý 2', 'Quý 3']);
  });

  it('gives each row a span over its own lines', () => {
    const text = dump(ROWS, true);
    const got = tasksOf(text);
    for (const [i, t] of got.entries()) {
      const covered = text.slice(t.span!.start, t.span!.end);
      expect(covered).toContain(ROWS[i]!.lead);
      expect(covered).not.toMatch(new RegExp(`\\s${i + 2}$`));
    }
  });

  it.each([
    ['a header with no content column', ['TT', 'Họ và tên', 'Chức vụ', 'Đơn vị', '1', 'Nguyễn Văn A', 'Trưởng phòng', 'Sở Nội vụ', '2', 'Trần Thị B', 'Chuyên viên', 'Sở Nội vụ']],
    ['a single row', ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', '1', 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý I/2024']],
    ['numbers out of order', ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', '2', 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý I/2024', '5', 'Kiểm tra', 'Sở Tư pháp', 'Quý II/2024']],
    ['prose after "TT"', ['TT', 'Nội dung của kế hoạch này được triển khai rộng rãi đến toàn thể cán bộ, công chức và người lao động trong cơ quan.', '1', 'Sở Nội vụ']],
  ])('reads no table from %s', (_what, lines) => {
    expect(cellLineTableRows(linesWithOffsets(lines.join('\n')))).toEqual([]);
  });

  // How its time grows with the rows: `npm run bench -- scaling --only cellLineTableRows`.
  it('reads every row of a long run of short lines', () => {
    const lines = ['TT', 'Nội dung', 'Chủ trì', 'Thời gian'];
    for (let i = 1; i <= 3000; i++) lines.push(String(i), `Nhiệm vụ số ${i}`, 'Sở Nội vụ', 'Quý I/2024');
    const rows = cellLineTableRows(linesWithOffsets(lines.join('\n')));
    expect(rows).toHaveLength(3001);
    expect(rows.at(-1)!.text).toBe('3000\tNhiệm vụ số 3000\tSở Nội vụ\tQuý I/2024');
  });
});

describe('cell lines: what is a cell, not a row number, a deadline or the table', () => {
  const H = 'TT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian thực hiện\n';
  const rowsOf = (text: string) => {
    let at = 0;
    const lines = text.split('\n').map((t) => {
      const line = { text: t, start: at };
      at += t.length + 1;
      return line;
    });
    return cellLineTableRows(lines).map((r) => r.text.split('\t'));
  };
  it.each([
    ['a heading after the table ends it', H + '1\nRà soát quy hoạch\nSở Xây dựng\nCác sở, ngành\nQuý I/2024\n2\nKiểm tra\nSở Tài chính\nUBND cấp huyện\nQuý II/2024\nII. TỔ CHỨC THỰC HIỆN\nGiao Sở Kế hoạch\nTheo dõi, đôn đốc', [['1', 'Rà soát quy hoạch', 'Sở Xây dựng', 'Các sở, ngành', 'Quý I/2024'], ['2', 'Kiểm tra', 'Sở Tài chính', 'UBND cấp huyện', 'Quý II/2024']]],
    ['a figure of "Quận 2" is the unit’s, not the next row’s number', H + '1\nRà soát quy hoạch\nỦy ban nhân dân Quận 2\nCác sở, ngành\nQuý I/2024\n2\nKiểm tra\nSở Tài chính\nSở Y tế\nQuý II/2024', [['1', 'Rà soát quy hoạch', 'Ủy ban nhân dân Quận 2', 'Các sở, ngành', 'Quý I/2024'], ['2', 'Kiểm tra', 'Sở Tài chính', 'Sở Y tế', 'Quý II/2024']]],
    ['"Ngân hàng" and "Việt Nam" are no deadlines', H + '1\nRà soát quy hoạch\nSở Xây dựng\nNgân hàng Nhà nước chi nhánh tỉnh\n2\nKiểm tra\nSở Tài chính\nHội Liên hiệp Phụ nữ Việt Nam tỉnh\n3\nBáo cáo\nSở Nội vụ\nCác sở\nQuý III/2024', [['1', 'Rà soát quy hoạch', 'Sở Xây dựng', 'Ngân hàng Nhà nước chi nhánh tỉnh', ''], ['2', 'Kiểm tra', 'Sở Tài chính', 'Hội Liên hiệp Phụ nữ Việt Nam tỉnh', ''], ['3', 'Báo cáo', 'Sở Nội vụ', 'Các sở', 'Quý III/2024']]],
  ])('%s', (_name, text, rows) => {
    expect(rowsOf(text).slice(1)).toEqual(rows);
  });
});

// A team's plan as a Word table's text extraction gives it: the header cells one per line, each
// row a bare number then its cells, the duty cell a list of "- …" items one per line (some written
// "-Giúp …" without the space), a post wrapped over two lines. The members named are the leads.
describe('a table of members and their duties, one cell per line', () => {
  const HEADER = ['TT', 'Họ và tên', 'Chức vụ giao /Nhiệm vụ đảm nhận', 'Nội dung phân công chi tiết'];
  const MEMBERS = [
    ['1', 'Ông Nguyễn Văn An', 'Tổ trưởng', 'Tổ trưởng TDP Lương Sơn', '- Phụ trách chung công tác phòng, chống thiên tai của tổ.', '- Trực tiếp chỉ huy lực lượng xung kích.'],
    ['2', 'Ông Trần Văn Bình', 'Tổ phó(Trưởng ban công tác Mặt trận)', '-Giúp Tổ trưởng điều hành công việc chung.', '-Phụ trách công tác tuyên truyền, vận động nhân dân.'],
    ['3', 'Bà Lê Thị Cúc', 'Thành viên(Chi hội trưởng Chi hội Phụ nữ)', '- Tuyên truyền, vận động hội viên phụ nữ phòng chống thiên tai.', '- Quản lý danh sách các hộ cần hỗ trợ sơ tán.'],
  ];
  const text = ['II. PHÂN CÔNG NHIỆM VỤ CỤ THỂ', ...HEADER, ...MEMBERS.flat(), 'III. NỘI DUNG VÀ QUY TRÌNH THỰC HIỆN', '1. Giai đoạn phòng ngừa:', 'Tổ chức tuyên truyền.'].join('\n');

  it('reads one task per member: the person leads, the first duty is the content', () => {
    const got = tasksOf(text);
    expect(got.map((t) => [t.index, t.lead, t.support, t.content])).toEqual([
      ['1', ['Ông Nguyễn Văn An'], [], 'Phụ trách chung công tác phòng, chống thiên tai của tổ.'],
      ['2', ['Ông Trần Văn Bình'], [], 'Giúp Tổ trưởng điều hành công việc chung.'],
      ['3', ['Bà Lê Thị Cúc'], [], 'Tuyên truyền, vận động hội viên phụ nữ phòng chống thiên tai.'],
    ]);
  });

  it('puts a post wrapped over two lines in its own column, the list in the content column', () => {
    const rows = cellLineTableRows(linesWithOffsets(text)).map((r) => r.text.split('\t'));
    expect(rows[1]).toEqual(['1', 'Ông Nguyễn Văn An', 'Tổ trưởng Tổ trưởng TDP Lương Sơn', '- Phụ trách chung công tác phòng, chống thiên tai của tổ. - Trực tiếp chỉ huy lực lượng xung kích.']);
    expect(rows[2]![3]).toBe('- Giúp Tổ trưởng điều hành công việc chung. - Phụ trách công tác tuyên truyền, vận động nhân dân.');
  });

  it('reads the same rows when normalisation ran the first row number onto the last header cell', () => {
    const glued = text.replace('Nội dung phân công chi tiết\n1\n', 'Nội dung phân công chi tiết 1\n');
    expect(tasksOf(glued).map((t) => t.lead)).toEqual([['Ông Nguyễn Văn An'], ['Ông Trần Văn Bình'], ['Bà Lê Thị Cúc']]);
  });

  it('reads the rows of the whole pipeline too, with spans on the members', async () => {
    const normalized = rejoinWrappedLines(text);
    expect(normalized).toContain('Nội dung phân công chi tiết\n1\n');
    for (const t of tasksOf(normalized)) expect(normalized.slice(t.span!.start, t.span!.end)).toContain(t.lead[0]);
  });

  it('reads the same rows when every paragraph is followed by a blank line (docx2txt, web copies)', () => {
    const spaced = text.replace(/\n/g, '\n\n');
    const got = tasksOf(rejoinWrappedLines(spaced));
    expect(got.map((t) => [t.index, t.lead, t.content])).toEqual(tasksOf(text).map((t) => [t.index, t.lead, t.content]));
    for (const t of got) expect(spaced.slice(t.span!.start, t.span!.end)).toContain(t.lead[0]);
  });

  it('ends a table of spaced cells at two blank lines: the paragraph after is no cell', () => {
    const spaced = ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', '1', 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý I/2024', '2', 'Kiểm tra', 'Sở Tư pháp', 'Quý II/2024'].join('\n\n') + '\n\n\nCác sở, ngành triển khai thực hiện';
    expect(cellLineTableRows(linesWithOffsets(spaced)).map((r) => r.text)).toEqual(['TT\tNội dung\tChủ trì\tThời gian', '1\tTổ chức hội nghị\tSở Nội vụ\tQuý I/2024', '2\tKiểm tra\tSở Tư pháp\tQuý II/2024']);
  });

  // A board's member list names posts, no work: its names lead nothing.
  it.each([
    ['a board member list with a bare "Nhiệm vụ" column', ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', '1', 'Ông Nguyễn Văn An', 'Chủ tịch UBND xã', 'Trưởng ban', '2', 'Bà Lê Thị Cúc', 'Phó Chủ tịch UBND xã', 'Phó Trưởng ban']],
    ['a board member list with "Nhiệm vụ trong Ban"', ['STT', 'Họ tên', 'Chức danh', 'Nhiệm vụ trong Ban', '1', 'Ông Nguyễn Văn An', 'Chủ tịch', 'Trưởng ban', '2', 'Bà Lê Thị Cúc', 'Phó Chủ tịch', 'Thành viên']],
  ])('reads no table from %s', (_what, lines) => {
    expect(cellLineTableRows(linesWithOffsets(lines.join('\n')))).toEqual([]);
  });
});

// What a reader of one cell per line must never take for a table: numbered prose, a list of
// recipients, a signature block, each through the whole of task extraction, as normalisation leaves them.
describe('cell lines: no table invented from ordinary lines', () => {
  it.each([
    ['numbered paragraphs', ['I. MỤC ĐÍCH', '1', 'Nâng cao nhận thức của cán bộ về công tác thi đua', '2', 'Phát huy vai trò của các đoàn thể', '3', 'Đánh giá đúng kết quả thực hiện']],
    ['numbered paragraphs under "TT" in prose', ['TT', 'Nội dung phân công', 'Tổ trưởng', '1', 'Họp tổ định kỳ', '2', 'Báo cáo kết quả']],
    ['a list of recipients', ['Nơi nhận:', '- BCH PTDS phường Hương Thủy (để b/c);', '- UBND phường Hương Thủy (để b/c);', '- Các thành viên Tổ xung kích (để t/h);', '- Lưu: TDP.']],
    ['a signature block', ['TM. TỔ XUNG KÍCH', 'TỔ TRƯỞNG', '1', 'Nguyễn Trọng Nghĩa', '2', 'Trần Văn Bình']],
    ['a list of members without duties', ['TT', 'Họ và tên', 'Chức vụ', 'Đơn vị', '1', 'Ông Nguyễn Văn An', 'Tổ trưởng', 'TDP Lương Sơn', '2', 'Bà Lê Thị Cúc', 'Thành viên', 'Chi hội Phụ nữ']],
  ])('%s', (_what, lines) => {
    for (const gap of ['\n', '\n\n']) {
      const text = rejoinWrappedLines(lines.join(gap));
      expect(cellLineTableRows(linesWithOffsets(text))).toEqual([]);
      expect(tasksOf(text)).toEqual([]);
    }
  });
});
