// The schema of the SQLite store: the numbered migrations of corpus/migrations/, applied in
// order and recorded in schema_migrations. A migration that converts stored data with
// JavaScript ships that code beside its SQL ("030-text-utf16.ts" beside "030-text-utf16.sql"),
// frozen as it was, and it is registered on the connection only while that migration runs.
import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { StoreError } from '../../output/errors.js';
import { functions as textUtf16 } from '../migrations/030-text-utf16.js';
import { functions as textFolded } from '../migrations/040-text-folded.js';
import type { SchemaMigrationsRow } from './rows.js';

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);

/** PRAGMA application_id of a kehoach store ("KHCH"), set by the first migration run. */
export const KEHOACH_APPLICATION_ID = 0x4b484348;

type SqlFunctions = Record<string, (...args: unknown[]) => unknown>;

/** The SQL functions a migration calls, by version. */
const MIGRATION_FUNCTIONS: Record<number, () => SqlFunctions> = {
  30: () => textUtf16 as SqlFunctions,
  40: () => textFolded() as SqlFunctions,
};

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
  return new Set(db.prepare<[], Pick<SchemaMigrationsRow, 'version'>>('SELECT version FROM schema_migrations').all().map((r) => r.version));
}

export function pendingMigrations(db: Database.Database): Migration[] {
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
export function migrate(db: Database.Database): void {
  if (pendingMigrations(db).length === 0) return;
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    // Read again inside the lock: another process may have migrated while this one waited.
    for (const migration of pendingMigrations(db)) {
      const functions = MIGRATION_FUNCTIONS[migration.version]?.() ?? {};
      for (const [name, fn] of Object.entries(functions)) db.function(name, { deterministic: true }, fn);
      db.exec(migration.sql);
      db.prepare<[number, string, string]>('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    db.pragma(`application_id = ${KEHOACH_APPLICATION_ID}`);
  }).exclusive();
}
