// An OCR'd block whose place line ran on into a scrap ("TỈNH HÀ TĨNH SA", a seal's edge read as two
// letters): the unit the words before the scrap name. OCR'd text only; typed text is read as typed.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const letter = (block: string[]) => [
  ...block,
  'Số: 1619/UBND-NL',
  'V/v triển khai',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Hà Tĩnh, ngày 04 tháng 7 năm 2023',
  'Kính gửi: Sở Nội vụ',
  'Thực hiện kế hoạch của tỉnh.',
];

describe('a scrap run onto the block\'s place', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH SA']],
    [['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'SA']],
    [['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH Ư E']],
  ])('OCR: %j', (block) => {
    expect(headerOf(letter(block)).issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', locality: 'Hà Tĩnh', level: 'province' });
  });

  it('typed text: as typed', () => {
    expect(headerOf(letter(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH SA']), false).issuer.locality).toBe('Hà Tĩnh Sa');
  });

  it('a word of four letters or more is no scrap', () => {
    expect(headerOf(letter(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH XUÂN']), true).issuer.locality).not.toBe('Hà Tĩnh');
  });
});
