// A body's heading with no colon, then prose that introduces its duties, then the duties as
// bullets (a plan's "Phân công nhiệm vụ" as web copies give it): "1. Công an tỉnh" / "Tham mưu
// giúp UBND tỉnh …" / "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:" / "- Đôn đốc …".
// The bullets are the body's duties when the prose, set apart by a blank line, ends announcing
// them; prose that announces nothing leaves the item a paragraph, as before.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2023-02-17', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const read = (lines: string[]) => {
  const text = lines.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
};

const tail = ['', '2. Văn phòng UBND tỉnh: Phối hợp với Công an tỉnh tham mưu ban hành Quy chế.', '', '3. Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra việc thực hiện Luật.', '', 'Nơi nhận:'];

describe('bullets after an introduction under a body heading', () => {
  it('are the body\'s duties when the introduction announces them', () => {
    const tasks = read([
      'III. PHÂN CÔNG NHIỆM VỤ', '', '1. Công an tỉnh', '',
      'Tham mưu giúp UBND tỉnh chỉ đạo, tổ chức thực hiện tốt công tác quản lý nhà nước.', '',
      'Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:', '',
      '- Đôn đốc, hướng dẫn các cơ quan, tổ chức thực hiện nghiêm túc Luật.', '',
      '- Thành lập Đoàn kiểm tra công tác bảo vệ bí mật nhà nước.',
      ...tail,
    ]);
    expect(tasks.filter((t) => t.lead.includes('Công an tỉnh')).map((t) => t.content)).toEqual([
      'Đôn đốc, hướng dẫn các cơ quan, tổ chức thực hiện nghiêm túc Luật.',
      'Thành lập Đoàn kiểm tra công tác bảo vệ bí mật nhà nước.',
    ]);
  });

  it.each([
    ['prose that announces nothing, then bullets', ['1. Công an tỉnh', '', 'Tham mưu giúp UBND tỉnh chỉ đạo công tác quản lý nhà nước.', '', '- Đôn đốc các cơ quan thực hiện Luật.']],
    ['prose right under the heading, no blank line', ['1. Công an tỉnh', 'Xây dựng kế hoạch kiểm tra năm 2023:', '- Đôn đốc các cơ quan thực hiện Luật.']],
  ])('%s: no duty of that body', (_name, body) => {
    const tasks = read(['III. PHÂN CÔNG NHIỆM VỤ', '', ...body, ...tail]);
    expect(tasks.some((t) => t.lead.includes('Công an tỉnh'))).toBe(false);
  });
});

describe('partners named before an adverb of the work', () => {
  it('end before "khẩn trương" / "kịp thời"', () => {
    const tasks = read([
      'III. PHÂN CÔNG NHIỆM VỤ', '', '1. Sở Nội vụ', '',
      '- Chủ trì, phối hợp với Văn phòng UBND tỉnh khẩn trương tham mưu phân công người thực hiện nhiệm vụ.', '',
      '- Phối hợp với Công an tỉnh kịp thời báo cáo kết quả.',
      ...tail,
    ]);
    expect(tasks.filter((t) => t.lead.includes('Sở Nội vụ')).map((t) => t.support)).toEqual([['Văn phòng UBND tỉnh'], ['Công an tỉnh']]);
  });
});
