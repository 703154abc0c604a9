// kehoach demo (what `npm start` runs): ingest the bundled sample plans into a fresh database
// and show what was found — the list, one plan in full, and which plan implements which.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../../corpus/store.js';
import { formatSummary } from '../../../output/summary.js';
import { parseOptions } from '../../options.js';
import { UsageError } from '../../errors.js';
import { DB_OPTION, parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../io.js';
import { ingestPaths } from './ingest.js';
import { describeMatches } from './list.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../corpus/samples/', import.meta.url));

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, restore: { type: 'string' } });
  if (positionals.length) throw new UsageError('takes no arguments (the samples are in corpus/samples/)');
  // The demo database is recreated every time; it never touches KEHOACH_DB or ./kehoach.db.
  const db = values.db ?? `${io.cwd}/kehoach-demo.db`;
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${db}${suffix}`, { force: true })));
  io.stdout.write(`Ingesting the sample plans of ${SAMPLES_DIR} into ${db}\n`);
  const summary = await ingestPaths([SAMPLES_DIR], io, { db, force: false, options: parseOptions({ restore: values.restore }) });
  const store = openStore(db, { mustExist: true });
  try {
    const docs = store.listDocuments();
    io.stdout.write(`\n== Stored plans (${docs.length}) ==\n${describeMatches(docs)}`);
    const sample = [...docs].sort((a, b) => b.taskCount - a.taskCount)[0];
    if (sample) io.stdout.write(`\n== One plan in full ==\n${formatSummary(store.getRecord(sample.id)!)}`);
    io.stdout.write(`\n== Which plan implements which ==\n${describeLinks(store)}`);
    io.stdout.write(`\nTry: kehoach list --db ${db}   ·   kehoach show <id|number> --db ${db}   ·   kehoach export --format csv --db ${db}\n`);
  } finally {
    store.close();
  }
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
};

/** Every "implements" reference of every stored plan, resolved to a stored plan when there is one. */
function describeLinks(store: Store): string {
  const rows = store.db
    .prepare<[], { doc_number: string | null; doc_issuer: string | null; ref_number: string | null; ref_date: string | null; ref_issuer: string | null; target: string | null }>(
      `SELECT d.number AS doc_number, d.issuer_name AS doc_issuer, r.number AS ref_number, r.date AS ref_date,
              r.issuer AS ref_issuer,
              (SELECT coalesce(t.number, '') || ' · ' || coalesce(t.issuer_name, '') FROM documents t
                 WHERE t.number_key = r.number_key AND t.id <> d.id
                   AND (r.date IS NULL OR t.date IS NULL OR t.date = r.date) LIMIT 1) AS target
         FROM doc_references r JOIN documents d ON d.id = r.doc_id
        WHERE r.relation = 'implements'
        ORDER BY d.date, d.number, r.ord`,
    )
    .all();
  if (rows.length === 0) return '  (no "Thực hiện …" references found)\n';
  return rows
    .map(
      (r) =>
        `  ${r.doc_number ?? '—'} (${r.doc_issuer ?? '—'})\n    thực hiện ${r.ref_number ?? '(số trống)'}${r.ref_date ? ` ngày ${r.ref_date}` : ''}${r.ref_issuer ? ` của ${r.ref_issuer}` : ''}` +
        (r.target ? `\n    → có trong kho: ${r.target}` : ''),
    )
    .map((line) => `${line}\n`)
    .join('');
}
