// A StageContext for extractor unit tests: collects the diagnostics codes, nothing else.
import { Diagnostic, type LogEntry } from '../../pipeline/diagnostics.js';
import { DEFAULT_OPTIONS } from '../../pipeline/options.js';
import { PipelineServices } from '../../pipeline/services.js';
import type { StageContext, Where } from '../../pipeline/types.js';

export function testContext(): StageContext & { codes: () => string[] } {
  const list: Diagnostic[] = [];
  return {
    options: DEFAULT_OPTIONS,
    services: new PipelineServices(DEFAULT_OPTIONS),
    message(entry: LogEntry, where: Where = {}) {
      const d = new Diagnostic(entry, { span: where.span, page: where.page });
      list.push(d);
      return d;
    },
    get diagnostics() {
      return list;
    },
    get failed() {
      return list.some((d) => d.fatal);
    },
    codes: () => list.map((d) => d.code),
  };
}
