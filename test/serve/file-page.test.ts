// The page a span stands on, as the file numbers it: the text of a scan read last page first holds
// the file's page 2 first (source.pageOrder), so its first text page is the file's page 2.
import { describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../output/schema.js';
import { filePageAt } from '../../pipeline/serve/pages/provenance.js';

const record = (normalized: string, pageOrder?: number[]) => ({ text: { normalized }, source: { ...(pageOrder ? { pageOrder } : {}) } }) as unknown as PlanRecord;

describe('filePageAt', () => {
  it.each([
    ['in file order', undefined, 0, 1],
    ['in file order, second page', undefined, 8, 2],
    ['read last page first: the first text page is the file\'s page 2', [2, 1], 0, 2],
    ['read last page first: the second text page is the file\'s page 1', [2, 1], 8, 1],
  ])('%s', (_, order, offset, page) => {
    expect(filePageAt(record('header\fbody', order), offset)).toBe(page);
  });
});
