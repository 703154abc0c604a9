// Prepared statements reused across calls on one connection: preparing one costs about as much
// as running a small query, and search runs several per query.
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement<P extends unknown[], R>(db: Database.Database, sql: string): Database.Statement<P, R> {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Database.Statement<P, R>;
}
