// Search filters (--level, --issuer, --year, --type, --movement), in the two forms the FTS5
// queries of corpus/search.ts take them:
// - the movement filter is part of the MATCH expression (search_index and search_head both
//   index movement names), so FTS5 intersects it with the query like any other term; checked
//   per match instead, as a LIKE over the movements table, it cost 20 ms a search;
// - the others are a WHERE clause over `documents d`, joined by rowid to each match.
import type Database from 'better-sqlite3';
import { foldVietnamese } from '../normalizers/fold.js';
import type { IssuerLevel } from '../output/schema.js';
import { parseSearchQuery, phraseSpellings } from './query.js';

export interface SearchFilters {
  level?: IssuerLevel;
  /** Part of the issuer name, diacritic- and case-insensitive. */
  issuer?: string;
  year?: number;
  /** Type code: "KH", "QĐ" (QD works too). */
  type?: string;
  /** Words of a movement name the document carries, in order, diacritic-insensitive ("nguoi tot"). */
  movement?: string;
}

const fold = (text: string) => foldVietnamese(text.normalize('NFC').trim());

function likePattern(text: string): string {
  return `%${fold(text).replace(/[\\%_]/g, '\\$&')}%`;
}

/** The type codes in the store that fold to `type` ("QD" finds "QĐ"): a handful, read from an index. */
function typeCodes(db: Database.Database, type: string): string[] {
  const wanted = fold(type);
  return db
    .prepare<[], string>('SELECT DISTINCT type_code FROM documents WHERE type_code IS NOT NULL')
    .pluck()
    .all()
    .filter((code) => fold(code) === wanted);
}

/** The filters on `documents d` as a WHERE clause; empty when none is set. */
export function documentFilterSql(db: Database.Database, filters: SearchFilters): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filters.level) {
    clauses.push('d.issuer_level = ?');
    params.push(filters.level);
  }
  if (filters.issuer) {
    clauses.push("d.issuer_key LIKE ? ESCAPE '\\'");
    params.push(likePattern(filters.issuer));
  }
  if (filters.year !== undefined) {
    clauses.push('d.year = ?');
    params.push(filters.year);
  }
  if (filters.type) {
    // No code of that type: a constant false, which SQLite tests once, not per match.
    const codes = typeCodes(db, filters.type);
    clauses.push(codes.length ? `d.type_code IN (${codes.map(() => '?').join(', ')})` : '0');
    params.push(...codes);
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * The movement filter as a MATCH on the movements column: its words as a phrase, each i/y
 * spelling (query.ts) alike. Null when no filter or no word is given.
 */
export function movementMatch(filters: SearchFilters): string | null {
  const words = parseSearchQuery(filters.movement ?? '').phrase;
  if (words.length === 0) return null;
  const spellings = phraseSpellings(words, 8).map((s) => `"${s.join(' ')}"`);
  return `movements : (${spellings.join(' OR ')})`;
}
