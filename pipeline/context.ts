// The per-file context handed to every stage: shared services and the diagnostics
// collected so far. Line:column positions are worked out at the end, against text.normalized.
import { Diagnostic, type LogEntry } from '../output/diagnostics.js';
import type { PipelineServices } from '../output/services.js';
import type { StageContext, Where } from '../output/stage.js';

export class FileContext implements StageContext {
  private readonly list: Diagnostic[] = [];
  /** The stage running now: the runner sets it before each stage, diagnostics carry it. */
  source = '';

  constructor(readonly services: PipelineServices) {}

  get diagnostics(): readonly Diagnostic[] {
    return this.list;
  }

  get failed(): boolean {
    return this.list.some((d) => d.fatal);
  }

  message(entry: LogEntry, where: Where = {}): Diagnostic {
    return this.record(entry, where, this.source);
  }

  within(part: string): StageContext {
    return new PartContext(this, part);
  }

  /** @internal: PartContext reports through this. */
  record(entry: LogEntry, where: Where, source: string): Diagnostic {
    const diagnostic = new Diagnostic(entry, { span: where.span, page: where.page, source: source || undefined });
    this.list.push(diagnostic);
    return diagnostic;
  }

  /** Positions are computed against the finished text (see Diagnostic.locate). */
  locateAll(text: string): void {
    for (const d of this.list) d.locate(text);
  }
}

/** A part of the running stage (an extractor, a reader): reports into the file's list under its own source. */
class PartContext implements StageContext {
  constructor(
    private readonly file: FileContext,
    private readonly part: string,
  ) {}

  get services(): PipelineServices {
    return this.file.services;
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.file.diagnostics;
  }

  get failed(): boolean {
    return this.file.failed;
  }

  get source(): string {
    return this.file.source ? `${this.file.source}:${this.part}` : this.part;
  }

  message(entry: LogEntry, where: Where = {}): Diagnostic {
    return this.file.record(entry, where, this.source);
  }

  within(part: string): StageContext {
    return new PartContext(this.file, `${this.part}:${part}`);
  }
}
