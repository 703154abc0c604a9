// The motto as OCR layers garble it still closes the issuer's cell beside it: "Độc lập - Tơ do -
// Hạnh phúc" (the restorer's reading of "Tçr do") on the issuer's second line must not run into it.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function issuerOf(mottoLine: string) {
  const text = [
    'NGÂN HÀNG NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    `và PHÁT TRIỂN NÔNG THÔN VIỆT NAM ${mottoLine}`,
    '',
    'Số: 2668/QĐ-NHNo-TCKT Hà Nội, ngày 11 tháng 12 năm 2019',
    '',
    'QUY ĐỊNH',
    'Về chi tiêu nội bộ trong hệ thống Agribank',
  ].join('\n');
  return extractHeader(text, testContext(), noSigner, undefined, true, undefined, true).issuer;
}

describe('an issuer block beside a garbled motto', () => {
  it.each([
    ['the motto as printed', 'Độc lập - Tự do - Hạnh phúc'],
    ['the first word of the middle pair garbled', 'Độc lập - Tơ do - Hạnh phúc'],
    ['… another way', 'Độc lập - Tư do - Hạnh phúc'],
    ['… with its dashes lost', 'Độc lập Tơ do Hạnh phúc'],
  ])('%s: %j', (_how, motto) => {
    const issuer = issuerOf(motto);
    expect(issuer.name?.toLocaleLowerCase('vi')).toBe('ngân hàng nông nghiệp và phát triển nông thôn việt nam');
    expect(issuer.level).toBe('central');
  });

});
