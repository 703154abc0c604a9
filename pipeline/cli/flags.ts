// The CLI's flags, declared once. A command lists the names of the flags it takes
// (pipeline/cli/commands.ts); commander hands their values to the command under these names.
// Flags that take a value get every value as the user typed it, "-1" included: the command's
// own check says what is wrong with it, in its own words.
import { UsageError } from '../../output/errors.js';
import { USAGE_MESSAGES } from './help.js';

/** A flag: how it is written, and whether it takes a value or is a switch. */
interface FlagSpec {
  flag: string;
  /** Shown in --help after the flag, e.g. "--db <path>". */
  value?: string;
}

export const FLAGS = {
  db: { flag: '--db', value: '<path>' },
  json: { flag: '--json' },
  force: { flag: '--force' },
  ocrEngine: { flag: '--ocr-engine', value: '<engine>' },
  restore: { flag: '--restore', value: '<mode>' },
  tones: { flag: '--tones', value: '<placement>' },
  maxFileMb: { flag: '--max-file-mb', value: '<mb>' },
  maxPixels: { flag: '--max-pixels', value: '<pixels>' },
  ocr: { flag: '--ocr', value: '<when>' },
  illumination: { flag: '--illumination', value: '<when>' },
  maxPages: { flag: '--max-pages', value: '<n>' },
  since: { flag: '--since', value: '<date>' },
  from: { flag: '--from', value: '<date>' },
  level: { flag: '--level', value: '<level>' },
  issuer: { flag: '--issuer', value: '<text>' },
  year: { flag: '--year', value: '<yyyy>' },
  format: { flag: '--format', value: '<format>' },
  out: { flag: '--out', value: '<file>' },
  type: { flag: '--type', value: '<code>' },
  movement: { flag: '--movement', value: '<words>' },
  limit: { flag: '--limit', value: '<n>' },
  rank: { flag: '--rank', value: '<order>' },
  html: { flag: '--html', value: '<file>' },
  changes: { flag: '--changes' },
  author: { flag: '--author', value: '<name>' },
  note: { flag: '--note', value: '<text>' },
  host: { flag: '--host', value: '<address>' },
  port: { flag: '--port', value: '<n>' },
  token: { flag: '--token', value: '<token>' },
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;

/** The values of the flags given: a string for a flag with a value, true for a switch. */
export type FlagValues = {
  [K in FlagName]?: (typeof FLAGS)[K] extends { value: string } ? string : boolean;
};

/** What the pipeline reads (pipeline/options.ts): shared by ingest, extract and demo. */
export const PIPELINE_FLAGS = ['ocr', 'illumination', 'ocrEngine', 'restore', 'tones', 'maxFileMb', 'maxPixels', 'maxPages'] as const satisfies readonly FlagName[];
/** Which stored documents: shared by list and export. */
export const FILTER_FLAGS = ['since', 'from', 'level', 'issuer', 'year'] as const satisfies readonly FlagName[];

/**
 * commander gives a flag that takes a value the next argument, whatever it is. A negative
 * number ("--limit -1"), "-" and "--" are values for the command to judge; another flag
 * ("--limit --json") means the value was left out.
 */
export function flagValue(flag: string): (value: string) => string {
  return (value) => {
    if (value.startsWith('-') && !/^-(?:\d|\.\d|-?$)/.test(value)) throw new UsageError(USAGE_MESSAGES.needsValue(flag));
    return value;
  };
}

/** --db PATH, else KEHOACH_DB, else ./kehoach.db in the working folder. */
export function dbPath(flag: string | undefined, io: { env: NodeJS.ProcessEnv; cwd: string }): string {
  return flag ?? io.env.KEHOACH_DB ?? `${io.cwd}/kehoach.db`;
}
