// kehoach schema: the JSON Schema of a record (the same as output/plan.schema.json).
import { planJsonSchema } from '../../../output/schema.js';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../../errors.js';
import { EXIT, type Command } from '../io.js';

export const run: Command = async (args, io) => {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length) throw new UsageError('takes no arguments');
  io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
};
