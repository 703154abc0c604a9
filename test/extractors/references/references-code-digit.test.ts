// A type code with a digit read into its letters ("1050/Q0Đ-SCT", heldout-fresh13 m01), after the
// same document cited cleanly, is that document (OCR text only). Alone, in typed text, with another
// serial or issuer code, or a date that disagrees, it stays a citation of its own.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const PLAN = {
  type: 'Kế hoạch', typeCode: 'KH', number: '1105/KH-ĐKT', serial: '1105', symbol: 'KH-ĐKT',
  issuer: { name: 'Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT', level: 'province', locality: 'Lào Cai', parent: 'Sở Công Thương' },
  place: 'Lào Cai', date: '2026-03-10', title: null,
} as DocumentInfo;

const first = 'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương tỉnh Lào Cai.\n';
const cited = (text: string, ocr = true) => extractReferences(text, testContext(), PLAN, undefined, undefined, ocr).map((r) => [r.number, r.date]);

describe('a digit read into a cited type code', () => {
  it('after the same document cited cleanly, is that document', () => {
    expect(cited(`${first}Đối tượng kiểm tra theo Quyết định số 1050/Q0Đ-SCT của Giám đốc Sở.\n`)).toEqual([['1050/QĐ-SCT', '2026-03-06']]);
  });

  it.each([
    ['another serial', 'Quyết định số 1051/Q0Đ-SCT của Giám đốc Sở.'],
    ['another issuer code', 'Quyết định số 1050/Q0Đ-UBND của Ủy ban nhân dân tỉnh.'],
    ['a date that disagrees', 'Quyết định số 1050/Q0Đ-SCT ngày 06/3/2025 của Giám đốc Sở.'],
  ])('with %s stays a citation of its own', (_how, line) => {
    expect(cited(`${first}${line}\n`)).toHaveLength(2);
  });

  it('in typed text stays as written', () => {
    expect(cited(`${first}Đối tượng kiểm tra theo Quyết định số 1050/Q0Đ-SCT của Giám đốc Sở.\n`, false)).toHaveLength(2);
  });
});
