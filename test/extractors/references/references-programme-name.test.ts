// A programme named after the decision that set it up ("Tổ Đề án 06/CP", heldout-fresh17 q01) is
// no citation; a project's own document ("Đề án số 01/ĐA-UBND ngày …") is one.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const PLAN: DocumentInfo = {
  type: 'Kế hoạch', typeCode: 'KH', number: '144/KH-UBND', serial: '144', symbol: 'KH-UBND',
  issuer: { name: 'Ủy ban nhân dân thành phố Hà Nội', level: 'city', locality: 'Hà Nội', parent: null },
  place: 'Hà Nội', date: '2025-05-20', title: null,
};
const numbers = (body: string) => extractReferences(body, testContext(), PLAN).map((r) => r.number);

describe('a programme named after its decision', () => {
  it('is no citation', () => {
    expect(numbers('Đẩy mạnh tuyên truyền theo chỉ đạo của Tổ Đề án 06/CP của Chính phủ.')).toEqual([]);
  });

  it.each([
    ['a project cited with "số" and a date', 'Thực hiện Đề án số 01/ĐA-UBND ngày 12/3/2025 của Ủy ban nhân dân thành phố.', ['01/ĐA-UBND']],
    ['a project whose symbol carries a type code, with a date', 'Căn cứ Đề án 02/ĐA-UBND ngày 05/01/2024 của Ủy ban nhân dân thành phố.', ['02/ĐA-UBND']],
    ['another type with an issuer code alone', 'Căn cứ Quyết định 206/CP ngày 30/5/1979 của Hội đồng Chính phủ.', ['206/CP']],
  ])('leaves %s cited', (_what, body, want) => {
    expect(numbers(body)).toEqual(want);
  });
});
