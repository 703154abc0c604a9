// The names a "Tổ chức thực hiện" heads its bodies' duties with, as converters of real plans give
// them (heldout-fresh9): a name wrapped onto the next line, a body with the communes it lists, a
// body and a collective joined by "và", a topic that folds like a body's name.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { testContext } from '../context.js';

const PLAN = { date: '2026-03-11', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;

function read(body: string[]) {
  const text = body.join('\n');
  return extractTasks(text, testContext(), { tables: [], document: PLAN, sections: extractSections(text), typed: true });
}

/** A closing part whose first body is plain; the heading under test comes second. */
function plan(heading: string[], duty = '- Phối hợp tuyên truyền quảng bá du lịch biển.') {
  return ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Du lịch', '- Chủ trì tham mưu triển khai Kế hoạch.', ...heading, duty, 'Nơi nhận:'];
}

const leadOf = (body: string[]) => read(body).find((t) => t.content.startsWith('Phối hợp tuyên truyền'))?.lead;

describe('a body heading read whole', () => {
  it.each([
    [
      'a name wrapped onto a line of capitalised words, with a comma before its own province',
      ['2. Đề nghị Hiệp hội Du lịch, tỉnh Ninh Bình và Hiệp hội ẩm thực tỉnh', 'Ninh Bình'],
      ['Hiệp hội Du lịch tỉnh Ninh Bình', 'Hiệp hội ẩm thực tỉnh Ninh Bình'],
    ],
    ['a body and a collective of kinds joined by "và"', ['2. Sở Xây dựng và các sở, ngành liên quan'], ['Sở Xây dựng', 'các sở, ngành liên quan']],
    [
      'a body and the communes it names, wrapped over lines',
      ['2. UBND các xã: Hải Tiến, Giao Minh, Giao Hòa, Giao Phúc, Giao Hưng, Giao Bình, Giao Ninh, Hải Hưng, Rạng', 'Đông, Kim Đông'],
      ['UBND các xã Hải Tiến, Giao Minh, Giao Hòa, Giao Phúc, Giao Hưng, Giao Bình, Giao Ninh, Hải Hưng, Rạng Đông, Kim Đông'],
    ],
    ['one body whose name holds "và" and no second body', ['2. Đề nghị Báo và Phát thanh truyền hình tỉnh Ninh Bình'], ['Báo và Phát thanh truyền hình tỉnh Ninh Bình']],
    ['a council office named for two bodies', ['2. Văn phòng HĐND và UBND huyện'], ['Văn phòng HĐND và UBND huyện']],
    ['a collective of kinds with its city', ['2. UBND các huyện, thành phố Huế:'], ['UBND các huyện, thành phố Huế']],
    ['the social insurance office (not "Bảo vệ …")', ['2. Bảo hiểm xã hội tỉnh:'], ['Bảo hiểm xã hội tỉnh']],
    ['the province\'s museum (not "Bảo vệ …")', ['2. Bảo tàng tỉnh'], ['Bảo tàng tỉnh']],
    ['two committees, each of its own district: the comma stays', ['2. UBND huyện Kim Sơn, huyện Yên Mô'], ['UBND huyện Kim Sơn, huyện Yên Mô']],
  ])('%s', (_what, heading, lead) => {
    expect(leadOf(plan(heading))).toEqual(lead);
  });

  it('reads no task from the communes a heading names', () => {
    const tasks = read(plan(['2. UBND các xã: Hải Tiến, Giao Minh, Giao Hòa, Giao Phúc, Giao Hưng, Giao Bình, Giao Ninh, Hải Hưng, Rạng', 'Đông, Kim Đông']));
    expect(tasks.map((t) => t.content)).toEqual(['Chủ trì tham mưu triển khai Kế hoạch.', 'Phối hợp tuyên truyền quảng bá du lịch biển.']);
  });

  it('takes no duty in prose for more of the heading: the item stays a paragraph', () => {
    const tasks = read(plan(['2. Phòng Nội vụ', 'Xây dựng kế hoạch tuyển dụng viên chức năm 2026']));
    expect(tasks.some((t) => t.lead.some((l) => /Xây dựng|Phòng Nội vụ/.test(l)))).toBe(false);
  });

  it('reads a topic that folds like a body\'s name ("Bảo vệ môi trường …") as no body', () => {
    const body = [
      'II. NỘI DUNG',
      '2.6. Bảo vệ môi trường và phát triển bền vững',
      '- Tăng cường công tác quản lý nhà nước về bảo vệ môi trường.',
      '- Đẩy mạnh tuyên truyền mô hình du lịch xanh.',
      ...plan(['2. Sở Y tế']),
    ];
    expect(read(body).flatMap((t) => t.lead)).not.toContain('Bảo vệ môi trường và phát triển bền vững');
  });
});

describe('the plan\'s closing instruction right after the last duty', () => {
  // The closing part without its "Nơi nhận", then the line under test.
  const last = (line: string) => read([...plan(['2. Sở Y tế']).slice(0, -1), line, 'Nơi nhận:']).at(-1)?.content;

  it('is no part of the duty before it (no blank line between)', () => {
    expect(last('Yêu cầu các sở, ngành, UBND các xã căn cứ chức năng, nhiệm vụ xây dựng kế hoạch triển khai./.')).toBe('Phối hợp tuyên truyền quảng bá du lịch biển.');
  });

  it('leaves a body\'s own paragraph opening "Căn cứ …" with its duties', () => {
    expect(last('Căn cứ nội dung Kế hoạch, chủ động phối hợp tổ chức các hoạt động.')).toBe(
      'Phối hợp tuyên truyền quảng bá du lịch biển. Căn cứ nội dung Kế hoạch, chủ động phối hợp tổ chức các hoạt động.',
    );
  });

  it('leaves a duty\'s own next sentence with it', () => {
    expect(last('Định kỳ báo cáo kết quả về Sở Du lịch.')).toBe('Phối hợp tuyên truyền quảng bá du lịch biển. Định kỳ báo cáo kết quả về Sở Du lịch.');
  });
});

describe('a collective partner ends at "liên quan"', () => {
  it.each([
    ['Sở Du lịch và các đơn vị liên quan trên cơ sở cân đối nguồn lực', ['Sở Du lịch', 'các đơn vị liên quan']],
    ['Sở Du lịch, UBND các xã khu vực ven biển và các đơn vị liên quan kiểm tra, rà soát', ['Sở Du lịch', 'UBND các xã khu vực ven biển', 'các đơn vị liên quan']],
    // "liên quan đến …" goes on: what the bodies are related to.
    ['Sở Tài chính và các cơ quan liên quan đến công tác', ['Sở Tài chính', 'các cơ quan liên quan đến công tác']],
    ['các sở, ngành có liên quan', ['các sở, ngành có liên quan']],
    // "liên quan thuộc …" goes on too: whose units they are.
    ['Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT', ['Vụ Pháp chế', 'các đơn vị có liên quan thuộc Bộ TN&MT']],
    ['Các phòng, đơn vị liên quan thuộc các sở, ngành, địa phương', ['Các phòng, đơn vị liên quan thuộc các sở, ngành, địa phương']],
    // "thuộc phạm vi …" is no body: the predicate after the collective is cut off as before.
    ['Sở Y tế và các sở, ngành liên quan thuộc phạm vi quản lý triển khai thực hiện', ['Sở Y tế', 'các sở, ngành liên quan']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

describe('a press organ opens a unit of its own', () => {
  it.each([
    ['Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT', ['Trung tâm Truyền thông TN&MT', 'Báo TN&MT', 'Tạp chí TN&MT']],
    ['Sở Văn hóa, Tạp chí Sông Hương', ['Sở Văn hóa', 'Tạp chí Sông Hương']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

describe("the Party committee of the Front and the mass organisations", () => {
  it.each([
    ['Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh', ['Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh']],
    ['Đảng ủy MTTQ, các đoàn thể xã', ['Đảng ủy MTTQ, các đoàn thể xã']],
    // The Front's committee itself, and a department, are bodies apart from the mass organisations.
    ['Ủy ban MTTQ Việt Nam xã, các đoàn thể', ['Ủy ban MTTQ Việt Nam xã', 'các đoàn thể']],
    ['Sở Nội vụ, các đoàn thể tỉnh', ['Sở Nội vụ', 'các đoàn thể tỉnh']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
