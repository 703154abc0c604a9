// A cited year a decade or more after the citing document's date, one figure off its year ("ngày
// 14/7/2096" in a permit of 21/7/2026), is the citing document's year (OCR text only); a cited year
// a few years ahead, two figures off, or still after the document once put right stays as read.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../extractors/index.js';
import { withCitedYearNotAhead, withCitedYearsNotAhead } from '../../../extractors/references/cited-future-year.js';
import type { Reference } from '../../../output/schema.js';
import { testContext } from '../context.js';

const ref = (date: string | null) => ({ type: 'Tờ trình', typeCode: 'TTr', number: '4179/TTr-SCT', date, issuer: null, relation: 'basis' }) as unknown as Reference;

describe('a cited year a decade after the citing document', () => {
  it.each([
    // [cited date, the document's date, expected]
    ['2096-07-14', '2026-07-21', '2026-07-14'],
    ['2096-07', '2026-07-21', '2026-07'],
    ['2076-01-05', '2026', '2026-01-05'],
    // a few years ahead: maybe the date line's own misreading, left to cited-year.ts
    ['2028-07-14', '2026-07-21', '2028-07-14'],
    // two figures off the document's year
    ['2097-07-14', '2026-07-21', '2097-07-14'],
    // still after the document once put right
    ['2096-08-14', '2026-07-21', '2096-08-14'],
    ['2096-07-22', '2026-07-21', '2096-07-22'],
    // an earlier year is what it says
    ['2016-07-14', '2026-07-21', '2016-07-14'],
  ])('%s cited on %s reads %s', (date, own, expected) => {
    expect(withCitedYearNotAhead(ref(date), own).date).toBe(expected);
  });

  it('without the document date, stays as read', () => {
    expect(withCitedYearNotAhead(ref('2096-07-14'), null).date).toBe('2096-07-14');
  });

  it('trusts the document year only when no other citation is dated after it', () => {
    const other = (date: string) => ({ ...ref(date), number: '12/KH-UBND' });
    // a date line read a decade early (2016 for 2026): its citations of 2026 stay as read
    expect(withCitedYearsNotAhead([ref('2026-07-14'), other('2025-03-01')], '2016-07-21').map((r) => r.date)).toEqual(['2026-07-14', '2025-03-01']);
    expect(withCitedYearsNotAhead([ref('2096-07-14'), other('2020-03-01')], '2026-07-21').map((r) => r.date)).toEqual(['2026-07-14', '2020-03-01']);
  });

  const text = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
    'Số: 2507/GP-UBND Lào Cai, ngày 21 tháng 7 năm 2026',
    'GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP',
    'Theo đề nghị của Sở Công Thương tại Tờ trình số 4179/TTr-SCT ngày 14/7/2096.',
    'QUYẾT ĐỊNH:',
  ].join('\n');
  const cited = (ocr: boolean) => extractPlan(text, testContext(), [], ocr ? { ocr: true } : { ocr: false, typed: true }).references?.map((r) => [r.number, r.date]);

  it('in OCR text, the citation takes the document year', () => {
    expect(cited(true)).toEqual([['4179/TTr-SCT', '2026-07-14']]);
  });

  it('in typed text, stays as printed', () => {
    expect(cited(false)).toEqual([['4179/TTr-SCT', '2096-07-14']]);
  });
});
