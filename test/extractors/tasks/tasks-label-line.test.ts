// A task's fields printed on one line, separated by semicolons ("Đơn vị chủ trì: …; Đơn vị phối
// hợp: …; Thời gian: Tháng 3/2025"), as commune and district plans print them.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { lineLabels } from '../../../extractors/tasks/prose-labels.js';
import { testContext } from '../context.js';

const DOC = { date: '2025-02-10', title: null } as DocumentInfo;

function read(body: string[]) {
  return extractTasks(body.join('\n'), testContext(), { tables: [], document: DOC, sections: [], typed: true });
}

describe('labels on one line', () => {
  it.each([
    [
      'Đơn vị chủ trì: Văn phòng HĐND và UBND xã; Đơn vị phối hợp: Ủy ban MTTQ Việt Nam xã, các đoàn thể; Thời gian: Tháng 02/2025.',
      [
        ['lead', 'Văn phòng HĐND và UBND xã'],
        ['support', 'Ủy ban MTTQ Việt Nam xã, các đoàn thể'],
        ['deadline', 'Tháng 02/2025'],
      ],
    ],
    // A part that is no label is more of the value before it.
    ['Chủ trì: Phòng Nội vụ; Phòng Tư pháp; thời gian thực hiện: quý II/2025', [['lead', 'Phòng Nội vụ; Phòng Tư pháp'], ['deadline', 'quý II/2025']]],
    // One label: its list kept as printed.
    ['Đơn vị phối hợp: Công an xã; Quân sự xã.', [['support', 'Công an xã; Quân sự xã']]],
  ])('%s', (line, expected) => {
    expect(lineLabels(line)?.map((l) => [l.role, l.value])).toEqual(expected);
  });

  it.each(['Tổ chức hội nghị; báo cáo kết quả', ''])('none on a line that opens with no label: "%s"', (line) => {
    expect(lineLabels(line)).toBeNull();
  });

  it('give each task its lead, partners and deadline', () => {
    const tasks = read([
      'II. NỘI DUNG',
      '1. Tổ chức Lễ phát động phong trào thi đua năm 2025',
      'Đơn vị chủ trì: Văn phòng HĐND và UBND xã; Đơn vị phối hợp: Ủy ban MTTQ Việt Nam xã, các đoàn thể; Thời gian: Tháng 02/2025.',
      '2. Sơ kết phong trào thi đua 6 tháng đầu năm. Đơn vị chủ trì: Văn phòng HĐND và UBND xã; đơn vị phối hợp: Công an xã; thời gian: tháng 7/2025.',
    ]);
    expect(tasks.map((t) => [t.index, t.content, t.lead, t.support, t.deadline?.end])).toEqual([
      ['1', 'Tổ chức Lễ phát động phong trào thi đua năm 2025', ['Văn phòng HĐND và UBND xã'], ['Ủy ban MTTQ Việt Nam xã', 'các đoàn thể'], '2025-02'],
      ['2', 'Sơ kết phong trào thi đua 6 tháng đầu năm', ['Văn phòng HĐND và UBND xã'], ['Công an xã'], '2025-07'],
    ]);
  });
});
