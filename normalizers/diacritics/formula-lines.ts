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
import { DEPARTMENT_HEADINGS, MINISTRY_HEADINGS } from '../issuer-headings.js';
import { unforeign } from './garbled.js';

export interface Formula {
  /** As printed. */
  text: string;
  /** Share of the formula's letters (edits) a match may differ by. */
  tolerance: number;
  /** Printed in capitals: the matched span must be mostly capitals too (a heading, not prose). */
  upper: boolean;
  /** Share of the span's letters that must be capitals for such a formula (UPPER_SHARE unless given). */
  upperShare?: number;
  /** What the span as read must hold besides its letters (the motto's dashes: prose has none). */
  requires?: RegExp;
  /** A closing block's label: the span opens its line (a list sign at most before it) and a colon follows it. */
  label?: boolean;
  /**
   * A heading standing alone: the span opens its line and the line ends after it, or a wide gap does (the header's
   * other column). The same words run on in prose ("Sd NOi vu la co quan …"), where an engine's case proves nothing.
   */
  alone?: boolean;
}

/** Tolerance of a body's heading (share of its letters): a third, as the other headings, but one edit at most for a short one ("BỘ Y TẾ"). */
const BODY_TOLERANCE = 0.3;
const SHORT_BODY_LETTERS = 8;
/** Share of capitals a body's heading must be written in: half, so a name wrapped alone onto a line of prose ("BQTai chinh") is none. */
const BODY_UPPER_SHARE = 0.5;
function bodyHeading(text: string): Formula {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return { text, tolerance: letters <= SHORT_BODY_LETTERS ? 1 / (letters + 1) : BODY_TOLERANCE, upper: true, upperShare: BODY_UPPER_SHARE, alone: true };
}

/** Whether [start, end) opens its line and ends it, or a gap of two spaces or more follows it (the header's other column). */
function standsAlone(line: string, start: number, end: number): boolean {
  return line.slice(0, start).trim() === '' && /^(?:\s*$|\s{2,}\S)/.test(line.slice(end));
}

/** Share of capitals a signer's office must be written in (see its formulas). */
const SIGNER_UPPER_SHARE = 0.7;

/** The formulas of a Vietnamese administrative header. */
export const HEADER_FORMULAS: readonly Formula[] = [
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', tolerance: 0.34, upper: true },
  { text: 'Độc lập - Tự do - Hạnh phúc', tolerance: 0.3, upper: false, requires: /[-–—]/ },
  { text: 'ỦY BAN NHÂN DÂN', tolerance: 0.34, upper: true },
  // Its neighbour, so that a council's heading is read as the council's, not as a misread ỦY BAN.
  { text: 'HỘI ĐỒNG NHÂN DÂN', tolerance: 0.3, upper: true },
  // The type heading and the signer's office: short, so one edit at most ("QUY ĐỊNH" is two from QUYẾT ĐỊNH).
  { text: 'QUYẾT ĐỊNH', tolerance: 0.12, upper: true },
  { text: 'CHỦ TỊCH', tolerance: 0.15, upper: true },
  // The signer's other offices, printed in capitals over the signature (the closing block's title line): one edit at most
  // ("PHo cIAM DOc" = PHÓ GIÁM ĐỐC, an engine that judges case by height and reads a G as a c).
  // Mostly capitals: the same words stand in prose after a name ("Ông D5 Vin Chung - Gi6m d6c Sở", whose G, c and
  // digits would pass the share of the longer headings).
  { text: 'PHÓ CHỦ TỊCH', tolerance: 0.12, upper: true, upperShare: SIGNER_UPPER_SHARE },
  { text: 'GIÁM ĐỐC', tolerance: 0.15, upper: true, upperShare: SIGNER_UPPER_SHARE },
  { text: 'PHÓ GIÁM ĐỐC', tolerance: 0.12, upper: true, upperShare: SIGNER_UPPER_SHARE },
  // No whole edit for these: a school's or a body's heading lies one letter away ("TRƯỜNG THÔNG …" is no TRƯỞNG PHÒNG).
  { text: 'TRƯỞNG PHÒNG', tolerance: 0.09, upper: true, upperShare: SIGNER_UPPER_SHARE },
  { text: 'PHÓ TRƯỞNG PHÒNG', tolerance: 0.07, upper: true, upperShare: SIGNER_UPPER_SHARE },
  { text: 'CHÁNH VĂN PHÒNG', tolerance: 0.12, upper: true, upperShare: SIGNER_UPPER_SHARE },
  // The signer's office of a ministry, a general department or their departments ("TL. TONG CUC TRTIOI\G", "PHOVUTRUOI{G"):
  // one edit at most for the short ones, as the offices above; a quarter of the letters for the longest, as long as the
  // state's title is read with a third.
  ...['TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG'].map((text) => ({ text, tolerance: 0.25, upper: true, upperShare: SIGNER_UPPER_SHARE })),
  // THỦ TƯỚNG is one edit from THỨ TRƯỞNG: found as itself (the closer match wins), the Prime Minister is never a deputy minister.
  ...['CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG'].map((text) => ({
    text,
    tolerance: 0.15,
    upper: true,
    upperShare: SIGNER_UPPER_SHARE,
  })),
  // Other bodies "… NHÂN DÂN" and councils a few letters from the two above: found as themselves
  // (the closer match wins), so a court's, a procuracy's or the police's heading is never read as ỦY BAN.
  { text: 'TÒA ÁN NHÂN DÂN', tolerance: 0.2, upper: true },
  { text: 'VIỆN KIỂM SÁT NHÂN DÂN', tolerance: 0.2, upper: true },
  { text: 'CÔNG AN NHÂN DÂN', tolerance: 0.2, upper: true },
  { text: 'QUÂN ĐỘI NHÂN DÂN', tolerance: 0.2, upper: true },
  { text: 'HỘI ĐỒNG DÂN TỘC', tolerance: 0.2, upper: true },
  // The ministry or department a header's issuer block opens with ("Be rAr cuiNu" = BỘ TÀI CHÍNH, an engine that judges
  // case by height): both lists, so that the closer of a BỘ and its SỞ wins (one letter apart).
  ...[...MINISTRY_HEADINGS, ...DEPARTMENT_HEADINGS].map(bodyHeading),
  // The recipients' label the closing block opens with, which the extractors key on ("Nui nhljn:", "Noi nhijn:"):
  // found word by word at a line's start before a colon (FormulaFinder.labelMatch), not letter by letter in prose.
  { text: 'Nơi nhận', tolerance: 0.5, upper: false, label: true },
  // The salutation a công văn opens its recipients with ("Kinh giri:", "Kinh gfri:", "Kinh grii:"), found the same way.
  { text: 'Kính gửi', tolerance: 0.5, upper: false, label: true },
];

/** A line's opening two words before a colon: list signs, the first word, the space, the second word (colon after). */
const LABEL_START = /^([\s\-•·*]*)(\S{1,6})(\s+)([^\s:]{1,8})(?=\s*:)/u;

/** Whether `read` has the first and last letter of `word` and at most two letters more than it (strokes for one letter). */
function keepsShape(word: string, read: string): boolean {
  return read.length >= word.length && read.length <= word.length + 2 && read[0] === word[0] && read.at(-1) === word.at(-1);
}

/** A span of a line [start, end) to be written as `text`. */
export interface FormulaFix {
  start: number;
  end: number;
  text: string;
}

/** Cost of a letter written for another that a garbling engine is known to write for it. */
const CONFUSED_LETTER = 0.5;
/**
 * Longest line searched: headings are short lines (two columns of a header run to some 150
 * characters); a longer line is body text, and a megabyte on one line is not searched six times over.
 */
const MAX_LINE = 240;
/** Share of a span's letters that must be capitals for a formula printed in capitals. */
const UPPER_SHARE = 0.4;
/**
 * Anything but a capital or a small letter whose capital is the same shape grown (c o s v w x z): an engine
 * that judges case by height writes those of a capital heading small as often as not ("ceNG HoA xA … vlpr NAM").
 */
const CAPITAL_OR_SAME_SHAPE = /[^\p{Lu}cosvwxz]/gu;

/** The letters (and digits, which engines write for letters) of a line, folded, with where each stands. */
function letterKey(line: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const code = ch.charCodeAt(0);
    // ASCII letters and digits, most of a line, without the folding.
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
      key += ch;
      at.push(i);
      continue;
    }
    if (code >= 0x41 && code <= 0x5a) {
      key += String.fromCharCode(code + 0x20);
      at.push(i);
      continue;
    }
    if (code < 0x80 || !/[\p{L}\p{N}]/u.test(ch)) continue;
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
  /** Per meant letter, the letters engines write for it (a cheap substitution). */
  private readonly cheap: Map<string, string>;
  private readonly formulas: Array<Formula & { key: string }>;

  constructor(confusions: readonly Confusion[], formulas: readonly Formula[] = HEADER_FORMULAS) {
    this.cheap = new Map();
    for (const c of confusions) {
      // One letter for another; or one inside a pair whose other letter stays, a confusion bound to where it
      // stands ("cn" = ch): the formula's own letters say where, so here it is one letter for another.
      const single = c.read.length === 1 && c.meant.length === 1;
      const inPair = c.read.length === 2 && c.meant.length === 2 && c.read[0] === c.meant[0] && c.read[1] !== c.meant[1];
      if (single) this.addCheap(c.meant, c.read);
      else if (inPair) this.addCheap(c.meant[1]!, c.read[1]!);
    }
    this.formulas = formulas.map((f) => ({ ...f, key: letterKey(f.text).key }));
  }

  private addCheap(meant: string, read: string): void {
    const known = this.cheap.get(meant) ?? '';
    if (!known.includes(read)) this.cheap.set(meant, known + read);
  }

  /**
   * The formulas found in `line` (not overlapping, in line order), each as its span and printed
   * text; where two would overlap, the closer match (edits per letter) wins. A formula already
   * printed right is found too but needs no fix.
   */
  find(line: string): FormulaFix[] {
    if (line.length > MAX_LINE) return [];
    const { key, at } = letterKey(line);
    const found: Array<FormulaFix & { share: number }> = [];
    for (const formula of this.formulas) {
      if (formula.label) {
        const label = this.labelMatch(formula, line);
        if (label) found.push(label);
        continue;
      }
      if (key.length < formula.key.length * (1 - formula.tolerance)) continue;
      // A heading that stands alone opens its line: only the letters its match could reach from there
      // are searched, not the whole line (35 body headings were matched along every line of prose).
      const searched = formula.alone ? key.slice(0, Math.ceil(formula.key.length * (1 + formula.tolerance)) + 2 * MAX_WIDENED) : key;
      const match = this.bestMatch(formula.key, searched);
      if (!match || match.cost > formula.tolerance * formula.key.length) continue;
      // Out to the whole words the match covers (a word's letters left out of the cheapest match are
      // a misread part of it: "phric" = phúc), punctuation at the edges left outside; those words
      // as a whole must still be the formula ("I ĐỒNG" of HỘI ĐỒNG is no ỦY BAN).
      const [start, end] = wholeWords(line, at[match.from]!, at[match.to - 1]! + 1);
      // A match that starts or ends deep inside a word (more than MAX_WIDENED letters of it outside) is no formula.
      if (lettersIn(line, start, at[match.from]!) > MAX_WIDENED || lettersIn(line, at[match.to - 1]! + 1, end) > MAX_WIDENED) continue;
      const words = letterKey(line.slice(start, end)).key;
      const cost = this.distance(formula.key, words);
      if (cost > formula.tolerance * formula.key.length) continue;
      const letters = line.slice(start, end).replace(/[^\p{L}]/gu, '');
      if (formula.upper && letters.replace(CAPITAL_OR_SAME_SHAPE, '').length < (formula.upperShare ?? UPPER_SHARE) * letters.length) continue;
      if (formula.requires && !formula.requires.test(line.slice(start, end))) continue;
      if (formula.alone && !standsAlone(line, start, end)) continue;
      found.push({ start, end, text: formula.text, share: cost / formula.key.length });
    }
    const kept: FormulaFix[] = [];
    for (const f of found.sort((a, b) => a.share - b.share)) {
      if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
      kept.push({ start: f.start, end: f.end, text: f.text });
    }
    return kept.filter((f) => line.slice(f.start, f.end) !== f.text).sort((a, b) => a.start - b.start);
  }

  /**
   * A label formula as the two words its line opens with before a colon (LABEL_START), each within half its own
   * letters of the formula's word ("Nui" for Nơi, "nhljn" for nhận; "Ngày nhận", "Nội dung" are other labels).
   * The second word, a short one whose marked vowel an engine spreads over strokes ("giri", "gtbi", "grri" for gửi),
   * may instead keep the word's shape: its first and last letter, and at most two letters more, after a first word
   * within bounds ("Kinh phí", "Kinh tế" stay: another first letter).
   */
  private labelMatch(formula: Formula & { key: string }, line: string): (FormulaFix & { share: number }) | null {
    const m = LABEL_START.exec(line);
    const words = formula.text.split(' ').map((w) => letterKey(w).key);
    if (!m || words.length !== 2) return null;
    const read = [letterKey(m[2]!).key, letterKey(m[4]!).key];
    const costs = words.map((w, k) => this.distance(w, read[k]!));
    const within = (k: number) => costs[k]! <= Math.floor(words[k]!.length / 2);
    if (!within(0) || !(within(1) || keepsShape(words[1]!, read[1]!))) return null;
    const start = m[1]!.length;
    const end = start + m[2]!.length + m[3]!.length + m[4]!.length;
    // A layer set all in small letters keeps its case ("nơi nhân :" of a lowered text is "nơi nhận").
    const text = /^\p{Ll}/u.test(m[2]!) ? formula.text[0]!.toLowerCase() + formula.text.slice(1) : formula.text;
    return { start, end, text, share: (costs[0]! + costs[1]!) / formula.key.length };
  }

  /** Edit cost of `text` against the whole of `pattern` (letters engines confuse at CONFUSED_LETTER). */
  private distance(pattern: string, text: string): number {
    let row = Array.from({ length: text.length + 1 }, (_, j) => j);
    for (let i = 1; i <= pattern.length; i++) {
      const next = [i];
      for (let j = 1; j <= text.length; j++) {
        const t = text[j - 1]!;
        const p = pattern[i - 1]!;
        const sub = p === t ? 0 : this.cheap.get(p)?.includes(t) ? CONFUSED_LETTER : 1;
        next[j] = Math.min(row[j - 1]! + sub, row[j]! + 1, next[j - 1]! + 1);
      }
      row = next;
    }
    return row[text.length]!;
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
        const sub = p === t ? 0 : this.cheap.get(p)?.includes(t) ? CONFUSED_LETTER : 1;
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

/** Letters a match may leave out of a word at either edge ("ic" of "phric" = phúc). */
const MAX_WIDENED = 2;

function lettersIn(line: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(line[i]!)) n++;
  return n;
}

/** [start, end) widened to the whole words it falls in, then narrowed past punctuation at either edge. */
function wholeWords(line: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start > 0 && !/\s/.test(line[start - 1]!)) start--;
  while (end < line.length && !/\s/.test(line[end]!)) end++;
  while (start < end && !/[\p{L}\p{N}]/u.test(line[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(line[end - 1]!)) end--;
  return [start, end];
}

/**
 * The restored text with the formulas found in the lines of the INPUT that `check` allows written
 * in (`finder`): found in the text as the engine read it, since the decoder's readings of a word it
 * could not read ("Đặc lại p-Giờ" for "DQc lfl p-Tgdo") only hide the formula's letters. `changes`
 * (the restorer's, input → `restored`) are kept in step: those inside a fixed span give way to one
 * change of the whole span, later ones move with the length. A span that cuts a change in two is
 * left alone.
 */
export function applyFormulas(input: string, restored: string, changes: TextChange[], finder: FormulaFinder, check: (line: number) => boolean): { text: string; changes: TextChange[] } {
  const inLines = input.split('\n');
  const outLines = restored.split('\n');
  if (inLines.length !== outLines.length) return { text: restored, changes };
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start);
  const out: TextChange[] = [];
  const lines: string[] = [];
  let c = 0;
  /** Where the current output line starts, before and after the fixes so far. */
  let lineStart = 0;
  let shift = 0;
  for (let i = 0; i < outLines.length; i++) {
    const line = outLines[i]!;
    const lineEnd = lineStart + line.length;
    // This line's changes, in line coordinates, and the input span each replaced.
    const mine: TextChange[] = [];
    while (c < sorted.length && sorted[c]!.span.start <= lineEnd) mine.push(sorted[c++]!);
    const fixes = check(i) ? finder.find(inLines[i]!) : [];
    if (!fixes.length) {
      for (const x of mine) out.push(moved(x, shift));
      lines.push(line);
      lineStart = lineEnd + 1;
      continue;
    }
    const spans: Array<[number, number]> = [];
    let delta = 0;
    for (const x of mine) {
      const from = x.span.start - lineStart - delta;
      spans.push([from, from + x.original.length]);
      delta += x.replacement.length - x.original.length;
    }
    let built = '';
    let last = 0;
    let k = 0;
    let before = 0;
    const kept: TextChange[] = [];
    for (const fix of fixes) {
      let outStart = fix.start;
      let j = k;
      let d = before;
      while (j < mine.length && spans[j]![1] <= fix.start) d += mine[j]!.replacement.length - mine[j]!.original.length, j++;
      outStart += d;
      let e = j;
      let inside = 0;
      while (e < mine.length && spans[e]![0] < fix.end) inside += mine[e]!.replacement.length - mine[e]!.original.length, e++;
      const outEnd = fix.end + d + inside;
      // The span as the engine read it, rebuilt from the output by undoing the changes inside: it
      // must be the input's, or the changes do not describe this line exactly (left alone).
      let undone = '';
      let at = outStart;
      for (let m = j; m < e; m++) {
        const x = mine[m]!;
        undone += line.slice(at, x.span.start - lineStart) + x.original;
        at = x.span.end - lineStart;
      }
      undone += line.slice(at, outEnd);
      const cut = spans.slice(j, e).some(([a, b]) => a < fix.start || b > fix.end);
      if (cut || outStart < last || undone !== inLines[i]!.slice(fix.start, fix.end)) continue;
      for (let m = k; m < j; m++) kept.push(moved(mine[m]!, shift + built.length - last));
      built += line.slice(last, outStart);
      const where = lineStart + shift + built.length;
      built += fix.text;
      kept.push({ span: { start: where, end: where + fix.text.length }, original: inLines[i]!.slice(fix.start, fix.end), replacement: fix.text, kind: 'ocr', confidence: FORMULA_CONFIDENCE });
      last = outEnd;
      k = e;
      before = d + inside;
    }
    for (let m = k; m < mine.length; m++) kept.push(moved(mine[m]!, shift + built.length - last));
    built += line.slice(last);
    out.push(...kept);
    lines.push(built);
    shift += built.length - line.length;
    lineStart = lineEnd + 1;
  }
  return { text: lines.join('\n'), changes: out.sort((a, b) => a.span.start - b.span.start) };
}

/** How sure a formula found in a line is (it is matched on its whole length, not a word). */
const FORMULA_CONFIDENCE = 0.9;

function moved(change: TextChange, shift: number): TextChange {
  return shift === 0 ? change : { ...change, span: { start: change.span.start + shift, end: change.span.end + shift } };
}
