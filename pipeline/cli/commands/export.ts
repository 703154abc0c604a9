// kehoach export --format json|jsonl|csv [--out FILE] [--since DATE] [--from DATE]
//                [--level LEVEL] [--issuer TEXT] [--year YYYY]
// --since filters on when documents were ingested (incremental exports); --from and --year
// on the documents' own dates. One record per plan: its primary source's, corrections applied. --out writes a temporary file and renames it when complete.
import { once } from 'node:events';
import { resolve } from 'node:path';
import { openStore, type DocumentFilters, type Store } from '../../../corpus/store.js';
import { IssuerLevel } from '../../../output/schema.js';
import { writeFileAtomic } from '../../../output/atomic-file.js';
import { EXPORT_FORMATS, writeRecords, type ExportFormat, type Sink } from '../../../output/writers.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath, type FlagValues } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { oneLine } from '../printable.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function parseFilters(
  values: Pick<FlagValues, 'since' | 'from' | 'level' | 'issuer' | 'year'>,
  positionals: readonly string[],
): DocumentFilters {
  if (positionals.length) throw new UsageError(USAGE_MESSAGES.unexpectedArgument(positionals[0]!));
  const filters: DocumentFilters = {};
  if (values.level !== undefined) {
    if (!IssuerLevel.options.includes(values.level as IssuerLevel)) {
      throw new UsageError(USAGE_MESSAGES.oneOf('--level', IssuerLevel.options, values.level));
    }
    filters.level = values.level;
  }
  if (values.issuer !== undefined) filters.issuer = values.issuer;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(USAGE_MESSAGES.fourDigitYear('--year', values.year));
    filters.year = Number(values.year);
  }
  for (const flag of ['since', 'from'] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    if (!ISO_DATE.test(value) || Number.isNaN(new Date(value).getTime())) {
      throw new UsageError(USAGE_MESSAGES.isoDate(`--${flag}`, value));
    }
    if (flag === 'since') filters.since = value;
    else filters.dateFrom = value;
  }
  return filters;
}

export const run: Command = async ({ values, positionals }, io) => {
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw new UsageError(USAGE_MESSAGES.oneOf('--format', EXPORT_FORMATS, format || undefined));
  }
  const filters = parseFilters(values, positionals);
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  try {
    if (!values.out) {
      const count = await writeRecords(format, store.iteratePlanRecords(filters), streamSink(io.stdout));
      io.stderr.write(`${STATUS_MESSAGES.exported(count, format === 'csv')}\n`);
      return EXIT.ok;
    }
    const target = resolve(io.cwd, values.out);
    const count = await writeFileAtomic(target, (write) => writeRecords(format, store.iteratePlanRecords(filters), write));
    io.stderr.write(`${STATUS_MESSAGES.exportedTo(count, format === 'csv', oneLine(values.out))}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

/** Writes to a stream, waiting for 'drain' when its buffer is full. */
function streamSink(stream: NodeJS.WritableStream): Sink {
  return async (chunk) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}
