// The Store (corpus/store.ts) on SQLite: one file, better-sqlite3, WAL. This class and the
// query classes beside it are the only code that holds the connection; every statement comes
// from the one StatementCache of the connection.
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type { PlanRecord } from '../../output/schema.js';
import { StoreError } from '../../output/errors.js';
import type { CorrectionRequest } from '../corrections/prepare.js';
import { CorrectionError, type Correction } from '../corrections/types.js';
import type { CorrectionsExport, DocumentFilters, DocumentSummary, ImportOutcome, PlanPage, PlanPageFilters, PlanSummary, SaveOutcome, SourceSummary, Store } from './interface.js';
import { planPage } from './plan-page.js';
import { SqliteCorrections } from './corrections.js';
import { SqlitePlans } from './plans.js';
import { listFilterSql } from './filters.js';
import { SqliteGraphQueries } from './graph-queries.js';
import { KEHOACH_APPLICATION_ID, migrate, pendingMigrations } from './migrate.js';
import { decodeRecord, numberKey, SUMMARY_COLUMNS, toRows, toSourceRows, toSummary, type RecordRows, type SourceRows, type StoredContent, type SummaryRow } from './records.js';
import type { DiagnosticsRow, DocReferencesRow, DocumentContentRow, DocumentsRow, MovementsRow, TasksRow } from './rows.js';
import { SqliteSearchQueries } from './search-queries.js';
import { StatementCache } from './statements.js';

export { KEHOACH_APPLICATION_ID };

/**
 * The columns of a table in the order its INSERT binds them. Written as an object so that the
 * compiler checks every column of the row type is there, once.
 */
function columnsOf<Row>(columns: Record<keyof Row & string, true>): Array<keyof Row & string> {
  return Object.keys(columns) as Array<keyof Row & string>;
}

/**
 * An INSERT bound by position, from a typed row. Child rows come by the dozen per document;
 * binding by name makes better-sqlite3 look each column up by name, row after row.
 */
function positionalInsert<Row>(table: string, columns: Array<keyof Row & string>) {
  return {
    sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    values: (row: Row) => columns.map((column) => row[column]),
  };
}

const INSERT = {
  content: positionalInsert<DocumentContentRow>(
    'document_content',
    columnsOf<DocumentContentRow>({ doc_rowid: true, text_utf16: true, text_folded: true, outline_json: true, record: true }),
  ),
  reference: positionalInsert<DocReferencesRow>(
    'doc_references',
    columnsOf<DocReferencesRow>({
      doc_id: true, ord: true, type: true, type_code: true, number: true, number_key: true, date: true, issuer: true,
      relation: true, span_start: true, span_end: true,
    }),
  ),
  movement: positionalInsert<MovementsRow>(
    'movements',
    columnsOf<MovementsRow>({ doc_id: true, ord: true, name: true, kind: true, key: true, span_start: true, span_end: true }),
  ),
  task: positionalInsert<TasksRow>(
    'tasks',
    columnsOf<TasksRow>({
      doc_id: true, ord: true, idx: true, section: true, content: true, lead_json: true, support_json: true, supervisor: true,
      deadline_text: true, deadline_start: true, deadline_end: true, recurring: true, confidence: true,
    }),
  ),
  diagnostic: positionalInsert<DiagnosticsRow>(
    'diagnostics',
    columnsOf<DiagnosticsRow>({ doc_id: true, ord: true, code: true, severity: true, message: true, span_start: true, span_end: true, page: true }),
  ),
};

const SQL = {
  // Child, content and search rows go with the document (ON DELETE CASCADE, trigger documents_delete).
  deleteDocument: 'DELETE FROM documents WHERE id = ?',
  insertDocument: `INSERT INTO documents (id, path, format, number, number_key, serial, symbol, type_code,
      issuer_name, issuer_key, issuer_level, issuer_locality, issuer_parent, place, date, year, title, status,
      task_count, pipeline_version, ingested_at)
    VALUES (@id, @path, @format, @number, @number_key, @serial, @symbol, @type_code, @issuer_name, @issuer_key,
      @issuer_level, @issuer_locality, @issuer_parent, @place, @date, @year, @title, @status, @task_count,
      @pipeline_version, @ingested_at)`,
  insertSearch: `INSERT INTO search_index (rowid, doc_id, title, movements, tasks, text)
    VALUES (@rowid, @doc_id, @title, @movements, @tasks, @text)`,
  insertHead: 'INSERT INTO search_head (rowid, title, movements) VALUES (@rowid, @title, @movements)',
  has: 'SELECT 1 AS one FROM documents WHERE id = ?',
  content: 'SELECT c.text_utf16, c.record FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid WHERE d.id = ?',
  byNumber: `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE number = ? OR number_key = ? ORDER BY date, id`,
  byIdPrefix: `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id >= ? ORDER BY id LIMIT 2`,
  count: 'SELECT count(*) FROM documents',
};

export class SqliteStore implements Store {
  readonly search: SqliteSearchQueries;
  readonly graph: SqliteGraphQueries;
  private readonly statements: StatementCache;
  private readonly plans: SqlitePlans;
  private readonly corrections: SqliteCorrections;

  /** @internal use openStore() */
  constructor(
    private readonly db: Database.Database,
    readonly path: string,
    /** Runs after the connection closes (removes a read-only store's working copy). */
    private readonly afterClose: () => void = () => undefined,
  ) {
    this.statements = new StatementCache(db);
    const guard = <T>(what: 'read' | 'write', action: () => T) => this.guard(what, action);
    this.search = new SqliteSearchQueries(this.statements, guard);
    this.graph = new SqliteGraphQueries(this.statements, guard);
    this.plans = new SqlitePlans(db, this.statements, guard, (id) => this.getRecord(id), (filters) => this.listDocuments(filters));
    this.corrections = new SqliteCorrections(db, this.statements, guard, this.plans);
  }

  saveRecord(record: PlanRecord, ingestedAt: Date = new Date()): void {
    this.guard('write', () => {
      // Folding, JSON and compression happen before the write lock is taken.
      const rows = toRows(record, ingestedAt);
      this.db.transaction(() => this.writeRows(rows, ingestedAt)).immediate();
    });
  }

  /**
   * Every record in its own SAVEPOINT inside one outer transaction, so a record is still
   * written whole or not at all (a failing one is rolled back alone and reported), while the
   * batch pays for one commit. A process killed mid-batch loses the whole batch (never half a
   * document). Use saveRecord where each document must be durable at once (the ingest command).
   */
  saveRecords(records: Iterable<PlanRecord>, ingestedAt: Date = new Date()): SaveOutcome[] {
    const outcomes: SaveOutcome[] = [];
    // better-sqlite3 runs a transaction function called inside another as a SAVEPOINT.
    const one = this.db.transaction((rows: RecordRows) => this.writeRows(rows, ingestedAt));
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

  private writeRows(rows: RecordRows, now: Date): void {
    const s = this.statements;
    s.get<[string]>(SQL.deleteDocument).run(rows.document.id);
    const rowid = Number(s.get<DocumentsRow>(SQL.insertDocument).run(rows.document).lastInsertRowid);
    s.get(INSERT.content.sql).run(INSERT.content.values({ doc_rowid: rowid, ...rows.content }));
    s.get<object>(SQL.insertSearch).run({ rowid, ...rows.search });
    s.get<object>(SQL.insertHead).run({ rowid, title: rows.search.title, movements: rows.search.movements });
    const references = s.get(INSERT.reference.sql);
    for (const r of rows.references) references.run(INSERT.reference.values(r));
    const movements = s.get(INSERT.movement.sql);
    for (const r of rows.movements) movements.run(INSERT.movement.values(r));
    const tasks = s.get(INSERT.task.sql);
    for (const r of rows.tasks) tasks.run(INSERT.task.values(r));
    const diagnostics = s.get(INSERT.diagnostic.sql);
    for (const r of rows.diagnostics) diagnostics.run(INSERT.diagnostic.values(r));
    this.plans.assign(rows.document.id, rows.source, now);
    // A reprocessed source of a corrected plan: its index shows the corrections again.
    const corrected = this.plans.planWithCorrections(rows.document.id);
    if (corrected) this.plans.reindex(corrected);
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

  deleteDocument(id: string): boolean {
    return this.guard('write', () =>
      this.db
        .transaction(() => {
          this.plans.release(id);
          return this.statements.get<[string]>(SQL.deleteDocument).run(id).changes > 0;
        })
        .immediate(),
    );
  }

  hasDocument(id: string): boolean {
    return this.guard('read', () => this.statements.get<[string]>(SQL.has).get(id) !== undefined);
  }

  getRecord(id: string): PlanRecord | null {
    const row = this.guard('read', () => this.statements.get<[string], StoredContent>(SQL.content).get(id));
    return row ? decodeRecord(row) : null;
  }

  findByNumber(number: string): DocumentSummary[] {
    return this.guard('read', () =>
      this.statements.get<[string, string], SummaryRow>(SQL.byNumber).all(number.trim(), numberKey(number) ?? ''),
    ).map(toSummary);
  }

  resolve(reference: string): DocumentSummary[] {
    const ref = reference.trim();
    if (/^[0-9a-f]{4,64}$/i.test(ref)) {
      const prefix = ref.toLowerCase();
      const rows = this.guard('read', () => this.statements.get<[string], SummaryRow>(SQL.byIdPrefix).all(prefix)).filter((r) =>
        r.id.startsWith(prefix),
      );
      if (rows.length) return rows.map(toSummary);
    }
    return this.findByNumber(ref);
  }

  listDocuments(filters: DocumentFilters = {}): DocumentSummary[] {
    const { where, params } = listFilterSql(filters);
    return this.guard('read', () =>
      this.statements
        .get<unknown[], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents ${where} ORDER BY date IS NULL, date, number, id`)
        .all(...params),
    ).map(toSummary);
  }

  *iterateRecords(filters: DocumentFilters = {}): IterableIterator<PlanRecord> {
    const { where, params } = listFilterSql(filters);
    const rows = this.guard('read', () =>
      this.statements
        .get<unknown[], StoredContent>(
          `SELECT c.text_utf16, c.record FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid
           ${where} ORDER BY d.date IS NULL, d.date, d.number, d.id`,
        )
        .iterate(...params),
    );
    for (const row of rows) yield decodeRecord(row);
  }

  count(): number {
    return this.guard('read', () => this.statements.get<[], number>(SQL.count).pluck().get()!);
  }

  // ---- Plans and corrections (corpus/store/plans.ts) ----

  listPlans(filters: DocumentFilters = {}): PlanSummary[] {
    return this.plans.listPlans(filters);
  }

  resolvePlan(reference: string): PlanSummary[] {
    return this.plans.resolvePlan(reference);
  }

  getPlan(planId: string): PlanSummary | null {
    return this.plans.getPlan(planId);
  }

  planOfDocument(docId: string): string | null {
    return this.plans.planOfDocument(docId);
  }

  getPlanRecord(planId: string): PlanRecord | null {
    return this.plans.getPlanRecord(planId);
  }

  *iteratePlanRecords(filters: DocumentFilters = {}): IterableIterator<PlanRecord> {
    for (const plan of this.plans.listPlans(filters)) {
      const record = this.plans.getPlanRecord(plan.id);
      if (record) yield record;
    }
  }

  planSources(planId: string): SourceSummary[] {
    return this.plans.planSources(planId);
  }

  similarPlans(planId: string): Array<{ planId: string; similarity: number }> {
    return this.plans.similarPlans(planId);
  }

  getPlans(planIds: readonly string[]): PlanSummary[] {
    return this.plans.getPlans(planIds);
  }

  planPage(filters: PlanPageFilters, limit: number): PlanPage {
    return planPage(this.statements, (what, action) => this.guard(what, action), this.plans, filters, limit);
  }

  setPrimarySource(planId: string, docId: string | null): void {
    this.plans.setPrimarySource(planId, docId);
  }

  addCorrection(planId: string, request: CorrectionRequest): Correction {
    return this.corrections.addCorrection(planId, request);
  }

  addCorrections(planId: string, requests: readonly CorrectionRequest[]): Correction[] {
    return this.corrections.addCorrections(planId, requests);
  }

  deleteCorrection(id: string): boolean {
    return this.corrections.deleteCorrection(id);
  }

  listCorrections(planId?: string): Correction[] {
    return this.plans.listCorrections(planId);
  }

  exportCorrections(): CorrectionsExport {
    return this.corrections.exportCorrections();
  }

  importCorrections(data: CorrectionsExport): ImportOutcome {
    return this.corrections.importCorrections(data);
  }

  /** Documents stored before plans existed get their plans (run when a store is opened for writing). */
  assignMissingPlans(): number {
    return this.plans.assignMissing(toSourceRows);
  }

  /** Plans corrected before migration 60 get their corrected rows (run when a store is opened for writing). */
  reindexUncorrectedPlans(): number {
    return this.plans.reindexUncorrected();
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
      // A correction refused for its content is the reviewer's to fix, not a store failure.
      if (error instanceof CorrectionError) throw error;
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

/**
 * Open (creating it unless `mustExist`) and migrate the store at `path`; ':memory:' works too.
 * A non-empty database that is not kehoach's is refused before a byte is written to it.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): SqliteStore {
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
    const current = openReadOnly(path, options);
    if (current) return current;
    // An older store: upgrade it once, then read it as usual.
    openConnection(path, options, false).close();
    return openReadOnly(path, options)!;
  }
  return openConnection(path, options, false);
}

/**
 * A read-only store, or null when its schema needs migrating first. SQLite cannot open a WAL
 * database read-only where it may not create the shared-memory file beside it (a read-only
 * folder, mount or medium). There the store is read from a private copy in the temporary
 * folder, removed when the store closes.
 */
function openReadOnly(path: string, options: OpenStoreOptions): SqliteStore | null {
  try {
    return openConnection(path, options, true);
  } catch (error) {
    if (error instanceof OutdatedSchema) return null;
    if (!(error instanceof StoreError) || !/SQLITE_CANTOPEN/.test(String((error.cause as { code?: string })?.code))) throw error;
  }
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-readonly-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const copy = join(folder, basename(path));
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    return openConnection(copy, options, true, remove);
  } catch (error) {
    remove();
    if (error instanceof OutdatedSchema) return null;
    throw error instanceof StoreError ? error : asStoreError(error, path, 'open');
  }
}

/** A read-only connection found migrations to apply. */
class OutdatedSchema extends Error {}

function openConnection(path: string, options: OpenStoreOptions, readOnly: boolean, afterClose?: () => void): SqliteStore {
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
    if (readOnly) {
      if (pendingMigrations(db).length > 0) throw new OutdatedSchema();
    } else {
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL keeps the database consistent after a crash (only the last commits may be lost).
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
  } catch (error) {
    db.close();
    if (error instanceof OutdatedSchema) {
      afterClose?.();
      throw error;
    }
    throw asStoreError(error, path, 'open');
  }
  const store = new SqliteStore(db, path, afterClose);
  if (!readOnly) {
    try {
      store.assignMissingPlans();
      store.reindexUncorrectedPlans();
    } catch (error) {
      store.close();
      throw error;
    }
  }
  return store;
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

export function asStoreError(error: unknown, path: string, what: 'open' | 'read' | 'write'): StoreError {
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

/**
 * The connection under a SQLite store, for the white-box tests of this store (schema, pragmas,
 * triggers). Everything else goes through the Store interface.
 */
export function rawConnection(store: SqliteStore): Database.Database {
  return store['db'];
}
