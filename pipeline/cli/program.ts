// The command line as commander reads it: one commander Command per entry of COMMANDS, with
// the flags of pipeline/cli/flags.ts and the words of pipeline/cli/help.ts. Built afresh for
// each run, with the output of that run: nothing is kept between runs.
import { Command as Commander, CommanderError, Option } from 'commander';
import { PIPELINE_VERSION } from '../../output/version.js';
import { COMMANDS, type CommandName } from './commands.js';
import { FLAGS, flagValue, type FlagName } from './flags.js';
import { COMMAND_HELP, FLAG_HELP, PROGRAM_HELP, type CommandHelp } from './help.js';
import type { CliIO, CommandInput } from './io.js';

// Every command and every flag has its words in help.ts (help.ts names neither, so that the
// wording sits below the commands instead of importing them back).
const commandHelp: Record<CommandName, CommandHelp> = COMMAND_HELP;
const flagHelp: Record<FlagName, string> = FLAG_HELP;

export function buildProgram(io: CliIO, onCommand: (name: CommandName, input: CommandInput) => void): Commander {
  const program = configure(new Commander('kehoach'), io)
    .description(PROGRAM_HELP.description)
    .version(PIPELINE_VERSION, '-v, --version', PROGRAM_HELP.versionOption)
    .helpCommand('help [command]', PROGRAM_HELP.helpCommand)
    .addHelpText('after', PROGRAM_HELP.footer);
  for (const [name, spec] of Object.entries(COMMANDS) as Array<[CommandName, (typeof COMMANDS)[CommandName]]>) {
    const help = commandHelp[name];
    const command = configure(program.command(name), io)
      .description(help.summary)
      // The commands count their arguments themselves, to say what they expected.
      .allowExcessArguments()
      .addHelpText('after', `\nExamples:\n${help.examples.map((e) => `  ${e}`).join('\n')}\n`);
    command.action(() => onCommand(name, { values: command.opts(), positionals: command.args }));
    if (help.argument) command.argument(help.argument.name, help.argument.description);
    for (const flagName of spec.flags) {
      const flag = FLAGS[flagName];
      const value = 'value' in flag ? flag.value : undefined;
      const option = new Option(value ? `${flag.flag} ${value}` : flag.flag, flagHelp[flagName]);
      if (value) option.argParser(flagValue(flag.flag));
      command.addOption(option);
    }
  }
  return program;
}

function configure(command: Commander, io: CliIO): Commander {
  return command
    .exitOverride()
    .helpOption('-h, --help', PROGRAM_HELP.helpOption)
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are reported by the entry, in one line of its own words (pipeline/cli/main.ts).
      outputError: () => undefined,
    });
}

export { CommanderError };
