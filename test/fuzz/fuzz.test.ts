// The short fuzz pass CI runs on every `npm test` (about 45 s, a fixed seed so a failure can be
// reproduced with `npm run fuzz -- --seed 1 --format F`), and the replay of every minimised
// failure the long runs found and kept in test/fuzz/crashes/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRASH_DIR, createChecker, DEFAULT_LIMITS, fuzzFormat, type FuzzFormat, type FuzzLimits } from './harness.js';

const FORMAT_OF: Record<string, FuzzFormat> = { '.txt': 'text', '.html': 'html', '.docx': 'docx', '.pdf': 'pdf', '.png': 'image' };
const SECONDS: Record<FuzzFormat, number> = { text: 8, html: 6, docx: 8, pdf: 12, image: 8 };
// No time limit per input here: a test never asserts wall time on a shared, noisy machine (a
// hang still fails on the test timeout). `npm run fuzz` keeps the limit; an input it finds slow
// becomes a case of the scaling bench (test/bench/scaling-parts.ts), which measures growth.
const UNTIMED: FuzzLimits = { ...DEFAULT_LIMITS, baseMs: Number.POSITIVE_INFINITY };

const kept = existsSync(CRASH_DIR) ? readdirSync(CRASH_DIR).filter((f) => FORMAT_OF[extname(f)]) : [];
describe.runIf(kept.length > 0)('kept fuzz failures stay fixed', () => {
  const checker = createChecker(UNTIMED);
  afterAll(() => checker.close());
  it.each(kept)('%s', async (name) => {
    const verdict = await checker.check(FORMAT_OF[extname(name)]!, readFileSync(join(CRASH_DIR, name)));
    expect(verdict).toBeNull();
  });
});

describe('a short fuzz pass of every reader', () => {
  it.each(Object.entries(SECONDS) as Array<[FuzzFormat, number]>)('%s', async (format, seconds) => {
    // A fixed number of inputs at least, however loaded the machine: the pass checks the same ones.
    const report = await fuzzFormat(format, seconds, { seed: 1, save: false, minInputs: 6, limits: UNTIMED });
    expect(report.failures.map((f) => `${f.verdict.property}: ${f.verdict.detail}`)).toEqual([]);
  }, 120_000);
});
