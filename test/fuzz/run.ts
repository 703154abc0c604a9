// `npm run fuzz [-- --seconds N] [--format text|html|docx|pdf|image] [--seed N] [--no-save]`:
// mutation fuzzing of each reader in turn for N seconds each (default 60), then a report of
// inputs tried and failures per reader. Failures are minimised and saved to test/fuzz/crashes/
// (replayed by test/fuzz/crashes.test.ts); the run exits 1 when there were any.
import { parseArgs } from 'node:util';
import { FUZZ_FORMATS, fuzzFormat, type FuzzFormat } from './harness.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    format: { type: 'string', multiple: true },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    'no-save': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const formats = (values.format?.length ? values.format : FUZZ_FORMATS) as FuzzFormat[];
const seed = Number(values.seed);
console.log(`fuzzing ${formats.join(', ')} for ${seconds} s each, seed ${seed}`);
let failures = 0;
for (const format of formats) {
  const report = await fuzzFormat(format, seconds, { seed, save: !values['no-save'] });
  failures += report.failures.length;
  const rate = (report.inputs / (report.ms / 1000)).toFixed(1);
  console.log(`${format.padEnd(6)} ${String(report.inputs).padStart(6)} inputs (${rate}/s), ${report.failures.length} failures`);
  for (const f of report.failures) console.log(`  ${f.verdict.property}: ${f.verdict.detail.split('\n')[0]}${f.saved ? ` → test/fuzz/crashes/${f.saved}` : ''}`);
}
process.exitCode = failures ? 1 : 0;
