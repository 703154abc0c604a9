// The OCR'd year of a date line checked against the dates of the documents it rests on.
import { describe, expect, it } from 'vitest';
import { yearFromCitedDates } from '../../../extractors/ocr-repairs/cited-year.js';
import type { Relation } from '../../../output/schema.js';

const basis = (...dates: string[]) => dates.map((date) => ({ date, relation: 'basis' as Relation, number: null }));
const mentioned = (number: string | null, date: string) => ({ date, relation: 'mentions' as Relation, number });

describe('yearFromCitedDates', () => {
  it.each([
    ['5 read as 3, the day handwritten (month only)', '2023-02', basis('2015-06-19', '2024-12-31', '2025-02-07'), '2025-02', 2],
    ['5 read as 3, a full date', '2023-02-19', basis('2010-06-08', '2024-12-31', '2025-02-07'), '2025-02-19', 2],
    ['8 read as 6, what it implements', '2016-03-10', [{ date: '2018-01-05', relation: 'implements' as Relation, number: null }, ...basis('2017-11-20')], '2018-03-10', 2],
    ['numbered documents cited outside the basis clauses', '2023-02', [...basis('2015-06-19', '2024-12-31'), mentioned('1802/QĐ-UBND', '2024-08-21')], '2025-02', 2],
  ])('%s', (_name, iso, refs, fixed, later) => {
    expect(yearFromCitedDates(iso, refs)).toEqual({ iso: fixed, later });
  });

  it.each([
    ['every citation before the date', '2025-02-19', basis('2015-06-19', '2024-12-31')],
    ['one later citation only (its own year may be the misread one)', '2023-02-19', basis('2015-06-19', '2025-02-07')],
    ['later dates mentioned without a number (a deadline-like mention)', '2023-02-19', [mentioned(null, '2025-01-01'), mentioned(null, '2025-02-01')]],
    ['no confusable year reaches them (2 read for 4)', '2022-02-19', basis('2024-11-01', '2024-12-31')],
    ['the confusable year is more than a year after the latest citation', '2013-02-19', basis('2015-06-19', '2016-01-01')],
    ['the fixed date would still fall before a citation', '2023-02-01', basis('2025-01-07', '2025-02-07')],
    ['a citation of the same month, day unknown', '2023-02', basis('2023-02', '2023')],
    ['not a date', 'abc', basis('2025-01-07', '2025-02-07')],
  ])('%s → unchanged', (_name, iso, refs) => {
    expect(yearFromCitedDates(iso, refs)).toBeNull();
  });

  it('counts only citations before the first "Nơi nhận:" (a later document appended to a bundle leaves the year alone)', () => {
    const at = (start: number, date: string) => ({ date, relation: 'basis' as Relation, number: '1/QĐ-UBND', span: { start, end: start + 10 } });
    const refs = [at(100, '2015-06-19'), at(5000, '2024-12-31'), at(5200, '2025-02-07')];
    expect(yearFromCitedDates('2023-02-19', refs, 4000)).toBeNull();
    expect(yearFromCitedDates('2023-02-19', refs, 9000)).toEqual({ iso: '2025-02-19', later: 2 });
  });
});
