// How a batch reports each file: a progress bar when stderr is a terminal (failures are
// still printed above it), otherwise one line per file that scripts and logs can grep:
//   stored <path> <number> …   skipped <path> …   failed <path>: <CODE> <reason>
import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';
import { oneLine } from './printable.js';

export type Outcome =
  | { kind: 'stored'; path: string; detail: string }
  | { kind: 'skipped'; path: string; detail: string }
  | { kind: 'failed'; path: string; code: string; reason: string };

export interface BatchReporter {
  start(total: number): void;
  report(outcome: Outcome): void;
  /** Stops the bar; the caller prints its summary after this. */
  finish(): void;
}

export function formatOutcome(outcome: Outcome): string {
  if (outcome.kind === 'failed') return `failed ${oneLine(outcome.path)}: ${outcome.code} ${oneLine(outcome.reason)}`;
  return `${outcome.kind} ${oneLine(outcome.path)}${outcome.detail ? ` ${oneLine(outcome.detail)}` : ''}`;
}

export function createReporter(io: CliIO): BatchReporter {
  return io.stderr.isTTY ? new BarReporter(io) : new LineReporter(io);
}

class LineReporter implements BatchReporter {
  constructor(private readonly io: CliIO) {}
  start(): void {}
  report(outcome: Outcome): void {
    this.io.stderr.write(`${formatOutcome(outcome)}\n`);
  }
  finish(): void {}
}

class BarReporter implements BatchReporter {
  private readonly multibar: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | null = null;
  private counts = { stored: 0, skipped: 0, failed: 0 };

  constructor(io: CliIO) {
    this.multibar = new cliProgress.MultiBar(
      {
        stream: io.stderr as NodeJS.WriteStream,
        format: ' {bar} {value}/{total} | {stored} stored, {skipped} skipped, {failed} failed | {file}',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number): void {
    this.bar = this.multibar.create(total, 0, { ...this.counts, file: '' });
  }

  report(outcome: Outcome): void {
    this.counts[outcome.kind]++;
    if (outcome.kind === 'failed') this.multibar.log(`${formatOutcome(outcome)}\n`);
    this.bar?.increment(1, { ...this.counts, file: shorten(outcome.path, 40) });
  }

  finish(): void {
    this.multibar.stop();
  }
}

function shorten(path: string, max: number): string {
  return path.length <= max ? path : `…${path.slice(path.length - max + 1)}`;
}
