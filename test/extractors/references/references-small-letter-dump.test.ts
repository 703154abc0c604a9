// Citations as an OCR dump writes them when its tokenizer dropped slashes and its post-processing
// lowered the case: "nghị định số 37 2025 nđ-cp ngày 26 02 2025".
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import { readSpacedSmallNumber } from '../../../extractors/shared/number.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const decision: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '2750/QĐ-BGDĐT', serial: '2750', symbol: 'QĐ-BGDĐT',
  issuer: { name: 'Bộ Giáo dục và Đào tạo', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2025-10-03', title: null,
};

function cited(text: string) {
  return extractReferences(text, testContext(), decision).map((r) => [r.number, r.date]);
}

describe('a citation of a small-letter dump', () => {
  it.each([
    ['căn cứ nghị định số 37 2025 nđ-cp ngày 26 tháng 02 năm 2025 của chính phủ', ['37/2025/NĐ-CP', '2025-02-26']],
    ['căn cứ nghị định số 37 2025 nd-cp ngày 26 02 2025 của chính phủ', ['37/2025/NĐ-CP', '2025-02-26']],
    ['đã công bố tại QUYẾT ĐỊNH số 2108 qđ-bgdđt ngày 24 tháng 6 năm 2021 của bộ trưởng', ['2108/QĐ-BGDĐT', '2021-06-24']],
    ['căn cứ nghị quyết số 66 nq-cp ngày 26 3 2025 của chính phủ', ['66/NQ-CP', '2025-03-26']],
  ])('%j', (text, expected) => {
    expect(cited(text)[0]).toEqual(expected);
  });

  it.each([
    ['a day and month out of range', 'căn cứ nghị định số 37 2025 nd-cp ngày 36 02 2025 của chính phủ', ['37/2025/NĐ-CP', null]],
  ])('%s: no date', (_how, text, expected) => {
    expect(cited(text)[0]).toEqual(expected);
  });
});

describe('readSpacedSmallNumber', () => {
  it.each([
    ['37 2025 nđ-cp ngày', '37/2025/NĐ-CP'],
    ['2108 qđ-bgdđt ngày', '2108/QĐ-BGDĐT'],
    // The slash read as an i or l and run onto the type code.
    ['2827 iqđ-bgdđt hà nội', '2827/QĐ-BGDĐT'],
    ['2827 lqđ-bgdđt hà nội', '2827/QĐ-BGDĐT'],
  ])('%j → %s', (text, number) => {
    expect(readSpacedSmallNumber(text)?.value.number).toBe(number);
  });

  it.each([
    ['a first part that is no type code', '12 ab-cd ngày'],
    ['an i before letters that make no type code', '12 ixy-cd ngày'],
    ['words, not a symbol', '37 người dân'],
    ['a symbol in capitals (read by the ordinary reader)', '37 2025 NĐ-CP'],
    ['a figure run on into the symbol', '37 2025 nđ-cp/x'],
  ])('%s: %j is no number', (_how, text) => {
    expect(readSpacedSmallNumber(text)).toBeNull();
  });
});
