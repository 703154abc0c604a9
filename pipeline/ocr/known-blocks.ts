// Text the file itself gives for a part of the page left out of the image OCR reads: the box of a
// signature widget drawn over a scan beside print (pdf-annotation-choice.ts leaves it out, or its
// small print is read into the header lines beside it). Its lines are known exactly, so they are
// written into the page's text as their own block, where a reader comes to the box: after the last
// line that starts above it. A box in the top margin opens the page, as an OCR'd box does
// (header-marks.ts); the tall box in the left margin beside "Kính gửi" follows the header lines
// above it. Without it the page's text would lose what the box says (who signed, when).

import type { WordBox } from '../../output/schema.js';
import type { OcrWord } from './types.js';
import { placeWords } from './word-boxes.js';

/** A block of text known from the file, and the row on the image OCR read where it starts. */
export interface KnownBlock {
  lines: readonly string[];
  /** Pixel row of its top, on the image the page's words are measured on. */
  top: number;
}

/** A line of the page's text with the row its highest word starts at (null: no word placed on it). */
export interface TextLine {
  text: string;
  top: number | null;
}

/** What was written in: `chars` characters after line `after` of the lines given (-1: before the first). */
export interface Insertion {
  after: number;
  chars: number;
}

/**
 * `lines` joined, with each block written after the last line whose top is above the block's and
 * set apart by a blank line on each side (a block above every line opens the text). A line with
 * no known top takes the top of the line before. Blocks keep their order when two go after the
 * same line. The page's own lines are written as they were.
 */
export function withKnownBlocks(lines: readonly TextLine[], blocks: readonly KnownBlock[]): { text: string; inserted: Insertion[] } {
  const after = new Map<number, string[]>();
  for (const block of blocks) {
    const text = block.lines.map((l) => l.trim()).filter(Boolean).join('\n');
    if (!text) continue;
    let last = -1;
    let top: number | null = null;
    lines.forEach((line, i) => {
      top = line.top ?? top;
      if (top !== null && top < block.top) last = i;
    });
    after.set(last, [...(after.get(last) ?? []), text]);
  }
  const out: string[] = [];
  const inserted: Insertion[] = [];
  const blank = (i: number) => i < 0 || i >= lines.length || !lines[i]!.text.trim();
  const put = (i: number) => {
    const texts = after.get(i);
    if (!texts) return;
    const added = [...(blank(i) ? [] : ['']), texts.join('\n\n'), ...(blank(i + 1) ? [] : [''])];
    out.push(...added);
    // Each added line brings its own line break.
    inserted.push({ after: i, chars: added.reduce((n, l) => n + l.length + 1, 0) });
  };
  put(-1);
  lines.forEach((line, i) => {
    out.push(line.text);
    put(i);
  });
  return { text: out.join('\n'), inserted };
}

/**
 * The page's text (`laid`: the layout's text with the lines `dropped` left out and others
 * repaired) with the blocks written in (block tops and `words` on the same image), and the word
 * boxes placed in the layout's text moved past what was written before them. Where the words
 * cannot be placed on lines, the blocks open the text.
 */
export function placeKnownBlocks(
  layoutText: string,
  words: readonly OcrWord[],
  laid: { text: string; dropped: readonly number[] },
  blocks: readonly KnownBlock[],
): { text: string; moveBoxes: (boxes: readonly WordBox[]) => WordBox[] } {
  const lineStarts = [0];
  for (let i = 0; i < layoutText.length; i++) if (layoutText[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const tops: Array<number | null> = lineStarts.map(() => null);
  for (const [start, , , y0] of placeWords(layoutText, words) ?? []) {
    const line = lineOf(start);
    tops[line] = Math.min(tops[line] ?? Infinity, y0);
  }
  const dropped = new Set(laid.dropped);
  const kept = lineStarts.map((_, i) => i).filter((i) => !dropped.has(i));
  const laidLines = laid.text.split('\n');
  // Should the repair have changed the lines otherwise, nothing is placed by position.
  const known = kept.length === laidLines.length;
  const { text, inserted } = withKnownBlocks(
    laidLines.map((t, j) => ({ text: t, top: known ? (tops[kept[j]!] ?? null) : null })),
    blocks,
  );
  const moves = inserted.map((ins) => ({ after: ins.after < 0 || !known ? -1 : kept[ins.after]!, chars: ins.chars }));
  const moveBoxes = (boxes: readonly WordBox[]) =>
    boxes.map(([start, end, ...box]) => {
      const line = lineOf(start);
      const by = moves.reduce((n, m) => (line > m.after ? n + m.chars : n), 0);
      return [start + by, end + by, ...box] as WordBox;
    });
  return { text, moveBoxes };
}
