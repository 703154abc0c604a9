// The per-file context handed to every stage: options, shared services, and the diagnostics
// collected so far. Line:column positions are worked out at the end, against text.normalized.
import { Diagnostic, type LogEntry } from './diagnostics.js';
import type { PipelineOptions } from './options.js';
import type { PipelineServices } from './services.js';
import type { StageContext, Where } from './types.js';

export class FileContext implements StageContext {
  private readonly list: Diagnostic[] = [];

  constructor(
    readonly options: PipelineOptions,
    readonly services: PipelineServices,
  ) {}

  get diagnostics(): readonly Diagnostic[] {
    return this.list;
  }

  get failed(): boolean {
    return this.list.some((d) => d.fatal);
  }

  message(entry: LogEntry, where: Where = {}): Diagnostic {
    const diagnostic = new Diagnostic(entry, { span: where.span, page: where.page });
    this.list.push(diagnostic);
    return diagnostic;
  }

  /** Positions are computed against the finished text (see Diagnostic.locate). */
  locateAll(text: string): void {
    for (const d of this.list) d.locate(text);
  }
}
