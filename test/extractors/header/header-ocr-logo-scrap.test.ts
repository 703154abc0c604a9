// A logo left of the issuer block (the VGCA mark) read as one long word in small letters glued
// before the block's second line: the block reads as printed. OCR'd text only (logo-scrap.ts).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const decision = (second: string) => [
  'ỦY BAN NHÂN DÂN',
  second,
  'Số: 47/2015/QĐ-UBND',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Hà Tĩnh, ngày 18 tháng 9 năm 2015',
  'QUYẾT ĐỊNH',
  'Về việc ban hành Quy định',
];

describe("a logo's strokes before the block's line", () => {
  it.each(['anaaYnnaaaanaaytrraa TỈNH HÀ TĨNH', 'nnnaaaaYvvtttrr TỈNH HÀ TĨNH'])('OCR: %s', (line) => {
    expect(headerOf(decision(line)).issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', level: 'province' });
  });

  it.each([
    ['a short word (a syllable) is left alone', 'ana TỈNH HÀ TĨNH'],
    ['the rest of the line in small letters', 'anaaYnnaaaanaaytrraa tỉnh Hà Tĩnh'],
  ])('%s', (_how, line) => {
    expect(headerOf(decision(line)).issuer.name).not.toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });
});
