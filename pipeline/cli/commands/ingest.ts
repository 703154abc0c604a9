// kehoach ingest <file|folder>... : read, extract and store every document, skipping files
// whose bytes are already stored (so an interrupted run resumes where it stopped).
import { readFileSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { resolveLinks } from '../../../corpus/graph.js';
import { openStore } from '../../../corpus/store.js';
import { log, type Diagnostic } from '../../diagnostics.js';
import { UsageError } from '../../errors.js';
import { parseOptions } from '../../options.js';
import { partsSha256, processBytes, processFile, processParts, sha256 } from '../../run.js';
import { PipelineServices } from '../../services.js';
import { createStoreStage } from '../../stages/store.js';
import type { Stage } from '../../types.js';
import { walkInputs } from '../../walk.js';
import { DB_OPTION, dbPath, parseCommandArgs } from '../args.js';
import { EXIT, type CliIO, type Command } from '../io.js';
import { createReporter, type Outcome } from '../progress.js';

export const PIPELINE_FLAGS = {
  'ocr-engine': { type: 'string' },
  tones: { type: 'string' },
  restore: { type: 'string' },
  'max-file-mb': { type: 'string' },
  ocr: { type: 'string' },
  'max-pages': { type: 'string' },
} as const;

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...PIPELINE_FLAGS, force: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('expects at least one file or folder');
  const options = parseOptions({
    ocrEngine: values['ocr-engine'],
    tones: values.tones,
    restore: values.restore,
    maxFileMb: values['max-file-mb'],
    ocr: values.ocr,
    maxPages: values['max-pages'],
  });
  const summary = await ingestPaths(positionals, io, { db: dbPath(values.db, io), force: values.force ?? false, options });
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
};

export interface IngestSummary {
  stored: number;
  skipped: number;
  failed: number;
}

export interface IngestOptions {
  db: string;
  force: boolean;
  options: ReturnType<typeof parseOptions>;
}

/** The batch behind `ingest` (and `demo`): reports one outcome per input, never throws for a file. */
export async function ingestPaths(inputs: readonly string[], io: CliIO, run: IngestOptions): Promise<IngestSummary> {
  const { documents, problems } = await walkInputs(inputs, io.cwd);
  const store = openStore(run.db);
  const services = new PipelineServices(run.options);
  const after: Array<[string, Stage]> = [['store', createStoreStage(store)]];
  const reporter = createReporter(io);
  const summary: IngestSummary = { stored: 0, skipped: 0, failed: 0 };
  const report = (outcome: Outcome) => {
    summary[outcome.kind]++;
    reporter.report(outcome);
  };
  reporter.start(documents.length + problems.length);
  // Ctrl-C: every stored file is committed already (one transaction each); restore the
  // terminal and say how to resume rather than dying mid-bar.
  const onInterrupt = () => {
    reporter.finish();
    io.stderr.write(`interrupted: ${summary.stored} stored so far are kept; run the same command again to resume\n`);
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    for (const problem of problems) {
      const entry = problem.kind === 'empty-folder' ? log.noDocuments(problem.reason) : log.unreadable(problem.reason);
      report({ kind: 'failed', path: problem.path, code: entry.code, reason: problem.kind === 'empty-folder' ? problem.reason : entry.message });
    }
    for (const entry of documents) {
      if (entry.kind === 'continuation') {
        const why = log.continuationPage(`page ${entry.page}`);
        report({ kind: 'failed', path: display(entry.path, io.cwd), code: why.code, reason: why.message });
        continue;
      }
      const file = entry.kind === 'single' ? entry.path : entry.parts[0]!.path;
      const shown = entry.kind === 'single' ? display(file, io.cwd) : `${display(file, io.cwd)} (+${entry.parts.length - 1} page files)`;
      const parts = entry.kind === 'parts' ? entry.parts.map((p) => ({ ...p, bytes: readSmallFile(p.path, run.options.maxFileBytes) })) : [];
      const bytes = entry.kind === 'single' ? readSmallFile(file, run.options.maxFileBytes) : null;
      const id = bytes ? sha256(bytes) : parts.length && parts.every((p) => p.bytes) ? partsSha256(parts.map((p) => sha256(p.bytes!))) : null;
      if (id && !run.force && store.hasDocument(id)) {
        report({ kind: 'skipped', path: shown, detail: `already stored (${id.slice(0, 12)})` });
        continue;
      }
      const unreadable = parts.find((p) => !p.bytes);
      // Without bytes, processFile reports why the file could not be read (missing, too large …).
      const result = unreadable
        ? await processFile(unreadable.path, { options: run.options, services })
        : parts.length
          ? await processParts(parts.map((p) => ({ path: p.path, page: p.page, bytes: p.bytes! })), { options: run.options, services, after })
          : bytes
            ? await processBytes(file, bytes, { options: run.options, services, after })
            : await processFile(file, { options: run.options, services, after });
      if (result.record) {
        const d = result.record.document;
        const errors = result.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code);
        const detail = [
          d.number ?? (d.symbol ? `(số trống)/${d.symbol}` : '(no number)'),
          d.date ?? '',
          `${result.record.tasks.length} tasks`,
          result.sha256.slice(0, 12),
          errors.length ? `partial: ${[...new Set(errors)].join(', ')}` : '',
        ].filter(Boolean);
        report({ kind: 'stored', path: shown, detail: detail.join(' ') });
      } else {
        const why = firstProblem(result.diagnostics);
        report({ kind: 'failed', path: shown, code: why?.code ?? 'FAILED', reason: why?.message ?? 'no record produced' });
      }
    }
    if (summary.stored > 0) {
      resolveLinks(store); // new documents can answer old references
      store.optimizeSearch();
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    reporter.finish();
    await services.close();
    store.close();
  }
  io.stderr.write(`${summary.stored} stored, ${summary.skipped} skipped, ${summary.failed} failed (${run.db})\n`);
  return summary;
}

/** The fatal diagnostic that ended the run, else the first error. */
function firstProblem(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.fatal) ?? diagnostics.find((d) => d.severity === 'error');
}

/**
 * The bytes of a regular file within the size limit; null lets processFile report the problem.
 * Synchronous like processFile's read: files go one at a time, and the sync calls cost a tenth.
 */
function readSmallFile(path: string, maxBytes: number): Uint8Array | null {
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > maxBytes) return null;
    return readFileSync(path);
  } catch {
    return null;
  }
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
