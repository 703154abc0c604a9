// A PlanRecord as the SQLite store's rows, and back: computed outside any transaction, so the
// folding, JSON and compression of a record never hold the write lock.
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { PlanRecord } from '../../output/schema.js';
import { buildSearchDocument, buildSearchOutline, foldedBytes } from '../search-document.js';
import type { DocumentSummary } from './interface.js';
import { numberKey, sourceFacts, type SourceFacts } from '../plans/identity.js';
import { signatureBands, signatureToBytes, textSignature } from '../plans/signature.js';
import type { CorrectedDocumentsRow, CorrectedReferencesRow, DiagnosticsRow, DocReferencesRow, DocumentContentRow, DocumentsRow, MovementsRow, SearchIndexRow, TasksRow } from './rows.js';

/** What toRows computes for the plan of a record, outside the transaction. */
export interface SourceRows {
  facts: SourceFacts;
  signature: Uint32Array | null;
  signatureBytes: Buffer | null;
  bands: number[];
}

// Measured on the seed plans' records (JSON without text.normalized, ~37 KB): quality 1
// compresses 4.1× in ~0.1 ms, quality 3 4.6× in ~0.25 ms, quality 5 5.2× in ~0.55 ms. Ingest
// compresses every record once, and the blob is a fraction of the database beside the text and
// the FTS index: the speed is worth more than the last 12 % of the blob.
const BROTLI_OPTIONS = { params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } };

/** What document_content gives back for a record. */
export type StoredContent = Pick<DocumentContentRow, 'text_utf16' | 'record'>;

/** text.normalized as document_content keeps it: UTF-16LE, so it reads back without decoding. */
export const storedText = (text: string): Buffer => Buffer.from(text, 'utf16le');

/** The stored form of a record back to the PlanRecord (document_content.text_utf16 + record). */
export function decodeRecord(row: StoredContent): PlanRecord {
  const record = JSON.parse(brotliDecompressSync(row.record).toString('utf8')) as PlanRecord;
  record.text.normalized = row.text_utf16.toString('utf16le');
  return record;
}

/** The record without text.normalized (stored once, plainly, for snippets), compressed. */
export function encodeRecord(record: PlanRecord): Buffer {
  // normalized stays as "" so the keys keep their order when read back.
  // A plan's view (its sources, its corrections) is never part of the machine record.
  const { plan: _plan, review: _review, ...machine } = record;
  const json = JSON.stringify({ ...machine, text: { ...machine.text, normalized: '' } });
  return brotliCompressSync(Buffer.from(json, 'utf8'), BROTLI_OPTIONS);
}

export { numberKey };

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** Every row of one record. Content and search rows get the document's rowid when written. */
export interface RecordRows {
  document: DocumentsRow;
  content: Omit<DocumentContentRow, 'doc_rowid'>;
  search: Omit<SearchIndexRow, 'rowid'>;
  references: DocReferencesRow[];
  movements: MovementsRow[];
  tasks: TasksRow[];
  diagnostics: DiagnosticsRow[];
  /** What the record's plan is found by (corpus/plans/). */
  source: SourceRows;
}

/** The identity, signature and bands of a record as a source of its plan. */
export function toSourceRows(record: PlanRecord): SourceRows {
  const signature = textSignature(record.text.normalized);
  return { facts: sourceFacts(record), signature, signatureBytes: signatureToBytes(signature), bands: signatureBands(signature) };
}

export function toRows(record: PlanRecord, ingestedAt: Date): RecordRows {
  const id = record.id;
  const d = record.document;
  const search = buildSearchDocument(record);
  return {
    document: {
      id,
      path: record.source.path,
      format: record.source.format,
      number: d.number,
      number_key: numberKey(d.number),
      serial: d.serial,
      symbol: d.symbol,
      type_code: d.typeCode,
      issuer_name: d.issuer.name,
      issuer_key: d.issuer.name === null ? null : foldVietnamese(d.issuer.name),
      issuer_level: d.issuer.level,
      issuer_locality: d.issuer.locality,
      issuer_parent: d.issuer.parent,
      place: d.place,
      date: d.date,
      year: yearOf(d.date),
      title: d.title,
      status: record.pipeline.status,
      task_count: record.tasks.length,
      pipeline_version: record.pipeline.version,
      ingested_at: ingestedAt.toISOString(),
    },
    content: {
      text_utf16: storedText(record.text.normalized),
      text_folded: foldedBytes(search.text),
      outline_json: JSON.stringify(buildSearchOutline(record)),
      record: encodeRecord(record),
    },
    search: { doc_id: id, ...search },
    references: referenceRows(record).map((r, ord) => ({ ...r, span_start: record.references[ord]!.span.start, span_end: record.references[ord]!.span.end })),
    movements: record.movements.map((m, ord) => ({
      doc_id: id,
      ord,
      name: m.name,
      kind: m.kind,
      key: m.key,
      span_start: m.span.start,
      span_end: m.span.end,
    })),
    tasks: record.tasks.map((t, ord) => ({
      doc_id: id,
      ord,
      idx: t.index,
      section: t.section,
      content: t.content,
      lead_json: JSON.stringify(t.lead),
      support_json: JSON.stringify(t.support),
      supervisor: t.supervisor,
      deadline_text: t.deadline?.text ?? null,
      deadline_start: t.deadline?.start ?? null,
      deadline_end: t.deadline?.end ?? null,
      recurring: t.deadline ? (t.deadline.recurring ? 1 : 0) : null,
      confidence: t.confidence,
    })),
    diagnostics: record.diagnostics.map((g, ord) => ({
      doc_id: id,
      ord,
      code: g.code,
      severity: g.severity,
      message: g.message,
      span_start: g.span?.start ?? null,
      span_end: g.span?.end ?? null,
      page: g.page ?? null,
    })),
    source: toSourceRows(record),
  };
}

/** The references of a record as rows (without their spans: corrected_references has none). */
export function referenceRows(record: PlanRecord): CorrectedReferencesRow[] {
  return record.references.map((r, ord) => ({
    doc_id: record.id,
    ord,
    type: r.type,
    type_code: r.typeCode,
    number: r.number,
    number_key: numberKey(r.number),
    date: r.date,
    issuer: r.issuer,
    relation: r.relation,
  }));
}

/** What search and list filter a record on (the columns of `documents` they read). */
export function filterFacets(record: PlanRecord): Pick<CorrectedDocumentsRow, 'issuer_key' | 'issuer_level' | 'year' | 'type_code'> {
  const d = record.document;
  return { issuer_key: d.issuer.name === null ? null : foldVietnamese(d.issuer.name), issuer_level: d.issuer.level, year: yearOf(d.date), type_code: d.typeCode };
}

/** The columns of `documents` a DocumentSummary is made of. */
export const SUMMARY_COLUMNS = `id, path, format, number, symbol, type_code, issuer_name, issuer_level, issuer_locality,
  date, year, title, status, task_count, pipeline_version, ingested_at`;

export type SummaryRow = Pick<
  DocumentsRow,
  | 'id' | 'path' | 'format' | 'number' | 'symbol' | 'type_code' | 'issuer_name' | 'issuer_level' | 'issuer_locality'
  | 'date' | 'year' | 'title' | 'status' | 'task_count' | 'pipeline_version' | 'ingested_at'
>;

export function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    path: row.path,
    format: row.format,
    number: row.number,
    symbol: row.symbol,
    typeCode: row.type_code,
    issuerName: row.issuer_name,
    issuerLevel: row.issuer_level,
    issuerLocality: row.issuer_locality,
    date: row.date,
    year: row.year,
    title: row.title,
    status: row.status,
    taskCount: row.task_count,
    pipelineVersion: row.pipeline_version,
    ingestedAt: row.ingested_at,
  };
}
