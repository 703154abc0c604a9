// Where a value of a plan's record came from, as the plan page tells it: a reviewer's correction
// (who, when, why, whether the machine has since changed its value), or the machine, with the
// source file, the OCR confidence of the page it was read on and the least confident
// restoration change inside it.
import type { PlanRecord, Span } from '../../../output/schema.js';

type ReviewCorrection = NonNullable<PlanRecord['review']>['corrections'][number];
type ReviewConflict = NonNullable<PlanRecord['review']>['conflicts'][number];

export interface Provenance {
  kind: 'human' | 'machine';
  correction: ReviewCorrection | null;
  conflict: ReviewConflict | null;
  /** 1-based page of the span (pages of text.normalized are separated by form feeds). */
  page: number | null;
  /** OCR mean word confidence of that page, 0..100; null for a text layer. */
  ocrConfidence: number | null;
  /** The least confident restoration change inside the span, 0..1. */
  restoration: number | null;
}

/** The 1-based page an offset of text.normalized falls on. */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf('\f'); i !== -1 && i < offset; i = text.indexOf('\f', i + 1)) page++;
  return page;
}

/** The file page an offset of text.normalized stands on: the text's k-th page is the file's pageOrder[k-1] when the pages were read in another order. */
export function filePageAt(record: PlanRecord, offset: number): number {
  const inText = pageAt(record.text.normalized, offset);
  return record.source.pageOrder?.[inText - 1] ?? inText;
}

/**
 * The provenance of the value at `outputPath` ("document.title", "tasks[3].lead"), whose
 * correction is stored under `template` ("document.title", "tasks[].lead").
 */
export function provenanceOf(record: PlanRecord, outputPath: string, template: string, span: Span | undefined, row?: number): Provenance {
  const human = record.review?.provenance[outputPath] === 'human';
  const corrections = record.review?.corrections ?? [];
  const candidates = corrections.filter((c) => c.path === template && c.status !== 'not-applied');
  // A row's corrections share the template; the row's printed index or position tells them apart.
  const task = row !== undefined ? record.tasks[row] : undefined;
  const correction = human
    ? (candidates.find((c) => c.row === null || (task && c.row.index !== null && c.row.index === task.index)) ?? candidates.at(-1) ?? null)
    : null;
  const conflict = correction ? (record.review?.conflicts.find((c) => c.correctionId === correction.id) ?? null) : null;
  let page: number | null = null;
  let ocrConfidence: number | null = null;
  let restoration: number | null = null;
  if (span) {
    page = filePageAt(record, span.start);
    const info = record.source.pageInfo?.find((p) => p.page === page);
    ocrConfidence = info?.method === 'ocr' ? info.confidence : null;
    for (const change of record.text.changes ?? []) {
      if (change.span.start >= span.end) continue;
      if (change.span.end <= span.start) continue;
      restoration = Math.min(restoration ?? 1, change.confidence);
    }
  }
  return { kind: human ? 'human' : 'machine', correction, conflict, page, ocrConfidence, restoration };
}
