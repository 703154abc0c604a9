// kehoach primary <plan> <source-id|auto>: which source file of a plan is its primary one (its
// record is the plan's record). "auto" goes back to the rule (corpus/plans/primary.ts).
import { openStore, type Store } from '../../../corpus/store.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { oneLine } from '../printable.js';
import { resolveOnePlan } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 2) throw new UsageError(USAGE_MESSAGES.expectsPlanAndSource);
  const [wanted, source] = positionals as [string, string];
  const store: Store = openStore(dbPath(values.db, io), { mustExist: true });
  try {
    const plan = await resolveOnePlan(store, wanted, 'primary', io);
    if (!plan) return EXIT.failed;
    if (source.trim().toLowerCase() === 'auto') {
      await store.setPrimarySource(plan.id, null);
      const now = (await store.planSources(plan.id)).find((s) => s.primary)!;
      io.stderr.write(`${STATUS_MESSAGES.primaryAuto(now.id.slice(0, 12), plan.id.slice(0, 12))}\n`);
      return EXIT.ok;
    }
    const prefix = source.trim().toLowerCase();
    const matches = prefix.length >= 4 ? plan.sources.filter((s) => s.id.startsWith(prefix)) : [];
    if (matches.length !== 1) {
      io.stderr.write(`${STATUS_MESSAGES.notASource(oneLine(source))}\n`);
      return EXIT.failed;
    }
    await store.setPrimarySource(plan.id, matches[0]!.id);
    io.stderr.write(`${STATUS_MESSAGES.primarySet(matches[0]!.id.slice(0, 12), plan.id.slice(0, 12))}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
