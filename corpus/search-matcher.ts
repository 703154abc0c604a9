// Finding the query's words in the folded text of a search hit, as FTS5 found them: a word is
// bounded like an FTS5 token (a run of letters, digits and marks), and phrase words may be
// separated by anything else ("người tốt, việc tốt"). One regular expression holds every
// alternative: V8 compiles it to machine code, which scans a 12,000-character plan about 1.7×
// faster than a token-by-token scan written in JS (measured while choosing).
import { phraseSpellings, spellingVariants, type QueryTerm } from './query.js';
import { fitsFoldedBytes, isWordUnit } from './search-document.js';

export interface MatchFinder {
  pattern: RegExp;
  /** For each alternative as matched (its words folded, one space apart), the terms it satisfies, one bit a term. */
  terms: Map<string, number>;
  termCount: number;
  /** Every query word can be found in the stored one-byte fold (text_folded, foldedBytes). */
  oneByte: boolean;
}

/**
 * The query words found in one string, in order, as parallel arrays: a hit of common words
 * holds thousands, and only the few passages that make snippets need them as objects.
 */
export class MarkList {
  // Small-integer arrays: V8 keeps them unboxed and grows them in its heap, which costs far
  // less than growing typed arrays, each allocated outside it.
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The query terms each satisfies, one bit a term. */
  readonly terms: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  push(start: number, end: number, terms: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.terms.push(terms);
  }

  /** The query terms among marks [from, to), one bit a term. */
  termsIn(from = 0, to = this.length): number {
    let seen = 0;
    for (let k = from; k < to; k++) seen |= this.terms[k]!;
    return seen;
  }

  /** Index of the first mark (in text order, not overlapping) that ends after `at`. */
  firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded query word as a pattern, matching its i/y twin too (query.ts spellingVariants). */
const wordPattern = (word: string) => (spellingVariants(word).length > 1 ? `${escapeRegExp(word.slice(0, -1))}[iy]` : escapeRegExp(word));

/** True for a non-ASCII letter, digit or mark: a word character that the pattern's ASCII classes miss. */
const isOtherWordUnit = (code: number): boolean => code >= 0x80 && isWordUnit(code);

/** One regular expression for all terms; the whole query as a phrase first, then longer terms first. */
export function matchFinder(terms: readonly QueryTerm[], phrase = terms.flatMap((t) => t.words)): MatchFinder {
  const alternatives: Array<{ words: string[]; terms: number[] }> = terms.map((t, i) => ({ words: t.words, terms: [i] }));
  if (terms.length > 1) alternatives.push({ words: phrase, terms: terms.map((_, i) => i) });
  alternatives.sort((a, b) => b.words.length - a.words.length);
  // Folded text is nearly all ASCII: separators are approximated as "not an ASCII letter or
  // digit" so the pattern needs no Unicode classes (fast to compile, fast to scan); findMarks
  // checks the rare non-ASCII neighbour. A match must start a word, or the scan would stop
  // inside longer ones ("an" in "ban"): \b says so before an ASCII letter or digit (folded text
  // has no capitals, and "_" is rare) and lets the engine skip ahead to the words' first letters,
  // a quarter to a half faster than a lookbehind, which a word starting otherwise still needs.
  // No capture groups: which alternative matched is looked up from the matched words, cheaper
  // than capturing on every match.
  const opening = alternatives.every((a) => /^[a-z0-9]/.test(a.words[0] ?? '')) ? '\\b' : '(?<![a-z0-9])';
  const source = `${opening}(?:${alternatives.map((a) => a.words.map(wordPattern).join('[^a-z0-9]+')).join('|')})(?![a-z0-9])`;
  // parseSearchQuery keeps at most MAX_QUERY_TERMS (24) terms: bits of a 32-bit number.
  const masks = new Map<string, number>();
  for (const a of alternatives) {
    const mask = a.terms.reduce((m, t) => m | (1 << t), 0);
    // Every spelling the pattern can match (it takes i and y alike), one space apart.
    for (const spelling of phraseSpellings(a.words)) {
      const key = spelling.join(' ');
      masks.set(key, (masks.get(key) ?? 0) | mask);
    }
  }
  // Spellings differ from the words by i and y alone.
  const oneByte = alternatives.every((a) => a.words.every(fitsFoldedBytes));
  return { pattern: new RegExp(source, 'g'), terms: masks, termCount: terms.length, oneByte };
}

/** The query words in `folded`, each bounded on both sides by a non-word character. */
export function findMarks(folded: string, finder: MatchFinder): MarkList {
  const marks = new MarkList();
  const pattern = finder.pattern;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(folded))) {
    const matched = m[0];
    const end = m.index + matched.length;
    if (isOtherWordUnit(folded.charCodeAt(m.index - 1)) || isOtherWordUnit(folded.charCodeAt(end))) {
      pattern.lastIndex = m.index + 1; // inside a longer word: look again one further on
      continue;
    }
    // A word is its own key; phrase words stand apart by anything that is not a letter or
    // digit, and the map keys them one space apart.
    const terms = finder.terms.get(matched) ?? finder.terms.get(matched.replace(/[^\p{L}\p{N}]+/gu, ' ')) ?? 0;
    marks.push(m.index, end, terms);
  }
  return marks;
}
