// Bench section "corpus": a synthetic corpus of 10,000 plans (--files N to change) built by
// varying the records of the seeds and samples (each run through the pipeline once: issuers,
// levels, years, numbers, task and movement subsets), then
//   ingest rate into the store (saveRecord: one transaction per document, documents/s),
//   link resolution and index merging time (both run at the end of `kehoach ingest`), search latency p50/p95 over a fixed set of 22 analyst queries
//   (each query's median listed), a few filtered searches, compare latency (median),
//   database size. The machine's load average is printed first: figures taken on a shared
//   machine are only comparable at similar load.
// Targets: search p95 ≤ 10 ms, compare ≤ 200 ms, ingest ≥ 100 documents/s.
//
// The corpus is made of 8 base plans, so every word of a base is in an eighth of the corpus or
// more: most queries here match thousands of plans, which is the hard case for ranking.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareRecords } from '../../corpus/compare.js';
import { resolveLinks } from '../../corpus/graph.js';
import { searchStore, type SearchFilters } from '../../corpus/search.js';
import { openStore } from '../../corpus/store.js';
import type { IssuerLevel, PlanRecord } from '../../output/schema.js';
import { processFile } from '../../pipeline/run.js';
import { median, printRow, type BenchSection } from './harness.js';
import { seededRandom } from '../helpers/random.js';

const repoRoot = resolve(import.meta.dirname, '../..');

export const SEARCH_QUERIES = [
  'an toàn thực phẩm',
  'an toan thuc pham',
  'Người tốt, việc tốt',
  'NGƯỜI TỐT VIỆC TỐT',
  'khen thưởng',
  'tổng kết công tác thi đua',
  '"sáng kiến, sáng tạo"',
  'doanh nghiệp hội nhập',
  'kiểm tra',
  'Phòng Nội vụ',
  'Đức Giang',
  'Long Bien',
  'Hoàng Mai',
  '05/KH-HĐTĐKT',
  '34-CT/TW',
  'văn hóa công sở',
  'văn hoá công sở',
  'chiến sĩ thi đua cơ sở',
  'giải phóng mặt bằng',
  'cụm thi đua',
  // In every plan: the worst case.
  'thi dua',
  'nguoi tot viec tot',
];

/** Filtered searches, timed apart (a filter joins documents). */
const FILTERED: Array<[string, SearchFilters]> = [
  ['khen thưởng', { level: 'ward' }],
  ['an toan thuc pham', { year: 2020, issuer: 'long bien' }],
  ['kiểm tra', { movement: 'nguoi tot' }],
];

const PLACES: Array<[IssuerLevel, string]> = [
  ['district', 'Long Biên'], ['district', 'Ba Đình'], ['district', 'Hoàng Mai'], ['district', 'Cầu Giấy'],
  ['district', 'Đống Đa'], ['district', 'Hai Bà Trưng'], ['district', 'Tây Hồ'], ['district', 'Thanh Xuân'],
  ['town', 'Sơn Tây'], ['town', 'Chí Linh'], ['ward', 'Đức Giang'], ['ward', 'Tương Mai'], ['ward', 'Định Công'],
  ['ward', 'Ngọc Thụy'], ['ward', 'Phúc Xá'], ['commune', 'Bát Tràng'], ['city', 'Hà Nội'], ['province', 'Hải Dương'],
];


function subset<T>(items: readonly T[], share: number, next: () => number): T[] {
  return items.filter(() => next() < share);
}

function shiftYear(date: string | null, year: number): string | null {
  return date && /^\d{4}/.test(date) ? `${year}${date.slice(4)}` : null;
}

/** The i-th synthetic plan: a base record with another issuer, year, number and subsets. */
export function variant(base: PlanRecord, i: number): PlanRecord {
  const next = seededRandom(i * 7919 + 17);
  const [level, locality] = PLACES[Math.floor(next() * PLACES.length)]!;
  const year = 2016 + Math.floor(next() * 10);
  const serial = String(1 + Math.floor(next() * 150)).padStart(2, '0');
  const symbol = base.document.symbol ?? 'KH-HĐTĐKT';
  const id = createHash('sha256').update(`${base.id}:${i}`).digest('hex');
  const levelName = { central: '', province: 'tỉnh', city: 'thành phố', district: 'quận', town: 'thị xã', ward: 'phường', commune: 'xã' }[level];
  return {
    ...base,
    id,
    source: { ...base.source, path: `/synthetic/${i}.txt`, sha256: id },
    document: {
      ...base.document,
      number: `${serial}/${symbol}`,
      serial,
      symbol,
      date: shiftYear(base.document.date, year) ?? `${year}`,
      issuer: { ...base.document.issuer, name: `Hội đồng Thi đua - Khen thưởng ${levelName} ${locality}`, level, locality },
    },
    references: base.references.map((r) => ({ ...r, date: shiftYear(r.date, year - 1 + Math.floor(next() * 2)) })),
    movements: subset(base.movements, 0.8, next),
    tasks: subset(base.tasks, 0.7, next).map((t) => ({
      ...t,
      deadline: t.deadline && { ...t.deadline, start: shiftYear(t.deadline.start, year), end: shiftYear(t.deadline.end, year) },
    })),
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** The records a bench collection is made from: the seeds and the samples, through the pipeline once. */
export async function baseRecords(): Promise<PlanRecord[]> {
  const inputs = [
    ...readdirSync(resolve(repoRoot, '../shared/seeds')).map((f) => resolve(repoRoot, '../shared/seeds', f)),
    ...readdirSync(resolve(repoRoot, 'corpus/samples')).map((f) => resolve(repoRoot, 'corpus/samples', f)),
  ];
  const bases: PlanRecord[] = [];
  for (const file of inputs) {
    const result = await processFile(file);
    if (result.record) bases.push(result.record);
  }
  return bases;
}

export const bench: BenchSection = async (args) => {
  const count = args.files ?? 10_000;
  const bases = await baseRecords();
  printRow('base records (seeds + samples, pipeline once)', String(bases.length));
  printRow('load average (1, 5, 15 min; 2 cores)', loadavg().map((l) => l.toFixed(2)).join(', '));

  const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-corpus-'));
  const dbFile = join(dir, 'corpus.db');
  const store = openStore(dbFile);
  try {
    let saving = 0;
    let savingCpu = 0;
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const record = variant(bases[i % bases.length]!, i);
      const cpu = process.cpuUsage();
      const t = performance.now();
      store.saveRecord(record);
      saving += performance.now() - t;
      const used = process.cpuUsage(cpu);
      savingCpu += (used.user + used.system) / 1000;
    }
    const wall = performance.now() - started;
    printRow(`ingest ${count} plans (saveRecord only)`, `${((count / saving) * 1000).toFixed(0)} documents/s (target ≥ 100)`);
    printRow('ingest by CPU time (without waiting for a core)', `${((count / savingCpu) * 1000).toFixed(0)} documents/s`);
    printRow('ingest incl. building the variants', `${((count / wall) * 1000).toFixed(0)} documents/s`);
    {
      // Bulk load for comparison: saveRecords, a SAVEPOINT per document inside one transaction.
      const bulkCount = Math.min(count, 1000);
      const bulk = openStore(join(dir, 'bulk.db'));
      const records = Array.from({ length: bulkCount }, (_, i) => variant(bases[i % bases.length]!, count + i));
      const t = performance.now();
      bulk.saveRecords(records);
      printRow(`bulk saveRecords (${bulkCount} plans, one commit)`, `${((bulkCount / (performance.now() - t)) * 1000).toFixed(0)} documents/s`);
      bulk.close();
    }

    const linking = performance.now();
    const links = await resolveLinks(store);
    printRow('resolveLinks (whole corpus)', `${ms(performance.now() - linking)}, ${links} links`);
    // What `kehoach ingest` does at the end of a run that stored documents.
    const optimizing = performance.now();
    store.optimizeSearch();
    printRow('optimizeSearch (merge the FTS5 indexes, end of ingest)', ms(performance.now() - optimizing));

    // Warm the statement cache and the pages once, as a running CLI would after its first query.
    for (const q of SEARCH_QUERIES) await searchStore(store, q);
    const latencies: number[] = [];
    const cpuTimes: number[] = [];
    const perQuery: Array<[string, number]> = [];
    for (const q of SEARCH_QUERIES) {
      const times: number[] = [];
      for (let r = 0; r < args.runs; r++) {
        const cpu = process.cpuUsage();
        const t = performance.now();
        await searchStore(store, q);
        times.push(performance.now() - t);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      latencies.push(...times);
      perQuery.push([q, median(times)]);
    }
    printRow(`search p50 (${SEARCH_QUERIES.length} queries × ${args.runs}, limit 20, snippets)`, ms(percentile(latencies, 50)));
    printRow('search p95 (target ≤ 10 ms)', ms(percentile(latencies, 95)));
    // CPU time of this process: what a query costs without the wait for a core on a loaded machine.
    printRow('search CPU time p50 / p95', `${ms(percentile(cpuTimes, 50))} / ${ms(percentile(cpuTimes, 95))}`);
    {
      // The same queries ranked by FTS5 bm25 over every match (`--rank bm25`), for comparison.
      const bm25: number[] = [];
      for (const q of SEARCH_QUERIES) {
        for (let r = 0; r < args.runs; r++) {
          const t = performance.now();
          await searchStore(store, q, { rank: 'bm25' });
          bm25.push(performance.now() - t);
        }
      }
      printRow('search --rank bm25 p50 / p95', `${ms(percentile(bm25, 50))} / ${ms(percentile(bm25, 95))}`);
    }
    perQuery.sort((a, b) => b[1] - a[1]);
    for (const [q, t] of perQuery) printRow(`  ${q}`, `${ms(t)} median, ${(await searchStore(store, q)).hits.length} hits`);
    for (const [q, filters] of FILTERED) {
      const times: number[] = [];
      for (let r = 0; r < args.runs; r++) {
        const t = performance.now();
        await searchStore(store, q, filters);
        times.push(performance.now() - t);
      }
      printRow(`filtered: ${q} ${JSON.stringify(filters)}`, `${ms(median(times))} median`);
    }

    const ids = store.listDocuments().map((d) => d.id).sort();
    const next = seededRandom(42);
    const compareTimes: number[] = [];
    const loadTimes: number[] = [];
    for (let i = 0; i < 30 * args.runs; i++) {
      const t0 = performance.now();
      const a = store.getRecord(ids[Math.floor(next() * ids.length)]!)!;
      const b = store.getRecord(ids[Math.floor(next() * ids.length)]!)!;
      const t1 = performance.now();
      compareRecords(a, b);
      compareTimes.push(performance.now() - t1);
      loadTimes.push(t1 - t0);
    }
    printRow('compare median (target ≤ 200 ms)', `${ms(median(compareTimes))} (+ ${ms(median(loadTimes))} loading both records)`);
    printRow('compare max', ms(Math.max(...compareTimes)));

    store.close(); // checkpoints the write-ahead log into the file
    const size = statSync(dbFile).size;
    printRow('database size', `${(size / 2 ** 20).toFixed(0)} MiB (${((size / count) / 1024).toFixed(1)} KiB per plan)`);
    printRow('load average at the end', loadavg().map((l) => l.toFixed(2)).join(', '));
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
