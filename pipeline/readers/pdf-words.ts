// Text items → word boxes, with Vietnamese marks put back on their letters.
//
// Word for Microsoft 365 (and other writers) draw some Vietnamese letters with one glyph whose
// ToUnicode is the letter and a combining mark ("U" + U+0309 for "Ủ"). pdf.js's text content
// classifies a glyph as a zero-width diacritic when its text holds any combining mark, and then
// drops the glyph's advance (pdf.js issue #21890): the item holding "Ủ" is 0 wide, the writer's
// next run starts one letter further on, and that gap comes out as a space ("Ủ Y BAN", "PHƯỜ NG",
// "Vũ ng Tàu"). The glyphs' real advances are in the operator list (showText: the glyph's text
// and width, by font), so the gap a mark's glyph took is given back to the word it belongs to.
// Words are NFC: a decomposed "CHỦ" is not a word of capitals to what reads it next.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrWord } from '../ocr/types.js';
import { multiply, type Matrix, type OperatorList } from './pdf-graphics.js';

/** A text item as pdf.js's getTextContent gives it (fontName: the id setFont uses in the operator list). */
export interface WordItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

/**
 * Advances pdf.js's text content leaves out: by font id, the text of each glyph that carries a
 * combining mark and has an advance of its own, with that advance in units of the font size.
 */
export type MarkAdvances = ReadonlyMap<string, ReadonlyMap<string, number>>;

const COMBINING = /\p{Mn}/u;
const MARK_AT_END = /\p{Mn}\s*$/u;
/** A letter with its marks, or marks alone: the text one glyph may stand for. */
const MARKED = /\P{M}?\p{Mn}+/gu;

/**
 * Whether any item ends in a combining mark: only after such an item can a dropped advance open a
 * gap (inside a run, pdf.js places the glyphs after it without one), so only then is the operator
 * list worth reading.
 */
export function endsWithCombiningMark(items: readonly { str: string }[]): boolean {
  return items.some((i) => MARK_AT_END.test(i.str));
}

/** pdf.js's showText glyph: its text and advance (glyph space, 1/1000 of the font size for all but Type 3 fonts). */
interface ShownGlyph {
  unicode?: string;
  width?: number;
}

/**
 * The advances of the glyphs with combining marks, read from the page's operator list.
 * `fontMatrixOf` gives a font's matrix where known (Type 3 fonts have their own scale).
 */
export function markAdvancesOf(list: OperatorList, fontMatrixOf: (fontId: string) => readonly number[] | undefined = () => undefined): MarkAdvances {
  const byFont = new Map<string, Map<string, number>>();
  let font: string | null = null;
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = list.argsArray[k] ?? [];
    if (fn === OPS.setFont) font = typeof args[0] === 'string' ? args[0] : null;
    if (!font || (fn !== OPS.showText && fn !== OPS.showSpacedText)) continue;
    const glyphs = args[0];
    if (!Array.isArray(glyphs)) continue;
    const scale = fontMatrixOf(font)?.[0] ?? 0.001;
    for (const g of glyphs as Array<ShownGlyph | number>) {
      if (typeof g !== 'object' || !g?.unicode || !g.width || !COMBINING.test(g.unicode)) continue;
      let widths = byFont.get(font);
      if (!widths) byFont.set(font, (widths = new Map()));
      widths.set(g.unicode, Math.abs(g.width * scale));
    }
  }
  return byFont;
}

/** A word being built from text items, with what its item said about the space after it. */
interface ItemWord extends OcrWord {
  size: number;
  baseline: number;
  /** The item went on with whitespace after this word (or this word ended the item with it). */
  spaceAfter: boolean;
  /** The word's box was widened by the advance of a mark's glyph that pdf.js left out. */
  widened: boolean;
}

/** Spacing accents some fonts draw over the letter before them, as the combining marks they stand for. */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u0060': '\u0300', // grave
  '\u00B4': '\u0301', // acute
  '\u02C6': '\u0302', // circumflex
  '\u02DC': '\u0303', // small tilde
  '\u02C0': '\u0309', // hook above, as some fonts map it
};

/**
 * Text items → word boxes in page units (y down, through the viewport transform, so a rotated
 * or offset page reads like any other). Items are split at whitespace; a word split over two
 * items by kerning ("VP" + ",") is joined again; a mark or a spacing accent drawn over the letter
 * before it joins that letter; lines are by baseline. `marks`: advances pdf.js dropped (above).
 */
export function itemWords(items: readonly WordItem[], viewportTransform: Matrix, marks: MarkAdvances = new Map()): OcrWord[] {
  const words: ItemWord[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = multiply(viewportTransform, item.transform);
    const run = Math.hypot(a, b);
    // Rotated text (stamps, margins) is left out of the layout: it crosses lines and columns.
    if (run === 0 || a <= 0 || Math.abs(b) > run * 0.1) continue;
    const size = Math.hypot(c, d) || item.height || 10;
    const lost = lostAdvance(item, marks) * run;
    const text = item.str.normalize('NFC');
    const chars = [...text];
    const width = item.width + lost;
    const per = width / Math.max(1, chars.length);
    const previous = words[words.length - 1];
    if (previous && /^\s/.test(text)) {
      // Whitespace pdf.js put where a mark's glyph stood is that glyph's advance, not a space.
      const within = !text.trim() && previous.widened && e + item.width <= previous.x1 + size * 0.15;
      if (!within) previous.spaceAfter = true;
    }
    let offset = 0;
    const parts = text.split(/(\s+)/);
    for (const [k, part] of parts.entries()) {
      const n = [...part].length;
      if (part.trim()) {
        const word: ItemWord = {
          text: part,
          confidence: 100,
          x0: e + offset * per,
          x1: e + (offset + n) * per,
          y0: f - size * 0.8,
          y1: f + size * 0.2,
          line: '',
          size,
          baseline: f,
          spaceAfter: k < parts.length - 1,
          widened: lost > 0 && k === parts.length - 1,
        };
        const last = words[words.length - 1];
        const sameLine = last && Math.abs(last.baseline - f) < size * 0.2;
        const touching = k === 0 && sameLine && !last.spaceAfter && word.x0 - last.x1 < size * 0.12 && word.x0 > last.x0;
        // A mark (or an accent) never starts a word: drawn over or just after a letter, it is that letter's.
        const mark = k === 0 && sameLine && overLetter(part, word, last!, size);
        if (touching || mark) {
          last!.text = mark ? withMark(last!.text, part) : last!.text + part;
          last!.x1 = Math.max(last!.x1, word.x1);
          last!.spaceAfter = word.spaceAfter;
          last!.widened = word.widened;
        } else words.push(word);
      }
      offset += n;
    }
  }
  // Lines by baseline, so items of one line are split only where a real gap is.
  const sorted = [...words].sort((p, q) => p.baseline - q.baseline);
  let line = 0;
  let last = -Infinity;
  for (const w of sorted) {
    if (w.baseline - last > w.size * 0.4) line++;
    last = w.baseline;
    w.line = String(line);
  }
  return words.map(({ size: _s, baseline: _b, spaceAfter: _a, widened: _w, ...w }) => ({ ...w, text: w.text.normalize('NFC') }));
}

/** The advance (in font sizes) of the item's glyphs with marks that pdf.js counted as 0 wide. */
function lostAdvance(item: WordItem, marks: MarkAdvances): number {
  const widths = item.fontName ? marks.get(item.fontName) : undefined;
  if (!widths) return 0;
  let lost = 0;
  for (const m of item.str.matchAll(MARKED)) {
    const cluster = m[0];
    // The letter and its marks as one glyph, or the marks as a glyph of their own after the letter.
    lost += widths.get(cluster) ?? widths.get(cluster.replace(/^\P{M}/u, '')) ?? 0;
  }
  return lost;
}

/** A word of marks or of one spacing accent, drawn over the last letter of `last` (or right after it). */
function overLetter(part: string, word: OcrWord, last: OcrWord, size: number): boolean {
  if (!/\p{L}$/u.test(last.text.normalize('NFD').replace(/\p{M}+$/u, ''))) return false;
  if (/^\p{M}/u.test(part)) return word.x0 < last.x1 + size * 0.12 && word.x0 >= last.x0;
  // A spacing accent is a letter's only where it overlaps the letter: after a gap it is itself.
  return part.length === 1 && part in SPACING_ACCENTS && word.x0 < last.x1 - size * 0.1 && word.x0 >= last.x0;
}

/** The marks (or the spacing accent, as its combining mark) drawn over the end of `head`, put on it. */
function withMark(head: string, marks: string): string {
  return head + (SPACING_ACCENTS[marks] ?? marks);
}
