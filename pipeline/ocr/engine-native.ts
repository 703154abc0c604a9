// The tesseract command-line program, when installed with Vietnamese: one process per page,
// single-threaded (OMP_THREAD_LIMIT=1), as many at once as there are workers. TSV on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { OCR_MALLOC_ENV } from './engine-js.js';
import { TaskPool } from './pool.js';
import { parseTesseractTsv } from './tsv.js';
import { largeModelDir } from './large-model.js';
import { PSM, type OcrEngine, type OcrModel, type OcrPage, type SegmentMode } from './types.js';

let available: boolean | undefined;

/** `tesseract` is on PATH and has the `vie` model. Checked once per process. */
export function nativeTesseractAvailable(): boolean {
  if (available === undefined) {
    const result = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
    available = result.status === 0 && /^vie$/m.test(`${result.stdout}\n${result.stderr}`);
  }
  return available;
}

/** `tessdataDir`: read with the model in that folder instead of the system's (large-model.ts). */
export function runTesseractCli(image: Buffer, format: 'tsv' | 'txt' = 'tsv', mode: SegmentMode = 'page', tessdataDir?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['stdin', 'stdout', ...(tessdataDir ? ['--tessdata-dir', tessdataDir] : []), '-l', 'vie', '--psm', PSM[mode], '--dpi', '300'];
    if (format === 'tsv') args.push('tsv');
    const child = spawn('tesseract', args, {
      env: { ...OCR_MALLOC_ENV, ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 200)}`));
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

  constructor(readonly workers: number) {
    this.pool = new TaskPool(workers);
  }

  async recognize(image: Buffer, mode: SegmentMode = 'page', model: OcrModel = 'standard'): Promise<OcrPage> {
    if (model === 'large' && this.largeDir === undefined) this.largeDir = largeModelDir();
    const dir = model === 'large' ? (this.largeDir ?? undefined) : undefined;
    return parseTesseractTsv(await this.pool.run(() => runTesseractCli(image, 'tsv', mode, dir)));
  }

  async close(): Promise<void> {}
}
