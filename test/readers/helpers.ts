// Reader tests run the read stage alone: bytes + name in, ReadOutput and diagnostic codes out.
import { FileContext } from '../../pipeline/context.js';
import { DEFAULT_OPTIONS } from '../../output/options.js';
import { emptyDoc } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { createReadStage } from '../../pipeline/stages/read.js';
import type { ReadOutput } from '../../output/stage.js';

export async function readAs(name: string, bytes: Uint8Array): Promise<{ read: ReadOutput | undefined; codes: string[]; messages: string[] }> {
  const services = new PipelineServices(DEFAULT_OPTIONS);
  const ctx = new FileContext(services);
  const doc = await createReadStage(DEFAULT_OPTIONS)(emptyDoc(name, bytes), ctx);
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
