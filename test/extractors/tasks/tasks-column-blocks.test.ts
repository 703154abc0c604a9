// A task appendix as plain pdftotext (no -layout) writes a signed PDF's table: every cell a block
// between blank lines, a page's blocks column after column (row numbers, then contents with their
// leads, then supervisors and deadlines), so the rows are rebuilt column by column.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { columnBlockTableRows } from '../../../extractors/tasks/column-blocks.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-08', title: null, typeCode: 'CTr' } as DocumentInfo;

function read(body: string[]) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document: DOC, sections: [], typed: false }).map((t) => ({
    index: t.index,
    section: t.section,
    content: t.content,
    lead: t.lead,
    supervisor: t.supervisor,
    deadline: t.deadline?.text ?? null,
  }));
}

const HEADER = ['TT', '', 'Nhiệm vụ cụ thể', '', 'I Các nhiệm vụ cần làm ngay trong năm 2026', '', 'Cơ quan, tổ chức', 'đảng chủ trì', '', 'Cá nhân phụ trách chỉ', 'đạo, kiểm tra, đôn đốc', '', 'Thời hạn', 'thực hiện', ''];
const BA = 'Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh';
const HUNG = 'Đồng chí Giàng Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh';

const row = (index: string, section: string, content: string, lead: string[], supervisor: string, deadline: string) => ({ index, section, content, lead, supervisor, deadline });
const S1 = 'Các nhiệm vụ cần làm ngay trong năm 2026';
const S2 = 'Hoàn thiện thể chế, chính sách, pháp luật';

describe('column-block task tables', () => {
  it.each([
    [
      'rows one after another, then a page of numbers first and persons, deadlines last',
      [
        ...HEADER,
        '1', '', 'Tổ chức quán triệt và triển khai thực hiện Chương trình hành động này đến toàn thể cán bộ, đảng viên.', '',
        'Các cấp ủy, tổ', 'chức đảng', '', 'Thủ trưởng các cơ quan, đơn vị', '', 'Trước ngày', '15/10/2026', '',
        'II.1 Hoàn thiện thể chế, chính sách, pháp luật', '', '\f16', '', '1', '', '2', '',
        'Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về bảo vệ môi trường', '', 'Đảng ủy UBND', 'tỉnh', '',
        'Xây dựng Kế hoạch bảo tồn đa dạng sinh học tỉnh giai đoạn 2031 - 2040', '', 'Đảng ủy UBND', 'tỉnh', '',
        BA, '', 'Đồng chí Giàng Quốc', 'Hưng, Ủy viên Ban', 'Thường vụ Tỉnh ủy, Phó', 'Chủ tịch UBND tỉnh', '', '2026 - 2030', '', '2030', '',
      ],
      [
        row('1', S1, 'Tổ chức quán triệt và triển khai thực hiện Chương trình hành động này đến toàn thể cán bộ, đảng viên.', ['Các cấp ủy, tổ chức đảng'], 'Thủ trưởng các cơ quan, đơn vị', 'Trước ngày 15/10/2026'),
        row('1', S2, 'Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về bảo vệ môi trường', ['Đảng ủy UBND tỉnh'], BA, '2026 - 2030'),
        row('2', S2, 'Xây dựng Kế hoạch bảo tồn đa dạng sinh học tỉnh giai đoạn 2031 - 2040', ['Đảng ủy UBND tỉnh'], HUNG, '2030'),
      ],
    ],
    [
      // As normalisation leaves it: a block that opens with a figure joined to the one before it.
      'deadlines run onto the persons, the next row\'s number onto a group row',
      [
        ...HEADER,
        '1', '', 'Tổ chức quán triệt và triển khai thực hiện Chương trình hành động này đến toàn thể cán bộ, đảng viên.', '',
        'Các cấp ủy, tổ chức đảng', '', 'Thủ trưởng các cơ quan, đơn vị', '', 'Trước ngày 15/10/2026', '',
        'II.1 Hoàn thiện thể chế, chính sách, pháp luật 1 Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về bảo vệ môi trường', '',
        'Đảng ủy UBND tỉnh', '', '2', '', 'Xây dựng Kế hoạch bảo tồn đa dạng sinh học tỉnh giai đoạn 2031 - 2040', '', 'Đảng ủy UBND tỉnh', '',
        `${BA}\n${HUNG} 2026 – 2030 (Ngay sau khi sự cố phát sinh) 2030`, '',
      ],
      [
        row('1', S1, 'Tổ chức quán triệt và triển khai thực hiện Chương trình hành động này đến toàn thể cán bộ, đảng viên.', ['Các cấp ủy, tổ chức đảng'], 'Thủ trưởng các cơ quan, đơn vị', 'Trước ngày 15/10/2026'),
        row('1', S2, 'Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về bảo vệ môi trường', ['Đảng ủy UBND tỉnh'], BA, '2026 – 2030 (Ngay sau khi sự cố phát sinh)'),
        row('2', S2, 'Xây dựng Kế hoạch bảo tồn đa dạng sinh học tỉnh giai đoạn 2031 - 2040', ['Đảng ủy UBND tỉnh'], HUNG, '2030'),
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    // A row's deadline cell left empty: the columns no longer count out, nothing is guessed.
    ['a cell missing', [...HEADER, '1', '', 'Tổ chức quán triệt Chương trình hành động này đến toàn thể cán bộ, đảng viên.', '', 'Các cấp ủy, tổ chức đảng', '', BA, '', 'Trước ngày 15/10/2026', '', '2', '', 'Xây dựng Kế hoạch bảo tồn đa dạng sinh học tỉnh giai đoạn 2031 - 2040', '', 'Đảng ủy UBND tỉnh', '', BA, '']],
    // Lead and partners in two columns: a unit's block cannot say which it is.
    ['two unit columns', ['TT', '', 'Nội dung', '', 'Cơ quan chủ trì', '', 'Cơ quan phối hợp', '', 'Thời gian', '', '1', '', 'Tổ chức hội nghị triển khai kế hoạch', '', 'Sở Nội vụ', '', 'Sở Tài chính', '', 'Quý I/2026', '', '2', '', 'Tổng kết, đánh giá kết quả thực hiện', '', 'Sở Nội vụ', '', 'Các sở, ngành', '', 'Quý IV/2026']],
  ])('reads no table with %s', (_, body) => {
    expect(columnBlockTableRows(linesWithOffsets(body.join('\n')))).toEqual([]);
  });
});
