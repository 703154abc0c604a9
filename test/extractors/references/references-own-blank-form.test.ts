// The document itself named with its serial blank behind a caption the engine garbled ("ùn theo
// Nghị quyết số /NQ-CP ngày^g tháng 12 năm 2022 của Chính phủ)", ocr-text-heldout7 o7a): no
// citation. A blank-serial citation of another type, another issuer or another month stays out of it.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const NQ = {
  type: 'Nghị quyết', typeCode: 'NQ', number: null, serial: null, symbol: 'NQ-CP',
  issuer: { name: 'Chính phủ', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2022-12', title: null,
} as DocumentInfo;

const cited = (text: string) => extractReferences(text, testContext(), NQ, undefined, undefined, true).map((r) => [r.type, r.number, r.date]);
const basis = 'Căn cứ Nghị quyết số 26-NQ/TW ngày 03 tháng 11 năm 2022 của Bộ Chính trị;\n';

describe('the document itself, its serial blank, behind a garbled caption', () => {
  it('is no citation', () => {
    expect(cited(`${basis}PHỤ LỤC II\nùn theo Nghị quyết số /NQ-CP ngày^g tháng 12 năm 2022 của Chính phủ)\n`)).toEqual([['Nghị quyết', '26-NQ/TW', '2022-11-03']]);
  });

  it.each([
    ['of another month', 'ùn theo Nghị quyết số /NQ-CP ngày 5 tháng 10 năm 2022 của Chính phủ)'],
    ['of another issuer', 'ùn theo Nghị quyết số /NQ-HĐND ngày 5 tháng 12 năm 2022 của Hội đồng nhân dân tỉnh Nghệ An)'],
    // The document's own day is blank; a cited day names an earlier document of the same month.
    ['of the same month with its day printed', 'Thực hiện Nghị quyết số /NQ-CP ngày 02 tháng 12 năm 2022 của Chính phủ về chuyển đổi số;'],
  ])('a blank-serial document %s is still read', (_how, line) => {
    expect(cited(`${basis}${line}\n`).length).toBe(2);
  });
});
