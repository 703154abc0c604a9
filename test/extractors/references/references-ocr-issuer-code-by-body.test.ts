// A cited symbol's issuer code garbled by OCR, the body named after the citation saying which it
// is: a Party document's "TW" read "TH" (the Politburo, the Secretariat, the Central Committee named
// after it), the Prime Minister's "TTg" read "THÌ", "t1g". OCR text only; the length is kept.
import { describe, expect, it } from 'vitest';
import { repairCitedNumbers } from '../../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const repaired = (text: string, ocr = true) => repairCitedNumbers(text, foldVietnamese(text), ocr).text;

describe('an issuer code read back by the body named after the citation', () => {
  it.each([
    ['Kết luận số 14-KL/TH ngày 20 tháng 3 năm 2026 của Bộ Chỉnh\ntrị về', '14-KL/TW'],
    ['Nghị quyết số 57-NQ/TH ngày 22/12/2024 của Bộ Chính trị', '57-NQ/TW'],
    ['Chỉ thị số 05-CT/TH ngày 15/5/2016 của Ban Bí thư', '05-CT/TW'],
    ['Quyết định số 1073/QĐ- -THÌ ngày ... tháng 07 năm 2010 của Thủ tướng Chính phủ', '1073/QĐ-TTg'],
    ['Quyết định số 1073/QĐ-t1g ngày 12/7/2010 của Thủ tướng Chính phủ', '1073/QĐ-TTg'],
  ])('OCR: %s', (text, number) => {
    const out = repaired(text);
    expect(out).toContain(number);
    expect(out).toHaveLength(text.length);
  });

  it.each([
    ['another body named after it', 'Kết luận số 14-KL/TH ngày 20/3/2026 của Thị ủy'],
    ['a department code TH (tổng hợp)', 'Công văn số 15/UBND-TH ngày 2/3/2020 của Thủ tướng'],
    ['no body named', 'Quyết định số 1073/QĐ-t1g ngày 12/7/2010'],
  ])('%s: as read', (_how, text) => {
    expect(repaired(text)).toBe(text);
  });

  it('typed text: as typed', () => {
    const text = 'Kết luận số 14-KL/TH ngày 20/3/2026 của Bộ Chính trị';
    expect(repaired(text, false)).toBe(text);
  });
});

describe('an issuer code one letter off the initials of the body named right after the citation', () => {
  const PLAN = {
    type: 'Quyết định', typeCode: 'QĐ', number: '12/QĐ-UBND', serial: '12', symbol: 'QĐ-UBND',
    issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Trị', level: 'province', locality: 'Quảng Trị', parent: null },
    place: 'Quảng Trị', date: '2021-06-01', title: null,
  } as DocumentInfo;
  const numbers = (line: string, ocr = true) => extractReferences(`Căn cứ ${line};\n`, testContext(), PLAN, undefined, undefined, ocr).map((r) => r.number);

  it.each([
    // a letter read twice, a Đ's stroke read as a second D
    ['Quyết định số 703/QĐ-BTNMTT ngày 04/4/2017 của Bộ Tài nguyên và Môi trường về việc', '703/QĐ-BTNMT'],
    ['Nghị quyết số 22/NQ-HĐDHV ngày 12/4/2021 của Hội đồng Học viện', '22/NQ-HĐHV'],
    // the office holder named before the body
    ['Nghị quyết số 22/NQ-HĐDHV ngày 12 tháng 4 năm 2021 của Chủ tịch Hội đồng Học viện về việc ban hành', '22/NQ-HĐHV'],
  ])('OCR: %s', (line, number) => {
    expect(numbers(line)).toEqual([number]);
  });

  it.each([
    ['two letters off', 'Quyết định số 703/QĐ-BTNMTTT ngày 04/4/2017 của Bộ Tài nguyên và Môi trường', '703/QĐ-BTNMTTT'],
    ['a code shorter than the initials', 'Quyết định số 703/QĐ-TNMT ngày 04/4/2017 của Bộ Tài nguyên và Môi trường', '703/QĐ-TNMT'],
    ['another body named', 'Quyết định số 703/QĐ-BTNMTT ngày 04/4/2017 của Bộ Công Thương', '703/QĐ-BTNMTT'],
  ])('%s: as read', (_how, line, number) => {
    expect(numbers(line)).toEqual([number]);
  });

  it('typed text: as typed', () => {
    expect(numbers('Quyết định số 703/QĐ-BTNMTT ngày 04/4/2017 của Bộ Tài nguyên và Môi trường', false)).toEqual(['703/QĐ-BTNMTT']);
  });
});
