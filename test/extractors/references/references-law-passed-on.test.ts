// A law dated by the day the Quốc hội passed it ("… được Quốc hội thông qua ngày 22 tháng 11 năm
// 2019"): the date after the formula is the law's, with or without its number (heldout-fresh28-files w03).
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const DECISION: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '07/2022/QĐ-UBND', serial: '07/2022', symbol: 'QĐ-UBND',
  issuer: { name: 'Ủy ban nhân dân huyện An Phú', level: 'district', locality: 'An Phú', parent: null },
  place: 'An Phú', date: '2022-06-16', title: null,
};

function cited(text: string): Array<{ title: string | undefined; number: string | null; date: string | null }> {
  return extractReferences(text, testContext(), DECISION).map((r) => ({ title: r.title, number: r.number, date: r.date }));
}

describe('a law dated by the day it was passed', () => {
  it.each([
    [
      'an amending law after another law, "được Quốc hội thông qua ngày"',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương được Quốc hội thông qua ngày 22 tháng 11 năm 2019;',
      [
        { title: 'Luật Tổ chức chính quyền địa phương', number: null, date: '2015-06-19' },
        { title: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', number: null, date: '2019-11-22' },
      ],
    ],
    [
      'the Quốc hội named with its term and session',
      'Căn cứ Luật Đất đai được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 thông qua ngày 18 tháng 01 năm 2024;',
      [{ title: 'Luật Đất đai', number: null, date: '2024-01-18' }],
    ],
    [
      'a numbered law, "đã được thông qua vào ngày"',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 đã được thông qua vào ngày 15/6/2022;',
      [{ title: 'Luật Thi đua, khen thưởng', number: '06/2022/QH15', date: '2022-06-15' }],
    ],
  ])('%s', (_what, text, expected) => {
    expect(cited(text)).toEqual(expected);
  });
});
