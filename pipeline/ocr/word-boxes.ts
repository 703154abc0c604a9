// Word boxes placed in the text a page's layout wrote: the layout emits its words in the order
// its text holds them (layout.ts PageLayout.words), so the n-th word is found after the (n-1)-th
// by skipping whitespace. Boxes are whole pixels, as compact tuples ([start, end, x0, y0, x1, y1]):
// a 300-dpi page holds 300–600 words and the record carries every one.
import type { PageWords, WordBox } from '../../output/schema.js';
import type { OcrWord } from './types.js';

/**
 * Each word's [start, end) in `text` with its box, or null when the words are not the text's
 * tokens in order (then no box is better than a wrong one).
 */
export function placeWords(text: string, words: readonly OcrWord[]): WordBox[] | null {
  const boxes: WordBox[] = [];
  let at = 0;
  for (const word of words) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (!word.text || !text.startsWith(word.text, at)) return null;
    const end = at + word.text.length;
    boxes.push([at, end, Math.round(word.x0), Math.round(word.y0), Math.round(word.x1), Math.round(word.y1)]);
    at = end;
  }
  return /\S/.test(text.slice(at)) ? null : boxes;
}

/** The boxes moved by `offset` characters (a page's start in the document text). */
export function shiftBoxes(boxes: readonly WordBox[], offset: number): WordBox[] {
  return offset === 0 ? [...boxes] : boxes.map(([s, e, ...box]) => [s + offset, e + offset, ...box] as WordBox);
}

/**
 * Word boxes of pages (each placed in its own text) moved into the text of the pages joined by
 * `separator` ('\f' between pages); pages without boxes are left out.
 */
export function joinPageWords(pages: ReadonlyArray<{ text: string; words: readonly PageWords[] }>, separator = '\f'): PageWords[] {
  const out: PageWords[] = [];
  let offset = 0;
  for (const { text, words } of pages) {
    for (const page of words) out.push({ ...page, words: shiftBoxes(page.words, offset) });
    offset += text.length + separator.length;
  }
  return out;
}
