// Heavy resources shared by every file of a run (OCR workers, the language model), created on
// first use and released once at the end, so a batch of 1,000 files loads them once.
import type { PipelineOptions } from './options.js';

export interface Closeable {
  close(): Promise<void> | void;
}

export class PipelineServices {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly closeables: Closeable[] = [];

  constructor(readonly options: PipelineOptions) {}

  /** The shared instance named `key`, made by `create` the first time it is asked for. */
  get<T>(key: string, create: () => Promise<T>): Promise<T> {
    let found = this.cache.get(key) as Promise<T> | undefined;
    if (!found) {
      found = create().then((value) => {
        if (value && typeof (value as Partial<Closeable>).close === 'function') this.closeables.push(value as unknown as Closeable);
        return value;
      });
      // A failed creation is not cached: the next file may try again.
      found.catch(() => this.cache.delete(key));
      this.cache.set(key, found);
    }
    return found;
  }

  async close(): Promise<void> {
    const all = this.closeables.splice(0);
    this.cache.clear();
    await Promise.allSettled(all.map((c) => c.close()));
  }
}
