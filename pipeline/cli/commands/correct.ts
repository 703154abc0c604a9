// kehoach correct <plan> <path> <value> [--note TEXT] [--author NAME] [--json]: a reviewer's
// value for one field of a plan, kept beside the machine's record (corpus/corrections/) and
// applied wherever the plan is read. A value that does not fit the field, a path the record
// does not have, or a row that is not there is refused in one line, and nothing is written.
import { userInfo } from 'node:os';
import { ensureLinks } from '../../../corpus/graph.js';
import { CorrectionError } from '../../../corpus/corrections/types.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type CliIO, type Command } from '../io.js';
import { oneLine } from '../printable.js';
import { resolveOnePlan } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 3) throw new UsageError(USAGE_MESSAGES.expectsCorrection);
  const [wanted, path, value] = positionals as [string, string, string];
  const store: Store = openStore(dbPath(values.db, io), { mustExist: true });
  try {
    const plan = await resolveOnePlan(store, wanted, 'correct', io);
    if (!plan) return EXIT.failed;
    let correction;
    let replaced: number;
    try {
      const before = (await store.listCorrections(plan.id)).length;
      correction = await store.addCorrection(plan.id, { path, value, note: values.note ?? null, author: authorOf(values.author, io) });
      replaced = before + 1 - (await store.listCorrections(plan.id)).length;
    } catch (error) {
      if (!(error instanceof CorrectionError)) throw error;
      io.stderr.write(`${STATUS_MESSAGES.cannotCorrect(oneLine(error.message))}\n`);
      return EXIT.usage;
    }
    // A corrected number, date or issuer changes which references reach this plan.
    await ensureLinks(store);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(correction)}\n`);
      return EXIT.ok;
    }
    // A correction made over a value the reviewer did not see (another correction's) is fine;
    // one whose machine value is already not what the record shows is said at once.
    const machine = await store.getPlanRecord(plan.id);
    const conflict = machine?.review?.conflicts.some((c) => c.correctionId === correction.id) ?? false;
    io.stderr.write(`${STATUS_MESSAGES.corrected(correction.path, plan.id.slice(0, 12), conflict)}${replaced > 0 ? ` ${STATUS_MESSAGES.replacedCorrections(replaced)}` : ''}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

/** --author, else KEHOACH_AUTHOR, else the name of the user running kehoach. */
export function authorOf(flag: string | undefined, io: CliIO): string {
  const given = flag?.trim() || io.env.KEHOACH_AUTHOR?.trim();
  if (given) return given;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
