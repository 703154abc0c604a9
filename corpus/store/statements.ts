// The prepared statements of one connection, by their SQL: preparing costs about as much as
// running a small query, and a search runs several. Every statement of the SQLite store comes
// from here; the cache lives and dies with its connection.
import type Database from 'better-sqlite3';

export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  get<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P extends unknown[] ? P : [P], R> {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement as unknown as Database.Statement<P extends unknown[] ? P : [P], R>;
  }
}
