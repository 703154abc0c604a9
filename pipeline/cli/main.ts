// The CLI entry: reads the command line (pipeline/cli/program.ts), runs the command, and is
// the only place the named errors are caught and turned into a line and an exit code.
import { OutputError, StoreError, UsageError } from '../../output/errors.js';
import { COMMANDS, type CommandName } from './commands.js';
import { PROGRAM_HELP, STATUS_MESSAGES, USAGE_MESSAGES } from './help.js';
import { EXIT, processIO, type CliIO, type CommandInput } from './io.js';
import { oneLine } from './printable.js';
import { buildProgram, CommanderError } from './program.js';

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let chosen: { name: CommandName; input: CommandInput } | null = null;
  const program = buildProgram(io, (name, input) => (chosen = { name, input }));
  if (argv.length === 0) {
    io.stderr.write(usage(program));
    return EXIT.usage;
  }
  // Errors are told as "kehoach <command>: …", or "kehoach: …" before a command is known.
  const name = Object.hasOwn(COMMANDS, argv[0]!) ? argv[0]! : '';
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, name, io, usage(program));
    if (error instanceof UsageError) return usageExit(name, error, io);
    throw error;
  }
  if (!chosen) return EXIT.ok;
  const { name: command, input } = chosen as { name: CommandName; input: CommandInput };
  try {
    const { run } = await COMMANDS[command].load();
    return await run(input, io);
  } catch (error) {
    if (error instanceof UsageError) return usageExit(command, error, io);
    if (error instanceof StoreError || error instanceof OutputError) {
      io.stderr.write(`kehoach ${command}: ${oneLine(error.message)}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}

/** The list of commands, for a command line without one. */
const usage = (program: ReturnType<typeof buildProgram>) => `${program.helpInformation()}${PROGRAM_HELP.footer}`;

function usageExit(command: string, error: Error, io: CliIO): number {
  io.stderr.write(`kehoach${command ? ` ${command}` : ''}: ${oneLine(error.message)}\n`);
  return EXIT.usage;
}

/** commander stops for help and the version (exit 0) and for what it finds wrong (exit 2). */
function commanderExit(error: CommanderError, command: string, io: CliIO, usage: string): number {
  if (error.exitCode === 0) return EXIT.ok;
  switch (error.code) {
    case 'commander.unknownCommand':
      io.stderr.write(`${STATUS_MESSAGES.unknownCommand(oneLine(quoted(error.message)))}\n\n${usage}`);
      return EXIT.usage;
    case 'commander.unknownOption':
      return usageExit(command, new UsageError(USAGE_MESSAGES.unknownOption(quoted(error.message))), io);
    case 'commander.optionMissingArgument':
      return usageExit(command, new UsageError(USAGE_MESSAGES.needsValue(longFlag(error.message))), io);
    default:
      return usageExit(command, new UsageError(error.message.replace(/^error: /, '')), io);
  }
}

/** The name commander quotes in its message: "error: unknown option '--bogus'". */
const quoted = (message: string) => /'(.*)'/s.exec(message)?.[1] ?? message;

/** The long flag of "error: option '--limit <n>' argument missing". */
const longFlag = (message: string) => /--[\w-]+/.exec(message)?.[0] ?? quoted(message);
