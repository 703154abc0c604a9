// A StageContext for extractor unit tests: the pipeline's own per-file context, with the codes
// of what was reported at hand.
import { FileContext } from '../../pipeline/context.js';
import { DEFAULT_OPTIONS } from '../../output/options.js';
import { PipelineServices } from '../../output/services.js';
import type { StageContext } from '../../output/stage.js';

export function testContext(): StageContext & { codes: () => string[] } {
  const ctx = new FileContext(new PipelineServices(DEFAULT_OPTIONS));
  return Object.assign(ctx, { codes: () => ctx.diagnostics.map((d) => d.code) });
}
