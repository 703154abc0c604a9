import { describe, expect, it } from 'vitest';
import { extractSections, sectionAt } from '../../../extractors/body/sections.js';

const TEXT = [
  'I. MỤC ĐÍCH, YÊU CẦU:',
  '- Phát động các phong trào.',
  'II. NỘI DUNG THỰC HIỆN:',
  '1. Phát động phong trào thi đua',
  'a. Tổ chức thực hiện',
  'b) Sơ kết mô hình',
  '1.1. Chi tiết: nội dung',
  'II. TIẾN ĐỘ THỰC HIỆN: (Có biểu đính kèm)',
  'III. TỔ CHỨC THỰC HIỆN',
  'Nơi nhận:',
  '- Lưu: VP.',
  'TT\tNội dung công việc\tNgười thực hiện',
  '1.\tXây dựng kế hoạch\tVP',
].join('\n');

describe('extractSections', () => {
  const sections = extractSections(TEXT);

  it('keeps numbers as printed, typos included, with levels', () => {
    expect(sections.map((s) => [s.number, s.heading, s.level])).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 1],
      ['II.', 'NỘI DUNG THỰC HIỆN', 1],
      ['1.', 'Phát động phong trào thi đua', 2],
      ['a.', 'Tổ chức thực hiện', 3],
      ['b)', 'Sơ kết mô hình', 3],
      ['1.1.', 'Chi tiết', 3],
      ['II.', 'TIẾN ĐỘ THỰC HIỆN', 1],
      ['III.', 'TỔ CHỨC THỰC HIỆN', 1],
    ]);
  });

  it('ends the outline at "Nơi nhận" and ignores table rows', () => {
    const last = sections[sections.length - 1]!;
    expect(TEXT.slice(last.span.start, last.span.end).trim()).toBe('III. TỔ CHỨC THỰC HIỆN');
  });

  it('finds the deepest section holding an offset', () => {
    const at = TEXT.indexOf('Sơ kết mô hình');
    expect(sectionAt(sections, at)?.number).toBe('b)');
    expect(sectionAt(sections, TEXT.indexOf('Phát động các'))?.number).toBe('I.');
    expect(sectionAt(sections, TEXT.indexOf('Lưu: VP'))).toBeNull();
  });
});
