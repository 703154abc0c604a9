// Laws cited by name and date, without a number: two laws of one title are two documents; a
// name does not run over a line break into a heading or another basis clause; a bill is not a law.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const RESOLUTION: DocumentInfo = {
  type: 'Nghị quyết', typeCode: 'NQ', number: '141/NQ-CP', serial: '141', symbol: 'NQ-CP',
  issuer: { name: 'Chính phủ', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2026-06-01', title: null,
};

function laws(text: string): Array<{ title: string | undefined; date: string | null }> {
  return extractReferences(text, testContext(), RESOLUTION).map((r) => ({ title: r.title, date: r.date }));
}

describe('laws cited by title and date', () => {
  it.each([
    [
      'two amending laws of one title, 2014 and 2024',
      'Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm 2024;',
      ['2008-11-14', '2014-06-13', '2024-11-27'],
    ],
    [
      'one law named twice with its date',
      'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nĐiều 2. Thực hiện theo Luật Đất đai ngày 18 tháng 01 năm 2024.',
      ['2024-01-18'],
    ],
    [
      'one law named with its date, then by name alone',
      'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nĐiều 2. Thực hiện theo Luật Đất đai.',
      ['2024-01-18'],
    ],
  ])('%s', (_what, text, dates) => {
    expect(laws(text).map((l) => l.date)).toEqual(dates);
  });

  it.each([
    ['a heading line under the title', 'Về chính sách của Luật Thương mại\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'],
    ['a basis clause on the next line', 'Về việc sửa đổi Luật Thương mại\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'],
  ])('stops a name at a line break before %s', (_what, text) => {
    expect(laws(text)).toEqual([{ title: 'Luật Tổ chức Chính phủ', date: '2025-02-18' }]);
  });

  it('keeps a name that wraps onto a line in small letters', () => {
    expect(laws('Căn cứ Luật Bảo vệ quyền lợi\nngười tiêu dùng ngày 20 tháng 6 năm 2023;')).toEqual([
      { title: 'Luật Bảo vệ quyền lợi người tiêu dùng', date: '2023-06-20' },
    ]);
  });

  it.each([
    ['dự án', 'chủ động tổ chức xây dựng dự án Luật sửa đổi, bổ sung một số điều của Luật Thương mại, Luật Cạnh tranh theo quy định, trình Chính phủ trước ngày 10 tháng 7 năm 2026.'],
    ['dự thảo', 'hoàn thiện dự thảo Luật Thương mại (sửa đổi) theo quy định, trình Quốc hội trước ngày 10 tháng 7 năm 2026.'],
  ])('cites no law in a bill being drafted (%s) and takes no deadline for a date', (_what, text) => {
    expect(laws(text)).toEqual([]);
  });

  it.each([
    ['dự thảo', 'tham gia việc lấy ý kiến đóng góp dự thảo Hiến pháp 1992 (sửa đổi); tổng kết Bộ luật dân sự, Bộ luật hình sự;', []],
    ['a draft amending it, named before', 'tổ chức lấy ý kiến Nhân dân vào Dự thảo sửa đổi Hiến pháp năm 1992;', []],
    ['a draft resolution amending it', 'góp ý dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013;', []],
    ['dự án', 'thảo luận dự án Hiến pháp năm 2013 tại kỳ họp;', []],
    ['the constitution itself', 'Căn cứ Hiến pháp năm 2013; Luật Tổ chức Chính phủ;', [{ title: 'Hiến pháp năm 2013', date: '2013' }]],
  ])('a draft constitution (%s) is no citation of the constitution it amends', (_what, text, expected) => {
    expect(laws(text)).toEqual(expected);
  });
});

describe('an omnibus amending law named by the field of the laws it amends', () => {
  it.each([
    [
      '"các luật về thuế", a capital S after "Luật"',
      'Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;\nCăn cứ Luật Sửa đổi, bổ sung một số điều của các luật về thuế ngày 26 tháng 11 năm 2014;',
      [
        { title: 'Luật Khoáng sản', date: '2010-11-17' },
        { title: 'Luật Sửa đổi, bổ sung một số điều của các luật về thuế', date: '2014-11-26' },
      ],
    ],
    [
      '"các Luật về thuế", the formula in small letters',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của các Luật về thuế ngày 06 tháng 4 năm 2016;',
      [{ title: 'Luật sửa đổi, bổ sung một số điều của các Luật về thuế', date: '2016-04-06' }],
    ],
    [
      '"37 Luật có liên quan đến quy hoạch" (unchanged)',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;',
      [{ title: 'Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch', date: '2018-11-20' }],
    ],
  ])('reads %s', (_what, text, expected) => {
    expect(laws(text)).toEqual(expected);
  });

  it.each([
    ['a bill being drafted', 'xây dựng dự án Luật sửa đổi, bổ sung một số điều của các luật về thuế, trình Quốc hội trước ngày 10 tháng 7 năm 2026.'],
    ['laws in general, no law named', 'Cục Thuế hướng dẫn thực hiện các luật về thuế ngày 26 tháng 11 năm 2014 cho người nộp thuế.'],
  ])('cites no law in %s', (_what, text) => {
    expect(laws(text)).toEqual([]);
  });
});
