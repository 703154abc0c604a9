// A law cited with its number, then named again by its name and a bare year ("Luật Giá 2023"):
// one law. A name with another year, or a law never cited by number, stays a reference of its own.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../extractors/references/references.js';
import { nameKeyWithoutYear } from '../../extractors/references/law-year-name.js';
import type { DocumentInfo } from '../../output/schema.js';
import { testContext } from './context.js';

const DIRECTIVE: DocumentInfo = {
  type: 'Chỉ thị', typeCode: 'CT', number: '15/CT-TTg', serial: '15', symbol: 'CT-TTg',
  issuer: { name: 'Thủ tướng Chính phủ', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2025-05-30', title: null,
};

const refsOf = (body: string) => extractReferences(body, testContext(), DIRECTIVE).map((r) => ({ number: r.number, date: r.date, title: r.title ?? null }));

describe('a law named again by its name and year', () => {
  it('is the law cited before with its number', () => {
    const body = 'Ngày 19/6/2023, Quốc hội đã thông qua Luật Giá số 16/2023/QH15 và có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024. Luật Giá 2023 và các văn bản quy định chi tiết đã tạo lập khuôn khổ pháp lý.';
    expect(refsOf(body)).toEqual([{ number: '16/2023/QH15', date: '2023-06-19', title: 'Luật Giá' }]);
  });

  it('is another law when the year differs', () => {
    const body = 'Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm 2023; Luật Giá 2012 đã hết hiệu lực.';
    const refs = refsOf(body);
    expect(refs).toHaveLength(2);
    expect(refs[1]).toMatchObject({ number: null, date: '2012' });
  });

  it('stays a reference when no law of that name was cited', () => {
    const refs = refsOf('Thực hiện Luật Đất đai 2024 trên địa bàn tỉnh.');
    expect(refs).toEqual([{ number: null, date: '2024', title: 'Luật Đất đai 2024' }]);
  });
});

describe('nameKeyWithoutYear', () => {
  it.each([
    ['title:luat gia 2023', '2023', 'title:luat gia'],
    ['title:luat dat dai 2013', '2013-11-29', 'title:luat dat dai'],
    ['title:luat gia 2023', '2012', null],
    ['title:luat gia', '2023', null],
    ['title:hien phap 2013', '2013', null],
    ['title:luat gia 2023', null, null],
  ])('%s with %s → %s', (key, date, want) => {
    expect(nameKeyWithoutYear(key, date)).toBe(want);
  });
});
