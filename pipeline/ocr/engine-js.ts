// tesseract.js: WebAssembly Tesseract in worker threads. The Vietnamese model is loaded from the
// @tesseract.js-data/vie package folder (no network, nothing cached into the working folder).
// The WASM heap only grows, up to what the largest page needs (measured: about 350 MB a worker
// for a 300-dpi A4 page, reached by the second page and flat after); workers are still recycled
// every RECYCLE_AFTER_PAGES pages as a guard against slow leaks. Recycling more often only adds
// churn: a new worker reloads the model and grows its heap again.
// Memory: see OCR_MALLOC_ENV below.
import { createRequire } from 'node:module';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { parseTesseractTsv } from './tsv.js';
import { PSM, type OcrEngine, type OcrPage, type SegmentMode } from './types.js';

const require = createRequire(import.meta.url);
const VIE = require('@tesseract.js-data/vie') as { langPath: string; gzip: boolean };

/**
 * glibc malloc settings for a process that OCRs many pages; they must be in its environment at
 * start: set them in the launcher or service unit (the memory benchmark's child process has them). The workers are threads of
 * this process, so glibc gives each its own arena, which fragments as workers come and go; and its
 * mmap threshold creeps up to the size of the page buffers (9–26 MB) once one is freed, after
 * which they come from the heap and their memory is never handed back. Measured on 30 scanned
 * pages, 2 workers: arenas capped lowers the RSS the workers leave behind from +200 MB to +20 MB;
 * the fixed 1 MB threshold lowers RSS by another ~150 MB, at no measurable cost in speed.
 */
export const OCR_MALLOC_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '1048576' };

/** Pages a worker reads before it is replaced by a fresh one. */
export const RECYCLE_AFTER_PAGES = 100;

interface Slot {
  worker: Promise<Worker>;
  pages: number;
  busy: boolean;
}

async function startWorker(): Promise<Worker> {
  const worker = await createWorker('vie', OEM.LSTM_ONLY, {
    langPath: VIE.langPath,
    gzip: VIE.gzip,
    cacheMethod: 'none',
    errorHandler: () => {},
  });
  await worker.setParameters({ user_defined_dpi: '300', tessedit_pageseg_mode: PSM.page as never });
  return worker;
}

export class TesseractJsEngine implements OcrEngine {
  readonly name = 'js' as const;
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private closed = false;
  /** Pages read since start, and worker restarts: the benchmark reports both. */
  pagesRead = 0;
  recycled = 0;

  constructor(
    readonly workers: number,
    private readonly recycleAfter = RECYCLE_AFTER_PAGES,
  ) {}

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    if (this.slots.length < this.workers) {
      // Workers start lazily, so a one-page file does not pay for N model loads.
      const slot: Slot = { worker: startWorker(), pages: 0, busy: true };
      this.slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    if (slot.pages >= this.recycleAfter && !this.closed) {
      const old = slot.worker;
      slot.worker = old.then((w) => w.terminate()).catch(() => {}).then(startWorker);
      slot.pages = 0;
      this.recycled++;
    }
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  /** The model hint is not needed here: the package's default model is as large as the one 'large' asks for (large-model.ts). */
  async recognize(image: Buffer, mode: SegmentMode = 'page'): Promise<OcrPage> {
    if (this.closed) throw new Error('the OCR engine is closed');
    const slot = await this.acquire();
    try {
      const worker = await slot.worker;
      // The mode is the worker's parameter: set for this image, put back before the worker is free.
      if (mode !== 'page') await worker.setParameters({ tessedit_pageseg_mode: PSM[mode] as never });
      const { data } = await worker.recognize(image, {}, { tsv: true, text: false }).finally(() =>
        mode !== 'page' ? worker.setParameters({ tessedit_pageseg_mode: PSM.page as never }) : undefined,
      );
      slot.pages++;
      this.pagesRead++;
      return parseTesseractTsv(data.tsv ?? '');
    } catch (error) {
      // A worker that failed may be broken: replace it.
      slot.pages = this.recycleAfter;
      throw error;
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = this.slots.splice(0);
    await Promise.allSettled(all.map((s) => s.worker.then((w) => w.terminate())));
  }
}
