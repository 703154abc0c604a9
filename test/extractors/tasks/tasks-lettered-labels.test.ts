// A task's labels lettered a), b), c) as OCR of a page gives them (heldout-fresh9 h9b): run onto
// one line, with a bullet before the letter, the letter in capitals or read twice, a margin's
// stray figure or word before it.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractSections } from '../../../extractors/body/sections.js';
import { extractTasks } from '../../../extractors/tasks/index.js';
import { joinedLabelCuts, lineLabel } from '../../../extractors/tasks/prose-labels.js';
import { taskListExpected } from '../../../extractors/tasks/expected.js';
import { testContext } from '../context.js';

describe('a lettered label line', () => {
  it.each([
    ['a bullet before the letter', '- a) Cơ quan chủ trì: Sở Dân tộc', 'lead', 'Sở Dân tộc'],
    ['the letter in capitals', 'C) Thời gian thực hiện: Năm 2025', 'deadline', 'Năm 2025'],
    ['the letter read twice', 'a) a) Cơ quan chủ trì: Thanh tra thành phố', 'lead', 'Thanh tra thành phố'],
    ['a stray figure before the letter', '6 b) Cơ quan phối hợp: Sở Nội vụ', 'support', 'Sở Nội vụ'],
    ['a stray word before the letter', 'Xã a) Cơ quan thực hiện: Các cơ quan, đơn vị', 'lead', 'Các cơ quan, đơn vị'],
  ])('%s', (_what, line, role, value) => {
    expect(lineLabel(line)).toMatchObject({ role, value });
  });

  it('counts for a task list expected only in the forms the text can have', () => {
    const lines = ['Xã a) Cơ quan chủ trì: Sở Nội vụ', 'Xã b) Cơ quan phối hợp: Sở Tài chính'];
    const source = lines.map((text, i) => ({ text, start: i * 40 }));
    expect(taskListExpected(lines.join('\n'), source)).toBe('task labels (lead and supporting units)');
    expect(taskListExpected(lines.join('\n'), source, { typed: true })).toBeNull();
  });

  it('keeps the bullet before a letter in typed text', () => {
    expect(lineLabel('- a) Cơ quan chủ trì: Sở Dân tộc', true)).toMatchObject({ role: 'lead', value: 'Sở Dân tộc' });
  });

  // Typed text has no margin scraps nor misread letters: a word or figure before the letter is the sentence's.
  it.each([
    ['a capital letter', 'C) Thời gian thực hiện: Năm 2025'],
    ['a letter twice', 'a) a) Cơ quan chủ trì: Thanh tra thành phố'],
    ['a figure before the letter', '6 b) Cơ quan phối hợp: Sở Nội vụ'],
    ['a short word before the letter', 'Xã a) Cơ quan thực hiện: Các cơ quan, đơn vị'],
    ['a word of a sentence before the letter', 'Về a) Thời gian thực hiện: Năm 2025'],
  ])('is no label in typed text: %s', (_what, line) => {
    expect(lineLabel(line, true)).toBeNull();
  });

  it.each([
    ['a sentence citing a point b)', 'Thực hiện theo điểm b) khoản 2 Điều 5 của Nghị định'],
    ['a sub-item about content', 'Về a) nội dung tuyên truyền'],
    ['a word before the letter that is no stray one', 'Nhiệm vụ a) Cơ quan chủ trì: Sở X'],
    // A plan's sections numbered in Roman figures or capitals with a stop are no task's labels.
    ['a section numbered V.', 'V. Thời gian thực hiện: Từ tháng 3 đến tháng 12 năm 2025'],
    ['a section numbered I.', 'I. Chủ trì: Sở Nội vụ'],
    ['a section numbered A.', 'A. Cơ quan chủ trì: Sở Nội vụ'],
    ['a Roman figure with a bracket', 'V) Thời gian thực hiện: Năm 2025'],
  ])('is no label: %s', (_what, line) => {
    expect(lineLabel(line)).toBeNull();
  });
});

describe('lettered labels run onto one line', () => {
  it('cuts before each letter that opens a label', () => {
    const line = 'a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Các sở, ngành c) Thời gian thực hiện: Năm 2025';
    const cuts = joinedLabelCuts(line);
    expect(cuts.map((at) => line.slice(at, at + 2))).toEqual(['b)', 'c)']);
  });

  it('cuts before a margin figure that precedes the letter, not between them', () => {
    const line = '- a) Cơ quan chủ trì: Sở Dân tộc 6 b) Cơ quan phối hợp: Sở Nội vụ';
    expect(joinedLabelCuts(line).map((at) => line.slice(at, at + 4))).toEqual(['6 b)']);
  });

  it('reads a long line of many lettered labels in one pass (finds every cut)', () => {
    // Linear: the line's letters are counted once, not before each label.
    const item = 'a) Chủ trì: Sở Nội vụ, việc số i; ';
    const line = item.repeat(4000);
    expect(joinedLabelCuts(line).length).toBe(3999);
  });

  it('cuts a typed line that opens with its first label', () => {
    const line = 'a) Đơn vị thực hiện: Sở Nội vụ; b) Thời hạn: Quý II/2025';
    expect(joinedLabelCuts(line, true).map((at) => line.slice(at, at + 2))).toEqual(['b)']);
  });

  it.each([
    ['a point cited in a sentence', 'Thực hiện theo quy định tại điểm b) khoản 2 và điểm c) khoản 3'],
    ['a lettered item of content', 'Tuyên truyền về a) chính sách mới; b) quy định mới'],
    // A sentence that lists what a file holds with lettered parts: its letters are no task's labels.
    ['a sentence listing labelled parts', 'Hồ sơ tập huấn gồm a) Đơn vị thực hiện: ghi rõ tên đơn vị; b) Thời hạn: ghi ngày nộp'],
    ['a sentence before lettered labels', 'Các đơn vị báo cáo theo mẫu: a) Cơ quan chủ trì: ghi tên cơ quan; b) Cơ quan phối hợp: ghi tên'],
  ])('leaves the line whole: %s', (_what, line) => {
    expect(joinedLabelCuts(line)).toEqual([]);
    expect(joinedLabelCuts(line, true)).toEqual([]);
  });

  it('reads each task\'s lead, partners and time from such lines', () => {
    const text = [
      'II. NỘI DUNG',
      '3. Rà soát lại các văn bản quy định về công tác dân vận sau sắp xếp',
      'a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Các sở, ngành c) Thời gian thực hiện: Hoàn thành trong năm 2025',
      '4. Thực hiện tốt các chính sách dân tộc, nâng cao đời sống đồng bào',
      '- a) Cơ quan chủ trì: Sở Dân tộc và Tôn giáo',
      '6 b) Cơ quan phối hợp: Sở Nội vụ',
      'C) Thời gian thực hiện: Thường xuyên',
    ].join('\n');
    const document = { date: '2025-09-15', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
    // An OCR copy (not typed): its margin figures and capital letters are read as the letters' scraps.
    const tasks = extractTasks(text, testContext(), { tables: [], document, sections: extractSections(text), typed: false });
    expect(tasks.map((t) => [t.index, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['3', ['Sở Nội vụ'], ['Các sở, ngành'], 'Hoàn thành trong năm 2025'],
      ['4', ['Sở Dân tộc và Tôn giáo'], ['Sở Nội vụ'], 'Thường xuyên'],
    ]);
  });

  it('keeps a typed sentence that lists lettered parts whole under its task', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Tổ chức tập huấn nghiệp vụ thi đua, khen thưởng',
      '- Đơn vị chủ trì: Sở Nội vụ',
      '- Thời gian thực hiện: Quý II/2025',
      '2. Tổng hợp hồ sơ đề nghị khen thưởng',
      '- Đơn vị chủ trì: Sở Nội vụ',
      'Hồ sơ tập huấn gồm a) Đơn vị thực hiện: ghi rõ tên đơn vị; b) Thời hạn: ghi ngày nộp',
    ].join('\n');
    const document = { date: '2025-09-15', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
    const tasks = extractTasks(text, testContext(), { tables: [], document, sections: extractSections(text), typed: true });
    expect(tasks.map((t) => [t.index, t.lead, t.deadline?.text ?? null])).toEqual([
      ['1', ['Sở Nội vụ'], 'Quý II/2025'],
      ['2', ['Sở Nội vụ'], null],
    ]);
  });
});

describe('lettered sub-items under a numbered task', () => {
  const document = { date: '2025-09-15', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
  const read = (lines: string[]) => {
    const text = lines.join('\n');
    return extractTasks(text, testContext(), { tables: [], document, sections: extractSections(text), typed: true }).map((t) => [t.index, t.content, t.lead]);
  };

  it('describe their heading\'s task when none carries labels of its own: the labels after them are the heading\'s', () => {
    expect(
      read([
        'II. NỘI DUNG',
        '1. Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận',
        'a) Cấp ủy, chính quyền triển khai thực hiện có hiệu quả các văn bản.',
        'b) Tiếp tục quán triệt các chủ trương, chính sách của Đảng.',
        'Cơ quan thực hiện: Các cơ quan, đơn vị, địa phương.',
        'Thời gian thực hiện: Thường xuyên.',
        '2. Ban hành văn bản phân công cán bộ tham mưu',
        'a) Cơ quan thực hiện: Sở Nội vụ.',
        'b) Thời gian thực hiện: Tháng 10/2025.',
      ]),
    ).toEqual([
      ['1', 'Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận', ['Các cơ quan, đơn vị, địa phương']],
      ['2', 'Ban hành văn bản phân công cán bộ tham mưu', ['Sở Nội vụ']],
    ]);
  });

  it('are the tasks when each carries its own labels', () => {
    expect(
      read([
        'II. NỘI DUNG',
        '1. Tổ chức các hoạt động tuyên truyền',
        'a) Tuyên truyền trên Cổng thông tin điện tử',
        '- Đơn vị chủ trì: Văn phòng UBND tỉnh',
        '- Thời gian thực hiện: Quý I/2025',
        'b) Tuyên truyền trên báo, đài',
        '- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch',
        '- Thời gian thực hiện: Quý II/2025',
      ]).map(([index, , lead]) => [index, lead]),
    ).toEqual([
      ['1.a', ['Văn phòng UBND tỉnh']],
      ['1.b', ['Sở Văn hóa, Thể thao và Du lịch']],
    ]);
  });
});
