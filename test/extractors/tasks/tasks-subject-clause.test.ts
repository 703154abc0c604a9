// A closing written as sentences whose subject is a body ("4. Phòng Kế hoạch Tài chính chủ trì,
// phối hợp …") may give one item a clause before its verbs: "5. Công đoàn, Chi đoàn Sở căn cứ nội
// dung Kế hoạch, phát động, tổ chức …" is those bodies' duty too, and keeps the run of assignments.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2017-03-01', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const CLOSING = [
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Văn phòng Sở chủ trì, phối hợp với các phòng tham mưu tổ chức các phong trào thi đua.',
  '2. Phòng Kế hoạch Tài chính chủ trì, phối hợp với văn phòng Sở bố trí kinh phí thực hiện.',
  '3. Công đoàn, Chi đoàn Sở căn cứ nội dung Kế hoạch, phát động, tổ chức các phong trào thi đua lập thành tích.',
  'Nơi nhận:',
];

describe('a clause before an assignment\'s verbs', () => {
  it('reads the bodies before "căn cứ nội dung Kế hoạch" as the item\'s leads', () => {
    expect(read(CLOSING).map((t) => [t.index, t.lead])).toEqual([
      ['1', ['Văn phòng Sở']],
      ['2', ['Phòng Kế hoạch Tài chính']],
      ['3', ['Công đoàn', 'Chi đoàn Sở']],
    ]);
  });

  it.each([
    // "Căn cứ …" opening the item names no body before it.
    ['3. Căn cứ nội dung Kế hoạch, các phòng tổ chức thực hiện.'],
    // A topic, no body, before the clause.
    ['3. Thi đua khen thưởng căn cứ kết quả thực hiện Kế hoạch.'],
  ])('%s: no body, no task', (item) => {
    const tasks = read([...CLOSING.slice(0, 3), item, 'Nơi nhận:']);
    expect(tasks.map((t) => t.index)).toEqual(['1', '2']);
  });
});
