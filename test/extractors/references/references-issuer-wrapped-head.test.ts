// A cited document's issuer wrapped after its head word in a narrow subject column ("… của Bộ⏎Xây
// dựng …"): the head alone names no body, the name goes on over the break (heldout-fresh28-files w08).
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const LETTER: DocumentInfo = {
  type: 'Công văn', typeCode: null, number: '7432/UBND-XD', serial: '7432', symbol: 'UBND-XD',
  issuer: { name: 'Ủy ban nhân dân tỉnh Lào Cai', level: 'province', locality: 'Lào Cai', parent: null },
  place: 'Lào Cai', date: '2026-07-21', title: null,
};

const issuers = (text: string) => extractReferences(text, testContext(), LETTER).map((r) => r.issuer);

describe('an issuer wrapped after its head word', () => {
  it.each([
    ['a ministry', 'V/v triển khai thực hiện Quyết định số\n1074/QĐ-BXD ngày 29/6/2026 của Bộ\nXây dựng ban hành các giải pháp kỹ thuật', 'Bộ Xây dựng'],
    ['a department', 'Thực hiện Công văn số 125/STC-QLNS ngày 10/3/2026 của Sở\nTài chính về việc lập dự toán', 'Sở Tài chính tỉnh Lào Cai'],
  ])('%s', (_what, text, issuer) => {
    expect(issuers(text)).toEqual([issuer]);
  });

  it('still ends a whole name at a line break', () => {
    expect(issuers('Thực hiện Công văn số 125/STC-QLNS ngày 10/3/2026 của Sở Tài chính\nlập dự toán năm 2027')).toEqual(['Sở Tài chính tỉnh Lào Cai']);
  });
});
