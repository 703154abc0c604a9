// `kehoach --help` and `kehoach <command> --help`, in-process through main() (test/cli.test.ts
// runs one through the installed binary).
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName } from '../pipeline/cli/commands.js';
import { FLAGS } from '../pipeline/cli/flags.js';
import { COMMAND_HELP } from '../pipeline/cli/help.js';
import { main } from '../pipeline/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

const names = Object.keys(COMMANDS) as CommandName[];
/** commander wraps descriptions at 80 columns: compare words, not lines. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('kehoach <command> --help', () => {
  it.each(names)('%s: usage, its one-line summary, each of its flags and an example, on stdout, exit 0', async (name) => {
    const io = memoryIO(tmpdir());
    expect(await main([name, '--help'], io)).toBe(0);
    const out = words(io.out());
    expect(out).toMatch(new RegExp(`^Usage: kehoach ${name}\\b`));
    expect(out).toContain(words(COMMAND_HELP[name].summary));
    for (const flag of COMMANDS[name].flags) expect(out).toContain(FLAGS[flag].flag);
    expect(out).toContain(`Examples: kehoach ${name}`);
    expect(io.err()).toBe('');
  });

  it.each([['-h'], ['help']])('"%s" shows the same help', async (form) => {
    const asked = memoryIO(tmpdir());
    const args = form === 'help' ? ['help', 'search'] : ['search', form];
    expect(await main(args, asked)).toBe(0);
    const reference = memoryIO(tmpdir());
    await main(['search', '--help'], reference);
    expect(asked.out()).toBe(reference.out());
  });

  it('a flag another command takes is unknown here, one line, exit 2', async () => {
    const io = memoryIO(tmpdir());
    expect(await main(['show', 'x', '--force'], io)).toBe(2);
    expect(io.err()).toBe('kehoach show: unknown option --force (see --help)\n');
  });
});

describe('kehoach --help', () => {
  it('lists every command with its summary, exit 0', async () => {
    const io = memoryIO(tmpdir());
    expect(await main(['--help'], io)).toBe(0);
    const out = words(io.out());
    for (const name of names) {
      expect(out).toMatch(new RegExp(`\\b${name}\\b`));
      expect(out).toContain(words(COMMAND_HELP[name].summary));
    }
  });

  it('without a command, the same list goes to stderr, exit 2', async () => {
    const io = memoryIO(tmpdir());
    expect(await main([], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(words(io.err())).toContain(words(COMMAND_HELP.ingest.summary));
  });
});
