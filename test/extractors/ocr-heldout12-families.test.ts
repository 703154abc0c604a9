// Families of other engines' OCR text (ocr-text-heldout12): the "Số" label read with its S as a
// dollar sign ("$6:990/TB-TCT", "$6:44>4BHXH-QLT": the same reading as "86:", "36:", "56:").
// Each with the plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (lines: string[], ocr = true) => extractHeader(lines.join('\n'), testContext(), noSigner, undefined, ocr, undefined, ocr);
const notice = (numberLine: string, ocr = true) =>
  header(['BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ Độc lập — Tự do — Hạnh phúc', numberLine, 'THÔNG BÁO', 'V/v triển khai các nhiệm vụ'], ocr);

describe('the label "Số" read with its S as a dollar sign', () => {
  it.each([
    ['"$6:" before a serial, a slash and a symbol', '$6:990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024', '990/TB-TCT', 'TB-TCT', 'Hà Nội'],
    ['"$6:" before a handwritten scrap glued to the symbol', '$6:44>4BHXH-QLT TP. Hồ Chí Minh, ngày 16 tháng 08 năm 2017', null, 'BHXH-QLT', 'TP. Hồ Chí Minh'],
    // Negative cases: no colon, no symbol.
    ['no colon', '$6 990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024', null, null, null],
    ['figures and no symbol', '$6: 990 người tham dự', null, null, null],
  ])('%s', (_how, line, number, symbol, place) => {
    const doc = notice(line);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
    if (place) expect(doc.place).toBe(place);
  });

  it('typed text: "$6:" is no label', () => {
    const doc = notice('$6:990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024', false);
    expect(doc.number).toBeNull();
    expect(doc.symbol).toBeNull();
  });
});
