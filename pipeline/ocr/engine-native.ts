// The tesseract command-line program, when installed with Vietnamese: one process per page,
// single-threaded (OMP_THREAD_LIMIT=1), as many at once as there are workers. TSV on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { OCR_MALLOC_ENV } from './engine-js.js';
import { TaskPool } from './pool.js';
import { parseTesseractTsv } from './tsv.js';
import { withSymbolChoices } from './symbol-choices.js';
import { largeModelDir } from './large-model.js';
import { PSM, type OcrEngine, type OcrModel, type OcrPage, type SegmentMode } from './types.js';

let available: boolean | undefined;

/** What `tesseract --list-langs` answered: its exit status, output, and the error of a run that never finished. */
export interface ProbeResult {
  status: number | null;
  stdout?: string | null;
  stderr?: string | null;
  error?: Error & { code?: string };
}

/**
 * Whether the answer says the program is installed with Vietnamese. Only what is installed
 * decides: a run that was stopped or could not start for want of resources is asked again
 * (`retry`), never taken for "not installed" — under load that turned a whole process over to the
 * other engine, whose records differ, so the same file gave another record in a busy run.
 */
export function listsVietnamese(probe: () => ProbeResult, attempts = 3): boolean {
  for (let i = 0; i < attempts; i++) {
    const result = probe();
    if (result.error?.code === 'ENOENT' || result.error?.code === 'EACCES') return false;
    if (result.error || result.status === null) continue;
    return result.status === 0 && /^vie$/m.test(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  }
  return false;
}

/**
 * `tesseract` is on PATH and has the `vie` model. Checked once per process, with no time limit:
 * how long the answer takes depends on the machine's load, and the engine (so the record) must not.
 */
export function nativeTesseractAvailable(): boolean {
  available ??= listsVietnamese(() => spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }));
  return available;
}

/**
 * What the program writes: its TSV; plain text; or 'choices', the TSV and, on the same output, the
 * hOCR with each letter's choices (lstm_choice_mode=2: the words read are the same, symbol-choices.ts).
 */
export type CliFormat = 'tsv' | 'txt' | 'choices';

/** `tessdataDir`: read with the model in that folder instead of the system's (large-model.ts). */
export function runTesseractCli(image: Buffer, format: CliFormat = 'tsv', mode: SegmentMode = 'page', tessdataDir?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['stdin', 'stdout', ...(tessdataDir ? ['--tessdata-dir', tessdataDir] : []), '-l', 'vie', '--psm', PSM[mode], '--dpi', '300'];
    if (format === 'tsv') args.push('tsv');
    if (format === 'choices') args.push('-c', 'lstm_choice_mode=2', 'tsv', 'hocr');
    const child = spawn('tesseract', args, {
      env: { ...OCR_MALLOC_ENV, ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (error) => reject(Object.assign(error, { transient: true })));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      // Stopped by a signal (killed for memory, say): the machine's doing, not the image's.
      else reject(Object.assign(new Error(`tesseract ${signal ? `was stopped by ${signal}` : `exited with ${code}`}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 200)}`), { transient: code === null }));
    });
    child.stdin.on('error', () => {}); // reported through 'close'
    child.stdin.end(image);
  });
}

export class NativeTesseractEngine implements OcrEngine {
  readonly name = 'native' as const;
  private readonly pool: TaskPool;
  /** The large model's folder, unpacked on first use; null when it is not installed. */
  private largeDir: string | null | undefined;

  constructor(
    readonly workers: number,
    private readonly run: typeof runTesseractCli = runTesseractCli,
  ) {
    this.pool = new TaskPool(workers);
  }

  async recognize(image: Buffer, mode: SegmentMode = 'page', model: OcrModel = 'standard'): Promise<OcrPage> {
    if (model === 'large' && this.largeDir === undefined) this.largeDir = largeModelDir();
    const dir = model === 'large' ? (this.largeDir ?? undefined) : undefined;
    // A whole page is read with each letter's other choices, for its marks (tone-choices.ts); a
    // crop's words are few and read for their figures or lines.
    if (mode !== 'page') return parseTesseractTsv(await this.pool.run(() => withRetries(() => this.run(image, 'tsv', mode, dir))));
    const out = await this.pool.run(() => withRetries(() => this.run(image, 'choices', mode, dir)));
    // The TSV rows and the hOCR share the output; the TSV parser passes over the hOCR's lines.
    return withSymbolChoices(parseTesseractTsv(out), out);
  }

  async close(): Promise<void> {}
}

/** Runs of one image after a transient failure: a process that could not start or was killed is run again. */
export const TRANSIENT_RETRIES = 2;

/**
 * The reading, run again when the process failed for the machine's reasons (could not be started,
 * killed by a signal): the callers take a failed reading of a crop for "nothing there", so a
 * failure under load would otherwise change the record. Failures of tesseract itself are not retried.
 */
async function withRetries<T>(task: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= TRANSIENT_RETRIES || !(error as { transient?: boolean }).transient) throw error;
    }
  }
}
