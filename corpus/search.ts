// Full-text search over the store: FTS5, one row per document (corpus/search-document.ts), on
// folded columns, so "an toan thuc pham", "An toàn thực phẩm" and "AN TOÀN THỰC PHẨM" find the
// same plans. Ranking happens in SQL, by where a plan holds the query (title and movement names
// before the text, the words together before apart: query.ts rankingTiers), with queries that
// stop after `limit` rows, so a word found in every plan costs no more than a rare one.
// Snippets are then found for the top hits only (corpus/search-snippets.ts).
import type Database from 'better-sqlite3';
import { parseSearchQuery, rankingTiers, type ParsedQuery, type QueryTerm } from './query.js';
import { documentFilterSql, movementMatch, type SearchFilters } from './search-filter.js';
import type { SearchOutline } from './search-document.js';
import { matchFinder, type MatchFinder } from './search-matcher.js';
import { hitSnippets, type SearchSnippet } from './search-snippets.js';
import { cachedStatement as statement } from './statement-cache.js';
import type { PlanHeading, Store } from './store.js';

export interface SearchOptions extends SearchFilters {
  /** Documents to return (default 20, at most 200). */
  limit?: number;
  /** Snippets per document (default 3). */
  snippets?: number;
  /**
   * 'tiered' (default): by where the document holds the query, newest first within a tier —
   * stops early, so it stays fast on words every plan contains. 'bm25': FTS5's bm25 over all
   * matching documents, columns weighted (title 4, movements 3, tasks 1.5, text 1) — the
   * classic relevance order, at the cost of a pass over every match.
   */
  rank?: 'tiered' | 'bm25';
}

export interface SearchHit extends PlanHeading {
  /**
   * Tiered ranking: where the document holds the query (corpus/query.ts rankingTiers): 4 the
   * words together in the title or a movement name, 3 all of them there, 2 together anywhere,
   * 1 anywhere. bm25 ranking: the negated weighted bm25 (higher is better).
   */
  score: number;
  /** How many passages of the document hold query words: the title, lines of the text, tasks read apart from it. */
  chunks: number;
  snippets: SearchSnippet[];
}

export interface SearchResult {
  query: string;
  /** The terms searched, folded: phrases joined by spaces. */
  terms: string[];
  /** Terms beyond the limit that were left out. */
  dropped: number;
  hits: SearchHit[];
}

const DEFAULT_LIMIT = 20;
/** The "together anywhere" tier looks among this many of the most recently stored matches (see rankDocuments). */
export const RANKED_CANDIDATES = 200;
/** Not above RANKED_CANDIDATES: the recent matches, the last tier once read, fill any page alone. */
const MAX_LIMIT = 200;

interface HitRow {
  id: string;
  number: string | null;
  title: string | null;
  issuer_name: string | null;
  issuer_level: string | null;
  date: string | null;
  text_utf16: Buffer;
  text_folded: Buffer;
  outline_json: string;
}

const HIT_SQL = `SELECT d.id, d.number, d.title, d.issuer_name, d.issuer_level, d.date, c.text_utf16, c.text_folded, c.outline_json
  FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid WHERE d.rowid = ?`;

/**
 * Search the store. An empty or all-punctuation query yields no hits and no terms: the caller
 * decides whether that is a usage error.
 */
export function searchStore(store: Store, query: string, options: SearchOptions = {}): SearchResult {
  const parsed = parseSearchQuery(query);
  const result: SearchResult = {
    query,
    terms: parsed.terms.map((t) => t.words.join(' ')),
    dropped: parsed.dropped,
    hits: [],
  };
  if (!parsed.match) return result;
  const db = store.db;
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const ranked = rankDocuments(db, parsed, options, limit);
  const finder = matchFinder(parsed.terms, parsed.phrase);
  const snippets = Math.max(1, Math.min(10, Math.floor(options.snippets ?? 3)));
  for (const [rowid, score] of ranked) {
    const hit = readHit(db, rowid, score, finder, snippets);
    if (hit) result.hits.push(hit);
  }
  return result;
}

/** The documents matching the query and the filters, best first, with their scores. */
function rankDocuments(db: Database.Database, parsed: ParsedQuery, options: SearchOptions, limit: number): Map<number, number> {
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
  // Filters (search-filter.ts): a movement is one more term of every MATCH; the others are a
  // join driven by the index (CROSS JOIN keeps the FTS5 table the outer loop: looking one rowid
  // up in FTS5 costs a whole query).
  const movement = movementMatch(options);
  const scoped = (match: string) => (movement ? `(${match}) AND ${movement}` : match);
  const filter = documentFilterSql(db, options);
  const join = filter.sql ? 'CROSS JOIN documents d ON d.rowid = s.rowid' : '';
  const where = filter.sql ? `AND ${filter.sql}` : '';
  const tierQuery = (table: 'search_index' | 'search_head') =>
    statement<unknown[], { rowid: number }>(
      db,
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
    (candidates ??= statement<unknown[], { rowid: number }>(
      db,
      `SELECT s.rowid AS rowid FROM search_index s ${join} WHERE search_index MATCH ? ${where}
       ORDER BY s.rowid DESC LIMIT ${RANKED_CANDIDATES}`,
    )
      .all(scoped(tiers[tiers.length - 1]!.match), ...filter.params)
      .map((r) => r.rowid));
  const ranked = new Map<number, number>();
  if (options.rank === 'bm25') {
    // `rank` is bm25 with the column weights configured in the migration; lower is better. A
    // movement filter stays out of the MATCH here, where it would add to every score.
    const inMovement = movement ? 'AND s.rowid IN (SELECT rowid FROM search_head WHERE search_head MATCH ?)' : '';
    const rows = statement<unknown[], { rowid: number; rank: number }>(
      db,
      `SELECT s.rowid AS rowid, s.rank AS rank FROM search_index s ${join} WHERE search_index MATCH ? ${inMovement} ${where}
       ORDER BY s.rank LIMIT ?`,
    ).all(parsed.match, ...(movement ? [movement] : []), ...filter.params, limit);
    for (const { rowid, rank } of rows) ranked.set(rowid, -rank);
  }
  if (options.rank !== 'bm25') tiers.forEach((tier, i) => {
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

/** A ranked document as a hit: its heading, and snippets of the passages holding the query. */
function readHit(db: Database.Database, rowid: number, score: number, finder: MatchFinder, snippets: number): SearchHit | null {
  const row = statement<[number], HitRow>(db, HIT_SQL).get(rowid);
  if (!row) return null;
  const stored = { utf16: row.text_utf16, folded: row.text_folded };
  const found = hitSnippets(finder, row.title, stored, JSON.parse(row.outline_json) as SearchOutline, snippets);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    issuer: row.issuer_name,
    level: row.issuer_level,
    date: row.date,
    score,
    chunks: found.chunks,
    snippets: found.snippets,
  };
}

export { markSnippet, type Highlight, type SearchSnippet } from './search-snippets.js';
export type { SearchFilters };
export type { QueryTerm };
