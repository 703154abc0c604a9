// Benchmark: the four seed plans with diacritics, replicated to ~1,000 files (a few bytes
// varied so every sha256 differs), through read → normalise → extract → validate → store,
// in-process with one PipelineServices per run, into a fresh database each run.
// Reported: docs/s and ms per document, median of the runs; once with restoration off
// (--restore never) and once as ingest runs by default (--restore auto). A third line
// strips the diacritics from the copies, so restoration really rewrites every document.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../corpus/store.js';
import type { PlanRecord } from '../../output/schema.js';
import { parseOptions } from '../../pipeline/options.js';
import { type PipelineOptions } from '../../output/options.js';
import { processFile } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { createStoreStage } from '../../pipeline/stages/store.js';
import { median, printRow, timeRuns, type BenchArgs } from './harness.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const SEEDS = ['000_e33a46f756994b3d.txt', '002_11193dad341833c5.txt', '003_c48f5550e49a9653.txt', '004_642cb17b6a89c38d.txt'];

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Writes `count` files cycling through the seeds, each ending with its own copy number. */
function replicate(folder: string, count: number, transform: (text: string) => string = (t) => t): string[] {
  mkdirSync(folder, { recursive: true });
  const texts = SEEDS.map((name) => transform(readFileSync(resolve(repoRoot, '../shared/seeds', name), 'utf8')));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(folder, `plan-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, `${texts[i % texts.length]}\n${i}\n`);
    files.push(path);
  }
  return files;
}

/** Per-stage times (ms) of every document, from the record's pipeline.stages. */
type StageTimes = Map<string, number[]>;

async function ingestAll(files: readonly string[], dbPath: string, options: PipelineOptions, stageTimes?: StageTimes): Promise<number> {
  rmSync(dbPath, { force: true });
  const store = openStore(dbPath);
  const services = new PipelineServices(options);
  const after = [['store', createStoreStage(store)]] as Array<[string, ReturnType<typeof createStoreStage>]>;
  let stored = 0;
  try {
    for (const file of files) {
      const result = await processFile(file, { options, services, after });
      if (result.record) stored++;
      for (const stage of result.record?.pipeline.stages ?? []) {
        const list = stageTimes?.get(stage.name) ?? [];
        list.push(stage.ms);
        stageTimes?.set(stage.name, list);
      }
    }
  } finally {
    await services.close();
    store.close();
  }
  return stored;
}

async function measure(label: string, files: readonly string[], dbPath: string, options: PipelineOptions, runs: number) {
  let stored = 0;
  // One warm-up pass over a few files loads the modules and the language model.
  await ingestAll(files.slice(0, 8), dbPath, options);
  const stageTimes: StageTimes = new Map();
  // CPU time beside wall time: on a shared machine the wall time counts other processes' turns.
  const cpuMs: number[] = [];
  const times = await timeRuns(runs, async () => {
    const cpuBefore = process.cpuUsage();
    stored = await ingestAll(files, dbPath, options, stageTimes);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1000);
  });
  const ms = median(times);
  const cpuPerDoc = median(cpuMs) / files.length;
  printRow(label, `${((files.length / ms) * 1000).toFixed(1)} docs/s  ${(ms / files.length).toFixed(2)} ms/doc  cpu ${cpuPerDoc.toFixed(2)} ms/doc  (${stored}/${files.length} stored, median of ${runs})`);
  const stages = [...stageTimes].map(([name, list]) => `${name} ${median(list).toFixed(2)}`).join(' · ');
  printRow('  per stage, median ms/doc', stages);
}

/** The store's own share: saveRecord alone on records extracted beforehand. */
async function measureStoreOnly(files: readonly string[], dbPath: string, runs: number) {
  const options = parseOptions({ restore: 'never' });
  const services = new PipelineServices(options);
  const records: PlanRecord[] = [];
  for (const file of files) {
    const result = await processFile(file, { options, services });
    if (result.record) records.push(result.record);
  }
  await services.close();
  const times = await timeRuns(runs, async () => {
    rmSync(dbPath, { force: true });
    const store = openStore(dbPath);
    for (const record of records) store.saveRecord(record);
    store.close();
  });
  const ms = median(times);
  printRow(`saveRecord only, ${records.length} records`, `${((records.length / ms) * 1000).toFixed(1)} docs/s  ${(ms / records.length).toFixed(2)} ms/doc  (median of ${runs})`);
}

export async function bench(args: BenchArgs): Promise<void> {
  const count = args.files ?? 1000;
  const work = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
  try {
    const files = replicate(join(work, 'plans'), count);
    const db = join(work, 'bench.db');
    await measure(`extract+store, ${count} files, restore never`, files, db, parseOptions({ restore: 'never' }), args.runs);
    await measure(`extract+store, ${count} files, restore auto`, files, db, parseOptions({ restore: 'auto' }), args.runs);
    await measureStoreOnly(files.slice(0, Math.min(files.length, 400)), join(work, 'store-only.db'), args.runs);
    const strippedCount = Math.min(count, args.files ?? 200);
    const stripped = replicate(join(work, 'stripped'), strippedCount, stripDiacritics);
    await measure(`stripped copies, ${strippedCount} files, restore auto`, stripped, db, parseOptions({ restore: 'auto' }), args.runs);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
