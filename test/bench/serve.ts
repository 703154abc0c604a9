// Bench section "serve" (npm run bench:serve): latency of the server on a 10,000-plan
// collection (--files N to change), through real HTTP on a keep-alive connection, as a page or
// a script meets it. The collection is test/bench/corpus.ts's: the seeds' and samples' records
// varied in issuer, year, number and subsets, stored until it holds `count` plans.
// Every API route, and every page route the pages define, is requested in turn within one
// round (routes alternate, so a slow minute of the shared machine hits them all alike), each
// round on other plans; per route the p50 (median) and p95 of its rounds. A page that answers
// 404 is listed as missing, not timed. Target: p95 ≤ 100 ms for every page and API read.
// GET /api/review over the whole collection reads every record: timed apart, once.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLinks } from '../../corpus/graph.js';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import type { PlanRecord } from '../../output/schema.js';
import { startServer } from '../../pipeline/serve/server.js';
import { seededRandom } from '../helpers/random.js';
import { baseRecords, variant } from './corpus.js';
import { median, printRow, type BenchSection } from './harness.js';

const TOKEN = 'bench-token-0123456789abcdef';
const TARGET_MS = 100;

interface Plan {
  id: string;
  primaryId: string;
  number: string | null;
}

/** A route to time: its name, and the request of round `r` (another plan each round). */
interface TimedRoute {
  name: string;
  kind: 'api' | 'page' | 'write';
  path: (pick: () => Plan) => string;
  method?: string;
  body?: string;
}

const enc = encodeURIComponent;

const ROUTES: TimedRoute[] = [
  { name: 'GET /api/plans (list, limit 20, facets)', kind: 'api', path: () => '/api/plans' },
  { name: 'GET /api/plans?level=ward&year=2020', kind: 'api', path: () => '/api/plans?level=ward&year=2020' },
  { name: 'GET /api/plans?q=an toan thuc pham', kind: 'api', path: () => `/api/plans?q=${enc('an toan thuc pham')}` },
  { name: 'GET /api/plans?q=thi dua (in every plan)', kind: 'api', path: () => `/api/plans?q=${enc('thi dua')}` },
  { name: 'GET /api/plans?q=kiểm tra&level=district', kind: 'api', path: () => `/api/plans?q=${enc('kiểm tra')}&level=district` },
  { name: 'GET /api/plans/{id}', kind: 'api', path: (pick) => `/api/plans/${pick().id}` },
  { name: 'GET /api/plans/{number}', kind: 'api', path: (pick) => `/api/plans/${enc(numbered(pick).number!)}` },
  { name: 'GET /api/plans/{id}/sources', kind: 'api', path: (pick) => `/api/plans/${pick().id}/sources` },
  { name: 'GET /api/plans/{id}/corrections', kind: 'api', path: (pick) => `/api/plans/${pick().id}/corrections` },
  { name: 'GET /api/plans/{id}/links', kind: 'api', path: (pick) => `/api/plans/${pick().id}/links` },
  { name: 'GET /api/compare?a=&b=', kind: 'api', path: (pick) => `/api/compare?a=${pick().id}&b=${pick().id}` },
  { name: 'GET /api/review?plan=', kind: 'api', path: (pick) => `/api/review?plan=${pick().id}` },
  { name: 'GET /api/openapi.json', kind: 'api', path: () => '/api/openapi.json' },
  { name: 'POST /api/plans/{id}/corrections', kind: 'write', method: 'POST', path: (pick) => `/api/plans/${pick().id}/corrections`, body: JSON.stringify({ path: 'document.title', value: 'Tiêu đề đã sửa', note: 'bench' }) },
  { name: 'GET /', kind: 'page', path: () => '/' },
  { name: 'GET /?q=…', kind: 'page', path: () => `/?q=${enc('an toan thuc pham')}` },
  { name: 'GET /plans/{id}', kind: 'page', path: (pick) => `/plans/${pick().id}` },
  { name: 'GET /plans/{id}/review', kind: 'page', path: (pick) => `/plans/${pick().id}/review` },
  { name: 'GET /plans/{id}/chain', kind: 'page', path: (pick) => `/plans/${pick().id}/chain` },
  { name: 'GET /plans/{id}/deadlines', kind: 'page', path: (pick) => `/plans/${pick().id}/deadlines` },
  { name: 'GET /compare?a=&b=', kind: 'page', path: (pick) => `/compare?a=${pick().id}&b=${pick().id}` },
];

/** A plan with a number that names it alone (most do; a plan without one is skipped). */
function numbered(pick: () => Plan): Plan {
  for (;;) {
    const plan = pick();
    if (plan.number) return plan;
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * One request on the keep-alive agent: its status, wall time (the body read to the end) and the
 * CPU time this process spent meanwhile (server and client are this process, one request at a
 * time): what the request costs without the wait for a core on a loaded machine.
 */
function timed(agent: Agent, base: URL, path: string, method = 'GET', body?: string): Promise<{ status: number; ms: number; cpu: number }> {
  return new Promise((done, fail) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, Origin: base.origin };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const req = request({ agent, host: base.hostname, port: base.port, path, method, headers }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => {
        const used = process.cpuUsage(cpu);
        done({ status: res.statusCode ?? 0, ms: performance.now() - started, cpu: (used.user + used.system) / 1000 });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** The store: `count` plans (sources of one plan count once) made of varied base records. */
async function buildCollection(store: SqliteStore, bases: readonly PlanRecord[], count: number): Promise<number> {
  let next = 0;
  while (store.listPlans().length < count) {
    const missing = count - store.listPlans().length;
    const batch = Array.from({ length: missing }, () => variant(bases[next % bases.length]!, next++));
    store.saveRecords(batch);
  }
  store.optimizeSearch();
  await ensureLinks(store);
  return next;
}

export const bench: BenchSection = async (args) => {
  const count = args.files ?? 10_000;
  const rounds = Math.max(20, args.runs * 10);
  const bases = await baseRecords();
  printRow('load average (1, 5, 15 min; 2 cores)', loadavg().map((l) => l.toFixed(2)).join(', '));
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-serve-'));
  const store = openStore(join(dir, 'serve.db'));
  const building = performance.now();
  const documents = await buildCollection(store, bases, count);
  const plans: Plan[] = store.listPlans().map((p) => ({ id: p.id, primaryId: p.primaryId, number: p.number }));
  printRow('collection', `${plans.length} plans from ${documents} documents (built in ${((performance.now() - building) / 1000).toFixed(0)} s)`);
  // Numbers shared by several plans answer 409 by number: only unique ones are timed that way.
  const byNumber = new Map<string, number>();
  for (const p of plans) if (p.number) byNumber.set(p.number, (byNumber.get(p.number) ?? 0) + 1);
  const server = await startServer({ store, settings: { host: '127.0.0.1', port: 0, token: TOKEN, author: 'bench', maxBodyBytes: 256 * 1024 } });
  const base = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const random = seededRandom(2024);
    const pick = () => plans[Math.floor(random() * plans.length)]!;
    const pickUnique = () => {
      for (;;) {
        const p = pick();
        if (!p.number || byNumber.get(p.number) === 1) return p;
      }
    };
    // Which pages exist: a 404 on the first request means the route is not there (yet).
    const missing = new Set<string>();
    for (const route of ROUTES) {
      if (route.kind !== 'page') continue;
      const { status } = await timed(agent, base, route.path(pick));
      if (status === 404) missing.add(route.name);
    }
    const times = new Map<string, number[]>(ROUTES.map((r) => [r.name, []]));
    const cpuTimes = new Map<string, number[]>(ROUTES.map((r) => [r.name, []]));
    const statuses = new Map<string, Set<number>>(ROUTES.map((r) => [r.name, new Set()]));
    // One warm-up round, not counted: statement caches and pages of the file, as a running server has them.
    for (let round = -1; round < rounds; round++) {
      for (const route of ROUTES) {
        if (missing.has(route.name)) continue;
        const path = route.path(route.name.includes('{number}') ? pickUnique : pick);
        const answer = await timed(agent, base, path, route.method, route.body);
        if (round < 0) continue;
        times.get(route.name)!.push(answer.ms);
        cpuTimes.get(route.name)!.push(answer.cpu);
        statuses.get(route.name)!.add(answer.status);
      }
      // The writes' corrections are taken back so that every round reads the same collection,
      // and the links rebuilt (untimed) as the write itself rebuilt them: /links is timed on
      // links that are current, as a reader meets them.
      for (const c of store.listCorrections()) store.deleteCorrection(c.id);
      await ensureLinks(store);
    }
    printRow(`rounds (each route once a round, other plans)`, String(rounds));
    let worst = 0;
    for (const route of ROUTES) {
      if (missing.has(route.name)) {
        printRow(route.name, 'missing (404: no such page yet)');
        continue;
      }
      const t = times.get(route.name)!;
      const p95 = percentile(t, 95);
      if (route.kind !== 'write') worst = Math.max(worst, p95);
      const codes = [...statuses.get(route.name)!].join('/');
      const cpu = cpuTimes.get(route.name)!;
      printRow(route.name, `p50 ${ms(median(t))}  p95 ${ms(p95)}${p95 > TARGET_MS ? ' (over)' : ''}  · CPU p50 ${ms(median(cpu))} p95 ${ms(percentile(cpu, 95))}  [${codes}]`);
    }
    printRow(`worst read p95 (target ≤ ${TARGET_MS} ms)`, ms(worst));
    // Reads every record of the collection: once, and said apart (it is no page's request).
    printRow('GET /api/review (every plan read, once)', ms((await timed(agent, base, '/api/review?limit=20')).ms));
    printRow('load average at the end', loadavg().map((l) => l.toFixed(2)).join(', '));
  } finally {
    agent.destroy();
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
