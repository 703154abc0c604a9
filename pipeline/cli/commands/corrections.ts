// kehoach corrections export [--out FILE] | import FILE: corrections moved between collections
// as JSON (corpus/corrections/transfer.ts). Import finds each plan by its identity (type,
// number, issuer, date; a text fingerprint where the serial is blank), checks the whole file
// first, and writes it in one transaction; corrections already present (same id) are skipped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorrectionsFile } from '../../../corpus/corrections/transfer.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { writeFileAtomic } from '../../../output/atomic-file.js';
import { UsageError } from '../../errors.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { oneLine } from '../printable.js';

export const run: Command = async ({ values, positionals }, io) => {
  const [action, file, ...rest] = positionals;
  if (rest.length || (action === 'export' && file !== undefined) || (action === 'import' && file === undefined) || (action !== 'export' && action !== 'import')) {
    throw new UsageError(USAGE_MESSAGES.expectsCorrectionsAction);
  }
  if (action === 'export') {
    const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
    try {
      const data = await store.exportCorrections();
      const text = `${JSON.stringify(data, null, 2)}\n`;
      const count = data.plans.reduce((n, p) => n + p.corrections.length, 0);
      if (values.out) await writeFileAtomic(resolve(io.cwd, values.out), (write) => write(text));
      else io.stdout.write(text);
      io.stderr.write(`${STATUS_MESSAGES.correctionsExported(count, data.plans.length)}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  }
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(io.cwd, file!), 'utf8');
  } catch (error) {
    io.stderr.write(`${STATUS_MESSAGES.cannotRead('corrections', oneLine(file!), oneLine((error as Error).message))}\n`);
    return EXIT.failed;
  }
  const parsed = readCorrectionsFile(text);
  if (!parsed.ok) {
    io.stderr.write(`${STATUS_MESSAGES.badCorrectionsFile(oneLine(file!), oneLine(parsed.reason))}\n`);
    return EXIT.failed;
  }
  const store: Store = openStore(dbPath(values.db, io), { mustExist: true });
  try {
    const outcome = await store.importCorrections(parsed.data);
    io.stderr.write(`${STATUS_MESSAGES.correctionsImported(outcome.imported, outcome.present)}\n`);
    if (outcome.unmatched.length) io.stderr.write(`${oneLine(STATUS_MESSAGES.unmatchedPlans(outcome.unmatched))}\n`);
    return outcome.unmatched.length ? EXIT.failed : EXIT.ok;
  } finally {
    await store.close();
  }
};
