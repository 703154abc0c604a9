// The fixed formulas every administrative document prints in its header — the state's title "CỘNG
// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the motto "Độc lập - Tự do - Hạnh phúc", the body "ỦY BAN NHÂN
// DÂN" — found in a line of a garbling engine's layer however badly their letters were read
// ("ceNG no.r, xA Her cHU Ncni.l vIDT NAM", "DQc lfl p-Tgdo-H4 nh phtc"), and written back as
// printed. Word by word the decoder cannot read such a line (half its words are no syllable through
// any confusion); letter by letter the formula is plain: an approximate search of the formula's
// letters in the line's letters (Sellers' algorithm: edit distance with a free start, one row per
// letter of the line, so linear in the line), where a letter a garbling engine writes for another
// (6 for o, q for o, 4 for a: the single-letter engine confusions) costs half an edit. A match within
// a third of the formula's letters is that formula; anything else stays as the restorer read it.
import type { TextChange } from '../../output/schema.js';
import { foldVietnamese } from '../fold.js';
import type { Confusion } from '../ocr-noise.js';
import { unforeign } from './garbled.js';

export interface Formula {
  /** As printed. */
  text: string;
  /** Share of the formula's letters (edits) a match may differ by. */
  tolerance: number;
  /** Printed in capitals: the matched span must be mostly capitals too (a heading, not prose). */
  upper: boolean;
}

/** The formulas of a Vietnamese administrative header. */
export const HEADER_FORMULAS: readonly Formula[] = [
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', tolerance: 0.34, upper: true },
  { text: 'Độc lập - Tự do - Hạnh phúc', tolerance: 0.3, upper: false },
  { text: 'ỦY BAN NHÂN DÂN', tolerance: 0.34, upper: true },
  // Its neighbour, so that a council's heading is read as the council's, not as a misread ỦY BAN.
  { text: 'HỘI ĐỒNG NHÂN DÂN', tolerance: 0.3, upper: true },
];

/** A span of a line [start, end) to be written as `text`. */
export interface FormulaFix {
  start: number;
  end: number;
  text: string;
}

/** Cost of a letter written for another that a garbling engine is known to write for it. */
const CONFUSED_LETTER = 0.5;
/** Share of a span's letters that must be capitals for a formula printed in capitals. */
const UPPER_SHARE = 0.4;

/** The letters (and digits, which engines write for letters) of a line, folded, with where each stands. */
function letterKey(line: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    const folded = foldVietnamese(unforeign(ch)).toLowerCase();
    if (folded.length !== 1) continue;
    key += folded;
    at.push(i);
  }
  return { key, at };
}

/**
 * Finds header formulas in lines. `confusions`: the engine confusions whose single letters make a
 * cheap substitution (engine-confusions.ts).
 */
export class FormulaFinder {
  private readonly cheap: Set<string>;
  private readonly formulas: Array<Formula & { key: string }>;

  constructor(confusions: readonly Confusion[], formulas: readonly Formula[] = HEADER_FORMULAS) {
    this.cheap = new Set(confusions.filter((c) => c.read.length === 1 && c.meant.length === 1).map((c) => `${c.read}${c.meant}`));
    this.formulas = formulas.map((f) => ({ ...f, key: letterKey(f.text).key }));
  }

  /**
   * The formulas found in `line` (not overlapping, in line order), each as its span and printed
   * text; where two would overlap, the closer match (edits per letter) wins. A formula already
   * printed right is found too but needs no fix.
   */
  find(line: string): FormulaFix[] {
    const { key, at } = letterKey(line);
    const found: Array<FormulaFix & { share: number }> = [];
    for (const formula of this.formulas) {
      if (key.length < formula.key.length * (1 - formula.tolerance)) continue;
      const match = this.bestMatch(formula.key, key);
      if (!match || match.cost > formula.tolerance * formula.key.length) continue;
      // Out to the whole words the match covers: a word's letters left out of the match are a
      // misread part of it ("no.r," = HÒA), not another word, when at most one is; a match that
      // starts or ends deeper inside a word ("I ĐỒNG" of HỘI ĐỒNG) is no formula.
      const start = widen(line, at[match.from]!, -1);
      const end = widen(line, at[match.to - 1]! + 1, 1);
      if (start < 0 || end < 0) continue;
      const letters = line.slice(start, end).replace(/[^\p{L}]/gu, '');
      if (formula.upper && letters.replace(/[^\p{Lu}]/gu, '').length < UPPER_SHARE * letters.length) continue;
      found.push({ start, end, text: formula.text, share: match.cost / formula.key.length });
    }
    const kept: FormulaFix[] = [];
    for (const f of found.sort((a, b) => a.share - b.share)) {
      if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
      kept.push({ start: f.start, end: f.end, text: f.text });
    }
    return kept.filter((f) => line.slice(f.start, f.end) !== f.text).sort((a, b) => a.start - b.start);
  }

  /** The cheapest approximate occurrence of `pattern` in `text`: [from, to) in text and its cost. */
  private bestMatch(pattern: string, text: string): { from: number; to: number; cost: number } | null {
    const m = pattern.length;
    // Column over the pattern: cost and the text position the alignment started at.
    let cost = new Float64Array(m + 1);
    let from = new Int32Array(m + 1);
    let nextCost = new Float64Array(m + 1);
    let nextFrom = new Int32Array(m + 1);
    for (let i = 0; i <= m; i++) cost[i] = i;
    let best: { from: number; to: number; cost: number } | null = null;
    for (let j = 1; j <= text.length; j++) {
      const t = text[j - 1]!;
      nextCost[0] = 0;
      nextFrom[0] = j;
      for (let i = 1; i <= m; i++) {
        const p = pattern[i - 1]!;
        const sub = p === t ? 0 : this.cheap.has(`${t}${p}`) ? CONFUSED_LETTER : 1;
        let c = cost[i - 1]! + sub;
        let f = i === 1 ? j - 1 : from[i - 1]!;
        if (cost[i]! + 1 < c) {
          c = cost[i]! + 1;
          f = from[i]!;
        }
        if (nextCost[i - 1]! + 1 < c) {
          c = nextCost[i - 1]! + 1;
          f = nextFrom[i - 1]!;
        }
        nextCost[i] = c;
        nextFrom[i] = f;
      }
      if (!best || nextCost[m]! < best.cost) best = { from: nextFrom[m]!, to: j, cost: nextCost[m]! };
      [cost, nextCost] = [nextCost, cost];
      [from, nextFrom] = [nextFrom, from];
    }
    return best && best.to > best.from ? best : null;
  }
}

/**
 * A span's edge moved out over the rest of the word it falls in, when one letter or none of it is
 * left out; -1 when more are.
 */
function widen(line: string, edge: number, step: -1 | 1): number {
  let e = edge;
  let skipped = 0;
  const inside = (i: number) => i >= 0 && i < line.length && !/\s/.test(line[i]!);
  const next = (i: number) => (step < 0 ? i - 1 : i);
  while (inside(next(e))) {
    if (/[\p{L}\p{N}]/u.test(line[next(e)]!)) skipped++;
    e += step;
  }
  return skipped <= 1 ? e : -1;
}

/**
 * The restored text with the formulas of the lines `check` allows written in (`finder`), and its
 * changes kept in step: a change inside a fixed span gives way to one change of the whole span
 * (its original rebuilt from the changes it replaces), later changes move with the length. A span
 * that cuts a change in two is left alone.
 */
export function applyFormulas(text: string, changes: TextChange[], finder: FormulaFinder, check: (line: number) => boolean): { text: string; changes: TextChange[] } {
  const lines = text.split('\n');
  const fixes: FormulaFix[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    if (check(i)) for (const f of finder.find(line)) fixes.push({ start: offset + f.start, end: offset + f.end, text: f.text });
    offset += line.length + 1;
  });
  if (!fixes.length) return { text, changes };
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start);
  const out: TextChange[] = [];
  let built = '';
  let last = 0;
  let shift = 0;
  let c = 0;
  for (const fix of fixes) {
    // Changes before the span move by what earlier fixes changed.
    while (c < sorted.length && sorted[c]!.span.end <= fix.start && !(sorted[c]!.span.start === fix.start && sorted[c]!.span.end === fix.start && fix.start < fix.end)) {
      out.push(moved(sorted[c]!, shift));
      c++;
    }
    const inside: TextChange[] = [];
    let d = c;
    while (d < sorted.length && sorted[d]!.span.start < fix.end) inside.push(sorted[d++]!);
    if (inside.some((x) => x.span.start < fix.start || x.span.end > fix.end)) continue;
    // The span as it was before restoration: each change inside it undone.
    let original = '';
    let at = fix.start;
    for (const x of inside) {
      original += text.slice(at, x.span.start) + x.original;
      at = x.span.end;
    }
    original += text.slice(at, fix.end);
    c = d;
    built += text.slice(last, fix.start);
    const start = built.length;
    built += fix.text;
    last = fix.end;
    out.push({ span: { start, end: start + fix.text.length }, original, replacement: fix.text, kind: 'ocr', confidence: FORMULA_CONFIDENCE });
    shift += fix.text.length - (fix.end - fix.start);
  }
  while (c < sorted.length) out.push(moved(sorted[c++]!, shift));
  built += text.slice(last);
  return { text: built, changes: out.sort((a, b) => a.span.start - b.span.start) };
}

/** How sure a formula found in a line is (it is matched on its whole length, not a word). */
const FORMULA_CONFIDENCE = 0.9;

function moved(change: TextChange, shift: number): TextChange {
  return shift === 0 ? change : { ...change, span: { start: change.span.start + shift, end: change.span.end + shift } };
}
