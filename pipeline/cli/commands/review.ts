// kehoach review [<plan>] [--limit N] [--json]: what needs a reviewer's look, in a terminal
// list: the open conflicts of corrections (all of them), then the lowest-confidence task rows
// and restoration changes (N of each, default 20). Each line names the path to give to
// `kehoach correct`.
import { reviewCollector } from '../../../corpus/corrections/review.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { RESULT_LABELS, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { oneLine, printable } from '../printable.js';
import { resolveOnePlan } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length > 1) throw new UsageError(USAGE_MESSAGES.expectsAtMostOnePlan);
  let limit = 20;
  if (values.limit !== undefined) {
    if (!/^\d{1,3}$/.test(values.limit) || Number(values.limit) < 1 || Number(values.limit) > 200) throw new UsageError(USAGE_MESSAGES.limitRange(values.limit));
    limit = Number(values.limit);
  }
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  try {
    const collector = reviewCollector(limit);
    if (positionals.length) {
      const plan = await resolveOnePlan(store, positionals[0]!, 'review', io);
      if (!plan) return EXIT.failed;
      collector.add((await store.getPlanRecord(plan.id))!);
    } else {
      for await (const record of store.iteratePlanRecords()) collector.add(record);
    }
    const items = collector.items;
    if (values.json) {
      io.stdout.write(`${JSON.stringify(items)}\n`);
      return EXIT.ok;
    }
    const L = RESULT_LABELS.review;
    const show = (value: unknown) => oneLine(JSON.stringify(value ?? null)).slice(0, 80);
    const lines = [
      L.conflicts(items.conflicts.length),
      ...(items.conflicts.length
        ? items.conflicts.map((c) => `  ${c.planId.slice(0, 12)} ${c.number ?? RESULT_LABELS.noNumber} ${c.path}: ${L.reason[c.reason]} · ${L.then} ${show(c.machineThen)} · ${L.machineNow} ${show(c.machineNow)} · ${L.human} ${show(c.value)}`)
        : [L.nothing]),
      '',
      L.tasks(items.tasks.length),
      ...(items.tasks.length
        ? items.tasks.map((t) => `  ${t.confidence.toFixed(2)} ${t.planId.slice(0, 12)} ${t.number ?? RESULT_LABELS.noNumber} ${t.path}${t.index ? ` (${t.index})` : ''} ${oneLine(t.content).slice(0, 70)}`)
        : [L.nothing]),
      '',
      L.changes(items.changes.length),
      ...(items.changes.length
        ? items.changes.map((c) => `  ${c.confidence.toFixed(2)} ${c.planId.slice(0, 12)} ${c.number ?? RESULT_LABELS.noNumber} ${c.path} ${oneLine(c.original)} → ${oneLine(c.replacement)} (${c.kind})`)
        : [L.nothing]),
    ];
    io.stdout.write(printable(`${lines.join('\n')}\n`));
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
