// An annex caption whose "(Kèm theo" a seal hid ("Kế hoạch số 498 /KH-UBND) ngày 30 /12/2016 của UBND
// tỉnh Hà Tĩnh)"), in a scanned plan whose own serial was handwritten and left blank: the document
// itself, no reference (heldout-fresh14-scans family 6).
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractReferences } from '../../../extractors/references/references.js';
import { isOwnCaptionLine } from '../../../extractors/references/own-caption-line.js';
import { testContext } from '../context.js';

const PLAN = {
  type: 'Kế hoạch',
  typeCode: 'KH',
  number: null,
  serial: null,
  symbol: 'KH-UBND',
  date: '2016-12',
  issuer: { name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', level: 'province', locality: 'Hà Tĩnh', parent: null },
  title: null,
  place: 'Hà Tĩnh',
} as unknown as DocumentInfo;

const TEXT = [
  'Thực hiện Kế hoạch số 469/KH-UBND ngày 30/9/2015 của UBND tỉnh về ứng dụng CNTT.',
  'TM. ỦY BAN NHÂN DÂN',
  'PHỤ LỤC',
  'nhiệm vụ, dự án trọng điểm, ưu tiên thực hiện trong giai đoạn 2016-2020',
  'Kế hoạch số 498 /KH-UBND) ngày 30 /12/2016 của UBND tỉnh Hà Tĩnh)',
  'Kế hoạch số 501/KH-UBND ngày 30/12/2016 của UBND tỉnh về chuyển đổi số được triển khai.',
].join('\n');

describe('the document\'s own annex caption with its opening lost', () => {
  const refs = (document: DocumentInfo, ocr = true) => extractReferences(TEXT, testContext(), document, undefined, undefined, ocr).map((r) => r.number);

  it('is no reference in OCR text; a citation of another plan of that month in a sentence is', () => {
    expect(refs(PLAN)).toEqual(['469/KH-UBND', '501/KH-UBND']);
  });

  it('typed text, or a document whose own serial was read, is left to the other rules', () => {
    expect(refs(PLAN, false)).toContain('498/KH-UBND');
  });

  it.each([
    ['Kế hoạch số 498 /KH-UBND) ngày 30 /12/2016 của UBND tỉnh)', true],
    ['(Kế hoạch số 498/KH-UBND ngày 30 tháng 12 năm 2016 của UBND tỉnh)', true],
    ['Kế hoạch số 498/KH-UBND ngày 30/11/2016 của UBND tỉnh)', false],
    ['Quyết định số 498/QĐ-UBND ngày 30/12/2016 của UBND tỉnh)', false],
    ['Thực hiện Kế hoạch số 498/KH-UBND ngày 30/12/2016', false],
  ])('isOwnCaptionLine %s → %s', (line, own) => {
    const start = line.search(/(?:Kế hoạch|Quyết định) số/);
    const typeName = line.slice(start).startsWith('Kế') ? 'Kế hoạch' : 'Quyết định';
    const symbol = /\/\s*([A-ZĐ-]+)/.exec(line)![1]!;
    expect(isOwnCaptionLine(line, { start, typeName, symbol }, PLAN)).toBe(own);
  });
});
