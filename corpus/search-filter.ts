// Search filters (--level, --issuer, --year, --type, --movement), in the forms the FTS5 queries
// of corpus/search.ts take them:
// - a movement is an FTS5 phrase on the movement names (search_index and search_head both
//   index them): ANDed into the MATCH of the ranking tiers, FTS5 intersects it with the query
//   like any other term. Checked per match instead, as a LIKE over the movements table, it
//   cost 20 ms a search over 10,000 plans;
// - the others are a WHERE clause over `documents d`, joined by rowid to each match.
import type Database from 'better-sqlite3';
import { foldVietnamese } from '../normalizers/fold.js';
import type { IssuerLevel } from '../output/schema.js';
import { parseSearchQuery, phraseMatch } from './query.js';
import { cachedStatement } from './statement-cache.js';
import { documentFilterClauses } from './store.js';

export interface SearchFilters {
  level?: IssuerLevel;
  /** Part of the issuer name, diacritic- and case-insensitive. */
  issuer?: string;
  year?: number;
  /** Type code: "KH", "QĐ" (QD works too). */
  type?: string;
  /**
   * Whole words of a movement name, in order, diacritic-insensitive and i/y alike ("nguoi tot"
   * finds "Người tốt, việc tốt"). Without any word: plans that carry a movement.
   */
  movement?: string;
}

const fold = (text: string) => foldVietnamese(text.normalize('NFC').trim());

/** The type codes in the store that fold to `type` ("QD" finds "QĐ"). */
function typeCodes(db: Database.Database, type: string): string[] {
  const wanted = fold(type);
  return cachedStatement<[], string>(db, 'SELECT DISTINCT type_code FROM documents WHERE type_code IS NOT NULL')
    .pluck()
    .all()
    .filter((code) => fold(code) === wanted);
}

/** The words a movement filter looks for; none for input without any. */
const movementWords = (filters: SearchFilters): string[] => parseSearchQuery(filters.movement ?? '').phrase;

/** The filters on `documents d` as a WHERE clause; empty when none is set. */
export function documentFilterSql(db: Database.Database, filters: SearchFilters): { sql: string; params: unknown[] } {
  const { clauses, params } = documentFilterClauses(
    { level: filters.level || undefined, issuer: filters.issuer || undefined, year: filters.year },
    'd.',
  );
  if (filters.type) {
    // No code of that type: a constant false, which SQLite tests once, not per match.
    const codes = typeCodes(db, filters.type);
    clauses.push(codes.length ? `d.type_code IN (${codes.map(() => '?').join(', ')})` : '0');
    params.push(...codes);
  }
  if (filters.movement !== undefined && movementWords(filters).length === 0) {
    clauses.push('EXISTS (SELECT 1 FROM movements m WHERE m.doc_id = d.id)');
  }
  return { sql: clauses.join(' AND '), params };
}

/** The movement filter as a MATCH on the movements column; null without a word to look for. */
export function movementMatch(filters: SearchFilters): string | null {
  const words = movementWords(filters);
  return words.length ? `movements : ${phraseMatch(words)}` : null;
}
