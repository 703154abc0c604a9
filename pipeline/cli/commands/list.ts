// kehoach list [--json] [--level …] [--issuer …] [--year …]: the stored plans, one a line, each
// once however many files it came as (filters read the plan's primary source).
import { openStore, type DocumentSummary, type Store } from '../../../corpus/store.js';
import { dbPath } from '../flags.js';
import { RESULT_LABELS, STATUS_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { parseFilters } from './export.js';
import { printable } from '../printable.js';
import { describePlans } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  const filters = parseFilters(values, positionals);
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  try {
    const plans = await store.listPlans(filters);
    if (values.json) {
      for (const plan of plans) io.stdout.write(`${JSON.stringify(plan)}\n`);
    } else if (plans.length === 0) {
      io.stderr.write(`${STATUS_MESSAGES.noStoredPlans}\n`);
    } else {
      io.stdout.write(printable(describePlans(plans)));
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

/** One line per document: short id, number, date, level, issuer, title, tasks. */
export function describeMatches(docs: readonly DocumentSummary[]): string {
  return docs
    .map((d) =>
      [
        d.id.slice(0, 12),
        (d.number ?? (d.symbol ? `…/${d.symbol}` : '—')).padEnd(16),
        (d.date ?? '—').padEnd(10),
        (d.issuerLevel ?? '—').padEnd(8),
        d.issuerName ?? '—',
        '·',
        d.title ?? '—',
        `· ${RESULT_LABELS.taskCount(d.taskCount)}`,
      ].join(' '),
    )
    .map((line) => `${line}\n`)
    .join('');
}
