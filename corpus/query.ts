// Turning what a person types into a safe FTS5 MATCH expression. User text never reaches MATCH
// as syntax: it is folded like the indexed body (foldVietnamese: no marks, đ → d, lower case),
// cut into the same tokens FTS5's unicode61 tokenizer makes (runs of letters and digits), and
// every term is written as a double-quoted string, so AND/OR/NOT/NEAR, *, ^, parentheses and
// column filters are only ever words.
import { foldVietnamese } from '../normalizers/fold.js';

/** One term of a query: a single word, or a phrase whose words must follow each other. */
export interface QueryTerm {
  words: string[];
  phrase: boolean;
}

export interface ParsedQuery {
  /** The terms as the user meant them, folded. Empty when nothing searchable was typed. */
  terms: QueryTerm[];
  /**
   * The words of the whole query in the order typed, repeats kept ("người tốt, việc tốt"): the
   * phrase that ranks and highlights the words standing together.
   */
  phrase: string[];
  /** The MATCH expression, or null when there is no term. */
  match: string | null;
  /** Terms beyond the limit, left out of the search. */
  dropped: number;
}

/** More terms than this make no better search and only slow FTS5 down. */
export const MAX_QUERY_TERMS = 24;
/** A word longer than this is noise (or an attack); it is cut. */
const MAX_WORD_LENGTH = 64;

// Straight and typographic double quotes open and close phrases alike.
const QUOTES = /["“”„«»]/;
const TOKEN = /[\p{L}\p{N}]+/gu;

function tokens(text: string): string[] {
  return (foldVietnamese(text.normalize('NFC')).match(TOKEN) ?? []).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/**
 * A chunk of the query without quotes: each whitespace-separated piece is a term; a piece that
 * the tokenizer splits ("05/KH-HĐTĐKT", "body:x") stays together as a phrase, which is what a
 * document number or a hyphenated word means.
 */
function bareTerms(chunk: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const piece of chunk.split(/\s+/)) {
    const words = tokens(piece);
    if (words.length > 0) terms.push({ words, phrase: words.length > 1 });
  }
  return terms;
}

export function parseSearchQuery(input: string, maxTerms = MAX_QUERY_TERMS): ParsedQuery {
  const parts = input.split(QUOTES);
  // parts alternate outside/inside quotes; an odd number of quotes leaves the last quote
  // unbalanced, and its tail is read as bare words.
  const balanced = parts.length % 2 === 1;
  const all: QueryTerm[] = [];
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && (balanced || i < parts.length - 1);
    if (!quoted) all.push(...bareTerms(part));
    else {
      const words = tokens(part);
      if (words.length > 0) all.push({ words, phrase: words.length > 1 });
    }
  });
  const seen = new Set<string>();
  const unique = all.filter((t) => {
    const key = t.words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const terms = unique.slice(0, maxTerms);
  const dropped = unique.length - terms.length;
  const phrase = (dropped ? terms : all).flatMap((t) => t.words);
  return { terms, phrase, match: toMatchExpression(terms, phrase), dropped };
}

const quote = (words: readonly string[]) => `"${words.join(' ').replace(/"/g, '""')}"`;

/**
 * The syllables written with a final i or y alike (sĩ/sỹ, lí/lý, kì/kỳ, mĩ/mỹ, tỉ/tỷ, hi/hy,
 * qui/quy): "chiến sĩ" must find "Chiến sỹ thi đua". Only these onsets take a bare y; where y
 * follows another vowel (tay/tai, may/mai) the two are different words and are left alone.
 */
const I_OR_Y = /^(qu|[hklmstv])[iy]$/;

/** The spellings of a folded word: itself, and its i/y twin. */
export function spellingVariants(word: string): string[] {
  if (!I_OR_Y.test(word)) return [word];
  const stem = word.slice(0, -1);
  return [word, `${stem}${word.endsWith('i') ? 'y' : 'i'}`];
}

/** The spellings of a phrase (each word with its i/y twin), at most `max` of them. */
export function phraseSpellings(words: readonly string[], max = Infinity): string[][] {
  let spellings: string[][] = [[]];
  for (const word of words) {
    const variants = spellings.length < max ? spellingVariants(word) : [word];
    spellings = spellings.flatMap((prefix) => variants.map((v) => [...prefix, v]));
  }
  return spellings;
}

/** At most this many spellings of one phrase are searched (2^3: three i/y words). */
const MAX_SPELLINGS = 8;

/** A phrase as a MATCH expression: quoted, with its i/y spellings ORed in. */
export function phraseMatch(words: readonly string[]): string {
  const spellings = phraseSpellings(words, MAX_SPELLINGS);
  return spellings.length === 1 ? quote(spellings[0]!) : `(${spellings.map(quote).join(' OR ')})`;
}

/**
 * Every term must occur in the document (in any column). With several terms, the whole query as one
 * phrase is ORed in: it matches no more documents, but bm25 (for those who rank with it) scores
 * those where the words stand together ("an toàn thực phẩm") above those where they are scattered.
 */
export function toMatchExpression(terms: readonly QueryTerm[], phrase = terms.flatMap((t) => t.words)): string | null {
  if (terms.length === 0) return null;
  // Words hold only letters and digits, so they can carry no quote; doubling is defence in depth.
  const all = terms.map((t) => phraseMatch(t.words)).join(' AND ');
  if (terms.length === 1) return all;
  return `${phraseMatch(phrase)} OR (${all})`;
}

/** Where a document holds the query, from the best place down; see rankingTiers. */
export interface RankingTier {
  /** The MATCH expression of the tier. */
  match: string;
  /** True: match it against search_head (title and movement names); false: search_index. */
  head: boolean;
  /** 4 the words together in the title or a movement name, 3 all of them there, 2 together anywhere, 1 anywhere. */
  score: number;
}

/**
 * The tiers a search ranks by, best first: the words together (as one phrase) in the title or
 * a movement name, then all of them there, then together anywhere, then anywhere. A single
 * term has two tiers: in the title or a movement name, or anywhere. Each tier's documents also
 * match the last tier, the query itself.
 */
export function rankingTiers(terms: readonly QueryTerm[], phraseWords = terms.flatMap((t) => t.words)): RankingTier[] {
  if (terms.length === 0) return [];
  const all = terms.map((t) => phraseMatch(t.words)).join(' AND ');
  if (terms.length === 1) {
    return [
      { match: all, head: true, score: 4 },
      { match: all, head: false, score: 2 },
    ];
  }
  const phrase = phraseMatch(phraseWords);
  return [
    { match: phrase, head: true, score: 4 },
    { match: all, head: true, score: 3 },
    { match: phrase, head: false, score: 2 },
    { match: all, head: false, score: 1 },
  ];
}
