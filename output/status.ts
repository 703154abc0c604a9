// The status of a run, decided in one place from its diagnostics:
//   failure          a fatal diagnostic: the text could not be read, or it is not a Vietnamese
//                    administrative document at all (then the record, when text was read, is still
//                    printed by `extract`, but never stored);
//   partial_success  an error, or a part the document's type should have is missing (each such part
//                    raises a warning with one of the codes below);
//   success          otherwise.
// What each type must have: a number or symbol, a date (partial allowed) and an issuer with its
// level; a plan (KH) with a task section or table also its tasks (TASKS_NOT_FOUND, raised by
// extractors/tasks); a báo cáo also its trích yếu, since "BÁO CÁO" alone does not say what it
// reports on (MISSING_REPORT_SUBJECT, raised by extractors/header). An appendix filed alone lacks
// the header itself (ANNEX_ALONE): its fields are its parent's, from the caption, to be checked.
export type RunStatus = 'success' | 'partial_success' | 'failure';

/** Codes that say a part the document's type must have is missing. */
export const MISSING_PART_CODES: ReadonlySet<string> = new Set([
  'MISSING_NUMBER',
  'MISSING_DATE',
  'MISSING_ISSUER',
  'ISSUER_LEVEL_UNKNOWN',
  'TASKS_NOT_FOUND',
  'MISSING_REPORT_SUBJECT',
  // An appendix given without its document: the header is its parent's, read from the caption.
  'ANNEX_ALONE',
]);

export interface StatusInput {
  readonly code: string;
  readonly severity: string;
  readonly fatal: boolean;
}

export function statusOf(diagnostics: readonly StatusInput[]): RunStatus {
  if (diagnostics.some((d) => d.fatal)) return 'failure';
  if (diagnostics.some((d) => d.severity === 'error' || MISSING_PART_CODES.has(d.code))) return 'partial_success';
  return 'success';
}
