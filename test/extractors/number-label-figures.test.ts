// The "Số" label read in figures ("$6:245/TLD"): evidence that an engine wrote the text, and a
// number line read with a one-part symbol after it (ocr-text-heldout13 o13c, a Tesseract layer
// clean enough to pass for typed text otherwise). With the cases each must leave alone.
import { describe, expect, it } from 'vitest';
import { numberLabelShowsEngine } from '../../extractors/ocr-repairs/number-label-figures.js';
import { extractHeader } from '../../extractors/header/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

describe('numberLabelShowsEngine', () => {
  it.each([
    ['$6:245/TLD Hà Nội, ngày 18 tháng 3 năm 2020'],
    ['86:5619 SYT-NVY Thành phố Hồ Chí Minh'],
    ['  56:4590/TCT-DNNCN Hà Nội'],
    ['36: 4312 /TCT-KK'],
  ])('%s is an engine\'s label', (line) => {
    expect(numberLabelShowsEngine(`TỔNG LIÊN ĐOÀN LAO ĐỘNG\n${line}\n`)).toBe(true);
  });

  it.each([
    ['the label as typed', 'Số: 245/TLĐ Hà Nội, ngày 18 tháng 3 năm 2020'],
    ['figures and a colon in a sentence', 'Tổng số 86: 5 đơn vị đạt'],
    ['a time of day', '08:45 all 3c 8B)'],
    ['a figure label with no symbol after it', '86: 5619 đồng'],
  ])('%s is not', (_how, line) => {
    expect(numberLabelShowsEngine(`TỔNG LIÊN ĐOÀN LAO ĐỘNG\n${line}\n`)).toBe(false);
  });
});

describe('a number line opened by the label in figures, its symbol of one part', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const numberOf = (line: string) =>
    extractHeader(['TỔNG LIÊN ĐOÀN LAO ĐỘNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VIỆT NAM Độc lập - Tự do - Hạnh phúc', '', line, 'V/v lùi thời điểm đóng kinh phí công đoàn', '', 'Kính gửi: Các Liên đoàn Lao động tỉnh, thành phố;'].join('\n'), testContext(), noSigner, undefined, true).number;

  it('"$6:245/TLD" is 245/TLĐ', () => {
    expect(numberOf('$6:245/TLD Hà Nội, ngày 18 tháng 3 năm 2020')).toBe('245/TLĐ');
  });

  it('a one-part symbol with no serial read is not taken', () => {
    expect(numberOf('$6:/TLD Hà Nội, ngày 18 tháng 3 năm 2020')).toBeNull();
  });

  it('two parts, as before', () => {
    expect(numberOf('$6:990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024')).toBe('990/TB-TCT');
  });
});
