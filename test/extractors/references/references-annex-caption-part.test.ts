// An annex's caption that names the part it belongs to before the document carrying it ("(Kèm theo
// Chương trình hành động tại Nghị quyết số  /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)",
// heldout-fresh5 e01): the document itself, not a citation. A caption naming another document
// inside a sentence still cites it.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const NQ = {
  type: 'Nghị quyết', typeCode: 'NQ', number: '03/NQ-CP', serial: '03', symbol: 'NQ-CP',
  issuer: { name: 'Chính phủ', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2025-01-09', title: null,
} as DocumentInfo;

const cited = (text: string) => extractReferences(text, testContext(), NQ).map((r) => [r.number, r.date]);

describe('an annex caption naming its part and the document that carries it', () => {
  it.each([
    ['PHỤ LỤC II\n(Kèm theo Chương trình hành động tại Nghị quyết số  /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)\n'],
    ['PHỤ LỤC I\n(Kèm theo Chương trình hành động của Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)\n'],
  ])('%#: is no citation', (text) => {
    expect(cited(`Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;\n${text}`)).toEqual([['57-NQ/TW', '2024-12-22']]);
  });

  it('another document named so inside a sentence is still cited', () => {
    const refs = cited('Thực hiện các nhiệm vụ tại Phụ lục I (kèm theo Chương trình hành động tại Nghị quyết số 45/NQ-CP ngày 24/11/2023 của Chính phủ).');
    expect(refs).toEqual([['45/NQ-CP', '2023-11-24']]);
  });
});
