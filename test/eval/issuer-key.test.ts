// Issuer names are scored spelt out: "TP." is "thành phố" with or without a space after its dot
// ("… TP.HCM" as a header prints it, heldout-fresh30-scans d04's gold, against "… thành phố Hcm").
import { describe, expect, it } from 'vitest';
import { issuerKey } from './real.js';

describe('issuerKey', () => {
  it.each([
    ['Ban Chấp hành Đoàn trường Đại học Công nghiệp Thực phẩm TP.HCM', 'Ban Chấp hành Đoàn trường đại học công nghiệp thực phẩm thành phố Hcm'],
    ['Ủy ban nhân dân TP. Hà Nội', 'UBND thành phố Hà Nội'],
    ['Trường Đại học TP Hồ Chí Minh', 'Trường Đại học thành phố Hồ Chí Minh'],
  ])('%s is %s', (a, b) => {
    expect(issuerKey(a)).toBe(issuerKey(b));
  });

  it('"tp" inside a word is left alone', () => {
    expect(issuerKey('Công ty TPB')).toBe('cong ty tpb');
  });
});
