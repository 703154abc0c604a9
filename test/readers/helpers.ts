// Reader tests run the read stage alone: bytes + name in, ReadOutput and diagnostic codes out.
import { FileContext } from '../../pipeline/context.js';
import { DEFAULT_OPTIONS, type PipelineOptions } from '../../output/options.js';
import { emptyDoc } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { createReadStage } from '../../pipeline/stages/read.js';
import type { ReadOutput } from '../../output/stage.js';

export async function readAs(name: string, bytes: Uint8Array, overrides: Partial<PipelineOptions> = {}): Promise<{ read: ReadOutput | undefined; codes: string[]; messages: string[] }> {
  const options = { ...DEFAULT_OPTIONS, ...overrides };
  const services = new PipelineServices(options);
  const ctx = new FileContext(services);
  const doc = await createReadStage(options)(emptyDoc(name, bytes), ctx);
  await services.close();
  return { read: doc.read, codes: ctx.diagnostics.map((d) => d.code), messages: ctx.diagnostics.map((d) => d.message) };
}

/** Cells of the TSV lines of a text whose rows have at least `min` cells. */
export function tsvRows(text: string, min = 3): string[][] {
  return text
    .split('\n')
    .filter((l) => l.split('\t').length >= min)
    .map((l) => l.split('\t'));
}
