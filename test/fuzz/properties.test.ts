// Properties that hold for any input (fast-check): the extractors, the normalisers and the
// search query builder never throw, keep their spans inside the text, and leave what is
// already right as it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import { parseSearchQuery } from '../../corpus/query.js';
import { searchStore } from '../../corpus/search.js';
import { extractPlan } from '../../extractors/index.js';
import { getRestorer } from '../../normalizers/diacritics/index.js';
import { normalizeUnicode } from '../../normalizers/index.js';
import { FileContext } from '../../pipeline/context.js';
import { DEFAULT_OPTIONS } from '../../output/options.js';
import { processFile } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { spanOutside } from './harness.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const samplesDir = join(repoRoot, 'corpus/samples');
const sampleLines = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(samplesDir, f), 'utf8').split('\n'))
  .filter((l) => l.trim());
const seedsDir = resolve(repoRoot, '../shared/seeds');
/** Lines of the seed plans written with their diacritics (001 is stripped OCR output). */
const markedLines = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('001'))
  .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').normalize('NFC').split('\n'))
  .map((l) => l.trim())
  .filter((l) => /[à-ỹđ]/iu.test(l) && l.length > 20);

/** Text made of real plan lines, random Unicode and the characters converters leave behind. */
const planLikeText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...sampleLines) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('|', '**TT**', '\t', 'Số: /KH-UBND', 'ngày  tháng  năm 2024', '\u202e', '\u0301', '1.1.', 'Đơn vị chủ trì:', 'Thời gian thực hiện: Quý II/2024') },
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join('\n'));

const services = new PipelineServices(DEFAULT_OPTIONS);
afterAll(() => services.close());

describe('extractors', () => {
  it('never throw and keep every span inside the text', async () => {
    fc.assert(
      fc.property(planLikeText, (text) => {
        const ctx = new FileContext(services);
        const plan = extractPlan(text, ctx, []);
        expect(spanOutside(plan, text.length)).toBeNull();
        expect(spanOutside(ctx.diagnostics.map((d) => ({ span: d.span })), text.length)).toBeNull();
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('normalisers', () => {
  it('Unicode normalisation is idempotent', async () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normalizeUnicode(s);
        expect(normalizeUnicode(once)).toBe(once);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('restoring text that already has its diacritics changes nothing', async () => {
    const restorer = await getRestorer({ services });
    fc.assert(
      fc.property(fc.subarray(markedLines, { minLength: 1, maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const result = restorer.restore(text, { tones: 'modern' });
        expect(result.text).toBe(text);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('search', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = openStore(':memory:');
    for (const f of readdirSync(samplesDir)) {
      const result = await processFile(join(samplesDir, f));
      if (result.record) store.saveRecord(result.record);
    }
  });
  afterAll(() => store.close());

  it('never raises, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('"', 'NEAR(', 'a OR', '*', '^', ':', 'title:', '-', '"an toan')),
        async (query) => {
          parseSearchQuery(query);
          const result = await searchStore(store, query, { limit: 5 });
          expect(Array.isArray(result.hits)).toBe(true);
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });
});
