// A body's heading that joins a collective of kinds and a named body with "và" ("2. Sở, ban, ngành
// thành phố và Ủy ban nhân dân xã, phường") gives two leads; "và" inside one body's name
// ("Văn phòng HĐND và UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch") still joins no two.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2024-10-01', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const leads = (heading: string) => {
  const text = [
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Sở Y tế',
    '- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
    `2. ${heading}`,
    '- Xây dựng kế hoạch thực hiện tại đơn vị, địa phương.',
    'Nơi nhận:',
  ].join('\n');
  const tasks = extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
  return tasks.find((t) => t.content.startsWith('Xây dựng'))?.lead;
};

describe('"và" between a collective and a body', () => {
  it.each([
    ['Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường', ['Sở, ban, ngành thành phố', 'Ủy ban nhân dân xã, phường']],
    ['Các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố', ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố']],
  ])('%s: two leads', (heading, expected) => {
    expect(leads(heading)).toEqual(expected);
  });

  it.each([
    ['Văn phòng HĐND và UBND tỉnh', ['Văn phòng HĐND và UBND tỉnh']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Báo và Phát thanh, Truyền hình tỉnh', ['Báo và Phát thanh, Truyền hình tỉnh']],
  ])('%s: one body', (heading, expected) => {
    expect(leads(heading)).toEqual(expected);
  });
});
