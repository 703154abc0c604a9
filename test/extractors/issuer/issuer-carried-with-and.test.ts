// An issuer's name carried onto the next line in capitals beside the motto ("NGÂN HÀNG NÔNG
// NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM"), its "VÀ" restored in small letters from a
// garbled "vA": the line still carries the name on. Other lines in small letters do not.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function issuerOf(first: string, second: string): string | null {
  const text = [
    `${first}   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    `${second}   Độc lập - Tự do - Hạnh phúc`,
    '',
    'Số: 12/KH-UBND   Hà Nội, ngày 10 tháng 5 năm 2024',
    '',
    'KẾ HOẠCH',
    'Tổ chức phong trào thi đua năm 2024',
  ].join('\n');
  return extractHeader(text, testContext(), noSigner).issuer.name;
}

describe('an issuer line carried on with "và"', () => {
  it.each([
    ['NGÂN HÀNG NÔNG NGHIỆP', 'và PHÁT TRIỂN NÔNG THÔN VIỆT NAM', /phát triển nông thôn việt nam$/i],
    ['NGÂN HÀNG NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM', /phát triển nông thôn việt nam$/i],
  ])('%j / %j', (first, second, expected) => {
    expect(issuerOf(first, second)).toMatch(expected);
  });

  it('a line in small letters after "và" does not carry the name on', () => {
    expect(issuerOf('NGÂN HÀNG NÔNG NGHIỆP', 'và phát triển nông thôn')).not.toMatch(/phát triển/i);
  });
});
