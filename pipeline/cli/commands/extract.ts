// kehoach extract <file> [--json]: the pipeline on one file, nothing stored.
import { resolve } from 'node:path';
import { parseOptions } from '../../options.js';
import { processFile } from '../../run.js';
import { formatSummary } from '../../../output/summary.js';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../../errors.js';
import { EXIT, type Command } from '../io.js';

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    'ocr-engine': { type: 'string' },
    tones: { type: 'string' },
    restore: { type: 'string' },
    'max-file-mb': { type: 'string' },
    ocr: { type: 'string' },
    'max-pages': { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('expects exactly one file');
  const options = parseOptions({
    ocrEngine: values['ocr-engine'],
    tones: values.tones,
    restore: values.restore,
    maxFileMb: values['max-file-mb'],
    ocr: values.ocr,
    maxPages: values['max-pages'],
  });
  const path = resolve(io.cwd, positionals[0]!);
  const result = await processFile(path, { options });
  for (const d of result.diagnostics) {
    if (d.severity !== 'info' || !values.json) io.stderr.write(`${positionals[0]}: ${d.severity} ${d.code}: ${String(d)}\n`);
  }
  if (!result.record) return EXIT.failed;
  if (values.json) io.stdout.write(`${JSON.stringify(result.record)}\n`);
  else io.stdout.write(formatSummary(result.record));
  return EXIT.ok;
};
