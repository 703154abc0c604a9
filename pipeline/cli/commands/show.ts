// kehoach show <id|id-prefix|number> [--json]: one stored record.
import { openStore, type Store } from '../../../corpus/store.js';
import { formatSummary } from '../../../output/summary.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { RESULT_LABELS, STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { describeMatches } from './list.js';
import { printable, oneLine } from '../printable.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 1) throw new UsageError(USAGE_MESSAGES.expectsOneDocument);
  const wanted = positionals[0]!;
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  try {
    const matches = await store.resolve(wanted);
    if (matches.length === 0) {
      io.stderr.write(`${STATUS_MESSAGES.noMatch('show', oneLine(wanted))}\n`);
      return EXIT.failed;
    }
    if (matches.length > 1) {
      io.stderr.write(`${STATUS_MESSAGES.severalMatch('show', oneLine(wanted), matches.length)}\n${printable(describeMatches(matches))}`);
      return EXIT.failed;
    }
    const record = (await store.getRecord(matches[0]!.id))!;
    if (values.json) io.stdout.write(`${JSON.stringify(record)}\n`);
    else io.stdout.write(`${printable(formatSummary(record))}  ${RESULT_LABELS.id}: ${record.id}\n  ${RESULT_LABELS.file}: ${oneLine(record.source.path)}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
