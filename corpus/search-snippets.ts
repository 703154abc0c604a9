// Choosing the passages of a search hit that hold the query and cutting snippets around them.
// The query is found (corpus/search-matcher.ts) in the hit's text folded like the index
// (foldVietnamese: 1:1, so offsets are offsets in text.normalized), as the store keeps it one
// byte a unit (text_folded). The outline stored with the document tells the section, movement
// or task a match sits in; the UTF-16 text is decoded only where an excerpt is cut.
import { foldText, foldUtf16, type SearchOutline } from './search-document.js';
import { findMarks, type MarkList, type MatchFinder } from './search-matcher.js';

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

/** A hit's text as document_content stores it. */
export interface HitText {
  /** text.normalized, UTF-16LE (document_content.text_utf16). */
  utf16: Buffer;
  /** Its fold, one byte a unit (text_folded, foldedBytes). */
  folded: Buffer;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 140;

/** How much a passage in each part counts when choosing snippets (as the column weights of rank). */
const PART_WEIGHT: Record<SearchSnippet['part'], number> = { title: 4, movement: 3, task: 1.5, text: 1 };

/**
 * How many passages of a hit hold query words (the title, lines of the text, tasks read apart
 * from it), and snippets of the best `count`.
 */
export function hitSnippets(
  finder: MatchFinder,
  title: string | null,
  stored: HitText,
  outline: SearchOutline,
  count: number,
): { chunks: number; snippets: SearchSnippet[] } {
  const { chunks, best } = findPassages(finder, title, stored, outline, count);
  return { chunks, snippets: best.map(cutSnippet) };
}

/** A text an excerpt is cut from: a string, or a hit's UTF-16 text, decoded only where cut. */
interface Excerptable {
  readonly length: number;
  slice(from: number, to: number): string;
}

function utf16Excerptable(utf16: Buffer): Excerptable {
  return { length: utf16.length >> 1, slice: (from, to) => utf16.toString('utf16le', from * 2, to * 2) };
}

/** A place in a hit that holds query words: the title, a line of the text, or a task outside it. */
interface Passage {
  part: SearchSnippet['part'];
  section: string | null;
  /** The text the marks point into. */
  source: Excerptable;
  /** Where `source` starts in text.normalized (0: it is the text), or null when it is not there. */
  offset: number | null;
  /** Every mark in `source` (the excerpt may reach into the next passage); the passage's own are [firstMark, endMark). */
  marks: MarkList;
  firstMark: number;
  endMark: number;
  score: number;
  at: number;
}

function passageScore(terms: number, marks: number, part: SearchSnippet['part'], termCount: number): number {
  let found = 0;
  for (; terms; terms &= terms - 1) found++;
  // All words of the query first, then the part (title over running text), then how many marks.
  return (found / Math.max(1, termCount)) * 100 + PART_WEIGHT[part] * 10 + Math.min(9, marks);
}

/** The best passages seen so far, best first (score, then earlier in the document). */
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

/** The passages of a hit holding query words, counted, and the best `count` of them, best first. */
function findPassages(
  finder: MatchFinder,
  hitTitle: string | null,
  stored: HitText,
  outline: SearchOutline,
  count: number,
): { chunks: number; best: Passage[] } {
  const best = new BestPassages(count);
  let chunks = 0;
  // Each passage is scored first and built only when it makes the cut: a hit of common words
  // has a hundred lines with marks (and no closure per line: the loader's keepNames wraps
  // every function created).
  const title = hitTitle ?? '';
  const foldedTitle = foldText(title);
  const titleMarks = findMarks(foldedTitle, finder);
  if (titleMarks.length) {
    chunks++;
    const score = passageScore(titleMarks.termsIn(), titleMarks.length, 'title', finder.termCount);
    best.add({ part: 'title', section: null, source: title, offset: null, marks: titleMarks, firstMark: 0, endMark: titleMarks.length, score, at: -1 });
  }
  const titleKey = titleMarks.length ? wordsOf(foldedTitle) : null;
  // The text is decoded only where an excerpt is cut from it.
  const text = utf16Excerptable(stored.utf16);
  const folded = foldedText(finder, stored);
  const textMarks = findMarks(folded, finder);
  // Marks come in text order: lines, tasks and movements are walked forward alongside them.
  const inTask = spanWalker(outline.tasks);
  const inMovement = spanWalker(outline.movements);
  const starts = textMarks.starts;
  for (let i = 0; i < textMarks.length; ) {
    const first = starts[i]!;
    const lineStart = folded.lastIndexOf('\n', first - 1) + 1;
    let lineEnd = folded.indexOf('\n', first);
    if (lineEnd < 0) lineEnd = folded.length;
    let j = i;
    while (j < textMarks.length && starts[j]! < lineEnd) j++;
    const terms = textMarks.termsIn(i, j);
    const firstMark = i;
    i = j;
    // A line that is (part of) the title is shown once, as the title.
    if (titleKey && lineStart < TITLE_WITHIN && lineEnd - lineStart <= title.length + 8) {
      const line = wordsOf(folded.slice(lineStart, lineEnd));
      if (line && titleKey.includes(line)) continue;
    }
    const task = inTask(first);
    const part: SearchSnippet['part'] = inMovement(first) ? 'movement' : task ? 'task' : 'text';
    chunks++;
    const score = passageScore(terms, j - firstMark, part, finder.termCount);
    if (!best.wants(score, lineStart)) continue;
    const section = (part === 'task' ? task![2] : null) ?? sectionAt(outline.sections, first);
    best.add({ part, section, source: text, offset: 0, marks: textMarks, firstMark, endMark: j, score, at: lineStart });
  }
  for (const [section, content] of outline.loose) {
    const marks = findMarks(foldText(content), finder);
    if (!marks.length) continue;
    chunks++;
    const score = passageScore(marks.termsIn(), marks.length, 'task', finder.termCount);
    if (best.wants(score, text.length)) best.add({ part: 'task', section, source: content, offset: null, marks, firstMark: 0, endMark: marks.length, score, at: text.length });
  }
  return { chunks, best: best.items };
}

/**
 * The folded text to match in: the stored one-byte fold, or a copy of the text folded here when
 * a query word is beyond what that fold holds (a letter past U+00FF), or when the stored fold
 * does not line up with the text (a row written without it: it would misplace every match).
 */
function foldedText(finder: MatchFinder, stored: HitText): string {
  if (finder.oneByte && stored.folded.length * 2 === stored.utf16.length) return stored.folded.toString('latin1');
  return foldUtf16(stored.utf16);
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
 * An excerpt around the passage's densest run of marks, cut at word boundaries, whitespace
 * collapsed; the highlights are carried through the collapsing.
 */
function cutSnippet(passage: Passage): SearchSnippet {
  const { source, marks, offset } = passage;
  const first = densestMark(marks, passage.firstMark, passage.endMark);
  const firstStart = marks.starts[first] ?? 0;
  const firstEnd = marks.ends[first] ?? 0;
  // Only the window the excerpt can come from is read; offsets below are the source's.
  const base = Math.max(0, firstStart - SNIPPET_BEFORE);
  const limit = Math.min(source.length, firstEnd + SNIPPET_AFTER);
  const window = source.slice(base, limit);
  let from = base;
  let to = limit;
  if (from > 0) {
    // Start after the first space, so no word is cut.
    let i = from;
    while (i < firstStart && !isSpace(window.charCodeAt(i - base))) i++;
    if (i < firstStart) from = i + 1;
  }
  if (to < source.length) {
    const tail = window.slice(firstEnd - base);
    const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (lastSpace > 0) to = firstEnd + lastSpace;
  }
  // Collapse whitespace, keeping a map from source offsets to excerpt offsets; runs without
  // whitespace are copied whole.
  let out = from > 0 ? '…' : '';
  const at = excerptOffsets(to - from + 1);
  let lastWasSpace = true;
  let run = from;
  for (let i = from; i < to; i++) {
    if (isSpace(window.charCodeAt(i - base))) {
      if (run < i) out += window.slice(run - base, i - base);
      at[i - from] = out.length;
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
      run = i + 1;
    } else {
      at[i - from] = out.length + (i - run);
      lastWasSpace = false;
    }
  }
  if (run < to) out += window.slice(run - base, to - base);
  out = out.trimEnd();
  at[to - from] = out.length;
  if (to < source.length) out += ' …';
  const highlights: Highlight[] = [];
  const matches: Highlight[] = [];
  for (let k = marks.firstEndingAfter(from); k < marks.length && marks.starts[k]! < to; k++) {
    const start = marks.starts[k]!;
    const end = marks.ends[k]!;
    if (start < from || end > to) continue;
    highlights.push({ start: at[start - from]!, end: Math.min(at[end - from]!, out.length) });
    if (offset !== null) matches.push({ start: offset + start, end: offset + end });
  }
  return { part: passage.part, section: passage.section, text: out, highlights, matches };
}

/** Scratch for cutSnippet's offset map, grown as needed (one typed array, not one per snippet). */
let offsetScratch = new Int32Array(512);

function excerptOffsets(size: number): Int32Array {
  if (offsetScratch.length < size) offsetScratch = new Int32Array(size * 2);
  return offsetScratch;
}

/** What /\s/ matches, for one UTF-16 unit (spelled out: most letters of Vietnamese are beyond ASCII). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Of marks [first, end), the one opening the window holding the most matched text (phrases beat scattered words). */
function densestMark(marks: MarkList, first: number, end: number): number {
  const { starts, ends } = marks;
  let best = first;
  let bestWeight = -1;
  for (let a = first; a < end; a++) {
    const limit = starts[a]! + SNIPPET_AFTER;
    let weight = 0;
    // Marks are in text order: those in the window follow the anchor.
    for (let k = a; k < end && starts[k]! < limit; k++) if (ends[k]! <= limit) weight += ends[k]! - starts[k]!;
    if (weight > bestWeight) {
      best = a;
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

