// kehoach list [--json] [--level …] [--issuer …] [--year …]: the stored plans, one a line, each
// once however many files it came as (filters read the plan's primary source).
import { openStore, type DocumentSummary, type Store } from '../../../corpus/store.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { parseFilters } from './export.js';
import { printable } from '../printable.js';
import { describePlans, summaryCells } from './plans.js';

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

/** One line per document. */
export function describeMatches(docs: readonly DocumentSummary[]): string {
  return docs.map((d) => `${summaryCells(d).join(' ')}\n`).join('');
}
