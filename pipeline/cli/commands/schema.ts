// kehoach schema: the JSON Schema of a record (the same as output/plan.schema.json).
import { planJsonSchema } from '../../../output/schema.js';
import { USAGE_MESSAGES } from '../help.js';
import { UsageError } from '../../../output/errors.js';
import { EXIT, type Command } from '../io.js';

export const run: Command = async ({ positionals }, io) => {
  if (positionals.length) throw new UsageError(USAGE_MESSAGES.takesNoArguments);
  io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
};
