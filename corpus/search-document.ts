// What the store writes for search, one row per document: the folded columns of the FTS5 table
// search_index, the folded text again one byte a unit (foldedBytes: what search matches the
// query in, without folding at query time), and the outline that lets corpus/search.ts place a
// hit (section, movement, task) without loading the whole record.
//
// Columns are folded with foldVietnamese (no marks, đ → d, lower case): FTS5 then matches
// "an toan thuc pham" and "An toàn thực phẩm" alike, and because the fold is 1:1 an offset into
// the folded text is an offset into text.normalized.
import { foldUnitsInPlace, foldVietnamese } from '../normalizers/fold.js';
import type { PlanRecord } from '../output/schema.js';

/** The indexed columns of search_index, in table order after doc_id. */
export interface SearchDocument {
  title: string;
  movements: string;
  tasks: string;
  text: string;
}

/**
 * Where things sit in text.normalized, for placing a match. Tuples keep it small: it is read
 * for every search hit.
 */
export interface SearchOutline {
  /** Section starts, in text order: [start, "II. NỘI DUNG THỰC HIỆN"]. */
  sections: Array<[number, string | null]>;
  /** Movement names as spans of the text. */
  movements: Array<[number, number]>;
  /** Tasks placed in the text: [start, end, section]. */
  tasks: Array<[number, number, string | null]>;
  /** Tasks with no place in the text (a table read apart): [section, content]. */
  loose: Array<[string | null, string]>;
}

// Values of one column are joined by a blank line; the tokenizer ignores it.
const JOIN = '\n\n';

export function buildSearchDocument(record: PlanRecord): SearchDocument {
  return {
    title: foldText(record.document.title ?? ''),
    movements: foldText(record.movements.map((m) => m.name).join(JOIN)),
    tasks: foldText(record.tasks.map((t) => t.content).join(JOIN)),
    text: foldText(record.text.normalized),
  };
}

/** foldVietnamese: it folds unit by unit, so the result is as long, offset for offset. */
export const foldText = (text: string): string => foldVietnamese(text);

/**
 * foldText of UTF-16LE bytes (as document_content stores text): a copy is folded unit by unit
 * and turned into a string natively, with no decoding and no string built in JS. The bytes
 * passed in are left as they are.
 */
export function foldUtf16(bytes: Buffer): string {
  // A buffer of its own starts at offset 0, as a typed array of 16-bit units needs.
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  foldUnitsInPlace(new Uint16Array(copy.buffer, copy.byteOffset, copy.length >> 1));
  return copy.toString('utf16le');
}

/** Per UTF-16 unit: 1 a letter, digit or mark (part of a word, as FTS5 tokenizes), 2 not, 0 not yet known. */
const WORD_UNIT = new Uint8Array(0x10000);

/** True for a unit FTS5's unicode61 tokenizer keeps in a word: a letter, digit or mark. */
export function isWordUnit(code: number): boolean {
  let kind = WORD_UNIT[code];
  if (kind === undefined) return false; // past the end of a string: NaN
  if (kind === 0) {
    kind = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNIT[code] = kind;
  }
  return kind === 1;
}

/** What a unit above U+00FF becomes in foldedBytes: a letter, digit or mark (part of a word), or not. */
const WIDE_WORD_BYTE = 0xaa; // ª, itself a letter
const WIDE_OTHER_BYTE = 0xa0; // no-break space

/**
 * The folded text as search matches in it (document_content.text_folded): one byte a UTF-16
 * unit, read back as a one-byte (latin1) JS string, so a hit's text needs no folding and no
 * decoding, and V8's regular expressions scan it about twice as fast as a two-byte string.
 * Folded Vietnamese is ASCII; a unit above U+00FF (dashes, quotes, other scripts) keeps only
 * what matching asks of it, whether it is part of a word. Offsets stay offsets in the text.
 */
export function foldedBytes(folded: string): Buffer {
  const bytes = Buffer.allocUnsafe(folded.length);
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    bytes[i] = code <= 0xff ? code : isWordUnit(code) ? WIDE_WORD_BYTE : WIDE_OTHER_BYTE;
  }
  return bytes;
}

/**
 * True when `word` can be found in text_folded: every unit survives foldedBytes as itself, and
 * none is ª, which there also stands for every letter beyond U+00FF.
 */
export const fitsFoldedBytes = (word: string): boolean => !/[^\u0000-\u00a9\u00ab-\u00ff]/.test(word);

/** The label a section is shown with: its number and heading ("II. NỘI DUNG THỰC HIỆN"). */
export function sectionLabel(section: { number?: string | null; heading?: string | null }): string | null {
  return [section.number, section.heading].filter(Boolean).join(' ').trim() || null;
}

export function buildSearchOutline(record: PlanRecord): SearchOutline {
  const length = record.text.normalized.length;
  const sections = [...(record.sections ?? [])]
    .filter((s) => s.span.start > 0 && s.span.start < length)
    .sort((a, b) => a.span.start - b.span.start)
    .map((s): [number, string | null] => [s.span.start, sectionLabel(s)]);
  const tasks: SearchOutline['tasks'] = [];
  const loose: SearchOutline['loose'] = [];
  for (const t of record.tasks) {
    // Rows of an appendix filed alone point into that source's text: not part of this text's outline.
    if (t.span && t.span.end <= length && t.sourceId === undefined) tasks.push([t.span.start, t.span.end, t.section]);
    else if (t.content.trim()) loose.push([t.section, t.content]);
  }
  return {
    sections,
    movements: record.movements.filter((m) => m.span.end <= length).map((m): [number, number] => [m.span.start, m.span.end]),
    tasks,
    loose,
  };
}
