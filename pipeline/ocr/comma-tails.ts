// A comma read as a full stop. On a light or thin print (an old typewritten page, a yellowed
// scan) the tail of a comma is the faintest stroke on the page: the threshold keeps its dot and
// drops its tail, and the engine reads "88/CP. ngày 17/8/1994. số 60/CP. ngày" for "88/CP, ngày
// 17/8/1994, số 60/CP, ngày". A sentence of Vietnamese prose never goes on in lower case after a
// full stop; within one paragraph of the engine, a word ending in one "." before a lower-case
// word is the comma the page printed. Left alone: ellipses and "./." (a stop already marked),
// abbreviations with a dot inside ("v.v.", an address), one-letter items ("a. …"), and a stop
// before a new paragraph or a capital. Measured on the 24 transcribed real pages: none of their
// transcriptions has a full stop before a lower-case word; the page OCR gave 15 such commas.
import type { OcrWord } from './types.js';

/** A word that ends in one full stop after two or more characters, none of them a dot or an "@". */
const STOP_AFTER_WORD = /^[^.@\s]*[\p{L}\p{N})][.]$/u;
const LOWER_START = /^\p{Ll}/u;
/** Titles and place words abbreviated with a stop before a name OCR may read in lower case: "Tp.", "ThS.", "PGS.", "TX.". */
const ABBREVIATION = /^(?:\p{Lu}[\p{L}]{0,3}|tp|tx|tt|ths|ts|pgs|gs|bs|ks|cn)\.$/u;

/** Block and paragraph of the engine's line key ("block.paragraph.line"). */
const paragraphOf = (line: string) => line.slice(0, line.lastIndexOf('.'));

/** `words` in the engine's reading order; words holding a comma read as a stop come back with the comma. */
export function restoreCommaTails(words: readonly OcrWord[]): OcrWord[] {
  return words.map((word, i) => {
    const next = words[i + 1];
    if (!next || [...word.text].length < 3 || !STOP_AFTER_WORD.test(word.text) || ABBREVIATION.test(word.text)) return word;
    if (paragraphOf(next.line) !== paragraphOf(word.line) || !LOWER_START.test(next.text)) return word;
    return { ...word, text: `${word.text.slice(0, -1)},` };
  });
}
