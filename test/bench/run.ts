// npm run bench [-- <section>... [--runs N] [--files N] [--only TEXT]]: named benchmark sections,
// each printing its own figures (medians). Speed is measured here, never asserted in unit tests;
// a section that checks its figures (scaling: growth no faster than linear) makes the run exit 1.
// To add a section: one line in SECTIONS, pointing at a module that exports `bench`.
import { parseArgs } from 'node:util';

import type { BenchArgs, BenchSection } from './harness.js';

const SECTIONS: Record<string, { summary: string; load: () => Promise<{ bench: BenchSection }> }> = {
  'extract-store': {
    summary: '~1,000 replicated seed plans through extract + store (with and without restoration)',
    load: () => import('./extract-store.js'),
  },
  corpus: { summary: '10,000 synthetic plans: ingest rate, search p50/p95, compare, database size', load: () => import('./corpus.js') },
  serve: { summary: 'the server on 10,000 plans: API and page latency p50/p95 per route', load: () => import('./serve.js') },
  scaling: { summary: 'bad inputs at doubling sizes (1 MB on one line, 2,000-row tables, OCR debris; the parts\' long-input guards): time ratios, growth exponent, fails above 1.5', load: () => import('./scaling.js') },
  diacritics: { summary: 'diacritic restoration: model load, syllables/s, RSS', load: () => import('./diacritics.js') },
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { runs: { type: 'string' }, files: { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`npm run bench -- [section...] [--runs N] [--files N] [--only TEXT]\n\nSections:\n`);
    for (const [name, s] of Object.entries(SECTIONS)) process.stdout.write(`  ${name.padEnd(18)} ${s.summary}\n`);
    return 0;
  }
  const unknown = positionals.filter((p) => !SECTIONS[p]);
  if (unknown.length) {
    process.stderr.write(`unknown section ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}\n`);
    return 2;
  }
  const args: BenchArgs = {
    runs: values.runs ? Math.max(1, Number(values.runs)) : 5,
    files: values.files ? Math.max(1, Number(values.files)) : undefined,
    only: values.only,
  };
  const failures: string[] = [];
  for (const name of positionals.length ? positionals : Object.keys(SECTIONS)) {
    process.stdout.write(`\n== ${name}: ${SECTIONS[name]!.summary} ==\n`);
    const { bench } = await SECTIONS[name]!.load();
    failures.push(...((await bench(args)) ?? []));
  }
  if (failures.length) {
    process.stderr.write(`\n${failures.length} check(s) failed:\n${failures.map((f) => `  ${f}\n`).join('')}`);
    return 1;
  }
  return 0;
}

main().then((code) => (process.exitCode = code));
