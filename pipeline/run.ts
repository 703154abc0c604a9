// The orchestration: one file in, one record (or a failure with its diagnostics) out.
// Like docling's base pipeline, errors are data: the status (output/status.ts) says success,
// partial_success (an error, or a part the type must have is missing; a record all the same) or
// failure (nothing stored; a record only when text could be read, for `extract` to show).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { PlanRecord } from '../output/schema.js';
import { FileContext } from './context.js';
import { log, type Diagnostic } from '../output/diagnostics.js';
import { DEFAULT_OPTIONS, type PipelineOptions } from '../output/options.js';
import { PipelineServices } from '../output/services.js';
import { extractStage } from './stages/extract.js';
import { createNormalizeStage } from './stages/normalize.js';
import { createReadStage } from './stages/read.js';
import { validateStage } from './stages/validate.js';
import type { PlanDoc, Stage } from '../output/stage.js';
import { toRecord } from '../output/record.js';
import { statusOf, type RunStatus } from '../output/status.js';

export type { RunStatus } from '../output/status.js';

export interface PipelineResult {
  path: string;
  sha256: string;
  status: RunStatus;
  record: PlanRecord | null;
  diagnostics: Diagnostic[];
}

/**
 * The stages, in order, each built from the options it uses (and only those). Extra stages (the
 * store) are appended by the caller.
 */
export function pipelineStages(options: PipelineOptions): ReadonlyArray<[string, Stage]> {
  const { ocr, ocrEngine, ocrWorkers, maxPixels, maxPages, illumination, restore, tones } = options;
  return [
    ['read', createReadStage({ ocr, ocrEngine, ocrWorkers, maxPixels, maxPages, illumination })],
    ['normalize', createNormalizeStage({ restore, tones })],
    ['extract', extractStage],
    ['validate', validateStage],
  ];
}

export interface RunOptions {
  options?: PipelineOptions;
  services?: PipelineServices;
  /** Stages run after validation, e.g. ['store', storeStage]. */
  after?: ReadonlyArray<[string, Stage]>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function emptyDoc(path: string, bytes: Uint8Array): PlanDoc {
  return {
    path,
    bytes,
    sha256: sha256(bytes),
    original: '',
    normalized: '',
    diacriticsRestored: false,
    changes: [],
    document: {
      type: null,
      typeCode: null,
      number: null,
      serial: null,
      symbol: null,
      issuer: { name: null, level: null, locality: null, parent: null },
      place: null,
      date: null,
      title: null,
    },
    references: [],
    movements: [],
    tasks: [],
    signer: { name: null, title: null, authority: null },
    recipients: [],
    sections: [],
    stages: [],
  };
}

/** Read a file from disk and run the pipeline on it. Never throws for a bad file. */
export async function processFile(path: string, run: RunOptions = {}): Promise<PipelineResult> {
  const options = run.options ?? DEFAULT_OPTIONS;
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: files go through one at a time, so the promise-based calls bought
    // no overlap and cost ~0.3 ms of CPU per file in thread-pool round trips (~10× the sync calls).
    const info = statSync(path);
    if (!info.isFile()) return failed(path, log.unreadable('not a regular file'), run);
    if (info.size > options.maxFileBytes) return failed(path, log.tooLarge(info.size, options.maxFileBytes), run);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return failed(path, log.unreadable(reason), run);
  }
  return processBytes(path, bytes, run);
}

export async function processBytes(path: string, bytes: Uint8Array, run: RunOptions = {}): Promise<PipelineResult> {
  return runDoc(emptyDoc(path, bytes), run);
}

/** The sha256 of a document made of several files: over its parts' hex digests, in page order. */
export function partsSha256(partDigests: readonly string[]): string {
  return sha256(Buffer.from(partDigests.join(''), 'latin1'));
}

/**
 * One document made of several files (the page images of one scan, in page order): read part by
 * part, one record. Its id is partsSha256 of the parts, so the same pages make the same record.
 */
export async function processParts(
  parts: ReadonlyArray<{ path: string; bytes: Uint8Array; page?: number }>,
  run: RunOptions = {},
): Promise<PipelineResult> {
  const withDigests = parts.map((p) => ({ ...p, sha256: sha256(p.bytes) }));
  const doc = { ...emptyDoc(parts[0]?.path ?? '', new Uint8Array(0)), parts: withDigests, sha256: partsSha256(withDigests.map((p) => p.sha256)) };
  return runDoc(doc, run);
}

async function runDoc(start: PlanDoc, run: RunOptions): Promise<PipelineResult> {
  const options = run.options ?? DEFAULT_OPTIONS;
  const ownServices = !run.services;
  const services = run.services ?? new PipelineServices(options);
  const ctx = new FileContext(services);
  let doc = start;
  const path = doc.path;
  try {
    for (const [name, stage] of [...pipelineStages(options), ...(run.after ?? [])]) {
      const started = performance.now();
      ctx.source = name;
      try {
        doc = await stage(doc, ctx);
      } catch (error) {
        // A bug or an unexpected library failure must not take the batch down: it becomes data,
        // naming the stage and the error.
        ctx.message(log.stageFailed(name, error instanceof Error ? error.message : String(error)));
      }
      doc.stages.push({ name, ms: Math.round((performance.now() - started) * 100) / 100 });
      if (ctx.failed) break;
    }
  } finally {
    if (ownServices) await services.close();
  }
  ctx.locateAll(doc.normalized || doc.original);
  const diagnostics = [...ctx.diagnostics];
  const status = statusOf(diagnostics);
  // A failed run still shows what it read (extract prints it); without text there is nothing to show.
  const readText = Boolean(doc.original || doc.normalized);
  if (status === 'failure' && !readText) return { path, sha256: doc.sha256, status, record: null, diagnostics };
  return { path, sha256: doc.sha256, status, record: toRecord(doc, diagnostics, status), diagnostics };
}

function failed(path: string, entry: ReturnType<typeof log.unreadable>, run: RunOptions): PipelineResult {
  const ctx = new FileContext(run.services ?? new PipelineServices(DEFAULT_OPTIONS));
  ctx.message(entry);
  return { path, sha256: '', status: 'failure', record: null, diagnostics: [...ctx.diagnostics] };
}

