// A StageContext stand-in that records the diagnostic codes an extractor reports.
import type { LogEntry } from '../../pipeline/diagnostics.js';
import type { StageContext } from '../../pipeline/types.js';

export function collectingContext(): StageContext & { codes: string[] } {
  const codes: string[] = [];
  return {
    codes,
    options: {} as StageContext['options'],
    services: {} as StageContext['services'],
    diagnostics: [],
    failed: false,
    message(entry: LogEntry) {
      codes.push(entry.code);
      return entry as never;
    },
  };
}
