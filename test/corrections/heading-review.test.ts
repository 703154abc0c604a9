// Corrections on one-line summaries, and what `review` puts first.
import { describe, expect, it } from 'vitest';
import { correctHeading, type Heading } from '../../corpus/corrections/heading.js';
import { collectReviewItems } from '../../corpus/corrections/review.js';
import type { Correction } from '../../corpus/corrections/types.js';
import { buildPlan } from '../corpus/records.js';

const heading: Heading = {
  title: 'Máy đọc', number: '04/KH', symbol: 'KH', typeCode: 'KH', date: '2023-02-03', year: 2023,
  issuerName: 'UBND', issuerLevel: 'ward', issuerLocality: null, taskCount: 5,
};
const correction = (path: string, value: unknown, op: Correction['op'] = 'set'): Correction => ({
  id: path, planId: 'p', path, op, row: null, machineValue: null, value, note: null, author: 'a', createdAt: '2024-01-01',
});

describe('correctHeading', () => {
  it.each([
    ['document.title', 'Người sửa', { title: 'Người sửa' }],
    ['document.number', '05/KH', { number: '05/KH' }],
    ['document.date', '2024-05', { date: '2024-05', year: 2024 }],
    ['document.date', null, { date: null, year: null }],
    ['document.issuer.level', 'district', { issuerLevel: 'district' }],
  ])('%s = %j', (path, value, expected) => {
    expect(correctHeading(heading, [correction(path, value)])).toEqual({ ...heading, ...expected });
  });
  it('counts added and deleted task rows; leaves fields it does not show', () => {
    const result = correctHeading(heading, [correction('tasks[]', {}, 'add'), correction('tasks[]', {}, 'add'), correction('tasks[]', null, 'delete'), correction('signer.name', 'X')]);
    expect(result).toEqual({ ...heading, taskCount: 6 });
  });
});

describe('collectReviewItems', () => {
  const plan = (name: string, confidences: number[]) => {
    const record = buildPlan({ name, tasks: confidences.map((_, i) => ({ content: `Nhiệm vụ ${i}`, index: String(i + 1) })) });
    record.tasks.forEach((t, i) => (t.confidence = confidences[i]!));
    return record;
  };
  it('puts the least confident rows first across plans, at most `limit`, and leaves out rows at full confidence', () => {
    const items = collectReviewItems([plan('a', [0.9, 0.3, 1]), plan('b', [0.5, 0.1])], 3);
    expect(items.tasks.map((t) => t.confidence)).toEqual([0.1, 0.3, 0.5]);
    expect(items.tasks[0]).toMatchObject({ path: 'tasks[1]', index: '2' });
  });
  it('leaves out rows a person already corrected', () => {
    const record = plan('a', [0.2, 0.4]);
    record.review = { corrections: [], provenance: { 'tasks[0].lead': 'human' }, conflicts: [] };
    expect(collectReviewItems([record], 10).tasks.map((t) => t.path)).toEqual(['tasks[1]']);
  });
});
