// Stage 4: the record must match the published schema before anyone stores or prints it.
import { PlanRecord } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import { toRecord } from '../../output/record.js';
import { statusOf } from '../../output/status.js';
import type { Stage } from '../../output/stage.js';

export const validateStage: Stage = (doc, ctx) => {
  const parsed = PlanRecord.safeParse(toRecord(doc, ctx.diagnostics, statusOf(ctx.diagnostics)));
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    ctx.message(log.schemaInvalid(first));
  }
  return doc;
};
