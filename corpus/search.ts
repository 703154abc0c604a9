// Full-text search over the store: FTS5 on folded chunks (titles, text, movements, tasks), so
// "an toan thuc pham", "An toàn thực phẩm" and "AN TOÀN THỰC PHẨM" find the same plans.
// One result per document, ranked by its best chunk (bm25, titles and movements weighted up),
// with snippets cut from text.normalized: fold is 1:1, so an offset in the folded body plus the
// chunk's `start` is an offset in the normalised text.
import type Database from 'better-sqlite3';
import { foldVietnamese } from '../normalizers/fold.js';
import type { IssuerLevel } from '../output/schema.js';
import { parseSearchQuery, type QueryTerm } from './query.js';
import type { Store } from './store.js';

export interface SearchFilters {
  level?: IssuerLevel;
  /** Part of the issuer name, diacritic- and case-insensitive. */
  issuer?: string;
  year?: number;
  /** Type code: "KH", "QĐ" (QD works too). */
  type?: string;
  /** Part of a movement name or key the document carries, diacritic-insensitive. */
  movement?: string;
}

export interface SearchOptions extends SearchFilters {
  /** Documents to return (default 20, at most 200). */
  limit?: number;
  /** Snippets per document (default 3). */
  snippets?: number;
}

export interface Highlight {
  start: number;
  end: number;
}

export interface SearchSnippet {
  /** Where the match sits: the title, the running text, a movement name or a task. */
  part: 'title' | 'text' | 'movement' | 'task';
  /** The section heading of the chunk ("II. NỘI DUNG THỰC HIỆN"), or the task's section. */
  section: string | null;
  /** The excerpt, whitespace collapsed, with "…" where it was cut. */
  text: string;
  /** The matched words, as offsets into `text`. */
  highlights: Highlight[];
  /** The matched words as offsets into text.normalized; empty for a title outside the text. */
  matches: Highlight[];
}

export interface SearchHit {
  id: string;
  number: string | null;
  title: string | null;
  issuer: string | null;
  level: string | null;
  date: string | null;
  /** Higher is better (the negated, weighted bm25 of the best chunk). */
  score: number;
  /** How many chunks of the document matched. */
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

/** Titles and movement names say what a plan is about; a hit there outweighs one in the text. */
const PART_WEIGHT_SQL = `CASE part WHEN 'title' THEN 4.0 WHEN 'movement' THEN 3.0 WHEN 'task' THEN 1.5 ELSE 1.0 END`;
const CHUNK_ROWID_SPAN = 2 ** 20;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 140;
const OPEN = '\u0001';
const CLOSE = '\u0002';

interface RankedRow {
  doc_id: string;
  doc_rowid: number;
  score: number;
  chunks: number;
  number: string | null;
  title: string | null;
  issuer_name: string | null;
  issuer_level: string | null;
  date: string | null;
}

interface SourceParams {
  doc: string;
  length: number;
}

interface ChunkRow {
  rowid: number;
  part: SearchSnippet['part'];
  section: string | null;
  start: number | null;
  marked: string;
  score: number;
}

function registerFold(db: Database.Database): void {
  // Idempotent: better-sqlite3 replaces a function registered twice under one name.
  db.function('kh_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldVietnamese(value.normalize('NFC')) : null,
  );
}

function likePattern(text: string): string {
  return `%${foldVietnamese(text.normalize('NFC').trim()).replace(/[\\%_]/g, '\\$&')}%`;
}

function filterSql(filters: SearchFilters): { sql: string; params: unknown[] } {
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
    clauses.push('kh_fold(d.type_code) = ?');
    params.push(foldVietnamese(filters.type.normalize('NFC').trim()));
  }
  if (filters.movement) {
    clauses.push(
      "EXISTS (SELECT 1 FROM movements m WHERE m.doc_id = d.id AND (kh_fold(m.name) LIKE ? ESCAPE '\\' OR kh_fold(m.key) LIKE ? ESCAPE '\\'))",
    );
    params.push(likePattern(filters.movement), likePattern(filters.movement));
  }
  const sql = clauses.join(' AND ');
  return { sql, params };
}

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
  registerFold(db);
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const { sql: filter, params } = filterSql(options);
  const ranked = db
    .prepare<unknown[], RankedRow>(
      // bm25() cannot sit inside an aggregate: score the chunks first (materialised), then group.
      `WITH scored AS MATERIALIZED (
         SELECT doc_id, bm25(search_index) * ${PART_WEIGHT_SQL} AS score
         FROM search_index WHERE search_index MATCH ?),
       hits AS (SELECT doc_id, MIN(score) AS best, COUNT(*) AS chunks FROM scored GROUP BY doc_id)
       SELECT h.doc_id, d.rowid AS doc_rowid, h.best AS score, h.chunks, d.number, d.title, d.issuer_name,
              d.issuer_level, d.date
       FROM hits h JOIN documents d ON d.id = h.doc_id
       ${filter ? `WHERE ${filter}` : ''}
       ORDER BY h.best, d.date DESC, d.id LIMIT ?`,
    )
    .all(parsed.match, ...params, limit);
  const chunkQuery = db.prepare<[string, number, number, number], ChunkRow>(
    `SELECT rowid, part, section, start, highlight(search_index, 4, '${OPEN}', '${CLOSE}') AS marked,
            bm25(search_index) * ${PART_WEIGHT_SQL} AS score
     FROM search_index WHERE search_index MATCH ? AND rowid >= ? AND rowid < ?
     ORDER BY score LIMIT ?`,
  );
  const textQuery = db.prepare<[string], { normalized: string | null; title: string | null }>(
    `SELECT json_extract(record_json, '$.text.normalized') AS normalized, title FROM documents WHERE id = ?`,
  );
  const sourcesQuery = db.prepare<[SourceParams], { name: string }>(
    `SELECT name FROM movements WHERE doc_id = @doc AND length(name) = @length
     UNION ALL SELECT content FROM tasks WHERE doc_id = @doc AND length(content) = @length`,
  );
  const snippetCount = Math.max(1, Math.min(10, Math.floor(options.snippets ?? 3)));
  for (const row of ranked) {
    const base = row.doc_rowid * CHUNK_ROWID_SPAN;
    const chunks = chunkQuery.all(parsed.match, base, base + CHUNK_ROWID_SPAN, snippetCount);
    let source: { normalized: string | null; title: string | null } | undefined;
    const snippets: SearchSnippet[] = [];
    for (const chunk of chunks) {
      const { body, marks } = unmark(chunk.marked);
      let original: string | undefined;
      let offset: number | null = null;
      if (chunk.start !== null) {
        source ??= textQuery.get(row.doc_id);
        const text = source?.normalized ?? '';
        const candidate = text.slice(chunk.start, chunk.start + body.length);
        if (foldVietnamese(candidate) === body) {
          original = candidate;
          offset = chunk.start;
        }
      }
      if (original === undefined) original = findSource(row, body, sourcesQuery) ?? body;
      snippets.push(cutSnippet(original, marks, offset, chunk.part, chunk.section));
    }
    result.hits.push({
      id: row.doc_id,
      number: row.number,
      title: row.title,
      issuer: row.issuer_name,
      level: row.issuer_level,
      date: row.date,
      score: Math.round(-row.score * 1000) / 1000,
      chunks: row.chunks,
      snippets,
    });
  }
  return result;
}

/** A chunk whose start is unknown (the title, a task without span): find its unfolded text. */
function findSource(
  row: RankedRow,
  body: string,
  sources: Database.Statement<[SourceParams], { name: string }>,
): string | undefined {
  if (row.title !== null && foldVietnamese(row.title) === body) return row.title;
  // SQLite's length() counts code points; the text is NFC Vietnamese, where that is UTF-16 units.
  return sources.all({ doc: row.doc_id, length: body.length }).find((s) => foldVietnamese(s.name) === body)?.name;
}

/** The body without FTS5's markers, and the marked ranges in body offsets. */
export function unmark(marked: string): { body: string; marks: Highlight[] } {
  let body = '';
  const marks: Highlight[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = body.length;
    else if (ch === CLOSE) {
      if (open >= 0 && body.length > open) marks.push({ start: open, end: body.length });
      open = -1;
    } else body += ch;
  }
  return { body, marks };
}

/**
 * An excerpt around the first match, cut at word boundaries, whitespace collapsed; the
 * highlights are carried through the collapsing.
 */
export function cutSnippet(
  text: string,
  marks: readonly Highlight[],
  offset: number | null,
  part: SearchSnippet['part'],
  section: string | null,
): SearchSnippet {
  const first = densestMark(marks);
  let from = Math.max(0, first.start - SNIPPET_BEFORE);
  let to = Math.min(text.length, first.end + SNIPPET_AFTER);
  if (from > 0) {
    const space = text.slice(from, first.start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(first.end, to);
    const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (lastSpace > 0) to = first.end + lastSpace;
  }
  // Collapse whitespace, keeping a map from source offsets to excerpt offsets.
  let out = from > 0 ? '…' : '';
  const at = new Map<number, number>();
  let lastWasSpace = true;
  for (let i = from; i < to; i++) {
    at.set(i, out.length);
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      out += ch;
      lastWasSpace = false;
    }
  }
  at.set(to, out.trimEnd().length);
  out = out.trimEnd();
  if (to < text.length) out += ' …';
  const inside = marks.filter((m) => m.start >= from && m.end <= to);
  return {
    part,
    section,
    text: out,
    highlights: inside.map((m) => ({ start: at.get(m.start)!, end: at.get(m.end)! })),
    matches: offset === null ? [] : inside.map((m) => ({ start: offset + m.start, end: offset + m.end })),
  };
}

/** The mark that opens the window holding the most matched text (phrases beat scattered words). */
function densestMark(marks: readonly Highlight[]): Highlight {
  let best = marks[0] ?? { start: 0, end: 0 };
  let bestWeight = -1;
  for (const anchor of marks) {
    let weight = 0;
    for (const m of marks) {
      if (m.start >= anchor.start && m.end <= anchor.start + SNIPPET_AFTER) weight += m.end - m.start;
    }
    if (weight > bestWeight) {
      best = anchor;
      bestWeight = weight;
    }
  }
  return best;
}

/** The excerpt with «…» around each match, for the terminal. */
export function markSnippet(snippet: Pick<SearchSnippet, 'text' | 'highlights'>, open = '«', close = '»'): string {
  let out = '';
  let pos = 0;
  for (const h of snippet.highlights) {
    out += snippet.text.slice(pos, h.start) + open + snippet.text.slice(h.start, h.end) + close;
    pos = h.end;
  }
  return out + snippet.text.slice(pos);
}

export type { QueryTerm };
