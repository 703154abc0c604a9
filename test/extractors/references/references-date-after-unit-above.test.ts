// A cited document's date after its issuer and the units above it ("Quyết định số 512/QĐ-UBND của UBND
// xã Yên Thành, tỉnh Lào Cai ngày 12 tháng 11 năm 2025", heldout-fresh25-scans z04): the ", tỉnh …"
// names the commune's province, the date that follows is still the decision's.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const RECORD: DocumentInfo = {
  type: 'Biên bản', typeCode: null, number: null, serial: null, symbol: null,
  issuer: { name: null, level: null, locality: null, parent: null },
  place: null, date: '2026-06-08', title: null,
};

const dates = (text: string) => Object.fromEntries(extractReferences(text, testContext(), RECORD).map((r) => [r.number, r.date]));

describe('the date after the units above a local issuer', () => {
  it.each([
    ['a commune and its province', 'Quyết định số 512/QĐ-UBND của UBND xã Yên Thành, tỉnh Lào Cai ngày 12 tháng 11 năm 2025 về việc đưa đất chưa sử dụng vào sử dụng;', '512/QĐ-UBND', '2025-11-12'],
    ['a town, its district and province', 'Công văn số 85/UBND-VP của UBND thị trấn Xuân An, huyện Nghi Xuân, tỉnh Hà Tĩnh ngày 03/4/2024 về việc báo cáo;', '85/UBND-VP', '2024-04-03'],
    ['a ward and its city, then a verb', 'Kế hoạch số 41/KH-UBND của UBND phường Bến Thành, thành phố Hồ Chí Minh ban hành ngày 05/3/2025;', '41/KH-UBND', '2025-03-05'],
    ['the issuer alone, as before', 'Quyết định số 512/QĐ-UBND của UBND xã Yên Thành ngày 12 tháng 11 năm 2025;', '512/QĐ-UBND', '2025-11-12'],
  ])('%s', (_, text, number, date) => {
    expect(dates(text)[number]).toBe(date);
  });

  it('not a date of another clause after the province', () => {
    expect(dates('Quyết định số 512/QĐ-UBND của UBND xã Yên Thành, tỉnh Lào Cai; ngày 12 tháng 11 năm 2025, Công ty đã nộp hồ sơ.')['512/QĐ-UBND']).toBeNull();
  });
});
