// The corpus store: one SQLite file (better-sqlite3, WAL) holding every ingested record.
//
// Tables (corpus/migrations/001-initial.sql):
//   documents         one row per record: the columns used for filtering and joining
//   document_content  the bulky part, by documents rowid: text.normalized (UTF-16), the same
//                     folded for search to match in (migration 40), the search outline, and the
//                     rest of the record as brotli-compressed JSON (getRecord joins them)
//   doc_references    record.references, ord = position;  number_key = foldVietnamese(number)
//   movements         record.movements;                    key as the extractor made it
//   tasks             record.tasks
//   diagnostics       record.diagnostics
//   search_index      FTS5, one row per document (rowid = documents rowid), folded columns
//                     title, movements, tasks, text (corpus/search-document.ts)
//   search_head       FTS5 over the same title and movements alone, for ranking
//
// Full-text search (corpus/search.ts): fold the query the same way (corpus/query.ts), e.g.
//   SELECT rowid FROM search_index WHERE search_index MATCH '"an toan thuc pham"' ORDER BY rowid DESC LIMIT 20
// For ad-hoc SQL, ORDER BY rank gives bm25 with column weights (set in the migration); search
// itself ranks by where the words are found, as bm25 reads every match.
//
// Search, graph and comparison modules read `store.db` directly with their own SQL; the
// write path is only saveRecord/saveRecords/deleteDocument, so every document is written or
// replaced in one transaction and a killed process never leaves half a document behind.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import Database from 'better-sqlite3';
import type { PlanRecord } from '../output/schema.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { StoreError } from '../pipeline/errors.js';
import { buildSearchDocument, buildSearchOutline, foldedBytes, foldUtf16 } from './search-document.js';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

// Measured on the seed plans' records (JSON without text.normalized, ~37 KB): quality 1
// compresses 4.1× in ~0.1 ms, quality 3 4.6× in ~0.25 ms, quality 5 5.2× in ~0.55 ms. Ingest
// compresses every record once, and the blob is a fraction of the database beside the text and
// the FTS index: the speed is worth more than the last 12 % of the blob.
const BROTLI_OPTIONS = { params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } };

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

/** How a stored plan is named in results that list plans (search hits, linked plans). */
export interface PlanHeading {
  id: string;
  number: string | null;
  title: string | null;
  issuer: string | null;
  level: string | null;
  date: string | null;
}

/** A `documents` row as SQLite returns it (snake_case columns). */
export interface DocumentRow {
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
    /** Runs after the connection closes (removes a read-only store's working copy). */
    private readonly afterClose: () => void = () => undefined,
  ) {
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      // Child, content and search rows go with the document (ON DELETE CASCADE, trigger documents_delete).
      deleteDocument: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
      insertDocument: db.prepare(`INSERT INTO documents (id, path, format, number, number_key, serial, symbol, type_code,
          issuer_name, issuer_key, issuer_level, issuer_locality, issuer_parent, place, date, year, title, status,
          task_count, pipeline_version, ingested_at)
        VALUES (@id, @path, @format, @number, @number_key, @serial, @symbol, @type_code, @issuer_name, @issuer_key,
          @issuer_level, @issuer_locality, @issuer_parent, @place, @date, @year, @title, @status, @task_count,
          @pipeline_version, @ingested_at)`),
      insertContent: db.prepare<[number, Buffer, Buffer, string, Buffer]>(
        'INSERT INTO document_content (doc_rowid, text_utf16, text_folded, outline_json, record) VALUES (?, ?, ?, ?, ?)',
      ),
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
      insertSearch: db.prepare(
        'INSERT INTO search_index (rowid, doc_id, title, movements, tasks, text) VALUES (@rowid, @doc_id, @title, @movements, @tasks, @text)',
      ),
      insertHead: db.prepare('INSERT INTO search_head (rowid, title, movements) VALUES (@rowid, @title, @movements)'),
      has: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
      content: db.prepare<[string], StoredContent>(
        'SELECT c.text_utf16, c.record FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid WHERE d.id = ?',
      ),
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
    this.guard('write', () => {
      // Folding, JSON and compression happen before the write lock is taken.
      const rows = toRows(record, ingestedAt);
      this.db.transaction(() => this.writeRows(rows)).immediate();
    });
  }

  /**
   * Bulk load: every record in its own SAVEPOINT inside one outer transaction, so a record is
   * still written whole or not at all (a failing one is rolled back alone and reported), while
   * the batch pays for one commit. Until that commit nothing of the batch is visible or durable:
   * a process killed mid-batch loses the whole batch (never half a document). Use saveRecord
   * where each document must be durable as soon as it is written (the ingest command).
   */
  saveRecords(records: Iterable<PlanRecord>, ingestedAt: Date = new Date()): Array<{ id: string; error: StoreError | null }> {
    const outcomes: Array<{ id: string; error: StoreError | null }> = [];
    // better-sqlite3 runs a transaction function called inside another as a SAVEPOINT.
    const one = this.db.transaction((rows: DocumentRows) => this.writeRows(rows));
    this.guard('write', () =>
      this.db
        .transaction(() => {
          for (const record of records) {
            try {
              one(toRows(record, ingestedAt));
              outcomes.push({ id: record.id, error: null });
            } catch (error) {
              outcomes.push({ id: record.id, error: asStoreError(error, this.path, 'write') });
            }
          }
        })
        .immediate(),
    );
    return outcomes;
  }

  private writeRows(rows: DocumentRows): void {
    const s = this.statements;
    const { document, id } = rows;
    s.deleteDocument.run(id);
    const rowid = Number(s.insertDocument.run(document).lastInsertRowid);
    s.insertContent.run(rowid, rows.text, rows.folded, rows.outlineJson, rows.compressed);
    s.insertSearch.run({ rowid, doc_id: id, ...rows.search });
    s.insertHead.run({ rowid, title: rows.search.title, movements: rows.search.movements });
    for (const r of rows.references) s.insertReference.run(r);
    for (const r of rows.movements) s.insertMovement.run(r);
    for (const r of rows.tasks) s.insertTask.run(r);
    for (const r of rows.diagnostics) s.insertDiagnostic.run(r);
  }

  /**
   * Merge each full-text index into one b-tree (FTS5 'optimize'). Storing documents one
   * transaction at a time leaves FTS5 a couple of dozen segments, and a search reads every one
   * of them: merged, searches over 10,000 plans were 10% faster (p95 17%). It costs about 85 ms
   * per 1,000 plans in the store; ingest runs it once, at the end of a run that stored any.
   */
  optimizeSearch(): void {
    this.guard('write', () =>
      this.db
        .transaction(() => {
          this.db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
          this.db.exec("INSERT INTO search_head(search_head) VALUES ('optimize')");
        })
        .immediate(),
    );
  }

  /** Remove a document and all its rows; false when it was not stored. */
  deleteDocument(id: string): boolean {
    return this.guard('write', () => this.db.transaction(() => this.statements.deleteDocument.run(id).changes > 0).immediate());
  }

  hasDocument(id: string): boolean {
    return this.guard('read', () => this.statements.has.get(id) !== undefined);
  }

  getRecord(id: string): PlanRecord | null {
    const row = this.guard('read', () => this.statements.content.get(id));
    return row ? decodeRecord(row) : null;
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
        .prepare<unknown[], StoredContent>(
          `SELECT c.text_utf16, c.record FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid
           ${where} ORDER BY d.date IS NULL, d.date, d.number, d.id`,
        )
        .iterate(...params),
    );
    for (const row of rows) yield decodeRecord(row);
  }

  /** Number of stored documents. */
  count(): number {
    return this.guard('read', () => (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
  }

  close(): void {
    if (!this.db.open) return;
    this.db.close();
    this.afterClose();
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
  /**
   * Open without writing (implies mustExist): list, search, show, links, compare and export
   * work on a read-only file or folder. A store whose schema is older than this kehoach is
   * upgraded once through a writable connection when the file allows it.
   */
  readOnly?: boolean;
  /** How long a write waits for another process's write to finish (default 5 s). */
  busyTimeoutMs?: number;
}

/** PRAGMA application_id of a kehoach store ("KHCH"), set by the first migration run. */
export const KEHOACH_APPLICATION_ID = 0x4b484348;

/**
 * Open (creating it unless `mustExist`) and migrate the store at `path`; ':memory:' works too.
 * A non-empty database that is not kehoach's is refused before a byte is written to it.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const inMemory = path === ':memory:';
  if (!inMemory) {
    if (existsSync(path) && statSync(path).isDirectory()) {
      throw new StoreError(`cannot open the store ${path}: it is a folder; give the path of a database file (--db FILE)`);
    }
    if ((options.mustExist || options.readOnly) && !existsSync(path)) {
      throw new StoreError(`no store at ${path} (run "kehoach ingest" first, or give --db PATH / KEHOACH_DB)`);
    }
  }
  if (options.readOnly && !inMemory) {
    const store = openReadOnly(path, options);
    if (pendingMigrations(store.db).length === 0) return store;
    store.close();
    // An older store: upgrade it once, then read it as usual.
    openConnection(path, options, false).close();
    return openReadOnly(path, options);
  }
  return openConnection(path, options, false);
}

/**
 * SQLite cannot open a WAL database read-only where it may not create the shared-memory file
 * beside it (a read-only folder, mount or medium). There the store is read from a private copy
 * in the temporary folder, removed when the store closes.
 */
function openReadOnly(path: string, options: OpenStoreOptions): Store {
  try {
    return openConnection(path, options, true);
  } catch (error) {
    if (!(error instanceof StoreError) || !/SQLITE_CANTOPEN/.test(String((error.cause as { code?: string })?.code))) throw error;
  }
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-readonly-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const copy = join(folder, basename(path));
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const store = openConnection(copy, options, true, remove);
    return store;
  } catch (error) {
    remove();
    throw error instanceof StoreError ? error : asStoreError(error, path, 'open');
  }
}

function openConnection(path: string, options: OpenStoreOptions, readOnly: boolean, afterClose?: () => void): Store {
  let db: Database.Database;
  try {
    db = new Database(path, readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw asStoreError(error, path, 'open');
  }
  try {
    // Waits for another writer (a second `ingest`) instead of failing at once.
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
    // Reading the schema is the first real read: a file that is not a database fails here,
    // and another application's database is refused before anything is written to it.
    assertKehoachDatabase(db, path);
    // Reads through a memory map instead of a read() call per page: a search reads the text of
    // 20 hits, several pages each (measured: ~40 → ~25 µs a hit).
    db.pragma('mmap_size = 1073741824');
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL keeps the database consistent after a crash (only the last commits may be lost).
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
  } catch (error) {
    db.close();
    throw asStoreError(error, path, 'open');
  }
  return new Store(db, path, afterClose);
}

/** A database is kehoach's when it is empty, carries kehoach's application id, or (stores made
 * before the id was set) records kehoach's first migration beside a documents table. */
function assertKehoachDatabase(db: Database.Database, path: string): void {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((r) => r.name);
  if (tables.length === 0) return;
  if (db.pragma('application_id', { simple: true }) === KEHOACH_APPLICATION_ID) return;
  if (tables.includes('schema_migrations') && tables.includes('documents')) {
    const first = db.prepare<[], { name: string }>('SELECT name FROM schema_migrations WHERE version = 1').get();
    if (first?.name === 'initial') return;
  }
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
  throw new StoreError(`${path} is another application's database (tables: ${shown}); kehoach will not write to it: give a new file with --db`);
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

function appliedVersions(db: Database.Database): Set<number> {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return new Set();
  return new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
}

function pendingMigrations(db: Database.Database): Migration[] {
  const applied = appliedVersions(db);
  const known = loadMigrations();
  const newest = Math.max(0, ...known.map((m) => m.version));
  const future = [...applied].filter((v) => v > newest);
  if (future.length) {
    throw new StoreError(`the database was written by a newer kehoach (schema version ${Math.max(...future)}); upgrade kehoach`);
  }
  return known.filter((m) => !applied.has(m.version));
}

/**
 * Apply the migrations not yet recorded in schema_migrations, all in ONE exclusive transaction:
 * several ingests started at once on a new database wait for the first (busy_timeout) and then
 * find every migration applied, instead of racing to create the same tables.
 */
function migrate(db: Database.Database): void {
  // Migrations 30 and 40 convert stored text with them.
  db.function('kh_utf16', { deterministic: true }, (text: unknown) => storedText(typeof text === 'string' ? text : ''));
  db.function('kh_folded_bytes', { deterministic: true }, (utf16: unknown) =>
    foldedBytes(Buffer.isBuffer(utf16) ? foldUtf16(utf16) : ''),
  );
  if (pendingMigrations(db).length === 0) return;
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    // Read again inside the lock: another process may have migrated while this one waited.
    for (const migration of pendingMigrations(db)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    db.pragma(`application_id = ${KEHOACH_APPLICATION_ID}`);
  }).exclusive();
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

/**
 * The level, issuer and year filters as WHERE clauses over `documents` (columns prefixed by
 * `alias`), shared by listing and search.
 */
export function documentFilterClauses(
  filters: Pick<DocumentFilters, 'level' | 'issuer' | 'year'>,
  alias = '',
): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filters.level !== undefined) {
    clauses.push(`${alias}issuer_level = ?`);
    params.push(filters.level);
  }
  if (filters.issuer !== undefined) {
    clauses.push(`${alias}issuer_key LIKE ? ESCAPE '\\'`);
    params.push(`%${foldVietnamese(filters.issuer.normalize('NFC').trim()).replace(/[\\%_]/g, '\\$&')}%`);
  }
  if (filters.year !== undefined) {
    clauses.push(`${alias}year = ?`);
    params.push(filters.year);
  }
  return { clauses, params };
}

function filterSql(filters: DocumentFilters): { where: string; params: unknown[] } {
  const { clauses, params } = documentFilterClauses(filters);
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

/** What document_content gives back for a record. */
export interface StoredContent {
  /** text.normalized as UTF-16LE bytes (storedText). */
  text_utf16: Buffer;
  record: Buffer;
}

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
  const json = JSON.stringify({ ...record, text: { ...record.text, normalized: '' } });
  return brotliCompressSync(Buffer.from(json, 'utf8'), BROTLI_OPTIONS);
}

/** Every row of one record, computed before the transaction. */
interface DocumentRows {
  id: string;
  document: Record<string, unknown>;
  text: Buffer;
  /** The text folded for search to match in, one byte a unit (foldedBytes). */
  folded: Buffer;
  outlineJson: string;
  compressed: Buffer;
  search: ReturnType<typeof buildSearchDocument>;
  references: unknown[][];
  movements: unknown[][];
  tasks: unknown[][];
  diagnostics: unknown[][];
}

function toRows(record: PlanRecord, ingestedAt: Date): DocumentRows {
  const id = record.id;
  const d = record.document;
  const search = buildSearchDocument(record);
  return {
    id,
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
    text: storedText(record.text.normalized),
    outlineJson: JSON.stringify(buildSearchOutline(record)),
    compressed: encodeRecord(record),
    folded: foldedBytes(search.text),
    search,
    references: record.references.map((r, ord) => [
      id, ord, r.type, r.typeCode, r.number, numberKey(r.number), r.date, r.issuer, r.relation, r.span.start, r.span.end,
    ]),
    movements: record.movements.map((m, ord) => [id, ord, m.name, m.kind, m.key, m.span.start, m.span.end]),
    tasks: record.tasks.map((t, ord) => [
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
    ]),
    diagnostics: record.diagnostics.map((g, ord) => [
      id, ord, g.code, g.severity, g.message, g.span?.start ?? null, g.span?.end ?? null, g.page ?? null,
    ]),
  };
}
