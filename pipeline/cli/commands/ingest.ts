// kehoach ingest <file|folder>... : read, extract and store every document, skipping files
// whose bytes are already stored (so an interrupted run resumes where it stopped).
import { readFileSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { resolveLinks } from '../../../corpus/graph.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { log, type Diagnostic } from '../../../output/diagnostics.js';
import { UsageError } from '../../../output/errors.js';
import { parseOptions } from '../../options.js';
import { partsSha256, processBytes, processFile, processParts, sha256 } from '../../run.js';
import { PipelineServices } from '../../../output/services.js';
import { createStoreStage } from '../../stages/store.js';
import type { Stage } from '../../../output/stage.js';
import { walkInputs } from '../../walk.js';
import { dbPath } from '../flags.js';
import { RESULT_LABELS, STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type CliIO, type Command } from '../io.js';
import { createReporter, type Outcome } from '../progress.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length === 0) throw new UsageError(USAGE_MESSAGES.expectsPaths);
  const options = parseOptions(values);
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
  const store: Store = openStore(run.db);
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
    io.stderr.write(`${STATUS_MESSAGES.interrupted(summary.stored)}\n`);
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
      if (id && !run.force && (await store.hasDocument(id))) {
        report({ kind: 'skipped', path: shown, detail: STATUS_MESSAGES.alreadyStored(id.slice(0, 12)) });
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
      if (result.record && result.status !== 'failure') {
        const d = result.record.document;
        const errors = result.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code);
        const detail = [
          d.number ?? (d.symbol ? `${RESULT_LABELS.blankSerial}/${d.symbol}` : RESULT_LABELS.ingestNoNumber),
          d.date ?? '',
          RESULT_LABELS.ingestTasks(result.record.tasks.length),
          result.sha256.slice(0, 12),
          errors.length ? RESULT_LABELS.ingestPartial([...new Set(errors)]) : '',
        ].filter(Boolean);
        report({ kind: 'stored', path: shown, detail: detail.join(' ') });
      } else {
        const why = firstProblem(result.diagnostics);
        report({ kind: 'failed', path: shown, code: why?.code ?? 'FAILED', reason: why?.message ?? STATUS_MESSAGES.noRecord });
      }
    }
    if (summary.stored > 0) {
      await resolveLinks(store); // new documents can answer old references
      await store.optimizeSearch();
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    reporter.finish();
    await services.close();
    await store.close();
  }
  io.stderr.write(`${STATUS_MESSAGES.ingestSummary(summary.stored, summary.skipped, summary.failed, run.db)}\n`);
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
