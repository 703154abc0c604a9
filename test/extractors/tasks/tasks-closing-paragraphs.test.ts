// A plan that lists bodies' duties under their headings in one part ("II. NHIỆM VỤ" / "1. Sở Y tế"
// / "a) …") and closes with a part of headings holding a paragraph each ("III. TỔ CHỨC THỰC HIỆN"
// / "1. Sở Y tế" / "Chủ trì phối hợp …" / "2. Sở, ban, ngành thành phố …" / "Căn cứ chức năng …")
// assigns the closing's work by body too: each paragraph is its heading's duty.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2024-10-01', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const DUTIES = [
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  '1. Sở Y tế',
  'a) Tham mưu Ủy ban nhân dân thành phố ban hành các văn bản chỉ đạo về công tác dân số.',
  'b) Tổ chức kiểm tra, giám sát việc thực hiện chính sách dân số.',
  '2. Sở Tài chính',
  'a) Tham mưu bố trí kinh phí thực hiện công tác dân số.',
  'b) Hướng dẫn sử dụng kinh phí theo quy định.',
];
const CLOSING = [
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Y tế',
  'Chủ trì phối hợp với các sở, ban, ngành liên quan tổ chức, triển khai thực hiện Kế hoạch này.',
  '2. Ủy ban nhân dân xã, phường',
  'Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.',
  'Trên đây là Kế hoạch thực hiện Chỉ thị; trong quá trình thực hiện nếu có khó khăn, các đơn vị phản ánh về Sở Y tế.',
  'Nơi nhận:',
];

describe('a closing part of bodies\' headings with a paragraph each', () => {
  it('reads each paragraph as its heading\'s duty when another part lists bodies\' duties', () => {
    const closing = read([...DUTIES, ...CLOSING]).filter((t) => t.section === 'TỔ CHỨC THỰC HIỆN');
    expect(closing.map((t) => [t.index, t.lead, t.content.slice(0, 30)])).toEqual([
      ['1', ['Sở Y tế'], 'Chủ trì phối hợp với các sở, b'],
      ['2', ['Ủy ban nhân dân xã, phường'], 'Căn cứ chức năng, nhiệm vụ, qu'],
    ]);
  });

  it('reads nothing of a closing alone: no other part assigns the work by body', () => {
    expect(read(['I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức về công tác dân số.', ...CLOSING])).toEqual([]);
  });

  it('reads nothing of one heading with its paragraph', () => {
    const one = [...CLOSING.slice(0, 3), CLOSING[5]!, CLOSING[6]!];
    expect(read([...DUTIES, ...one]).filter((t) => t.section === 'TỔ CHỨC THỰC HIỆN')).toEqual([]);
  });
});
