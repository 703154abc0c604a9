// The tables of the SQLite store, one interface per row, as the SQL reads and writes them
// (snake_case columns; corpus/migrations/ creates them). Only the SQLite store (this folder)
// sees these shapes: what leaves it is the types of corpus/store.ts.

/** `documents`: one row per record, the columns used to filter and join. */
export interface DocumentsRow {
  /** sha256 of the source bytes. */
  id: string;
  path: string;
  format: string;
  /** Canonical "05/KH-HĐTĐKT". */
  number: string | null;
  /** numberKey(number): "05/kh-hdtdkt". */
  number_key: string | null;
  serial: string | null;
  symbol: string | null;
  type_code: string | null;
  issuer_name: string | null;
  /** foldVietnamese(issuer_name), for filters. */
  issuer_key: string | null;
  issuer_level: string | null;
  issuer_locality: string | null;
  issuer_parent: string | null;
  place: string | null;
  /** ISO, partial allowed ("2024", "2024-01"). */
  date: string | null;
  year: number | null;
  title: string | null;
  status: string;
  task_count: number;
  pipeline_version: string;
  /** ISO timestamp (UTC). */
  ingested_at: string;
}

/** `document_content`: the bulky part of a record, keyed by the documents rowid. */
export interface DocumentContentRow {
  doc_rowid: number;
  /** record.text.normalized as UTF-16LE bytes (migration 30). */
  text_utf16: Buffer;
  /** The text folded for search, one byte a UTF-16 unit (migration 40). */
  text_folded: Buffer;
  /** Where sections, movements and tasks sit in the text (SearchOutline) as JSON. */
  outline_json: string;
  /** The PlanRecord as JSON with text.normalized = "", brotli-compressed. */
  record: Buffer;
}

/** `doc_references`: record.references, ord = position. */
export interface DocReferencesRow {
  doc_id: string;
  ord: number;
  type: string | null;
  type_code: string | null;
  number: string | null;
  number_key: string | null;
  date: string | null;
  issuer: string | null;
  relation: 'implements' | 'basis' | 'mentions';
  span_start: number;
  span_end: number;
}

/** `movements`: record.movements. */
export interface MovementsRow {
  doc_id: string;
  ord: number;
  name: string;
  kind: string;
  key: string;
  span_start: number;
  span_end: number;
}

/** `tasks`: record.tasks. */
export interface TasksRow {
  doc_id: string;
  ord: number;
  idx: string | null;
  section: string | null;
  content: string;
  lead_json: string;
  support_json: string;
  supervisor: string | null;
  deadline_text: string | null;
  deadline_start: string | null;
  deadline_end: string | null;
  /** 0/1; null when there is no deadline. */
  recurring: number | null;
  confidence: number;
}

/** `diagnostics`: record.diagnostics. */
export interface DiagnosticsRow {
  doc_id: string;
  ord: number;
  code: string;
  severity: string;
  message: string;
  span_start: number | null;
  span_end: number | null;
  page: number | null;
}

/** `search_index` (FTS5, rowid = documents rowid): the folded columns. */
export interface SearchIndexRow {
  rowid: number;
  doc_id: string;
  title: string;
  movements: string;
  tasks: string;
  text: string;
}

/** `search_head` (FTS5, rowid = documents rowid): title and movement names alone. */
export interface SearchHeadRow {
  rowid: number;
  title: string;
  movements: string;
}

/** `doc_links` (migration 20): a reference resolved to a stored document. */
export interface DocLinksRow {
  from_doc: string;
  ref_ord: number;
  to_doc: string;
  relation: DocReferencesRow['relation'];
  confidence: number;
  method: 'exact' | 'number' | 'serial-blank' | 'symbol';
}

/** `doc_links_state`: what the links were built from (one row, id 1). */
export interface DocLinksStateRow {
  id: 1;
  documents: number;
  latest: string | null;
  resolved_at: string;
}

/** `schema_migrations`: the migrations applied. */
export interface SchemaMigrationsRow {
  version: number;
  name: string;
  applied_at: string;
}

/** Every table and its row (kysely's Database interface, without kysely). */
export interface Tables {
  documents: DocumentsRow;
  document_content: DocumentContentRow;
  doc_references: DocReferencesRow;
  movements: MovementsRow;
  tasks: TasksRow;
  diagnostics: DiagnosticsRow;
  search_index: SearchIndexRow;
  search_head: SearchHeadRow;
  doc_links: DocLinksRow;
  doc_links_state: DocLinksStateRow;
  schema_migrations: SchemaMigrationsRow;
  plans: PlansRow;
  plan_sources: PlanSourcesRow;
  plan_source_bands: PlanSourceBandsRow;
  plan_links: PlanLinksRow;
  corrections: CorrectionsRow;
  corrected_documents: CorrectedDocumentsRow;
  corrected_references: CorrectedReferencesRow;
}

/** `plans` (migration 50): a plan, whatever number of files it came as. */
export interface PlansRow {
  id: string;
  identity_key: string;
  primary_doc: string | null;
  created_at: string;
}

/** `plan_sources`: a stored document as a source of its plan, with what merging and the primary rule read. */
export interface PlanSourcesRow {
  doc_id: string;
  plan_id: string;
  identity_key: string;
  number_key: string | null;
  issuer_key: string | null;
  type_code: string | null;
  year: number | null;
  text_layer: 0 | 1;
  /** 1: the whole document; 0: a part of it (an appendix filed alone). */
  whole: 0 | 1;
  error_count: number;
  pipeline_version: string;
  signature: Buffer | null;
  joined_by: 'identity' | 'text' | 'new';
  similarity: number | null;
}

/** `plan_source_bands`: one LSH band of a source's signature. */
export interface PlanSourceBandsRow {
  band: number;
  hash: number;
  doc_id: string;
}

/** `plan_links`: two plans with similar text, not merged. */
export interface PlanLinksRow {
  plan_a: string;
  plan_b: string;
  similarity: number;
}

/** `corrections`: a reviewer's correction of a plan. */
export interface CorrectionsRow {
  id: string;
  plan_id: string;
  path: string;
  op: 'set' | 'add' | 'delete';
  row_json: string | null;
  machine_json: string;
  value_json: string;
  note: string | null;
  author: string;
  created_at: string;
}

/** `corrected_documents` (migration 60): a source of a corrected plan, as filters and snippets see it. */
export interface CorrectedDocumentsRow {
  doc_rowid: number;
  issuer_key: string | null;
  issuer_level: string | null;
  year: number | null;
  type_code: string | null;
  text_utf16: Buffer | null;
  text_folded: Buffer | null;
  outline_json: string | null;
  references_corrected: 0 | 1;
}

/** `corrected_references`: the references of a source whose plan's references were corrected. */
export type CorrectedReferencesRow = Omit<DocReferencesRow, 'span_start' | 'span_end'>;
