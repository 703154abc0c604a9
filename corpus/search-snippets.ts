// Finding the query in a search hit and cutting snippets around it. The text is folded like the
// index (foldVietnamese through a table: 1:1, so offsets are offsets in text.normalized) and the
// folded query words are looked for with one plain regular expression. A word is bounded like
// an FTS5 token (a run of letters and digits); phrase words may be separated by anything else,
// as in FTS5 ("người tốt, việc tốt"). The outline stored with the document tells the section,
// movement or task a match sits in.
import { foldText, foldUtf16, type SearchOutline } from './search-document.js';
import { phraseSpellings, spellingVariants, type QueryTerm } from './query.js';

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

const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 140;

/** How much a passage in each part counts when choosing snippets (as the column weights of rank). */
const PART_WEIGHT: Record<SearchSnippet['part'], number> = { title: 4, movement: 3, task: 1.5, text: 1 };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded query word as a pattern, matching its i/y twin too (query.ts spellingVariants). */
const wordPattern = (word: string) => (spellingVariants(word).length > 1 ? `${escapeRegExp(word.slice(0, -1))}[iy]` : escapeRegExp(word));

export interface MatchFinder {
  pattern: RegExp;
  /** For each alternative as matched (its words folded, one space apart), the terms it satisfies, one bit a term. */
  terms: Map<string, number>;
  termCount: number;
}

/** True for a non-ASCII letter, digit or mark: a word character that the pattern's ASCII classes miss. */
function isOtherWordUnit(code: number): boolean {
  return code >= 0x80 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
}

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
  return { pattern: new RegExp(source, 'g'), terms: masks, termCount: terms.length };
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
    const matched = m[0];
    const end = m.index + matched.length;
    if (isOtherWordUnit(folded.charCodeAt(m.index - 1)) || isOtherWordUnit(folded.charCodeAt(end))) {
      pattern.lastIndex = m.index + 1; // inside a longer word: look again one further on
      continue;
    }
    // Phrase words stand apart by anything that is not a letter or digit; as the map keys them, by one space.
    const key = /[^a-z0-9]/.test(matched) ? matched.replace(/[^\p{L}\p{N}]+/gu, ' ') : matched;
    marks.push({ start: m.index, end, terms: finder.terms.get(key) ?? 0 });
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

/** The query terms among `marks`, one bit a term. */
function termsOf(marks: readonly FoundMark[]): number {
  let seen = 0;
  for (const m of marks) seen |= m.terms;
  return seen;
}

function passageScore(terms: number, marks: number, part: SearchSnippet['part'], termCount: number): number {
  let found = 0;
  for (; terms; terms &= terms - 1) found++;
  // All words of the query first, then the part (title over running text), then how many marks.
  return (found / Math.max(1, termCount)) * 100 + PART_WEIGHT[part] * 10 + Math.min(9, marks);
}

/**
 * The best passages seen so far, best first (score, then earlier in the document). Only a
 * passage that makes the cut is built: a hit of common words has a hundred lines with marks.
 */
class BestPassages {
  readonly items: Passage[] = [];
  constructor(readonly size: number) {}

  wants(score: number, at: number): boolean {
    if (this.items.length < this.size) return true;
    const worst = this.items[this.items.length - 1]!;
    return score > worst.score || (score === worst.score && at < worst.at);
  }

  add(passage: Passage): void {
    let k = this.items.length;
    while (k > 0 && (this.items[k - 1]!.score < passage.score || (this.items[k - 1]!.score === passage.score && this.items[k - 1]!.at > passage.at))) k--;
    this.items.splice(k, 0, passage);
    if (this.items.length > this.size) this.items.pop();
  }
}

/** Folded text reduced to its words, one space apart (folded letters are ASCII). */
const wordsOf = (folded: string) => folded.replace(/[^a-z0-9]+/g, ' ').trim();

/** The title is printed in the heading of a plan, within its first lines. */
const TITLE_WITHIN = 4000;

/**
 * How many passages of a hit hold query words (the title, lines of the text, tasks read apart
 * from it), and the best `count` of them, best first.
 */
function findPassages(
  finder: MatchFinder,
  hitTitle: string | null,
  textUtf16: Buffer,
  outline: SearchOutline,
  count: number,
): { chunks: number; best: Passage[] } {
  const best = new BestPassages(count);
  let chunks = 0;
  const offer = (terms: number, marks: number, part: SearchSnippet['part'], at: number, build: (score: number) => Passage) => {
    chunks++;
    const score = passageScore(terms, marks, part, finder.termCount);
    if (best.wants(score, at)) best.add(build(score));
  };
  const title = hitTitle ?? '';
  const foldedTitle = foldText(title);
  const titleMarks = title ? findMarks(foldedTitle, finder) : [];
  if (titleMarks.length) {
    offer(termsOf(titleMarks), titleMarks.length, 'title', -1, (score) => ({ part: 'title', section: null, source: title, offset: null, marks: titleMarks, shown: titleMarks, score, at: -1 }));
  }
  const titleKey = titleMarks.length ? wordsOf(foldedTitle) : null;
  const text = textUtf16.toString('utf16le');
  const folded = foldUtf16(textUtf16);
  const textMarks = findMarks(folded, finder);
  // Marks come in text order: lines, tasks and movements are walked forward alongside them.
  const inTask = spanWalker(outline.tasks);
  const inMovement = spanWalker(outline.movements);
  for (let i = 0; i < textMarks.length; ) {
    const first = textMarks[i]!.start;
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    let lineEnd = text.indexOf('\n', first);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i;
    let terms = 0;
    for (; j < textMarks.length && textMarks[j]!.start < lineEnd; j++) terms |= textMarks[j]!.terms;
    const from = i;
    i = j;
    // A line that is (part of) the title is shown once, as the title.
    if (titleKey && lineStart < TITLE_WITHIN && lineEnd - lineStart <= title.length + 8) {
      const line = wordsOf(folded.slice(lineStart, lineEnd));
      if (line && titleKey.includes(line)) continue;
    }
    const task = inTask(first);
    const part: SearchSnippet['part'] = inMovement(first) ? 'movement' : task ? 'task' : 'text';
    offer(terms, j - from, part, lineStart, (score) => ({
      part,
      section: (part === 'task' ? task![2] : null) ?? sectionAt(outline.sections, first),
      source: text,
      offset: 0,
      marks: textMarks.slice(from, j),
      shown: textMarks,
      score,
      at: lineStart,
    }));
  }
  for (const [section, content] of outline.loose) {
    const marks = findMarks(foldText(content), finder);
    if (marks.length) offer(termsOf(marks), marks.length, 'task', text.length, (score) => ({ part: 'task', section, source: content, offset: null, marks, shown: marks, score, at: text.length }));
  }
  return { chunks, best: best.items };
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

/**
 * How many passages of a hit hold query words (the title, lines of the text, tasks read apart
 * from it), and snippets of the best `count`. `textUtf16` is folded in place.
 */
export function hitSnippets(
  finder: MatchFinder,
  title: string | null,
  textUtf16: Buffer,
  outline: SearchOutline,
  count: number,
): { chunks: number; snippets: SearchSnippet[] } {
  const { chunks, best } = findPassages(finder, title, textUtf16, outline, count);
  return {
    chunks,
    snippets: best.map((p) => cutSnippet(p.source, p.marks, p.offset, p.part, p.section, p.shown)),
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

