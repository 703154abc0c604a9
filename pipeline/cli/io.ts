// What a command may touch of the outside world, so tests can run commands in-process too.
import type { FlagValues } from './flags.js';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIO = (): CliIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

/** The command line as parsed: the flags given, and the other arguments in order. */
export interface CommandInput {
  values: FlagValues;
  positionals: string[];
}

export type Command = (input: CommandInput, io: CliIO) => Promise<number>;

/** Exit codes: 0 all done, 1 some or all inputs failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
