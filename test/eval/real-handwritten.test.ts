import { describe, expect, it } from 'vitest';
import { handwrittenOutcome, printedPart } from './real.js';
import type { PlanRecord } from '../../output/schema.js';

const doc = (serial: string | null, number: string | null, date: string | null): PlanRecord['document'] => ({
  type: 'Công văn',
  typeCode: null,
  number,
  serial,
  symbol: 'UBND-KTTH',
  issuer: { name: null, level: null, locality: null, parent: null },
  place: null,
  date,
  title: null,
});
const gold = doc('574', '574/UBND-KTTH', '2025-02-04');
const illegible = [{ code: 'OCR_ILLEGIBLE' }];

describe('printed part of a header field', () => {
  const hand = new Set(['serial', 'day']);
  it.each([
    ['number', '574/UBND-KTTH', null, hand, null],
    ['date', '2025-02-04', '2025-02', hand, { gold: '2025-02', pred: '2025-02' }],
    ['date', '2025-02-04', '2016-02-04', hand, { gold: '2025-02', pred: '2016-02' }],
    ['date', '2025-02-04', '2025-02', new Set<string>(), { gold: '2025-02-04', pred: '2025-02' }],
    ['date', '2025-02-04', '2025', new Set(['day', 'month']), { gold: '2025', pred: '2025' }],
    ['number', '574/UBND-KTTH', null, new Set<string>(), { gold: '574/UBND-KTTH', pred: null }],
    ['place', 'Quảng Ngãi', 'Quảng Ngãi', hand, { gold: 'Quảng Ngãi', pred: 'Quảng Ngãi' }],
  ])('%s %s / %s', (field, g, p, h, expected) => {
    expect(printedPart(field, g, p, h)).toEqual(expected);
  });
});

describe('what became of a handwritten serial or day', () => {
  it.each([
    ['serial', doc('574', '574/UBND-KTTH', null), [], 'read'],
    ['serial', doc(null, null, null), illegible, 'flagged'],
    ['serial', doc(null, null, null), [], 'silent'],
    ['serial', doc(null, null, null), [{ code: 'OCR_BLANK_FIGURES' }], 'flagged'],
    ['serial', doc('514', '514/UBND-KTTH', null), illegible, 'invented'],
    ['day', doc(null, null, '2025-02-04'), [], 'read'],
    ['day', doc(null, null, '2016-02-04'), [], 'read'],
    ['day', doc(null, null, '2025-02'), illegible, 'flagged'],
    ['day', doc(null, null, '2025-02'), [], 'silent'],
    ['day', doc(null, null, '2025-02-14'), illegible, 'invented'],
    ['month', doc(null, null, '2025-02'), [], 'read'],
    ['month', doc(null, null, '2025'), illegible, 'flagged'],
    ['month', doc(null, null, '2025-03'), [], 'invented'],
  ] as const)('%s from %j → %s', (part, pred, diagnostics, expected) => {
    expect(handwrittenOutcome(part, gold, pred, diagnostics)).toBe(expected);
  });

  it('is not scored when the gold has no such value', () => {
    expect(handwrittenOutcome('day', doc(null, null, '2025-02'), doc(null, null, '2025-02'), [])).toBeNull();
    expect(handwrittenOutcome('serial', doc(null, null, null), doc(null, null, null), [])).toBeNull();
  });
});
