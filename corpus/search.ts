// Full-text search over the store: FTS5, one row per document (corpus/search-document.ts), on
// folded columns, so "an toan thuc pham", "An toàn thực phẩm" and "AN TOÀN THỰC PHẨM" find the
// same plans. Ranking happens in SQL, by where a plan holds the query (title and movement names
// before the text, the words together before apart: query.ts rankingTiers), with queries that
// stop after `limit` rows, so a word found in every plan costs no more than a rare one.
// Snippets are then found for the top hits only, in JS: the text is folded (1:1) and the query
// words looked for in it, so every offset is an offset in text.normalized, and the outline
// stored with the document tells the section, movement or task a match sits in.
import type Database from 'better-sqlite3';
import { foldVietnamese } from '../normalizers/fold.js';
import { movementKey } from '../extractors/movements.js';
import type { IssuerLevel } from '../output/schema.js';
import { parseSearchQuery, rankingTiers, spellingVariants, type QueryTerm } from './query.js';
import { foldText, foldUtf16, type SearchOutline } from './search-document.js';
import type { PlanHeading, Store } from './store.js';

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
  /**
   * 'tiered' (default): by where the document holds the query, newest first within a tier —
   * stops early, so it stays fast on words every plan contains. 'bm25': FTS5's bm25 over all
   * matching documents, columns weighted (title 4, movements 3, tasks 1.5, text 1) — the
   * classic relevance order, at the cost of a pass over every match.
   */
  rank?: 'tiered' | 'bm25';
}

export interface Highlight {
  start: number;
  end: number;
}

export interface SearchSnippet {
  /** Where the match sits: the title, the running text, a movement name or a task. */
  part: 'title' | 'text' | 'movement' | 'task';
  /** The heading of the section the match sits in ("II. NỘI DUNG THỰC HIỆN"), or the task's section. */
  section: string | null;
  /** The excerpt, whitespace collapsed, with "…" where it was cut. */
  text: string;
  /** The matched words, as offsets into `text`. */
  highlights: Highlight[];
  /** The matched words as offsets into text.normalized; empty for a title outside the text. */
  matches: Highlight[];
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
/** The "together anywhere" tier looks among this many of the most recently stored matches (see searchStore). */
export const RANKED_CANDIDATES = 200;
const MAX_LIMIT = 200;
const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 140;

/** How much a passage in each part counts when choosing snippets (as the column weights of rank). */
const PART_WEIGHT: Record<SearchSnippet['part'], number> = { title: 4, movement: 3, task: 1.5, text: 1 };

interface HitRow {
  id: string;
  number: string | null;
  title: string | null;
  issuer_name: string | null;
  issuer_level: string | null;
  date: string | null;
  text_utf16: Buffer;
  outline_json: string;
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

/** The documents filter as a WHERE clause over `documents d`; empty when no filter is set. */
function filterSql(filters: SearchFilters): { sql: string; params: unknown[]; needsFold: boolean } {
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
    // The key is the name folded, punctuation dropped (movementKey): the filter, keyed alike,
    // is a plain LIKE, with no function call per row.
    clauses.push("EXISTS (SELECT 1 FROM movements m WHERE m.doc_id = d.id AND m.key LIKE ? ESCAPE '\\')");
    params.push(`%${movementKey(filters.movement).replace(/[\\%_]/g, '\\$&')}%`);
  }
  return { sql: clauses.join(' AND '), params, needsFold: Boolean(filters.type) };
}

const HIT_SQL = `SELECT d.id, d.number, d.title, d.issuer_name, d.issuer_level, d.date, c.text_utf16, c.outline_json
  FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid WHERE d.rowid = ?`;

/** Statements reused across searches on one connection (preparing costs as much as a small query). */
const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement<P extends unknown[], R>(db: Database.Database, sql: string): Database.Statement<P, R> {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt as unknown as Database.Statement<P, R>;
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
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const filter = filterSql(options);
  if (filter.needsFold) registerFold(db);
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
  // A filter is a join driven by the index (CROSS JOIN keeps the FTS5 table the outer loop:
  // looking one rowid up in FTS5 costs a whole query).
  const join = filter.sql ? 'CROSS JOIN documents d ON d.rowid = s.rowid' : '';
  const where = filter.sql ? `AND ${filter.sql}` : '';
  const tierQuery = (table: 'search_index' | 'search_head') =>
    statement<unknown[], { rowid: number }>(
      db,
      `SELECT s.rowid AS rowid FROM ${table} s ${join} WHERE ${table} MATCH ? AND s.rowid >= ? ${where}
       ORDER BY s.rowid DESC LIMIT ?`,
    );
  // The RANKED_CANDIDATES most recently stored matches, newest first: read once, when a tier is
  // bounded by them; they are also the whole of the last tier.
  let candidates: number[] | undefined;
  const recentMatches = () =>
    (candidates ??= statement<unknown[], { rowid: number }>(
      db,
      `SELECT s.rowid AS rowid FROM search_index s ${join} WHERE search_index MATCH ? ${where}
       ORDER BY s.rowid DESC LIMIT ${RANKED_CANDIDATES}`,
    )
      .all(parsed.match, ...filter.params)
      .map((r) => r.rowid));
  const tiers = rankingTiers(parsed.terms);
  const ranked = new Map<number, number>();
  if (options.rank === 'bm25') {
    // `rank` is bm25 with the column weights configured in the migration; lower is better.
    const rows = statement<unknown[], { rowid: number; rank: number }>(
      db,
      `SELECT s.rowid AS rowid, s.rank AS rank FROM search_index s ${join} WHERE search_index MATCH ? ${where}
       ORDER BY s.rank LIMIT ?`,
    ).all(parsed.match, ...filter.params, limit);
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
        .all(tier.match, from, ...filter.params, limit + ranked.size)
        .map((r) => r.rowid);
    }
    for (const rowid of rows) {
      if (ranked.size >= limit) break;
      if (!ranked.has(rowid)) ranked.set(rowid, tier.score);
    }
  });
  const hitQuery = statement<[number], HitRow>(db, HIT_SQL);
  const finder = matchFinder(parsed.terms);
  const snippetCount = Math.max(1, Math.min(10, Math.floor(options.snippets ?? 3)));
  for (const [rowid, score] of ranked) {
    const row = hitQuery.get(rowid);
    if (!row) continue;
    const passages = findPassages(row, JSON.parse(row.outline_json) as SearchOutline, finder);
    result.hits.push({
      id: row.id,
      number: row.number,
      title: row.title,
      issuer: row.issuer_name,
      level: row.issuer_level,
      date: row.date,
      score,
      chunks: passages.length,
      snippets: passages.slice(0, snippetCount).map((p) => cutSnippet(p.source, p.marks, p.offset, p.part, p.section, p.shown)),
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Finding the query in a hit: the text is folded like the index (foldVietnamese, through a table:
// 1:1, so offsets are offsets in text.normalized) and the folded query words are looked for with
// one plain regular expression. A word is bounded like an FTS5 token (a run of letters and
// digits); phrase words may be separated by anything else, as in FTS5 ("người tốt, việc tốt").

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded query word as a pattern, matching its i/y twin too (query.ts spellingVariants). */
const wordPattern = (word: string) => (spellingVariants(word).length > 1 ? `${escapeRegExp(word.slice(0, -1))}[iy]` : escapeRegExp(word));

interface MatchFinder {
  pattern: RegExp;
  /** For each capture group (1-based order), the terms it satisfies, one bit a term. */
  groups: number[];
  termCount: number;
}

/** True for a letter or digit of folded text: ASCII ones quickly, the rest by Unicode class. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/** One regular expression for all terms; the whole query as a phrase first, then longer terms first. */
function matchFinder(terms: readonly QueryTerm[]): MatchFinder {
  const alternatives: Array<{ words: string[]; terms: number[] }> = terms.map((t, i) => ({ words: t.words, terms: [i] }));
  if (terms.length > 1) alternatives.push({ words: terms.flatMap((t) => t.words), terms: terms.map((_, i) => i) });
  alternatives.sort((a, b) => b.words.length - a.words.length);
  // Folded text is nearly all ASCII: separators are approximated as "not an ASCII letter or
  // digit" so the pattern needs no Unicode classes (fast to compile, fast to scan). Boundaries
  // are checked in findMarks.
  // The lookbehind keeps the scan from stopping inside longer words ("an" in "ban"): a third of
  // the matches to look at, for common words.
  const source = `(?<![a-z0-9])(?:${alternatives.map((a) => `(${a.words.map(wordPattern).join('[^a-z0-9]+')})(?![a-z0-9])`).join('|')})`;
  // parseSearchQuery keeps at most MAX_QUERY_TERMS (24) terms: bits of a 32-bit number.
  const groups = alternatives.map((a) => a.terms.reduce((mask, t) => mask | (1 << t), 0));
  return { pattern: new RegExp(source, 'g'), groups, termCount: terms.length };
}

interface FoundMark extends Highlight {
  /** The query terms it satisfies, one bit a term. */
  terms: number;
}

/** The query words in `folded`, each bounded on both sides by a non-word character. */
function findMarks(folded: string, finder: MatchFinder): FoundMark[] {
  const marks: FoundMark[] = [];
  const pattern = finder.pattern;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(folded))) {
    const end = m.index + m[0].length;
    if (isWordChar(folded[m.index - 1]) || isWordChar(folded[end])) {
      pattern.lastIndex = m.index + 1; // inside a longer word: look again one further on
      continue;
    }
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    marks.push({ start: m.index, end, terms: finder.groups[group - 1] ?? 0 });
  }
  return marks;
}

/** A place in a hit that holds query words: the title, a line of the text, or a task outside it. */
interface Passage {
  part: SearchSnippet['part'];
  section: string | null;
  /** The string the marks point into. */
  source: string;
  /** Where `source` starts in text.normalized (0: it is the text), or null when it is not there. */
  offset: number | null;
  marks: Highlight[];
  /** Every mark in `source`: the excerpt may reach into the next passage. */
  shown: Highlight[];
  score: number;
  at: number;
}

function passageScore(marks: readonly FoundMark[], part: SearchSnippet['part'], termCount: number): number {
  let seen = 0;
  for (const m of marks) seen |= m.terms;
  let terms = 0;
  for (; seen; seen &= seen - 1) terms++;
  // All words of the query first, then the part (title over running text), then how many marks.
  return (terms / Math.max(1, termCount)) * 100 + PART_WEIGHT[part] * 10 + Math.min(9, marks.length);
}

/** Folded text reduced to its words, one space apart (folded letters are ASCII). */
const wordsOf = (folded: string) => folded.replace(/[^a-z0-9]+/g, ' ').trim();

/** The title is printed in the heading of a plan, within its first lines. */
const TITLE_WITHIN = 4000;

/** The passages of a hit that hold query words, best first. */
function findPassages(row: HitRow, outline: SearchOutline, finder: MatchFinder): Passage[] {
  const passages: Passage[] = [];
  const title = row.title ?? '';
  const foldedTitle = foldText(title);
  const titleMarks = title ? findMarks(foldedTitle, finder) : [];
  if (titleMarks.length) {
    passages.push({ part: 'title', section: null, source: title, offset: null, marks: titleMarks, shown: titleMarks, score: passageScore(titleMarks, 'title', finder.termCount), at: -1 });
  }
  const titleKey = titleMarks.length ? wordsOf(foldedTitle) : null;
  const text = row.text_utf16.toString('utf16le');
  // Marks come in text order: lines, tasks and movements are walked forward alongside them.
  const lines: Array<{ start: number; end: number; marks: FoundMark[] }> = [];
  const folded = foldUtf16(row.text_utf16);
  const textMarks = findMarks(folded, finder);
  for (const mark of textMarks) {
    const line = lines.at(-1);
    if (line && mark.start < line.end) line.marks.push(mark);
    else {
      const end = text.indexOf('\n', mark.start);
      lines.push({ start: text.lastIndexOf('\n', mark.start - 1) + 1, end: end < 0 ? text.length : end, marks: [mark] });
    }
  }
  const inTask = spanWalker(outline.tasks);
  const inMovement = spanWalker(outline.movements);
  for (const { start: lineStart, end: lineEnd, marks } of lines) {
    const first = marks[0]!.start;
    // A line that is (part of) the title is shown once, as the title.
    if (titleKey && lineStart < TITLE_WITHIN && lineEnd - lineStart <= title.length + 8) {
      const line = wordsOf(folded.slice(lineStart, lineEnd));
      if (line && titleKey.includes(line)) continue;
    }
    let part: SearchSnippet['part'] = 'text';
    let section = sectionAt(outline.sections, first);
    const task = inTask(first);
    if (inMovement(first)) part = 'movement';
    else if (task) {
      part = 'task';
      section = task[2] ?? section;
    }
    passages.push({ part, section, source: text, offset: 0, marks, shown: textMarks, score: passageScore(marks, part, finder.termCount), at: lineStart });
  }
  for (const [section, content] of outline.loose) {
    const marks = findMarks(foldText(content), finder);
    if (marks.length) passages.push({ part: 'task', section, source: content, offset: null, marks, shown: marks, score: passageScore(marks, 'task', finder.termCount), at: text.length });
  }
  return passages.sort(function byScore(a, b) {
    return b.score - a.score || a.at - b.at;
  });
}

/**
 * For positions asked in increasing order, the span holding each (the first such in start
 * order), or undefined: one pass over the spans for all the lines of a hit.
 */
function spanWalker<S extends readonly [number, number, ...unknown[]]>(spans: readonly S[]): (at: number) => S | undefined {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let next = 0;
  const open: S[] = [];
  return function spanAt(at) {
    while (next < sorted.length && sorted[next]![0] <= at) open.push(sorted[next++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]![1] <= at) open.splice(k, 1);
    return open[0];
  };
}

/** The label of the last section starting at or before `at`. */
function sectionAt(sections: SearchOutline['sections'], at: number): string | null {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sections[lo - 1]![1] : null;
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
  /** Every mark of `text`, highlighted where the excerpt shows them (default: `marks`). */
  shown: readonly Highlight[] = marks,
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
  const at = new Int32Array(to - from + 1);
  let lastWasSpace = true;
  for (let i = from; i < to; i++) {
    at[i - from] = out.length;
    const ch = text[i]!;
    if (isSpace(ch.charCodeAt(0))) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      out += ch;
      lastWasSpace = false;
    }
  }
  out = out.trimEnd();
  at[to - from] = out.length;
  if (to < text.length) out += ' …';
  const inside: Highlight[] = [];
  for (let k = firstEndingAfter(shown, from); k < shown.length && shown[k]!.start < to; k++) {
    const m = shown[k]!;
    if (m.start >= from && m.end <= to) inside.push(m);
  }
  return {
    part,
    section,
    text: out,
    highlights: inside.map((m) => ({ start: at[m.start - from]!, end: Math.min(at[m.end - from]!, out.length) })),
    matches: offset === null ? [] : inside.map((m) => ({ start: offset + m.start, end: offset + m.end })),
  };
}

/** Index of the first of `marks` (in text order, not overlapping) that ends after `at`. */
function firstEndingAfter(marks: readonly Highlight[], at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What /\s/ matches, for one UTF-16 unit. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
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
