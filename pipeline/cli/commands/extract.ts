// kehoach extract <file> [--json]: the pipeline on one file, nothing stored.
import { resolve } from 'node:path';
import { parseOptions } from '../../options.js';
import { processFile } from '../../run.js';
import { formatSummary } from '../../../output/summary.js';
import { USAGE_MESSAGES } from '../help.js';
import { UsageError } from '../../../output/errors.js';
import { EXIT, type Command } from '../io.js';
import { printable, oneLine } from '../printable.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 1) throw new UsageError(USAGE_MESSAGES.expectsOneFile);
  const options = parseOptions(values);
  const path = resolve(io.cwd, positionals[0]!);
  const result = await processFile(path, { options });
  for (const d of result.diagnostics) {
    if (d.severity !== 'info' || !values.json) io.stderr.write(`${oneLine(positionals[0]!)}: ${d.severity} ${d.code}: ${oneLine(String(d))}\n`);
  }
  if (!result.record) return EXIT.failed;
  // A failed run that read text still prints its record (status "failure"): what was read, and why not.
  if (values.json) io.stdout.write(`${JSON.stringify(result.record)}\n`);
  else io.stdout.write(printable(formatSummary(result.record)));
  return result.status === 'failure' ? EXIT.failed : EXIT.ok;
};
