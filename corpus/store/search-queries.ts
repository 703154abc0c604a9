// The queries behind full-text search, on SQLite's FTS5 (corpus/search.ts builds the hits).
// One row per document in search_index and search_head (rowid = documents rowid, folded
// columns: corpus/search-document.ts); a document is known here by that rowid. For ad-hoc SQL:
//   SELECT rowid FROM search_index WHERE search_index MATCH '"an toan thuc pham"' ORDER BY rowid DESC LIMIT 20
// and ORDER BY rank gives bm25 with the column weights set in migration 1.
import type { ParsedQuery } from '../query.js';
import { rankingTiers } from '../query.js';
import type { SearchOutline } from '../search-document.js';
import type { HitContent, SearchFilters, SearchQueries } from './interface.js';
import { movementMatch, searchFilterSql } from './filters.js';
import type { DocumentContentRow, DocumentsRow } from './rows.js';
import type { StatementCache } from './statements.js';

/** The "together anywhere" tier looks among this many of the most recently stored matches (see rank). */
export const RANKED_CANDIDATES = 200;

type HitRow = Pick<DocumentsRow, 'id' | 'number' | 'title' | 'issuer_name' | 'issuer_level' | 'date'> &
  Pick<DocumentContentRow, 'text_utf16' | 'text_folded' | 'outline_json'>;

// A corrected plan whose text corrections rewrote shows its snippets from that text (migration 60).
const HIT_SQL = `SELECT d.id, d.number, d.title, d.issuer_name, d.issuer_level, d.date,
    coalesce(k.text_utf16, c.text_utf16) AS text_utf16, coalesce(k.text_folded, c.text_folded) AS text_folded,
    coalesce(k.outline_json, c.outline_json) AS outline_json
  FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid LEFT JOIN corrected_documents k ON k.doc_rowid = d.rowid
  WHERE d.rowid = ?`;

type Guard = <T>(what: 'read' | 'write', action: () => T) => T;

export class SqliteSearchQueries implements SearchQueries {
  constructor(
    private readonly statements: StatementCache,
    private readonly guard: Guard,
  ) {}

  rank(parsed: ParsedQuery, filters: SearchFilters, order: 'tiered' | 'bm25', limit: number): Map<number, number> {
    return this.guard('read', () => this.rankDocuments(parsed, filters, order, limit));
  }

  hit(rowid: number): HitContent | null {
    const row = this.guard('read', () => this.statements.get<[number], HitRow>(HIT_SQL).get(rowid));
    if (!row) return null;
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      issuer: row.issuer_name,
      level: row.issuer_level,
      date: row.date,
      textUtf16: row.text_utf16,
      textFolded: row.text_folded,
      outline: JSON.parse(row.outline_json) as SearchOutline,
    };
  }

  private rankDocuments(parsed: ParsedQuery, filters: SearchFilters, order: 'tiered' | 'bm25', limit: number): Map<number, number> {
    // Ranking by bm25 would cost a full pass over every matching document: FTS5 counts the
    // documents holding each phrase (its IDF) on every query, 50 ms over 10,000 plans for a word
    // in each of them. Instead a document is ranked by where it holds the query (rankingTiers:
    // the words together in the title or a movement name first, …, anywhere last), newest first
    // within a tier. Each tier is one FTS5 query in rowid order that stops after `limit` rows:
    // - title and movement tiers read search_head, whose doclists are short: all plans count;
    // - "together anywhere" may hold few of many matches (common words, rarely side by side), so
    //   it only looks among the RANKED_CANDIDATES most recently stored matches;
    // - the last tier is the query itself: it fills up at once, newest first (when the tier before
    //   read the most recent matches, it is those).
    // Filters (filters.ts): a movement is one more term of every MATCH; the others are a join
    // driven by the index (CROSS JOIN keeps the FTS5 table the outer loop: looking one rowid up
    // in FTS5 costs a whole query).
    const statements = this.statements;
    const movement = movementMatch(filters);
    const scoped = (match: string) => (movement ? `(${match}) AND ${movement}` : match);
    const filter = searchFilterSql(statements, filters);
    const join = filter.sql ? 'CROSS JOIN documents d ON d.rowid = s.rowid' : '';
    const where = filter.sql ? `AND ${filter.sql}` : '';
    const tierQuery = (table: 'search_index' | 'search_head') =>
      statements.get<unknown[], { rowid: number }>(
        `SELECT s.rowid AS rowid FROM ${table} s ${join} WHERE ${table} MATCH ? AND s.rowid >= ? ${where}
         ORDER BY s.rowid DESC LIMIT ?`,
      );
    const tiers = rankingTiers(parsed.terms, parsed.phrase);
    // The RANKED_CANDIDATES most recently stored matches, newest first: read once, when a tier is
    // bounded by them; they are also the whole of the last tier. They are found by the last
    // tier's expression, all terms ANDed, which matches the same documents as parsed.match
    // without checking the whole-query phrase's positions in each (half the time or less).
    let candidates: number[] | undefined;
    const recentMatches = () =>
      (candidates ??= statements
        .get<unknown[], { rowid: number }>(
          `SELECT s.rowid AS rowid FROM search_index s ${join} WHERE search_index MATCH ? ${where}
           ORDER BY s.rowid DESC LIMIT ${RANKED_CANDIDATES}`,
        )
        .all(scoped(tiers[tiers.length - 1]!.match), ...filter.params)
        .map((r) => r.rowid));
    const ranked = new Map<number, number>();
    if (order === 'bm25') {
      // `rank` is bm25 with the column weights configured in the migration; lower is better. A
      // movement filter stays out of the MATCH here, where it would add to every score.
      const inMovement = movement ? 'AND s.rowid IN (SELECT rowid FROM search_head WHERE search_head MATCH ?)' : '';
      const rows = statements
        .get<unknown[], { rowid: number; rank: number }>(
          `SELECT s.rowid AS rowid, s.rank AS rank FROM search_index s ${join} WHERE search_index MATCH ? ${inMovement} ${where}
           ORDER BY s.rank LIMIT ?`,
        )
        .all(parsed.match, ...(movement ? [movement] : []), ...filter.params, limit);
      for (const { rowid, rank } of rows) ranked.set(rowid, -rank);
      return ranked;
    }
    tiers.forEach((tier, i) => {
      if (ranked.size >= limit) return;
      const last = i === tiers.length - 1;
      let rows: number[];
      if (last && candidates) rows = candidates;
      else {
        const from = !tier.head && !last ? (recentMatches()[RANKED_CANDIDATES - 1] ?? 0) : 0;
        rows = tierQuery(tier.head ? 'search_head' : 'search_index')
          .all(scoped(tier.match), from, ...filter.params, limit + ranked.size)
          .map((r) => r.rowid);
      }
      for (const rowid of rows) {
        if (ranked.size >= limit) break;
        if (!ranked.has(rowid)) ranked.set(rowid, tier.score);
      }
    });
    return ranked;
  }
}
