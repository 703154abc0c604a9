// The motto's second line is whole: an OCR'd date line under it whose place lost its capital to a
// hand or a stamp ("la Nội, ngày …") is not joined onto it. Typed text is joined as before.
import { describe, expect, it } from 'vitest';
import { rejoinWrappedLines } from '../../normalizers/lines.js';

describe("the motto's second line ends its line", () => {
  it.each([
    ['Độc lập - Tự do - Hạnh phúc', 'la Nội, ngày / ¡ tháng £ nam H...;'],
    ['Độc lập — Tự do — Hạnh phúc', 'à Nẵng, ngày 12 tháng 3 năm 2020'],
    ['Dộc lập - Tự do - Hạnh phủc', 'la Nội, ngày 5 tháng 6 năm 2011'],
  ])('OCR: %s / %s', (motto, date) => {
    expect(rejoinWrappedLines(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${motto}\n${date}`, new Set(), true).split('\n')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto, date]);
  });

  it.each([
    ['typed text, as before', 'Độc lập - Tự do - Hạnh phúc\nla Nội, ngày 5', false, 1],
    ['a sentence ending in "hạnh phúc" (not the motto)', 'xây dựng gia đình no ấm, hạnh phúc\nvà tiến bộ', true, 1],
  ])('%s', (_how, text, ocr, lines) => {
    expect(rejoinWrappedLines(text, new Set(), ocr).split('\n')).toHaveLength(lines);
  });
});
