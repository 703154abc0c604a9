// The commands: their flags and where their code is. The code of a command is loaded when it
// runs, so `kehoach --help` or `kehoach schema` does not load the pipeline.
import { FILTER_FLAGS, PIPELINE_FLAGS, type FlagName } from './flags.js';
import type { Command } from './io.js';

interface CommandSpec {
  flags: readonly FlagName[];
  load: () => Promise<{ run: Command }>;
}

export const COMMANDS = {
  ingest: { flags: ['db', ...PIPELINE_FLAGS, 'force'], load: () => import('./commands/ingest.js') },
  extract: { flags: ['json', ...PIPELINE_FLAGS], load: () => import('./commands/extract.js') },
  show: { flags: ['db', 'json'], load: () => import('./commands/show.js') },
  list: { flags: ['db', ...FILTER_FLAGS, 'json'], load: () => import('./commands/list.js') },
  export: { flags: ['db', 'format', 'out', ...FILTER_FLAGS], load: () => import('./commands/export.js') },
  schema: { flags: [], load: () => import('./commands/schema.js') },
  restore: { flags: ['tones', 'changes'], load: () => import('./commands/restore.js') },
  search: {
    flags: ['db', 'level', 'issuer', 'year', 'type', 'movement', 'limit', 'rank', 'json'],
    load: () => import('./commands/search.js'),
  },
  links: { flags: ['db', 'json'], load: () => import('./commands/links.js') },
  compare: { flags: ['db', 'json', 'html'], load: () => import('./commands/compare.js') },
  correct: { flags: ['db', 'author', 'note', 'json'], load: () => import('./commands/correct.js') },
  corrections: { flags: ['db', 'out'], load: () => import('./commands/corrections.js') },
  review: { flags: ['db', 'limit', 'json'], load: () => import('./commands/review.js') },
  primary: { flags: ['db'], load: () => import('./commands/primary.js') },
  serve: { flags: ['db', 'host', 'port', 'token', 'author'], load: () => import('./commands/serve.js') },
  demo: { flags: ['db', ...PIPELINE_FLAGS], load: () => import('./commands/demo.js') },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
