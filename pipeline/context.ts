// The per-file context handed to every stage: options, shared services, and the diagnostics
// collected so far. Positions are computed against the text the current stage sees.
import { Diagnostic, pageAt, pointAt, type LogEntry } from './diagnostics.js';
import type { PipelineOptions } from './options.js';
import type { PipelineServices } from './services.js';
import type { PlanDoc, StageContext, Where } from './types.js';

export class FileContext implements StageContext {
  private readonly list: Diagnostic[] = [];
  private current: PlanDoc | null = null;

  constructor(
    readonly options: PipelineOptions,
    readonly services: PipelineServices,
  ) {}

  /** The runner calls this before each stage. */
  enter(doc: PlanDoc): void {
    this.current = doc;
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.list;
  }

  get failed(): boolean {
    return this.list.some((d) => d.fatal);
  }

  message(entry: LogEntry, where: Where = {}): Diagnostic {
    const text = this.current ? this.current.normalized || this.current.original : '';
    const span = where.span;
    const diagnostic = new Diagnostic(entry, {
      span,
      page: where.page ?? (span && text.includes('\f') ? pageAt(text, span.start) : undefined),
      start: span ? pointAt(text, span.start) : undefined,
      end: span ? pointAt(text, span.end) : undefined,
    });
    this.list.push(diagnostic);
    return diagnostic;
  }
}
