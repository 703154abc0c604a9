// The CLI entry: picks the command, and is the only place the named errors are caught.
import { AssetError, OutputError, StoreError, UsageError } from '../errors.js';
import { EXIT, processIO, type CliIO, type Command } from './io.js';
import { oneLine } from './printable.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  ingest: { summary: 'ingest <file|folder>...   read, extract and store plans', load: () => import('./commands/ingest.js') },
  extract: { summary: 'extract <file> [--json]   run the pipeline on one file without storing', load: () => import('./commands/extract.js') },
  show: { summary: 'show <id|number>          one stored record', load: () => import('./commands/show.js') },
  list: { summary: 'list                      the stored plans, one a line', load: () => import('./commands/list.js') },
  export: { summary: 'export --format json|jsonl|csv [--out FILE]', load: () => import('./commands/export.js') },
  schema: { summary: 'schema                    the JSON Schema of a record', load: () => import('./commands/schema.js') },
  restore: { summary: 'restore [file|-]          restore Vietnamese diacritics, line for line', load: () => import('./commands/restore.js') },
  search: { summary: 'search "<query>"          diacritic-insensitive full-text search', load: () => import('./commands/search.js') },
  links: { summary: 'links <id|number>         what a plan implements and what implements it', load: () => import('./commands/links.js') },
  compare: { summary: 'compare <a> <b>           movements, tasks, deadlines of two plans', load: () => import('./commands/compare.js') },
  demo: { summary: 'demo                      ingest the bundled samples into a fresh database', load: () => import('./commands/demo.js') },
};

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  kehoach ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n\nCommon options: --db PATH (or KEHOACH_DB; default ./kehoach.db)\n`;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    const { PIPELINE_VERSION } = await import('../version.js');
    io.stdout.write(`${PIPELINE_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`kehoach: unknown command "${oneLine(name)}"\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const { run } = await command.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kehoach ${name}: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    if (error instanceof StoreError || error instanceof AssetError || error instanceof OutputError) {
      io.stderr.write(`kehoach ${name}: ${oneLine(error.message)}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}
