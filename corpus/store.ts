// The corpus store: one SQLite file (better-sqlite3, WAL) holding every ingested record.
//
// Tables (corpus/migrations/001-initial.sql):
//   documents       one row per record; record_json is the whole PlanRecord (the source of truth),
//                   the other columns are copies for filtering and joining
//   doc_references  record.references, ord = position;  number_key = foldVietnamese(number)
//   movements       record.movements;                    key as the extractor made it
//   tasks           record.tasks
//   diagnostics     record.diagnostics
//   search_index    FTS5 over folded chunks of each record (see buildSearchChunks)
//
// Full-text search: fold the query the same way and match it against body, e.g.
//   SELECT doc_id, part, section, start, snippet(search_index, 4, '[', ']', '…', 12)
//     FROM search_index WHERE search_index MATCH ? ORDER BY rank       -- ? = foldVietnamese(query)
// A hit at offset k of body is at offset start + k of text.normalized (parts 'text' and
// 'movement'; 'task' chunks start at the task's span when it has one, 'title' has none).
//
// Search, graph and comparison modules read `store.db` directly with their own SQL; the
// write path is only saveRecord/deleteDocument, so every document is written or replaced in
// one transaction and a killed process never leaves half a document behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { PlanRecord } from '../output/schema.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { StoreError } from '../pipeline/errors.js';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** Search rows of one document live in rowids [docRowid * 2^20, (docRowid + 1) * 2^20). */
const CHUNK_ROWID_SPAN = 2 ** 20;

/** Paragraph runs are merged into chunks of about this many characters. */
const CHUNK_TARGET_CHARS = 2000;

export interface DocumentFilters {
  /** Issuer level: "district", "ward" … */
  level?: string;
  /** Part of the issuer name, compared diacritic- and case-insensitively. */
  issuer?: string;
  /** Year of the document date. */
  year?: number;
  /**
   * Ingested at or after this ISO date or timestamp ("2024-05-01", "2024-05-01T10:00:00Z"):
   * for incremental exports. It filters on ingestion time, not on the document's own date
   * (use `year` or `dateFrom` for that).
   */
  since?: string;
  /** The document's own date is on or after this ISO date (partial dates compare by prefix). */
  dateFrom?: string;
}

/** One line of `kehoach list`: the columns of `documents`, without the JSON. */
export interface DocumentSummary {
  id: string;
  path: string;
  format: string;
  number: string | null;
  symbol: string | null;
  typeCode: string | null;
  issuerName: string | null;
  issuerLevel: string | null;
  issuerLocality: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  status: string;
  taskCount: number;
  pipelineVersion: string;
  ingestedAt: string;
}

/** A chunk of searchable text; `body` is written folded, `start` maps it back. */
export interface SearchChunk {
  part: 'title' | 'text' | 'movement' | 'task';
  section: string | null;
  /** Offset of the chunk in text.normalized; null when the chunk has no place there. */
  start: number | null;
  text: string;
}

interface DocumentRow {
  id: string;
  path: string;
  format: string;
  number: string | null;
  symbol: string | null;
  type_code: string | null;
  issuer_name: string | null;
  issuer_level: string | null;
  issuer_locality: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  status: string;
  task_count: number;
  pipeline_version: string;
  ingested_at: string;
}

const SUMMARY_COLUMNS = `id, path, format, number, symbol, type_code, issuer_name, issuer_level, issuer_locality,
  date, year, title, status, task_count, pipeline_version, ingested_at`;

export class Store {
  private readonly statements: ReturnType<Store['prepare']>;

  /** @internal use openStore() */
  constructor(
    /** The open connection, for modules that query the tables with their own SQL. */
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      rowidOf: db.prepare<[string], { rowid: number }>('SELECT rowid FROM documents WHERE id = ?'),
      deleteSearch: db.prepare<[number, number]>('DELETE FROM search_index WHERE rowid >= ? AND rowid < ?'),
      deleteDocument: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
      insertDocument: db.prepare(`INSERT INTO documents (id, path, format, number, number_key, serial, symbol, type_code,
          issuer_name, issuer_key, issuer_level, issuer_locality, issuer_parent, place, date, year, title, status,
          task_count, pipeline_version, record_json, ingested_at)
        VALUES (@id, @path, @format, @number, @number_key, @serial, @symbol, @type_code, @issuer_name, @issuer_key,
          @issuer_level, @issuer_locality, @issuer_parent, @place, @date, @year, @title, @status, @task_count,
          @pipeline_version, @record_json, @ingested_at)`),
      insertReference: db.prepare(`INSERT INTO doc_references (doc_id, ord, type, type_code, number, number_key, date,
          issuer, relation, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertMovement: db.prepare(
        'INSERT INTO movements (doc_id, ord, name, kind, key, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertTask: db.prepare(`INSERT INTO tasks (doc_id, ord, idx, section, content, lead_json, support_json, supervisor,
          deadline_text, deadline_start, deadline_end, recurring, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertDiagnostic: db.prepare(`INSERT INTO diagnostics (doc_id, ord, code, severity, message, span_start, span_end,
          page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      insertChunk: db.prepare(
        'INSERT INTO search_index (rowid, doc_id, part, section, start, body) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      has: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
      recordJson: db.prepare<[string], { record_json: string }>('SELECT record_json FROM documents WHERE id = ?'),
      byNumber: db.prepare<[string, string], DocumentRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE number = ? OR number_key = ? ORDER BY date, id`,
      ),
      byIdPrefix: db.prepare<[string], DocumentRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id >= ? ORDER BY id LIMIT 2`,
      ),
    };
  }

  /**
   * Write one record and all its rows in one transaction. A record with the same id is
   * replaced completely (its old rows go first), so a re-ingest never leaves stale rows.
   */
  saveRecord(record: PlanRecord, ingestedAt: Date = new Date()): void {
    const s = this.statements;
    const id = record.id;
    const write = this.db.transaction(() => {
      this.deleteRows(id);
      const d = record.document;
      const info = s.insertDocument.run({
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
        record_json: JSON.stringify(record),
        ingested_at: ingestedAt.toISOString(),
      });
      record.references.forEach((r, ord) =>
        s.insertReference.run(id, ord, r.type, r.typeCode, r.number, numberKey(r.number), r.date, r.issuer, r.relation, r.span.start, r.span.end),
      );
      record.movements.forEach((m, ord) => s.insertMovement.run(id, ord, m.name, m.kind, m.key, m.span.start, m.span.end));
      record.tasks.forEach((t, ord) =>
        s.insertTask.run(
          id,
          ord,
          t.index,
          t.section,
          t.content,
          JSON.stringify(t.lead),
          JSON.stringify(t.support),
          t.supervisor,
          t.deadline?.text ?? null,
          t.deadline?.start ?? null,
          t.deadline?.end ?? null,
          t.deadline ? (t.deadline.recurring ? 1 : 0) : null,
          t.confidence,
        ),
      );
      record.diagnostics.forEach((g, ord) =>
        s.insertDiagnostic.run(id, ord, g.code, g.severity, g.message, g.span?.start ?? null, g.span?.end ?? null, g.page ?? null),
      );
      // No stale rows can sit in this range: documents are only deleted through deleteRows,
      // which clears a document's range with it (a delete here would cost an FTS5 flush per save).
      const base = Number(info.lastInsertRowid) * CHUNK_ROWID_SPAN;
      buildSearchChunks(record)
        .slice(0, CHUNK_ROWID_SPAN)
        .forEach((c, i) => s.insertChunk.run(base + i, id, c.part, c.section, c.start, foldVietnamese(c.text)));
    });
    this.guard('write', () => write.immediate());
  }

  /** Remove a document and all its rows; false when it was not stored. */
  deleteDocument(id: string): boolean {
    return this.guard('write', () => this.db.transaction(() => this.deleteRows(id)).immediate());
  }

  private deleteRows(id: string): boolean {
    const found = this.statements.rowidOf.get(id);
    if (!found) return false;
    const base = found.rowid * CHUNK_ROWID_SPAN;
    this.statements.deleteSearch.run(base, base + CHUNK_ROWID_SPAN);
    this.statements.deleteDocument.run(id); // child rows go by ON DELETE CASCADE
    return true;
  }

  hasDocument(id: string): boolean {
    return this.guard('read', () => this.statements.has.get(id) !== undefined);
  }

  getRecord(id: string): PlanRecord | null {
    const row = this.guard('read', () => this.statements.recordJson.get(id));
    return row ? (JSON.parse(row.record_json) as PlanRecord) : null;
  }

  /** Documents whose number is `number`, canonically or once folded ("05/kh-hdtdkt", spaces ignored). */
  findByNumber(number: string): DocumentSummary[] {
    return this.guard('read', () => this.statements.byNumber.all(number.trim(), numberKey(number) ?? '')).map(toSummary);
  }

  /**
   * What a user typed to name a document: a full id, an id prefix (at least 4 hex digits) or
   * a document number. Returns every match, so the caller can say when it is ambiguous.
   */
  resolve(reference: string): DocumentSummary[] {
    const ref = reference.trim();
    if (/^[0-9a-f]{4,64}$/i.test(ref)) {
      const prefix = ref.toLowerCase();
      const rows = this.guard('read', () => this.statements.byIdPrefix.all(prefix)).filter((r) => r.id.startsWith(prefix));
      if (rows.length) return rows.map(toSummary);
    }
    return this.findByNumber(ref);
  }

  /** Stored documents, by date then number. */
  listDocuments(filters: DocumentFilters = {}): DocumentSummary[] {
    const { where, params } = filterSql(filters);
    return this.guard('read', () =>
      this.db
        .prepare<unknown[], DocumentRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents ${where} ORDER BY date IS NULL, date, number, id`)
        .all(...params),
    ).map(toSummary);
  }

  /** Stored records one at a time (constant memory), in the order of listDocuments. */
  *iterateRecords(filters: DocumentFilters = {}): IterableIterator<PlanRecord> {
    const { where, params } = filterSql(filters);
    const rows = this.guard('read', () =>
      this.db
        .prepare<unknown[], { record_json: string }>(
          `SELECT record_json FROM documents ${where} ORDER BY date IS NULL, date, number, id`,
        )
        .iterate(...params),
    );
    for (const row of rows) yield JSON.parse(row.record_json) as PlanRecord;
  }

  /** Number of stored documents. */
  count(): number {
    return this.guard('read', () => (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private guard<T>(what: 'read' | 'write', action: () => T): T {
    try {
      return action();
    } catch (error) {
      throw asStoreError(error, this.path, what);
    }
  }
}

export interface OpenStoreOptions {
  /**
   * Refuse to create a new database: for commands that read (show, list, export), where a
   * missing file means a wrong --db rather than an empty corpus.
   */
  mustExist?: boolean;
  /** How long a write waits for another process's write to finish (default 5 s). */
  busyTimeoutMs?: number;
}

/**
 * Open (creating it unless `mustExist`) and migrate the store at `path`; ':memory:' works too.
 * Readers open read-write as well, so the last connection to close can checkpoint and remove
 * the WAL files.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new StoreError(`no store at ${path} (run "kehoach ingest" first, or give --db PATH / KEHOACH_DB)`);
  }
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw asStoreError(error, path, 'open');
  }
  try {
    // Waits for another writer (a second `ingest`) instead of failing at once.
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
    // Reading the schema is the first real read: a file that is not a database fails here.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps the database consistent after a crash (only the last commits may be lost).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw asStoreError(error, path, 'open');
  }
  return new Store(db, path);
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered migrations shipped in corpus/migrations/ ("001-initial.sql" → version 1). */
export function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .map((file) => /^(\d+)-(.+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(new URL(m[0], MIGRATIONS_DIR), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** Apply the migrations not yet recorded in schema_migrations, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version),
  );
  const known = loadMigrations();
  const newest = Math.max(0, ...known.map((m) => m.version));
  const future = [...applied].filter((v) => v > newest);
  if (future.length) {
    throw new StoreError(`the database was written by a newer kehoach (schema version ${Math.max(...future)}); upgrade kehoach`);
  }
  for (const migration of known) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
}

function asStoreError(error: unknown, path: string, what: 'open' | 'read' | 'write'): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  let reason: string;
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) reason = 'the file is not an SQLite database';
  else if (code.startsWith('SQLITE_CORRUPT')) reason = 'the database file is corrupt';
  else if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    reason = 'the database is locked by another process; try again when it has finished';
  else if (code.startsWith('SQLITE_CANTOPEN') || /unable to open/i.test(message)) reason = 'cannot open the file (check the folder exists and is writable)';
  else if (code.startsWith('SQLITE_READONLY')) reason = 'the database is read-only';
  else if (code.startsWith('SQLITE_FULL')) reason = 'the disk is full';
  else if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR')) reason = `input/output error (${message})`;
  else reason = message;
  const verb = what === 'open' ? 'cannot open' : what === 'read' ? 'cannot read' : 'cannot write';
  const result = new StoreError(`${verb} the store ${path}: ${reason}`);
  result.cause = error;
  return result;
}

/** The folded number used to match documents and references ("05/KH-HĐTĐKT" → "05/kh-hdtdkt"). */
export function numberKey(number: string | null): string | null {
  if (number === null) return null;
  const key = foldVietnamese(number.normalize('NFC')).replace(/\s+/g, '');
  return key.length ? key : null;
}

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

function filterSql(filters: DocumentFilters): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filters.level !== undefined) {
    clauses.push('issuer_level = ?');
    params.push(filters.level);
  }
  if (filters.issuer !== undefined) {
    clauses.push("issuer_key LIKE ? ESCAPE '\\'");
    params.push(`%${foldVietnamese(filters.issuer.normalize('NFC').trim()).replace(/[\\%_]/g, '\\$&')}%`);
  }
  if (filters.year !== undefined) {
    clauses.push('year = ?');
    params.push(filters.year);
  }
  if (filters.since !== undefined) {
    clauses.push('ingested_at >= ?');
    params.push(sinceTimestamp(filters.since));
  }
  if (filters.dateFrom !== undefined) {
    // "2024-03" is on or after "2024-03-15" only partially; keep it (compare on the shared prefix).
    clauses.push('date IS NOT NULL AND date >= substr(?, 1, length(date))');
    params.push(filters.dateFrom);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** "2024-05-01" → start of that day UTC; full timestamps are normalised to toISOString form. */
function sinceTimestamp(since: string): string {
  const parsed = new Date(since);
  if (Number.isNaN(parsed.getTime())) throw new StoreError(`"${since}" is not a date (expected YYYY-MM-DD or an ISO timestamp)`);
  return parsed.toISOString();
}

function toSummary(row: DocumentRow): DocumentSummary {
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

/**
 * The searchable chunks of a record: its title, its normalised text cut at section starts
 * (or, without an outline, into runs of paragraphs), each movement name and each task.
 * Long pieces are cut at paragraph breaks so a hit points near its place.
 */
export function buildSearchChunks(record: PlanRecord): SearchChunk[] {
  const chunks: SearchChunk[] = [];
  if (record.document.title) chunks.push({ part: 'title', section: null, start: null, text: record.document.title });
  const text = record.text.normalized;
  const cuts = [...(record.sections ?? [])]
    .filter((s) => s.span.start > 0 && s.span.start < text.length)
    .sort((a, b) => a.span.start - b.span.start);
  const pieces: Array<{ start: number; end: number; section: string | null }> = [];
  let from = 0;
  let label: string | null = null;
  for (const section of cuts) {
    if (section.span.start > from) pieces.push({ start: from, end: section.span.start, section: label });
    if (section.span.start >= from) {
      from = section.span.start;
      label = [section.number, section.heading].filter(Boolean).join(' ').trim() || null;
    }
  }
  pieces.push({ start: from, end: text.length, section: label });
  for (const piece of pieces) {
    for (const [start, end] of paragraphRuns(text, piece.start, piece.end)) {
      chunks.push({ part: 'text', section: piece.section, start, text: text.slice(start, end) });
    }
  }
  for (const m of record.movements) chunks.push({ part: 'movement', section: null, start: m.span.start, text: m.name });
  for (const t of record.tasks) {
    chunks.push({ part: 'task', section: t.section, start: t.span?.start ?? null, text: t.content });
  }
  return chunks.filter((c) => c.text.trim().length > 0);
}

/** [start, end) runs of whole paragraphs of about CHUNK_TARGET_CHARS inside [from, to). */
function paragraphRuns(text: string, from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const breaks = /\n[ \t]*\n|\f/g;
  breaks.lastIndex = from;
  let runStart = from;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(text)) && match.index < to) {
    const at = match.index + match[0].length;
    if (at - runStart >= CHUNK_TARGET_CHARS) {
      runs.push([runStart, at]);
      runStart = at;
    }
  }
  if (to > runStart) runs.push([runStart, to]);
  return runs;
}
