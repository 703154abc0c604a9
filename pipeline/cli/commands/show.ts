// kehoach show <plan> [--json]: one stored plan, named by its plan id, a prefix of it, a
// source's id or its number. The record is the primary source's, with the plan's sources
// (`plan`) and its corrections applied (`review`).
import { openStore, type Store } from '../../../corpus/store.js';
import { formatSummary } from '../../../output/summary.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { RESULT_LABELS, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { printable } from '../printable.js';
import { describeSources, resolveOnePlan } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 1) throw new UsageError(USAGE_MESSAGES.expectsOneDocument);
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  try {
    const plan = await resolveOnePlan(store, positionals[0]!, 'show', io);
    if (!plan) return EXIT.failed;
    const record = (await store.getPlanRecord(plan.id))!;
    if (values.json) {
      io.stdout.write(`${JSON.stringify(record)}\n`);
      return EXIT.ok;
    }
    const corrections = record.review?.corrections ?? [];
    const lines = [
      `${formatSummary(record)}  ${RESULT_LABELS.plan}: ${plan.id}`,
      describeSources(plan).replace(/^/gm, '  ').trimEnd(),
      ...(corrections.length
        ? [`  ${RESULT_LABELS.corrections(corrections.length)}`, ...corrections.map((c) => `    ${c.path}${c.row?.index ? ` (${c.row.index})` : ''} = ${JSON.stringify(c.value)} [${c.author}, ${c.createdAt.slice(0, 10)}${c.status !== 'applied' ? `, ${c.status}` : ''}]`)]
        : []),
    ];
    io.stdout.write(printable(`${lines.join('\n')}\n`));
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
