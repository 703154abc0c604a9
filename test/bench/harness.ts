// Shared by the benchmark sections of test/bench/run.ts.

export interface BenchArgs {
  /** Repetitions; sections report the median. */
  runs: number;
  /** Corpus size for sections that replicate files (each section has its own default). */
  files: number | undefined;
  /** Sections with cases of their own run only those whose name holds this (case-insensitive). */
  only?: string;
}

/** A section returns nothing, or the checks that failed (the run then exits non-zero). */
export type BenchSection = (args: BenchArgs) => Promise<void | string[]>;

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times and returns each run's wall time in ms. */
export async function timeRuns(runs: number, fn: (run: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return times;
}

export function printRow(label: string, value: string): void {
  process.stdout.write(`  ${label.padEnd(44)} ${value}\n`);
}

