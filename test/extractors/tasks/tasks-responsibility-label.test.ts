// A Party committee's programme closes each numbered item of its standing duties with who answers
// for it ("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh."), after the item's bullets;
// its plain PDF text (pdftotext without -layout) sets blank lines inside paragraphs and each page's
// number on the line after the form feed.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const DOC = { date: '2026-08', title: null, typeCode: 'CTr' } as DocumentInfo;

function read(body: string[]) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document: DOC, sections: [], typed: false })
    .map((t) => [t.index, t.content, t.lead]);
}

const ITEM_1 = [
  '3. Nhiệm vụ thường xuyên',
  '',
  '3.1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền, giáo ',
  '',
  'dục nâng cao nhận thức',
  '',
  '- Quán triệt sâu sắc quan điểm của Đảng về bảo vệ môi trường; đưa chỉ tiêu vào đánh giá ',
  'kết quả thực hiện nhiệm vụ hằng năm. ',
];
const ITEM_2 = [
  '3.2. Huy động, phân bổ và sử dụng hiệu quả các nguồn lực',
  '',
  '- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường. ',
  '',
];

describe('numbered items closed by "Trách nhiệm (chỉ đạo) thực hiện:"', () => {
  it.each([
    [
      'the label on one line',
      [...ITEM_1, '', 'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.', '', ...ITEM_2, 'Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng.'],
      [['Đảng ủy Ủy ban nhân dân tỉnh'], ['Các cấp ủy, tổ chức đảng']],
    ],
    [
      // "… Đảng ủy Ủy" / "" / "ban nhân dân tỉnh.": a blank line inside the label's value.
      'the value wrapped over a blank line',
      [...ITEM_1, '', 'Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ', '', 'ban nhân dân tỉnh.', '', ...ITEM_2, 'Trách nhiệm thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.'],
      [['Các cấp ủy, tổ chức đảng', 'Đảng ủy Ủy ban nhân dân tỉnh'], ['Đảng ủy Ủy ban nhân dân tỉnh']],
    ],
  ])('%s', (_, body, leads) => {
    expect(read(body)).toEqual([
      ['3.1', 'Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền, giáo dục nâng cao nhận thức', leads[0]],
      ['3.2', 'Huy động, phân bổ và sử dụng hiệu quả các nguồn lực', leads[1]],
    ]);
  });

  it("reads no page's number as an item", () => {
    const body = [...ITEM_1.slice(0, 6), 'kết quả thực hiện nhiệm vụ hằng năm. \n\f4', '', '- Phát huy vai trò của Mặt trận Tổ quốc trong giám sát. ', '', 'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.', '', ...ITEM_2, 'Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng.'];
    expect(read(body).map(([index]) => index)).toEqual(['3.1', '3.2']);
  });
});
