// kehoach demo (what `npm start` runs): ingest the bundled sample plans into a fresh database
// and show what was found — the list, one plan in full, which plan implements which (the
// reference graph), and a ward plan compared with the district plan it implements.
import { linksOfPlan } from '../../../corpus/plan-views.js';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../../corpus/store.js';
import { compareRecords } from '../../../corpus/compare.js';
import { ensureLinks, planLinks } from '../../../corpus/graph.js';
import { renderCompareMarkdown } from '../../../output/compare-markdown.js';
import { formatSummary } from '../../../output/summary.js';
import { parseOptions } from '../../options.js';
import { UsageError } from '../../../output/errors.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { ingestPaths } from './ingest.js';
import { formatLinks } from './links.js';
import { describeMatches } from './list.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../corpus/samples/', import.meta.url));

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length) throw new UsageError(USAGE_MESSAGES.demoTakesNoArguments);
  // The demo database is recreated every time; it never touches KEHOACH_DB or ./kehoach.db.
  const db = values.db ?? `${io.cwd}/kehoach-demo.db`;
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${db}${suffix}`, { force: true })));
  io.stdout.write(`${STATUS_MESSAGES.demoIngesting(SAMPLES_DIR, db)}\n`);
  const summary = await ingestPaths([SAMPLES_DIR], io, { db, force: false, options: parseOptions(values) });
  const store: Store = openStore(db, { readOnly: true });
  try {
    const docs = await store.listDocuments();
    io.stdout.write(`\n${STATUS_MESSAGES.demoHeadings.stored(docs.length)}\n${describeMatches(docs)}`);
    const sample = [...docs].sort((a, b) => b.taskCount - a.taskCount)[0];
    if (sample) io.stdout.write(`\n${STATUS_MESSAGES.demoHeadings.onePlan}\n${formatSummary((await store.getRecord(sample.id))!)}`);
    io.stdout.write(`\n${STATUS_MESSAGES.demoHeadings.chains}\n${await describeChains(store)}`);
    const pair = await lowestLinkedPair(store);
    if (pair) {
      const comparison = compareRecords((await store.getRecord(pair.lower))!, (await store.getRecord(pair.upper))!);
      io.stdout.write(`\n${STATUS_MESSAGES.demoHeadings.compared}\n${renderCompareMarkdown(comparison)}`);
    }
    io.stdout.write(`\n${STATUS_MESSAGES.demoTry(db)}\n`);
  } finally {
    await store.close();
  }
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
};

/** Every stored plan that other stored plans implement: what it implements, what implements it (graph.ts). */
async function describeChains(store: Store): Promise<string> {
  await ensureLinks(store);
  const parts: string[] = [];
  for (const plan of await store.listPlans()) {
    const links = await linksOfPlan(store, plan);
    if (links.downstream.length) parts.push(formatLinks(plan, links));
  }
  return parts.length ? parts.join('\n') : `${STATUS_MESSAGES.demoHeadings.noChains}\n`;
}

/** The lowest-level plan that implements another stored plan, and that plan. */
async function lowestLinkedPair(store: Store): Promise<{ lower: string; upper: string } | null> {
  const order = ['commune', 'ward', 'town', 'district', 'city', 'province', 'central'];
  const docs = [...(await store.listDocuments())].sort((a, b) => order.indexOf(a.issuerLevel ?? '') - order.indexOf(b.issuerLevel ?? ''));
  for (const doc of docs) {
    const upper = (await planLinks(store, doc.id)).upstream.find((l) => l.depth === 1 && l.relation === 'implements');
    if (upper) return { lower: doc.id, upper: upper.id };
  }
  return null;
}
