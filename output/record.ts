// The record of a run: the document as the stages left it, its diagnostics and status, in the
// shape of the contract (schema.ts). The runner and the validate and store stages build it here.
import { PlanRecord, SCHEMA_VERSION } from './schema.js';
import type { Diagnostic } from './diagnostics.js';
import type { PlanDoc } from './stage.js';
import type { RunStatus } from './status.js';
import { PIPELINE_VERSION } from './version.js';

/** Each part with the document page it starts at (a multi-page TIFF pushes the next one on). */
function partPages(doc: PlanDoc): Array<{ path: string; sha256: string; page: number }> {
  let page = 1;
  return (doc.parts ?? []).map((part, i) => {
    const start = page;
    page += doc.read?.partPages?.[i] ?? 1;
    return { path: part.path, sha256: part.sha256, page: start };
  });
}

export function toRecord(doc: PlanDoc, diagnostics: readonly Diagnostic[], status: RunStatus): PlanRecord {
  const read = doc.read;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.sha256,
    source: {
      path: doc.path,
      sha256: doc.sha256,
      format: read?.format ?? 'text',
      pages: read?.pages ?? null,
      ocr: read?.ocr ?? false,
      ...(read?.encoding ? { encoding: read.encoding } : {}),
      ...(read?.pageInfo ? { pageInfo: read.pageInfo } : {}),
      ...(read?.pageOrder ? { pageOrder: read.pageOrder } : {}),
      ...(doc.parts ? { parts: partPages(doc) } : {}),
    },
    text: {
      original: doc.original,
      normalized: doc.normalized,
      diacriticsRestored: doc.diacriticsRestored,
      ...(doc.changes.length ? { changes: doc.changes } : {}),
      ...(doc.wordBoxes?.length ? { wordBoxes: doc.wordBoxes } : {}),
    },
    document: doc.document,
    references: doc.references,
    movements: doc.movements,
    tasks: doc.tasks,
    signer: doc.signer,
    recipients: doc.recipients,
    sections: doc.sections,
    ...(doc.blocks?.length ? { blocks: doc.blocks } : {}),
    diagnostics: diagnostics.map((d) => d.toJSON()),
    pipeline: { version: PIPELINE_VERSION, status, stages: doc.stages },
  };
}
