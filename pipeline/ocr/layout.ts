// Reading order from word boxes. An engine's own order interleaves side-by-side text: the
// two-column header of a Vietnamese administrative document (issuer and number on the left,
// national motto and date on the right) and table cells. Here the page is rebuilt from geometry:
// ruled tables become rows of cells (from the rules found on the image), unruled tables become
// rows from column bands and row numbers, a two-column header is read left column then right,
// and everything else is read line by line from top to bottom.
import { spreadMergedCells } from './merged-cells.js';
import type { Table } from '../../output/stage.js';
import { repairTitleLine } from './header-repair.js';
import { wordsByEngineLine } from './engine-lines.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { namesSignerOffice } from '../../extractors/closing/signature-lines.js';
import type { Box, OcrPage, OcrWord, Rule } from './types.js';

export interface PageLayout {
  /** The page's text, one line per line, table rows as cells joined by tabs. */
  text: string;
  tables: Table[];
  /**
   * The words in the order the text holds them: the text's n-th whitespace-separated token is
   * words[n].text. Word boxes are placed in the text by it (page.ts).
   */
  words: OcrWord[];
}

interface Segment extends Box {
  words: OcrWord[];
}

const ROW_NUMBER = /^([0-9]{1,3}(\.[0-9]{1,2})*\.?|[IVXLC]{1,6}\.?|[a-zđ]\))$/;

function bounds(words: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const w of words) {
    x0 = Math.min(x0, w.x0);
    y0 = Math.min(y0, w.y0);
    x1 = Math.max(x1, w.x1);
    y1 = Math.max(y1, w.y1);
  }
  return { x0, y0, x1, y1 };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const centreX = (b: Box) => (b.x0 + b.x1) / 2;
const centreY = (b: Box) => (b.y0 + b.y1) / 2;

/** Words of one visual line, in x order. */
const lineWords = (words: readonly OcrWord[]): OcrWord[] => [...words].sort((a, b) => a.x0 - b.x0);

/** Words of one visual line, in x order, joined by spaces. */
function lineText(words: readonly OcrWord[]): string {
  return lineWords(words)
    .map((w) => w.text)
    .join(' ');
}

/**
 * Words grouped into visual lines (centre within half a word height of the line's mean centre),
 * top to bottom. The line is judged by its words' mean centre and height, not by the box of all
 * its words: one tall box (a stamp fragment, a misread glyph) must not grow a line until it
 * swallows the next one.
 */
function visualLines<T extends Box & { words?: readonly Box[] }>(items: readonly T[]): T[][] {
  const sorted = items.map((item) => ({ item, ...typicalExtent(item) })).sort((a, b) => a.cy - b.cy);
  const lines: Array<{ items: T[]; box: Box; cy: number; h: number }> = [];
  for (const { item, cy, h: ih } of sorted) {
    // Items come in centre order: only the last few lines can take this one.
    let line: (typeof lines)[number] | undefined;
    for (let k = lines.length - 1; k >= 0 && k >= lines.length - 4; k--) {
      const l = lines[k]!;
      if (Math.abs(cy - l.cy) < Math.max(l.h, ih) * 0.5) {
        line = l;
        break;
      }
    }
    if (line) {
      const n = line.items.length;
      line.items.push(item);
      line.box = bounds([line.box, item]);
      line.cy = (line.cy * n + cy) / (n + 1);
      line.h = (line.h * n + ih) / (n + 1);
    } else lines.push({ items: [item], box: { x0: item.x0, y0: item.y0, x1: item.x1, y1: item.y1 }, cy, h: ih });
  }
  return lines.sort((a, b) => a.box.y0 - b.box.y0).map((l) => l.items.sort((a, b) => a.x0 - b.x0));
}

/**
 * Centre and height of an item for line grouping: a segment's are its words' medians, so one
 * word whose box reaches into the next line (a descender joined to a stamp or a mark) does not
 * make the whole segment tall.
 */
function typicalExtent(item: Box & { words?: readonly Box[] }): { cy: number; h: number } {
  if (!item.words || item.words.length < 2) return { cy: centreY(item), h: item.y1 - item.y0 };
  return { cy: median(item.words.map(centreY)), h: median(item.words.map((w) => w.y1 - w.y0)) };
}

// --- ruled tables ---------------------------------------------------------------------------

interface Grid extends Box {
  xs: number[];
  ys: number[];
  /** The horizontal rules as drawn: where one is missing across a column, that column's cell is merged. */
  h: Rule[];
  tolerance: number;
}

function cluster(values: number[], within: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= within) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/**
 * Tables as connected sets of horizontal and vertical rules with at least two columns (a lone
 * frame around a page or a note is not a table). `tolerance` is in page units: rules this close
 * are one line.
 */
export function gridsFromRules(rules: readonly Rule[], tolerance = 15): Grid[] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  rules.forEach((r, i) => {
    if (r.kind !== 'h') return;
    rules.forEach((v, j) => {
      if (v.kind !== 'v') return;
      if (v.at >= r.a - tolerance && v.at <= r.b + tolerance && r.at >= v.a - tolerance && r.at <= v.b + tolerance) {
        parent[find(i)] = find(j);
      }
    });
  });
  // Pieces of one rule are one line: a rule that leans on a sheet fed askew comes out of the
  // scan in pieces on neighbouring rows (columns) that overlap end to end ("h 277, x 248-614" and
  // "h 278, x 452-2667"); joined, the columns left of the break stay in the table.
  rules.forEach((r, i) => {
    for (let j = i + 1; j < rules.length; j++) {
      const s = rules[j]!;
      if (s.kind === r.kind && Math.abs(s.at - r.at) <= tolerance && s.a <= r.b + tolerance && r.a <= s.b + tolerance) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const h = group.filter((r) => r.kind === 'h');
    const v = group.filter((r) => r.kind === 'v');
    if (h.length < 2 || v.length < 2) continue;
    const ys = cluster(h.map((r) => r.at), tolerance);
    const xs = cluster(v.map((r) => r.at), tolerance);
    if (ys.length < 2 || xs.length < 3) continue;
    grids.push({ xs, ys, h, tolerance, x0: xs[0]!, x1: xs[xs.length - 1]!, y0: ys[0]!, y1: ys[ys.length - 1]! });
  }
  return grids;
}

function inside(b: Box, g: Box, slack = 4): boolean {
  const cx = centreX(b);
  const cy = centreY(b);
  return cx >= g.x0 - slack && cx <= g.x1 + slack && cy >= g.y0 - slack && cy <= g.y1 + slack;
}

function slot(edges: number[], value: number): number {
  for (let i = 0; i < edges.length - 1; i++) if (value < edges[i + 1]!) return i;
  return edges.length - 2;
}

/** A table cell's words in reading order: line by line, each in x order. */
const cellWords = (words: OcrWord[]): OcrWord[] => visualLines(words).flatMap(lineWords);

function cellText(words: OcrWord[]): string {
  return visualLines(words)
    .map((l) => lineText(l))
    .join(' ')
    .trim();
}

function gridRows(grid: Grid, words: OcrWord[]): { rows: string[][]; words: OcrWord[] } {
  const cells: OcrWord[][][] = Array.from({ length: grid.ys.length - 1 }, () =>
    Array.from({ length: grid.xs.length - 1 }, () => []),
  );
  for (const w of words) cells[slot(grid.ys, centreY(w))]![slot(grid.xs, centreX(w))]!.push(w);
  const kept = spreadMergedCells(grid, cells).filter((row) => row.some((c) => c.length));
  return { rows: kept.map((row) => row.map(cellText)), words: kept.flatMap((row) => row.flatMap(cellWords)) };
}

// --- unruled tables: column bands from word x-ranges ---------------------------------------

/** Split each engine line where a gap wider than `gap` separates its words. */
function segments(words: readonly OcrWord[], gap: number): Segment[] {
  const out: Segment[] = [];
  for (const lineWords of wordsByEngineLine(words)) {
    // An engine line can still hold two visual lines (or columns): split by y first.
    for (const visual of visualLines(lineWords)) {
      let current: OcrWord[] = [];
      for (const w of visual) {
        const last = current[current.length - 1];
        if (last && w.x0 - last.x1 > gap) {
          out.push({ ...bounds(current), words: current });
          current = [];
        }
        current.push(w);
      }
      if (current.length) out.push({ ...bounds(current), words: current });
    }
  }
  return out;
}

interface Band {
  x0: number;
  x1: number;
}

/** Column bands: x-ranges that segments occupy, merged where they overlap. */
function bands(segs: Segment[]): Band[] {
  const sorted = [...segs].sort((a, b) => a.x0 - b.x0);
  const out: Band[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.x0 <= last.x1) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ x0: s.x0, x1: s.x1 });
  }
  return out;
}

function unruledTable(rows: Segment[][]): { rows: string[][]; words: OcrWord[] } {
  const cols = bands(rows.flat());
  const numbered = rows.filter((r) => ROW_NUMBER.test(r[0]!.words.map((w) => w.text).join(' '))).length >= 2;
  const out: string[][] = [];
  // Each cell's words beside its text, in the order the text holds them.
  const outWords: OcrWord[][][] = [];
  for (const row of rows) {
    const cells = cols.map(() => '');
    const words = cols.map((): OcrWord[] => []);
    for (const s of row) {
      const c = cols.findIndex((b) => centreX(s) >= b.x0 && centreX(s) <= b.x1);
      const text = lineText(s.words);
      cells[c] = cells[c] ? `${cells[c]} ${text}` : text;
      words[c]!.push(...lineWords(s.words));
    }
    const starts = numbered ? ROW_NUMBER.test(cells[0]!) : cells[0] !== '';
    const last = out[out.length - 1];
    const lastWords = outWords[outWords.length - 1];
    if (!starts && last && lastWords) {
      cells.forEach((c, i) => {
        if (c) last[i] = last[i] ? `${last[i]} ${c}` : c;
        lastWords[i]!.push(...words[i]!);
      });
    } else {
      out.push(cells);
      outWords.push(words);
    }
  }
  return { rows: out, words: outWords.flat(2) };
}

// --- two-column zones (the header) -------------------------------------------------------------

/** "Kính gửi", as OCR may spell its marks. */
const SALUTATION = /^\s*kinh\s+gui\b/;

/**
 * Lines printed above the header across its middle, starting right of the left column (a certified
 * copy's "SAO Y; Bộ …; 21/07/2023" line, a page's own caption), that may stand before the two
 * columns: more would be the body.
 */
const LINES_OVER_HEADER = 2;
/** Text spanning less than this share of the page's width stands on part of the sheet (the rest blank). */
const TEXT_ON_PART = 0.75;

/**
 * The longest run of top segments that leave a vertical gutter free in the middle of the page
 * with text on both sides of it, starting at the top or below up to LINES_OVER_HEADER lines that
 * cross the middle (read before the zone, as the lines they are). Returns the zone's segments and
 * the gutter, or null.
 */
function headerZone(segs: Segment[], width: number, left = 0): { zone: Segment[]; gutter: number } | null {
  const sorted = [...segs].sort((a, b) => a.y0 - b.y0);
  let best = zoneFrom(sorted, width, left);
  // Rows above: whole visual lines, so a line is skipped with all its parts.
  const rows = visualLines(sorted);
  const skipped = new Set<Segment>();
  for (let r = 0; r < Math.min(LINES_OVER_HEADER, rows.length - 1); r++) {
    // Such a line starts right of the left column's start: a line from the left margin is the
    // body's (the last page's text above its two-column signature block).
    if (Math.min(...rows[r]!.map((s) => s.x0)) < left + width * 0.3) break;
    for (const s of rows[r]!) skipped.add(s);
    const below = zoneFrom(
      sorted.filter((s) => !skipped.has(s)),
      width,
      left,
    );
    if (below && below.zone.length > (best?.zone.length ?? 0)) best = below;
  }
  return best;
}

function twoSided(header: { zone: Segment[]; gutter: number } | null): { zone: Segment[]; gutter: number } | null {
  if (!header) return null;
  const lines = (side: Segment[]) => visualLines(side).length;
  const left = header.zone.filter((s) => centreX(s) < header.gutter);
  const right = header.zone.filter((s) => centreX(s) >= header.gutter);
  return lines(left) >= 2 && lines(right) >= 2 ? header : null;
}

/** `width` and `left`: the stretch of the page the gutter is looked for in the middle of (the page, or its text's own width). */
function zoneFrom(sorted: readonly Segment[], width: number, left = 0): { zone: Segment[]; gutter: number } | null {
  // Fine enough for the columns of a cropped photo, which may stand 3% of the width apart.
  const buckets = 256;
  const covered = new Array<boolean>(buckets).fill(false);
  const lo = Math.floor(buckets * 0.3);
  const hi = Math.ceil(buckets * 0.7);
  let best: { count: number; gutter: number } | null = null;
  for (let k = 0; k < sorted.length; k++) {
    const s = sorted[k]!;
    // The salutation of a công văn, printed under the number column with the recipients to its
    // right, opens the body: read with the left column it would come before the motto.
    if (k > 0 && SALUTATION.test(foldVietnamese(lineText(s.words)))) break;
    const next = [...covered];
    for (let b = Math.max(0, Math.floor(((s.x0 - left) / width) * buckets)); b <= Math.min(buckets - 1, Math.floor(((s.x1 - left) / width) * buckets)); b++) next[b] = true;
    const free: number[] = [];
    for (let b = lo; b < hi; b++) if (!next[b]) free.push(b);
    if (free.length === 0) break;
    covered.splice(0, buckets, ...next);
    const gutter = left + ((free[Math.floor(free.length / 2)]! + 0.5) / buckets) * width;
    const zone = sorted.slice(0, k + 1);
    if (zone.some((z) => z.x1 < gutter) && zone.some((z) => z.x0 > gutter)) best = { count: k + 1, gutter };
  }
  if (!best) return null;
  return { zone: sorted.slice(0, best.count), gutter: best.gutter };
}

// --- the foot: recipients beside the signature ---------------------------------------------------

/** "Nơi nhận:" as printed and as OCR spells it ("Noi nhan", "Nơi nhân"). */
const RECIPIENTS_LABEL = /^N\S{1,2}i\s+nh\S{1,3}n\b/iu;
/** The label with its first letter lost to a stroke or a stain ("ƠI nHẬN ."): a label alone on its segment. */
const RECIPIENTS_LABEL_CLIPPED = /^\S{1,2}i\s+nh\S{1,3}n\s*[:.]?$/iu;

export function isRecipientsLabel(text: string): boolean {
  return RECIPIENTS_LABEL.test(text) || RECIPIENTS_LABEL_CLIPPED.test(text);
}

/** Lines of the recipients' list: "- Như trên;", "+ …", "• …", "Lưu: VT". */
export const LIST_LINE = /^([-–+•*]|L\S{1,2}u\s*:)/u;

/**
 * From the "Nơi nhận" line down, the page holds two columns: the recipients' list at the left
 * margin and the signature block (authority, title, seal, signature, name) to the right. Read
 * line by line they interleave ("- Sở Nội vụ; Trần Hoàng Tuấn"), and the signer's name is lost
 * among recipients. The zone ends at a full-width line that is not a list line (text resuming).
 * `margin`: segments starting at or left of it are the recipients' column.
 */
function footZone(segs: readonly Segment[], height: number, width: number): { zone: Segment[]; margin: number; y: number } | null {
  const label = segs.find((s) => isRecipientsLabel(lineText(s.words)));
  if (!label) return null;
  const margin = label.x0 + 3 * height;
  const below = [...segs].filter((s) => centreY(s) >= label.y0 - height * 0.5).sort((a, b) => a.y0 - b.y0);
  // The block's title set a line or two higher than the label ("TM. UBKT QUẬN ĐOÀN …" over "Nơi
  // nhận:", "CHỦ NHIỆM" beside it) opens the signature column too; only a title in capitals naming an
  // office, so a place-and-date line set over the signature keeps its figures.
  const above = segs.filter((s) => s.x0 > margin && centreY(s) < label.y0 - height * 0.5 && s.y1 >= label.y0 - TITLE_ABOVE * height && officeTitle(s));
  const zone: Segment[] = [];
  for (const s of below) {
    const wide = s.x1 - s.x0 > width * 0.5;
    if (zone.length && s.x0 <= margin && wide && !LIST_LINE.test(lineText(s.words))) break;
    zone.push(s);
  }
  const right = [...above, ...zone].filter((s) => s.x0 > margin);
  return right.length ? { zone: [...above, ...zone], margin, y: label.y0 } : null;
}

/**
 * Two signature blocks side by side: a joint plan's two bodies ("PHÒNG GD&ĐT QUẬN" beside "TM. BAN
 * THƯỜNG VỤ QUẬN ĐOÀN"), a preparer beside the head. Read line by line their titles, the debris of
 * their seals and their names interleave (two names read as one). The zone opens at a line of
 * two segments in capitals, one naming an office, a wide gap apart, below the page's top part (a
 * header is two such segments too); it holds the lines below it down to the recipients' label, a
 * full-width line or PAIR_DEPTH word heights. `gutter`: the middle of the gap between the titles.
 */
function signaturePairZone(segs: readonly Segment[], height: number, width: number, pageHeight: number): { titles: Segment[]; zone: Segment[]; gutter: number; y: number } | null {
  const rows = visualLines(segs);
  const at = rows.findIndex((row) => row.length === 2 && row[0]!.y0 > pageHeight * PAIR_TOP && titlePair(row[0]!, row[1]!, height, width));
  if (at < 0) return null;
  const [left, right] = rows[at]!;
  const zone: Segment[] = [];
  for (const row of rows.slice(at)) {
    if (row[0]!.y0 > left!.y0 + PAIR_DEPTH * height) break;
    const first = lineText(row[0]!.words).replace(/^[*\s]+/u, '');
    if (row !== rows[at] && (isRecipientsLabel(first) || LIST_LINE.test(first) || row.some((s) => s.x1 - s.x0 > width * 0.5))) break;
    zone.push(...row);
  }
  return { titles: [left!, right!], zone, gutter: (left!.x1 + right!.x0) / 2, y: left!.y0 };
}

/** Word heights between two titles that are two blocks (a header's columns stand as far apart). */
const PAIR_GAP = 3;
/** Word heights below its titles a signature block reaches (title, office, seal and signature, name). */
const PAIR_DEPTH = 12;
/** Share of the page's height above which a pair of title segments is a header, not signatures. */
const PAIR_TOP = 0.4;

/** A line in capitals: a signature block's title, a body's name over it. */
function inCapitals(s: Segment): boolean {
  const letters = lineText(s.words).match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && letters.every((c) => c === c.toUpperCase());
}

/** A signature block's title: in capitals, naming an office or an authority ("TM.", "CHỦ TỊCH"). */
function officeTitle(s: Segment): boolean {
  return inCapitals(s) && namesSignerOffice(foldVietnamese(lineText(s.words).toLowerCase()));
}

/** Two titles of signature blocks: in capitals, one naming an office, a column gap apart, one in each half. */
function titlePair(left: Segment, right: Segment, height: number, width: number): boolean {
  return right.x0 - left.x1 >= PAIR_GAP * height && centreX(left) < width / 2 && centreX(right) > width / 2 && inCapitals(left) && inCapitals(right) && (officeTitle(left) || officeTitle(right));
}

/** Word heights above the recipients' label a signature title may stand and still open the signature column. */
const TITLE_ABOVE = 2.5;

/**
 * A word of the signature block rather than a stroke of the signature or the seal: letters (a
 * title, a name, "KT.", "(Đã ký)") of two or more, or an authority's letter ("Q."), read with some
 * confidence. Strokes read as "—\\LauL———", "F4", "À", "`".
 */
function signatureWord(w: OcrWord): boolean {
  const text = w.text.trim();
  // A title in capitals is kept however unsure ("GIẢAM" of "GIÁM ĐỐC"): strokes are not capitals.
  if (/^\p{Lu}{3,}$/u.test(text)) return true;
  if (w.confidence < 30) return false;
  return /^\p{Lu}\.$/u.test(text) || (/^[(\p{L}][\p{L}.,:;)]*$/u.test(text) && (text.match(/\p{L}/gu) ?? []).length >= 2);
}

/**
 * A word of the signature column with a stroke of the signature or the seal glued before its
 * first letter ('“Đỉnh', '-HIỆU'): the word without it, so it is judged (and read) by its letters.
 */
export function withoutGluedStroke(w: OcrWord): OcrWord {
  const text = w.text.replace(/^[“”"'‘’`´\-–—_~.,:;]{1,2}(?=\p{L}{2})/u, '');
  return text === w.text ? w : { ...w, text };
}

// --- the page ------------------------------------------------------------------------------------

/** The parts of one line, by a tab where they stand at least `tabGap` apart, else by a space. */
function joinParts(parts: readonly Segment[], tabGap: number): string {
  let out = '';
  parts.forEach((s, i) => {
    if (i > 0) out += s.x0 - parts[i - 1]!.x1 >= tabGap ? '\t' : ' ';
    out += lineText(s.words);
  });
  return out;
}

export interface LayoutOptions {
  /** Look for a two-column header at the top (the first page of a document). */
  header?: boolean;
  /** Rules closer than this (page units) are one line; 15 suits 300-dpi pixels. */
  ruleTolerance?: number;
  /**
   * Parts of a line outside tables at least this many word heights apart (the recipients beside
   * the signer's block) are joined by '\t', which keeps them cells; unset, every part is joined
   * by ' '. For a text layer's exact positions: a blank left for a serial or a day is narrower.
   */
  columnGap?: number;
}

/** Gap (in word heights) that splits a header line into its columns; body lines split at 1.6. */
const HEADER_GAP = 1.1;

/** What OCR makes of a rule or an underline left on the page: never text, and it bridges columns. */
const RULE_DEBRIS = /^[_|¦]+$/;

export function layoutPage(page: OcrPage, rules: readonly Rule[], options: LayoutOptions = {}): PageLayout {
  const words = page.words.filter((w) => w.text.trim() && !RULE_DEBRIS.test(w.text.trim()));
  if (words.length === 0) return { text: '', tables: [], words: [] };
  const height = median(words.map((w) => w.y1 - w.y0)) || 40;
  const width = page.width || Math.max(...words.map((w) => w.x1));

  // Elements to emit, each with the y it starts at.
  const blocks: Array<{ y: number; lines: string[]; words: OcrWord[]; table?: string[][] }> = [];

  const grids = gridsFromRules(rules, options.ruleTolerance);
  const free: OcrWord[] = [];
  const inGrid = new Map<Grid, OcrWord[]>();
  for (const w of words) {
    const grid = grids.find((g) => inside(w, g));
    if (grid) inGrid.set(grid, [...(inGrid.get(grid) ?? []), w]);
    else free.push(w);
  }
  for (const [grid, gw] of inGrid) {
    const { rows, words: inOrder } = gridRows(grid, gw);
    if (rows.length) blocks.push({ y: grid.y0, lines: rows.map((r) => r.join('\t')), words: inOrder, table: rows });
  }

  let segs = segments(free, height * 1.6);
  if (options.header) {
    // The header's two columns can stand closer than body words are spaced in a justified line
    // (a cropped photo): the top of the page is split at narrower gaps to find them.
    const top = free.filter((w) => w.y0 < page.height * 0.45 || !page.height);
    const topSegments = segments(top, height * HEADER_GAP);
    let header = headerZone(topSegments, width);
    // A letter scanned on a wider sheet (A4 on an A3 bed, half the page blank) has its header's
    // gutter off the sheet's middle: looked for again across the text's own width.
    const x0 = free.length ? Math.min(...free.map((w) => w.x0)) : 0;
    const x1 = free.length ? Math.max(...free.map((w) => w.x1)) : width;
    // Only a header that holds two lines on each side of its gutter, as every one does: a sparse page's words are no columns.
    if (!header && x1 - x0 < width * TEXT_ON_PART) header = twoSided(headerZone(topSegments, x1 - x0, x0));
    if (header) {
      const zoneWords = new Set(header.zone.flatMap((z) => z.words));
      segs = segments(free.filter((w) => !zoneWords.has(w)), height * 1.6);
      const inZone = new Set(header.zone);
      const left = header.zone.filter((s) => centreX(s) < header.gutter);
      const right = header.zone.filter((s) => centreX(s) >= header.gutter);
      const read = (side: Segment[]) => visualLines(side).map((l) => l.map((s) => lineText(s.words)).join(' '));
      const readWords = (side: Segment[]) => visualLines(side).flatMap((l) => l.flatMap((s) => lineWords(s.words)));
      blocks.push({ y: Math.min(...header.zone.map((s) => s.y0)), lines: [...read(left), ...read(right)], words: [...readWords(left), ...readWords(right)] });
    }
  }

  // The foot: recipients ("Nơi nhận: …") on the left, the signature block on the right.
  const foot = footZone(segs, height, width);
  if (foot) {
    const inFoot = new Set(foot.zone);
    segs = segs.filter((s) => !inFoot.has(s));
    const columns = segments(foot.zone.flatMap((z) => z.words), height * HEADER_GAP);
    const left = columns.filter((s) => s.x0 <= foot.margin);
    // The signature column is where the seal and the signature are: their strokes read as words.
    const signed = columns.filter((s) => s.x0 > foot.margin).flatMap((s) => s.words).map(withoutGluedStroke).filter(signatureWord);
    const right = segments(signed, height * HEADER_GAP);
    const read = (side: Segment[]) => visualLines(side).map((l) => l.map((s) => lineText(s.words)).join(' '));
    const readWords = (side: Segment[]) => visualLines(side).flatMap((l) => l.flatMap((s) => lineWords(s.words)));
    blocks.push({ y: foot.y, lines: [...read(left), ...read(right).map((line) => repairTitleLine(line) ?? line)], words: [...readWords(left), ...readWords(right)] });
  }

  // Two signature blocks side by side: each read as a column, left then right, without the strokes.
  const pair = signaturePairZone(segs, height, width, page.height || Math.max(...words.map((w) => w.y1)));
  if (pair) {
    const inPair = new Set(pair.zone);
    segs = segs.filter((s) => !inPair.has(s));
    // The titles as read ("GD&ĐT"); below them, the words of the blocks rather than the strokes.
    const titles = new Set(pair.titles);
    const signed = pair.zone.flatMap((s) => (titles.has(s) ? s.words : s.words.map(withoutGluedStroke).filter(signatureWord)));
    const side = (onLeft: boolean) => segments(signed.filter((w) => centreX(w) < pair.gutter === onLeft), height * HEADER_GAP);
    const read = (ss: Segment[]) => visualLines(ss).map((l) => l.map((s) => lineText(s.words)).join(' '));
    const readWords = (ss: Segment[]) => visualLines(ss).flatMap((l) => l.flatMap((s) => lineWords(s.words)));
    const [left, right] = [side(true), side(false)];
    blocks.push({ y: pair.y, lines: [...read(left), ...read(right)].map((line) => repairTitleLine(line) ?? line), words: [...readWords(left), ...readWords(right)] });
  }

  // Remaining lines; runs of lines split into several far-apart segments are unruled tables.
  const rows = visualLines(segs);
  let run: Segment[][] = [];
  const flush = () => {
    const multi = run.filter((r) => r.length >= 3).length;
    if (run.length >= 2 && multi >= 2) {
      const { rows: table, words: inOrder } = unruledTable(run);
      blocks.push({ y: run[0]![0]!.y0, lines: table.map((r) => r.join('\t')), words: inOrder, table });
    } else {
      for (const r of run) blocks.push({ y: r[0]!.y0, lines: [joinParts(r, options.columnGap === undefined ? Infinity : options.columnGap * height)], words: r.flatMap((s) => lineWords(s.words)) });
    }
    run = [];
  };
  for (const row of rows) {
    // A table run continues through wrapped lines that hold a single cell's text.
    if (row.length >= 3 || (run.length > 0 && run.some((r) => r.length >= 3) && row.length >= 1 && row[0]!.x0 > run[0]![0]!.x0 + height)) {
      run.push(row);
      continue;
    }
    flush();
    run.push(row);
    flush();
  }
  flush();

  blocks.sort((a, b) => a.y - b.y);
  const tables: Table[] = blocks.filter((b) => b.table).map((b) => ({ page: null, rows: b.table! }));
  return { text: blocks.flatMap((b) => b.lines).join('\n'), tables, words: blocks.flatMap((b) => b.words) };
}
