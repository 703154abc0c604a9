// A copy that lost its header's issuer column still names its people's committee in the opening
// (heldout-fresh9 h9b, an OCR crop of a city's plan).
import { describe, expect, it } from 'vitest';
import { issuerOfOpening } from '../../../extractors/issuer/opening-issuer.js';
import { processBytes } from '../../../pipeline/run.js';

const OPENING = 'Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\nKẾ HOẠCH\n\nỦy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch thực hiện công tác dân vận năm 2025 như sau:\n';

describe('issuerOfOpening', () => {
  it.each([
    ['a city\'s committee', OPENING, 'KH-UBND', 'Cần Thơ', { name: 'Ủy ban nhân dân thành phố Cần Thơ', level: 'city' }],
    ['a commune\'s, abbreviated', 'UBND xã Đồng Tâm xây dựng Kế hoạch như sau:', 'KH-UBND', 'Đồng Tâm', { name: 'Ủy ban nhân dân xã Đồng Tâm', level: 'commune' }],
  ])('%s', (_what, text, symbol, place, expected) => {
    expect(issuerOfOpening(text, symbol, place, [])?.issuer).toMatchObject(expected);
  });

  it.each([
    ['a symbol of another body', OPENING, 'KH-SNV', 'Cần Thơ'],
    ['a committee of another place (cited by a district\'s plan)', 'Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Lâm Đồng, Ủy ban nhân dân huyện ban hành …', 'KH-UBND', 'Đức Trọng'],
    ['a longer name that only opens with the place', 'Ủy ban nhân dân xã Tân Phú Đông ban hành', 'KH-UBND', 'Tân Phú'],
    ['no place on the date line', OPENING, 'KH-UBND', null],
  ])('names none: %s', (_what, text, symbol, place) => {
    expect(issuerOfOpening(text, symbol, place, [])).toBeNull();
  });
});

describe('a plan whose issuer column was cut off', () => {
  it('takes its issuer from the opening and says so', async () => {
    // The page's right part cut off: each line of the opening stops mid-phrase.
    const text = 'Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\n# KẾ HOẠCH Thực hiện công tác dân vận và đã thành phố Cần Thơ từ nay đến\n\nỦy ban nhân dân thành phố Cần Thơ Hội dân vận và dân chủ ở cơ sở trên đó 2025, cụ thể như sau:\n\n# I. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n';
    const result = await processBytes('crop.md', new TextEncoder().encode(text));
    expect(result.record?.document.issuer).toMatchObject({ name: 'Ủy ban nhân dân thành phố Cần Thơ', level: 'city', locality: 'Cần Thơ' });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('ISSUER_FROM_OPENING');
    expect(codes).not.toContain('MISSING_ISSUER');
  });
});
