// kehoach compare <a> <b> [--json] [--html FILE] [--db PATH]: two stored plans (id, id prefix or
// number) side by side: movements and themes in both / only one, aligned tasks, deadline
// conflicts, references both cite, lead units per kind of task. The terminal gets Markdown;
// --json prints one Comparison (output/compare-schema.ts, output/compare.schema.json);
// --html writes one self-contained page.
import { resolve } from 'node:path';
import { compareRecords } from '../../../corpus/compare.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { writeFileAtomic } from '../../../output/atomic-file.js';
import { renderCompareHtml } from '../../../output/compare-html.js';
import { renderCompareMarkdown } from '../../../output/compare-markdown.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { resolveOnePlan } from './plans.js';
import { printable, oneLine } from '../printable.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 2) throw new UsageError(USAGE_MESSAGES.expectsTwoPlans);
  if (values.html !== undefined && !values.html.trim()) throw new UsageError(USAGE_MESSAGES.htmlNeedsFile);
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  let comparison;
  try {
    const a = await resolveOnePlan(store, positionals[0]!, 'compare', io);
    const b = a && (await resolveOnePlan(store, positionals[1]!, 'compare', io));
    if (!a || !b) return EXIT.failed;
    comparison = compareRecords((await store.getPlanRecord(a.id))!, (await store.getPlanRecord(b.id))!);
  } finally {
    await store.close();
  }
  if (values.html) {
    const target = resolve(io.cwd, values.html);
    await writeFileAtomic(target, (write) => write(renderCompareHtml(comparison)));
    io.stderr.write(`${STATUS_MESSAGES.written(oneLine(target))}\n`);
  }
  if (values.json) io.stdout.write(`${JSON.stringify(comparison)}\n`);
  else io.stdout.write(printable(renderCompareMarkdown(comparison)));
  return EXIT.ok;
};
