// Full-text search over the store: FTS5, one row per document (corpus/search-document.ts), on
// folded columns, so "an toan thuc pham", "An toàn thực phẩm" and "AN TOÀN THỰC PHẨM" find the
// same plans. Ranking happens in SQL, by where a plan holds the query (title and movement names
// before the text, the words together before apart: query.ts rankingTiers), with queries that
// stop after `limit` rows, so a word found in every plan costs no more than a rare one.
// Snippets are then found for the top hits only (corpus/search-snippets.ts).
import { parseSearchQuery, type QueryTerm } from './query.js';
import { matchFinder } from './search-matcher.js';
import { hitSnippets, type SearchSnippet } from './search-snippets.js';
import type { PlanHeading, SearchFilters, Store } from './store.js';

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
/** Not above RANKED_CANDIDATES (corpus/store/search-queries.ts): the recent matches, the last tier once read, fill any page alone. */
const MAX_LIMIT = 200;

/**
 * Search the store. An empty or all-punctuation query yields no hits and no terms: the caller
 * decides whether that is a usage error.
 */
export async function searchStore(store: Store, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseSearchQuery(query);
  const result: SearchResult = {
    query,
    terms: parsed.terms.map((t) => t.words.join(' ')),
    dropped: parsed.dropped,
    hits: [],
  };
  if (!parsed.match) return result;
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const ranked = await store.search.rank(parsed, options, options.rank ?? 'tiered', limit);
  const finder = matchFinder(parsed.terms, parsed.phrase);
  const snippets = Math.max(1, Math.min(10, Math.floor(options.snippets ?? 3)));
  for (const [key, score] of ranked) {
    const content = await store.search.hit(key);
    if (!content) continue;
    const { textUtf16, textFolded, outline, ...heading } = content;
    const found = hitSnippets(finder, heading.title, { utf16: textUtf16, folded: textFolded }, outline, snippets);
    result.hits.push({ ...heading, score, chunks: found.chunks, snippets: found.snippets });
  }
  return result;
}

export { markSnippet, type Highlight, type SearchSnippet } from './search-snippets.js';
export type { SearchFilters };
export type { QueryTerm };
