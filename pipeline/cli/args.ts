// Argument parsing shared by the commands: node's parseArgs, with its errors turned into
// UsageError so the entry prints one line and exits 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''));
  }
}

/** --db PATH, else KEHOACH_DB, else ./kehoach.db in the working folder. */
export function dbPath(flag: string | undefined, io: CliIO): string {
  return flag ?? io.env.KEHOACH_DB ?? `${io.cwd}/kehoach.db`;
}

export const DB_OPTION = { db: { type: 'string' } } as const;
