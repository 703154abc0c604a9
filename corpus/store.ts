// The corpus store: where every ingested record is kept, and the only door to it. Everything
// else (the CLI, the store stage of the pipeline, search, the reference graph, comparison)
// works through the `Store` interface below and never sees a database connection or a row.
//
// Today's backend is SQLite (corpus/store/: one file, better-sqlite3, WAL; tables and their rows
// in corpus/store/rows.ts, created by corpus/migrations/). The interface is written so that
// another backend, PostgreSQL say, can implement it without changing its callers:
// - every method returns Awaitable<T> and every caller awaits it. SQLite answers at once
//   (better-sqlite3 is synchronous: no event-loop turn per query, which a search of a dozen
//   queries would feel); a networked database returns Promises. Code typed against the SQLite
//   class itself (its tests, the benchmarks) may use its answers directly.
// - nothing SQLite-specific crosses it: documents are named by their id; the search and graph
//   queries (FTS5 ranking, recursive link walks) are methods of `search` and `graph`, so
//   another backend brings its own SQL for them;
// - the write path is saveRecord/saveRecords/deleteDocument: a document is written or replaced
//   whole, in one transaction, so a killed process never leaves half a document behind.
export type * from './store/interface.js';
export { openStore, SqliteStore, type OpenStoreOptions, KEHOACH_APPLICATION_ID } from './store/sqlite-store.js';
export { loadMigrations, type Migration } from './store/migrate.js';
export { numberKey, encodeRecord, decodeRecord, storedText, type StoredContent } from './store/records.js';
