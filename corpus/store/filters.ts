// Filters as WHERE clauses over `documents`: those of list and export (DocumentFilters) and
// those of search (SearchFilters). For search:
// - a movement is an FTS5 phrase on the movement names (search_index and search_head both
//   index them): ANDed into the MATCH of the ranking tiers, FTS5 intersects it with the query
//   like any other term. Checked per match instead, as a LIKE over the movements table, it
//   cost 20 ms a search over 10,000 plans;
// - the others are a WHERE clause over `documents d`, joined by rowid to each match.
import { foldVietnamese } from '../../normalizers/fold.js';
import { StoreError } from '../../output/errors.js';
import { parseSearchQuery, phraseMatch } from '../query.js';
import type { DocumentFilters, SearchFilters } from './interface.js';
import type { StatementCache } from './statements.js';

const fold = (text: string) => foldVietnamese(text.normalize('NFC').trim());

/**
 * A condition on a column `documents` and `corrected_documents` (migration 60) both have: a
 * source of a corrected plan is judged by its corrected value, every other by the machine's.
 * Both subqueries are uncorrelated: SQLite reads each once per statement, however many rows.
 */
function correctedCondition(alias: string, condition: (column: string) => string, param: unknown): { clause: string; params: unknown[] } {
  return {
    clause: `((${condition(alias)} AND ${alias}seq NOT IN (SELECT doc_rowid FROM corrected_documents))
      OR ${alias}seq IN (SELECT doc_rowid FROM corrected_documents WHERE ${condition('')}))`,
    params: [param, param],
  };
}

/** The level, issuer and year filters over `documents` (columns prefixed by `alias`), on corrected values. */
function documentFilterClauses(
  filters: Pick<DocumentFilters, 'level' | 'issuer' | 'year'>,
  alias = '',
): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = ({ clause, params: values }: { clause: string; params: unknown[] }) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filters.level !== undefined) add(correctedCondition(alias, (a) => `${a}issuer_level = ?`, filters.level));
  if (filters.issuer !== undefined) {
    const pattern = `%${fold(filters.issuer).replace(/[\\%_]/g, '\\$&')}%`;
    add(correctedCondition(alias, (a) => `${a}issuer_key LIKE ? ESCAPE '\\'`, pattern));
  }
  if (filters.year !== undefined) add(correctedCondition(alias, (a) => `${a}year = ?`, filters.year));
  return { clauses, params };
}

/** The filters of list and export as a WHERE clause (or nothing). */
export function listFilterSql(filters: DocumentFilters, alias = ''): { where: string; params: unknown[] } {
  const { clauses, params } = documentFilterClauses(filters, alias);
  if (filters.since !== undefined) {
    clauses.push(`${alias}ingested_at >= ?`);
    params.push(sinceTimestamp(filters.since));
  }
  if (filters.dateFrom !== undefined) {
    // "2024-03" is on or after "2024-03-15" only partially; keep it (compare on the shared prefix).
    clauses.push(`${alias}date IS NOT NULL AND ${alias}date >= substr(?, 1, length(${alias}date))`);
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

/** The type codes in the store, as read or corrected, that fold to `type` ("QD" finds "QĐ"). */
function typeCodes(statements: StatementCache, type: string): string[] {
  const wanted = fold(type);
  return statements
    .get<[], string>(`SELECT type_code FROM documents WHERE type_code IS NOT NULL
      UNION SELECT type_code FROM corrected_documents WHERE type_code IS NOT NULL`)
    .pluck()
    .all()
    .filter((code) => fold(code) === wanted);
}

/** The words a movement filter looks for; none for input without any. */
const movementWords = (filters: SearchFilters): string[] => parseSearchQuery(filters.movement ?? '').phrase;

/** The search filters on `documents d` as a condition; empty when none is set. */
export function searchFilterSql(statements: StatementCache, filters: SearchFilters): { sql: string; params: unknown[] } {
  const { clauses, params } = documentFilterClauses(
    { level: filters.level || undefined, issuer: filters.issuer || undefined, year: filters.year },
    'd.',
  );
  if (filters.type) {
    // No code of that type: a constant false, which SQLite tests once, not per match.
    const codes = typeCodes(statements, filters.type);
    if (codes.length === 0) clauses.push('0');
    else {
      const inCodes = (a: string) => `${a}type_code IN (${codes.map(() => '?').join(', ')})`;
      clauses.push(`((${inCodes('d.')} AND d.seq NOT IN (SELECT doc_rowid FROM corrected_documents))
        OR d.seq IN (SELECT doc_rowid FROM corrected_documents WHERE ${inCodes('')}))`);
      params.push(...codes, ...codes);
    }
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
