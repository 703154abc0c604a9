// Argument parsing shared by the commands: node's parseArgs, with its errors turned into
// UsageError so the entry prints one line and exits 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args: joinDashValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parserMessage(error as Error));
  }
}

/**
 * "--limit -1": node's parser takes "-1" for an option and answers with its own prose. A value
 * that starts with a dash is joined to its option ("--limit=-1") so the command's own check
 * can say what is wrong with it.
 */
function joinDashValues(args: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : null;
    const next = args[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-(?:\d|\.\d|-?$)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** node's parser errors, as one short line. */
function parserMessage(error: Error): string {
  const message = error.message.replace(/\. To specify.*$/s, '');
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]} (see --help)`;
  const missing = /^Option '([^' ]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  return message;
}

/** --db PATH, else KEHOACH_DB, else ./kehoach.db in the working folder. */
export function dbPath(flag: string | undefined, io: CliIO): string {
  return flag ?? io.env.KEHOACH_DB ?? `${io.cwd}/kehoach.db`;
}

export const DB_OPTION = { db: { type: 'string' } } as const;
