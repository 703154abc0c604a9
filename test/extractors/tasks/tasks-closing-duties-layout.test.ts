// A central plan's closing part as pdftotext -layout writes it (heldout-fresh26 v02): duties by body,
// a bullet cut by the page's end (a form feed, the next page's number on its own line), a heading
// naming the central bodies' collective and the provinces, partners before the verb "cân đối".
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { testContext } from '../context.js';

const PLAN = { date: '2024-11-19', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(body: string[]) {
  const text = body.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: false }).map((t) => [t.content, t.lead, t.support]);
}

const page = (n: number) => `\f${' '.repeat(38)}${n}`;
// Every page opens with its number: a page's furniture, which the readers never see.
const TOPIC = [
  '     II. NHIỆM VỤ, GIẢI PHÁP',
  '     a) Dự báo và cảnh báo sớm',
  '     - Tăng cường đầu tư, nâng cấp, hiện đại hóa mạng lưới quốc gia về giám',
  page(10),
  'sát biến đổi khí hậu, quan trắc khí tượng thủy văn;',
  '     - Ứng dụng các công nghệ dự báo tiên tiến, hiện đại; ưu tiên phát triển',
  page(11),
  'công nghệ dự báo mưa định lượng, cảnh báo lũ quét, sạt lở đất.',
];
const CLOSING = [
  '     VI. TỔ CHỨC THỰC HIỆN',
  '     1. Bộ Kế hoạch và Đầu tư',
  '     - Chủ trì, phối hợp với các cơ quan liên quan rà soát, tổng hợp các dự án',
  page(12),
  'đầu tư vào kế hoạch đầu tư công trung hạn theo các giai đoạn;',
  '     - Chủ trì xây dựng các cơ chế, chính sách nhằm hỗ trợ, thu hút đầu tư.',
  '     2. Bộ Tài chính',
  '      Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các bộ, cơ quan',
  'trung ương cân đối kinh phí thường xuyên hằng năm từ ngân sách trung ương.',
  // Its wrapped line joined, as normalisation leaves it.
  '      3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
  '    - Bố trí nguồn lực và chủ động triển khai thực hiện các nhiệm vụ đề ra tại',
  'Kế hoạch, bảo đảm tiến độ và chất lượng;',
  '     - Rà soát các quy hoạch, kế hoạch phát triển của ngành, lĩnh vực và địa phương.',
];
const ALL = ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'];

describe("a plan's closing duties by body, as pdftotext -layout writes them", () => {
  it('reads every duty, the one the page cut whole', () => {
    expect(read([...TOPIC, ...CLOSING])).toEqual([
      ['Chủ trì, phối hợp với các cơ quan liên quan rà soát, tổng hợp các dự án đầu tư vào kế hoạch đầu tư công trung hạn theo các giai đoạn;', ['Bộ Kế hoạch và Đầu tư'], ['các cơ quan liên quan']],
      ['Chủ trì xây dựng các cơ chế, chính sách nhằm hỗ trợ, thu hút đầu tư.', ['Bộ Kế hoạch và Đầu tư'], []],
      ['Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các bộ, cơ quan trung ương cân đối kinh phí thường xuyên hằng năm từ ngân sách trung ương.', ['Bộ Tài chính'], ['Bộ Tài nguyên và Môi trường', 'các bộ, cơ quan trung ương']],
      ['Bố trí nguồn lực và chủ động triển khai thực hiện các nhiệm vụ đề ra tại Kế hoạch, bảo đảm tiến độ và chất lượng;', ALL, []],
      ['Rà soát các quy hoạch, kế hoạch phát triển của ngành, lĩnh vực và địa phương.', ALL, []],
    ]);
  });
});
