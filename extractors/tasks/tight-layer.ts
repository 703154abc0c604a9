// The pieces of a tight OCR layer's table lines (tight-layout-header.ts), cleared of what the
// engine made of the scan's specks and rules before they are placed in columns: a stroke or a
// lone letter standing in a gap ("f", "\", "*á", "■"), a ruled line read as underscores
// ("_____ liên quan__"), dashes glued before a row's number ("-- 26"). A typed layer has none of
// these, and its lines are never read here.

export interface Piece {
  text: string;
  from: number;
  to: number;
}

import { INDEX } from './layout-index.js';
/** Two letters side by side: a word, not a speck. */
const WORD = /\p{L}\p{L}/u;
/** A word with neither a letter nor a figure: a speck, a stroke or a rule. */
const SIGN = /^[^\p{L}\p{N}]+$/u;
/** Marks glued before a row's number: the rule's end or a speck. */
const BEFORE_NUMBER = /^[-–—~_.*•'"‘’]+\s*/u;
/** How far right of a row's left margin a line of its content may start (a rough layer's jitter). */
const MARGIN_SLACK = 3;

/**
 * The pieces with the debris taken out, or null when the line holds nothing else (a line of
 * specks between two lines of one cell, which must not read as the blank between two rows).
 * Positions are kept: a piece keeps its place on the line.
 */
export function withoutSpecks(pieces: readonly Piece[]): Piece[] | null {
  const out: Piece[] = [];
  for (const [k, piece] of pieces.entries()) {
    const rest = piece.text.replace(BEFORE_NUMBER, '');
    // The number keeps the dashes' place: it stands in the index column, left of the content.
    const p = k === 0 && rest !== piece.text && INDEX.test(rest) ? { text: rest, from: piece.from, to: piece.from + rest.length } : trimSigns(withoutRules(piece));
    // A group's Roman numeral opening the line ("I    KINH TẾ - XÃ HỘI") is its index, not a speck.
    if (p && (WORD.test(p.text) || /\p{N}/u.test(p.text) || (k === 0 && INDEX.test(p.text)))) out.push(p);
  }
  if (!out.length) return null;
  // A figure or two alone on a line of specks ("\  4  /  *á") are one more speck; a row's number
  // opening the line is not ("21    r   r    f"), nor is a year ("f    Á    2022 - 2030").
  if (out.every((p) => /^\d{1,2}$/.test(p.text)) && out.length < pieces.length && out[0]!.from !== pieces[0]!.from) return null;
  return out;
}

/**
 * A group heading in capitals whose numeral the engine garbled into a letter or two standing
 * apart ("n    CHUYỂN DỊCH" for II, "VỊ   BẢO ĐẢM …" for VI): the heading of the rows below.
 */
export function garbledGroupHeading(pieces: readonly Piece[]): boolean {
  if (pieces.length !== 2) return false;
  const [mark, title] = pieces as [Piece, Piece];
  if (mark.text.length > 3 || INDEX.test(mark.text) || /\p{N}/u.test(mark.text)) return false;
  const words = title.text.split(' ').filter((w) => /\p{L}{2}/u.test(w));
  if (words.length < 2) return false;
  const letters = title.text.replace(/[^\p{L}]/gu, '');
  return letters.replace(/\P{Lu}/gu, '').length >= 0.9 * letters.length;
}

/** Underscores of a ruled line blanked out, the piece's words kept in place. */
function withoutRules(piece: Piece): Piece | null {
  if (!piece.text.includes('__')) return piece;
  const text = piece.text.replace(/_{2,}/g, (m) => ' '.repeat(m.length));
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return trimmed ? { text: trimmed, from: piece.from + lead, to: piece.from + lead + trimmed.length } : null;
}

/** Words of signs only at either end of the piece ("\", "■", "~") dropped. */
function trimSigns(piece: Piece | null): Piece | null {
  if (!piece) return null;
  const words = [...piece.text.matchAll(/\S+/g)];
  let s = 0;
  let e = words.length;
  while (s < e && SIGN.test(words[s]![0])) s++;
  while (e > s && SIGN.test(words[e - 1]![0])) e--;
  if (s === e) return null;
  if (s === 0 && e === words.length) return piece;
  const from = piece.from + words[s]!.index!;
  const to = piece.from + words[e - 1]!.index! + words[e - 1]![0].length;
  return { text: piece.text.slice(from - piece.from, to - piece.from), from, to };
}

/**
 * A row's cells read from its own pieces, for a tight layer whose rows are set at different
 * scales even on one page (a row's unit cells thirty characters right of the rows above): the
 * pieces right of the content stand in stacks, one per cell, a cell's wrapped lines overlapping
 * one another; when there are as many stacks as columns right of the content, the k-th stack is
 * the k-th of those columns. Null when the row is not that clear: a stack short or too many (an
 * empty cell, two cells whose lines overlap), or content running past where the unit cells start
 * (cells glued to it, read by their place instead).
 * `lines`: the row's pieces line by line; `index`, `content`: those columns; `contentEnd`: how far
 * right the content may run.
 */
export function stackedRow(lines: ReadonlyArray<readonly Piece[]>, columnCount: number, index: number, content: number, contentEnd: number): string[] | null {
  if (index < 0 || content < 0 || content + 1 >= columnCount) return null;
  const numbered = (p: Piece, k: number) => k === 0 && INDEX.test(p.text);
  let margin = Infinity;
  for (const pieces of lines) pieces.forEach((p, k) => !numbered(p, k) && (margin = Math.min(margin, p.from)));
  if (!Number.isFinite(margin)) return null;
  const cells = Array.from({ length: columnCount }, () => '');
  const add = (c: number, text: string) => (cells[c] = cells[c] ? `${cells[c]} ${text}` : text);
  const others: Array<Piece & { line: number }> = [];
  let textEnd = 0;
  lines.forEach((pieces, line) =>
    pieces.forEach((p, k) => {
      if (numbered(p, k)) add(index, p.text);
      else if (p.from <= margin + MARGIN_SLACK) {
        add(content, p.text);
        textEnd = Math.max(textEnd, p.to);
      } else others.push({ ...p, line });
    }),
  );
  if (textEnd > contentEnd || !others.length) return null;
  const stacks: Array<{ from: number; to: number; pieces: Array<Piece & { line: number }> }> = [];
  for (const p of [...others].sort((a, b) => a.from - b.from)) {
    const last = stacks[stacks.length - 1];
    if (last && p.from < last.to) {
      last.pieces.push(p);
      last.to = Math.max(last.to, p.to);
    } else stacks.push({ from: p.from, to: p.to, pieces: [p] });
  }
  if (stacks[0]!.from <= textEnd || stacks.length !== columnCount - content - 1) return null;
  stacks.forEach((stack, k) => {
    for (const p of stack.pieces.sort((a, b) => a.line - b.line || a.from - b.from)) add(content + 1 + k, p.text);
  });
  return cells;
}
