// kehoach corrections export [--out FILE] | import FILE | list [plan] | delete <id-prefix>:
// corrections listed, undone, or moved between collections
// as JSON (corpus/corrections/transfer.ts). Import finds each plan by its identity (type,
// number, issuer, date; a text fingerprint where the serial is blank), checks the whole file
// first, and writes it in one transaction; corrections already present (same id) are skipped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureLinks } from '../../../corpus/graph.js';
import { readCorrectionsFile } from '../../../corpus/corrections/transfer.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { writeFileAtomic } from '../../../output/atomic-file.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type CliIO, type Command, type CommandInput } from '../io.js';
import { oneLine, printable } from '../printable.js';
import { resolveOnePlan } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  const [action, file, ...rest] = positionals;
  const arity = { export: [0, 0], import: [1, 1], list: [0, 1], delete: [1, 1] } as const;
  const expected = arity[action as keyof typeof arity];
  const given = positionals.length - 1;
  if (!expected || given < expected[0] || given > expected[1] || rest.length) throw new UsageError(USAGE_MESSAGES.expectsCorrectionsAction);
  if (action === 'list' || action === 'delete') return listOrDelete(action, file, values, io);
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
    await ensureLinks(store);
    io.stderr.write(`${STATUS_MESSAGES.correctionsImported(outcome.imported, outcome.present)}\n`);
    if (outcome.unmatched.length) io.stderr.write(`${oneLine(STATUS_MESSAGES.unmatchedPlans(outcome.unmatched))}\n`);
    return outcome.unmatched.length ? EXIT.failed : EXIT.ok;
  } finally {
    await store.close();
  }
};

/** `corrections list [plan]`: the stored corrections; `corrections delete <id-prefix>`: undo one. */
async function listOrDelete(action: 'list' | 'delete', wanted: string | undefined, values: CommandInput['values'], io: CliIO): Promise<number> {
  const store: Store = openStore(dbPath(values.db, io), action === 'list' ? { readOnly: true } : { mustExist: true });
  try {
    let planId: string | undefined;
    if (action === 'list' && wanted !== undefined) {
      const plan = await resolveOnePlan(store, wanted, 'corrections', io);
      if (!plan) return EXIT.failed;
      planId = plan.id;
    }
    const corrections = await store.listCorrections(planId);
    if (action === 'list') {
      io.stdout.write(printable(corrections.map((c) => `${c.id.slice(0, 8)} ${c.planId.slice(0, 12)} ${c.op} ${c.path}${c.row?.index ? ` (${c.row.index})` : ''} = ${oneLine(JSON.stringify(c.value))} [${c.author}, ${c.createdAt.slice(0, 10)}]${c.note ? ` ${oneLine(c.note)}` : ''}\n`).join('')));
      return EXIT.ok;
    }
    const prefix = wanted!.trim().toLowerCase();
    const matches = prefix.length >= 4 ? corrections.filter((c) => c.id.startsWith(prefix)) : [];
    if (matches.length !== 1) {
      io.stderr.write(`${STATUS_MESSAGES.noCorrection(oneLine(wanted!), matches.length)}\n`);
      return EXIT.failed;
    }
    await store.deleteCorrection(matches[0]!.id);
    await ensureLinks(store);
    io.stderr.write(`${STATUS_MESSAGES.correctionDeleted(matches[0]!.path, matches[0]!.planId.slice(0, 12))}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
