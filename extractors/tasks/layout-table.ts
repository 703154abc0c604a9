// Task tables laid out with spaces, as PDF text extractors print them ("pdftotext -layout",
// copies from PDF viewers): each column keeps its place across the page, a cell wraps over
// several lines, and a row's number stands on the middle line of the row, not the first.
//
// The table is turned into tab-separated rows (one line per row) for tsv-table.ts:
// - the header line, read by meaning (columns.ts), gives the columns; a piece of text belongs
//   to the column whose stretch of the line holds its middle;
// - lines with a number in the index column anchor the rows; the lines between two anchors
//   are shared out: a new row starts where its content cell starts a sentence after the
//   previous one ended, else where the rows above were centred;
// - page numbers and the header repeated on a new page are passed over; a line of prose that
//   runs across columns, a heading or the signature block ends the table.
import { headerRoles, type ColumnRole } from './columns.js';
import { namesUnit } from './units.js';
import { garbledGroupHeading, stackedRow, withoutSpecks } from './tight-layer.js';
import { INDEX } from './layout-index.js';
import type { SourceLine } from './tsv-table.js';
import { capitalShare, endsLayoutTable, layoutHeaderAt, proseEnds } from '../../normalizers/layout-tables.js';

interface Segment {
  text: string;
  /** Column of the first and after the last character on the line. */
  from: number;
  to: number;
}

interface Columns {
  roles: ReadonlyArray<ColumnRole | null>;
  /** Left edge of each column; column i runs to edges[i + 1]. Learnt from the body's cells. */
  edges: number[];
  /** Halfway between the titles: the edges the header alone gives. */
  halfway: number[];
  /** Where each header's own text stands. */
  spans: Array<[number, number]>;
  header: string;
  /** Lines the header takes. */
  lineCount: number;
  /** An OCR layer's tight header: its spans are the titles' middles (tight-layout-header.ts). */
  tight: boolean;
}

interface BodyLine {
  line: SourceLine;
  /** Text per column, "" where the line has none. */
  cells: string[];
  /** A blank line stood above it in the text (an OCR layer's gap between two rows). */
  afterBlank?: boolean;
  /** A tight layer's line: its pieces, and how far right its content may run (where the next column's cells start on its page). */
  tight?: { pieces: Segment[]; contentEnd: number };
}

const TERMINAL = /[.;!?…:][”"’)]*\s*$/;
// Pieces of text are set apart by two or more spaces; words by one.
const SEGMENT = /\S+(?: \S+)*/g;
/** How far an OCR layer may set a cell's text from where its column starts, in characters. */
const EDGE_JITTER = 3;
/** Lines that must start a cell at one place before a column's edge is learnt from them. */
const SHARED_STARTS = 2;
/** How far from a column's edge a word of glued cells may open the next cell. */
const SPLIT_REACH = 4;
/** Columns whose cells name bodies: a body's name opens them. */
const UNIT_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole>(['lead', 'support', 'leadSupport', 'supervisor']);
/** How far from a column's edge a body's name (units.ts) glued after other cells' words may open the next cell. */
const UNIT_REACH = 6;
/** Lines a page must hold before its own column edges are learnt. */
const PAGE_LINES_MIN = 8;

/** Tab-separated rows of the space-laid-out task tables in the lines; [] when there are none. */
export interface LayoutTableOptions {
  /** An OCR engine placed the words (only roughly): a capital near a column's learnt edge opens its cell. */
  roughPlacement?: boolean;
  /** Offsets of the text's page breaks (form feeds): under a tight header each page's columns are learnt apart. */
  pageBreaks?: readonly number[];
}

export function layoutTableRows(lines: readonly SourceLine[], options: LayoutTableOptions = {}): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  const texts = lines.map((l) => l.text);
  while (i < lines.length) {
    const columns = headerAt(texts, i, options.roughPlacement ?? false);
    if (!columns) {
      i++;
      continue;
    }
    const found: Array<{ line: SourceLine; segments: Segment[]; afterBlank: boolean; page: number }> = [];
    let j = i + columns.lineCount;
    let blank = false;
    let page = 0;
    const pageBreaks = options.pageBreaks ?? [];
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      const start = lines[j]!.start;
      while (start !== null && page < pageBreaks.length && pageBreaks[page]! < start) page++;
      if (!text.trim()) {
        blank = true;
        continue;
      }
      // A tight layer's specks and rules are no cells; a line of nothing else is passed over as if
      // it were not there (it may stand between two lines of one cell).
      const segments = columns.tight ? withoutSpecks(segmentsOf(text)) : segmentsOf(text);
      if (!segments) continue;
      const afterBlank = blank;
      blank = false;
      const again = headerAt(texts, j, options.roughPlacement ?? false);
      if (again?.header === columns.header) {
        j += again.lineCount - 1; // repeated on a new page
        continue;
      }
      if (isPageNumber(segments, columns)) continue;
      // A group heading in capitals whose numeral the engine garbled ("HI HOÀN THIỆN KẾT CẤU …",
      // "n    CHUYỂN DỊCH"): no row's cells, passed over (a numbered one is read as the group it
      // heads). It ends the row above as a blank line does.
      if (columns.tight && ((!INDEX.test(segments[0]?.text.split(' ')[0] ?? '') && text.trim().length > 30 && capitalShare(text) >= 0.7) || garbledGroupHeading(segments))) {
        blank = true;
        continue;
      }
      if (endsLayoutTable(text) || proseEnds(texts, j, columns.spans, columns.tight)) break;
      found.push({ line: lines[j]!, segments, afterBlank, page });
    }
    const learned = { ...columns, edges: learnedEdges(columns, found.map((f) => f.segments)) };
    // A tight layer sets each page's columns a few characters apart: each page's edges are its own.
    const onPage = columns.tight ? pageEdges(columns, found) : null;
    const content = columns.roles.indexOf('content');
    const body = found.map((f): BodyLine => {
      const page = onPage?.get(f.page) ?? learned;
      const cells = assign(f.segments, page, options.roughPlacement ?? false);
      const contentEnd = (page.edges[content + 1] ?? Infinity) + EDGE_JITTER;
      return { line: f.line, cells, afterBlank: f.afterBlank, ...(columns.tight ? { tight: { pieces: f.segments, contentEnd } } : {}) };
    });
    const rows = rowsOf(body, learned);
    if (rows.length) {
      out.push({ text: columns.header, start: lines[i]!.start });
      out.push(...rows);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

function segmentsOf(text: string): Segment[] {
  return [...text.matchAll(SEGMENT)].map((m) => ({ text: m[0], from: m.index!, to: m.index! + m[0].length }));
}

/**
 * The columns of a task table's header starting on lines[at] ("TT   Nhiệm vụ   Cơ quan chủ trì   …"),
 * on one line or wrapped over up to three, else null.
 */
function headerAt(lines: readonly string[], at: number, ocr: boolean): Columns | null {
  const header = layoutHeaderAt(lines, at, (titles) => {
    const roles = headerRoles(titles);
    if (!roles || !roles.includes('content') || !(roles.includes('lead') || roles.includes('deadline'))) return 0;
    const named = roles.filter(Boolean).length;
    // Of readings naming as many columns, the one whose titles say more apart: "Cơ quan / chủ
    // trì" and "Cơ quan / phối hợp" wrapped, whose first line alone names two leads.
    return named >= 3 ? named * 100 + new Set(roles.filter(Boolean)).size : 0;
  }, ocr);
  if (!header) return null;
  const roles = headerRoles(header.titles)!;
  const { spans } = header;
  // Column i starts halfway between the end of header i-1 and the start of header i.
  const edges = spans.map(([from], k) => (k === 0 ? 0 : Math.floor((spans[k - 1]![1] + from) / 2)));
  return { roles, edges, halfway: edges, spans, header: header.titles.join('\t'), lineCount: header.lineCount, tight: !!header.tight };
}

/**
 * Each column's left edge where its cells start, learnt from the body: the start many lines share
 * between the end of the title before and the start of its own title. A title is centred over its
 * column, wrapped or set off by the engine, so the halfway point between two titles may fall well
 * inside a cell ("Trách nhiệm phối hợp" then "Căn cứ thực hiện" far right of where its cells start);
 * where the cells say nothing, that halfway point is kept. Starts a few characters apart (an OCR
 * layer's jitter) are one start: the column edge is the leftmost of them.
 */
function learnedEdges(columns: Columns, body: ReadonlyArray<readonly Segment[]>): number[] {
  const edges = [...columns.edges];
  for (let c = 1; c < columns.spans.length; c++) {
    const from = columns.spans[c - 1]![1];
    const to = columns.spans[c]![0];
    if (to < from) continue;
    // The leftmost start of each line within the stretch: one line counts once.
    const starts = body
      .map((segments) => segments.find((s) => s.from >= from && s.from <= to)?.from)
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b);
    let best: { edge: number; lines: number } | null = null;
    for (let k = 0; k < starts.length; ) {
      let end = k + 1;
      while (end < starts.length && starts[end]! - starts[end - 1]! <= EDGE_JITTER) end++;
      if (end - k >= SHARED_STARTS && (!best || end - k > best.lines)) best = { edge: starts[k]!, lines: end - k };
      k = end;
    }
    if (best && best.edge > edges[c - 1]!) edges[c] = best.edge;
  }
  for (let c = 1; c < edges.length; c++) if (edges[c]! <= edges[c - 1]!) edges[c] = columns.halfway[c]!;
  return edges;
}

/** Each page's columns with the edges its own lines give; a page of too few lines keeps the table's. */
function pageEdges(columns: Columns, found: ReadonlyArray<{ segments: Segment[]; page: number }>): Map<number, Columns> {
  const pages = new Map<number, Segment[][]>();
  for (const f of found) {
    const page = pages.get(f.page);
    if (page) page.push(f.segments);
    else pages.set(f.page, [f.segments]);
  }
  const all = learnedEdges(columns, found.map((f) => f.segments));
  const home = marginOf(pages.get(found[0]?.page ?? 0) ?? []);
  return new Map(
    [...pages].map(([page, lines]) => {
      if (lines.length < PAGE_LINES_MIN) return [page, { ...columns, edges: all }];
      // The page set as a whole a few characters right or left of the header's: its titles move with it.
      const shift = home === null ? 0 : (marginOf(lines) ?? home) - home;
      const moved = (at: number) => Math.max(0, at + shift);
      const shifted: Columns = { ...columns, spans: columns.spans.map(([a, b]) => [moved(a), moved(b)]), halfway: columns.halfway.map((h, k) => (k ? moved(h) : 0)) };
      return [page, { ...shifted, edges: learnedEdges({ ...shifted, edges: shifted.halfway }, lines) }];
    }),
  );
}

/** Where most of a page's lines that open with text left of the middle start: the page's left margin. */
function marginOf(lines: ReadonlyArray<readonly Segment[]>): number | null {
  const counts = new Map<number, number>();
  for (const segments of lines) {
    const first = segments[0];
    if (first && first.from < 20 && !INDEX.test(first.text)) counts.set(first.from, (counts.get(first.from) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [at, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && at < best)) best = at;
  return best;
}

function columnAt(position: number, columns: Columns): number {
  let c = 0;
  while (c + 1 < columns.edges.length && columns.edges[c + 1]! <= position) c++;
  return c;
}

/** A page number: one short number standing away from the index column. */
function isPageNumber(segments: readonly Segment[], columns: Columns): boolean {
  if (segments.length !== 1 || !/^\d{1,3}$/.test(segments[0]!.text)) return false;
  return columns.roles[columnAt(segments[0]!.from, columns)] !== 'index';
}

/** The line's text per column. */
function assign(segments: readonly Segment[], columns: Columns, roughPlacement: boolean): string[] {
  const cells = columns.roles.map(() => '');
  for (const piece of segments) {
    // Cells set one space apart run under two titles: their words are shared out where the
    // columns' edges fall (gluedColumns).
    const glued = columns.spans.filter(([from, to]) => piece.from < to && piece.to > from).length > 1;
    let words = glued || roughPlacement ? wordsOf(piece) : [piece];
    let placed = glued ? gluedColumns(words, columns, roughPlacement) : roughPlacement ? bodyAcrossEdge(words, columns) : null;
    if (!placed) {
      // Cell text is aligned left or centred under its header and may start before it.
      words = [piece];
      placed = [columnAt(Math.floor((piece.from + piece.to) / 2), columns)];
    }
    words.forEach((s, k) => {
      let c = placed[k]!;
      // The index column holds numbers only: a short last line of content ("Ninh Bình.") set
      // at the content's left margin may stand under it.
      if (columns.roles[c] === 'index' && !INDEX.test(s.text) && c + 1 < cells.length) c++;
      cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
    });
  }
  return cells;
}

/**
 * The column of each word of a piece whose cells were set one space apart. A word belongs where
 * it starts, since a cell that ran long pushed the next one right: against the halfway edges
 * between the titles, which leave a long cell that slack. But an OCR layer places its words only
 * roughly, a few characters either way, and may squeeze a cell left of its column: a word with a
 * capital within reach of a column's learnt edge opens that column's cell ("… chương trình đào
 * Bàn Kế hoạch …", "… sinh viên đăng Tuần 1, tháng 01/2021"). A typed layer places its words
 * exactly, and there a capital near an edge is a unit's name run long ("… phối hợp với Sở Y tế"):
 * only halfway edges. No word is left of the column the piece itself starts in.
 */
function gluedColumns(words: readonly Segment[], columns: Columns, roughPlacement: boolean): number[] {
  const own = ownColumn(words, columns, roughPlacement);
  // first[c]: the first word in column c or further right. A rough layer's page may be set wider
  // than its header ("… năng động, sáng tạo, có  Bộ Nội vụ" past the halfway edge): there no word
  // opens a column left of where that page's cells start but a capital (below).
  const first = columns.halfway.map((edge, c) => {
    if (c <= own) return 0;
    const from = roughPlacement ? Math.max(edge, columns.edges[c]!) : edge;
    const k = words.findIndex((w) => w.from >= from);
    return k < 0 ? words.length : k;
  });
  for (let c = own + 1; roughPlacement && c < columns.edges.length; c++) {
    const edge = columns.edges[c]!;
    // A piece that stops short of the column's edge holds none of its cells ("… Bộ Văn hóa, Thể"
    // before the next column's "Các cơ quan"): its capitals there are the cell's own.
    if (words[words.length - 1]!.to <= edge) continue;
    const capital = (w: Segment, k: number, reach: number) => k > 0 && Math.abs(w.from - edge) <= reach && /^\p{Lu}/u.test(w.text);
    // A unit column's cell opens with a body's name ("… Y - Dược Huế Bộ Giáo dục và", "… Bắc Trung Bộ
    // Văn hóa, Thể"): such a word a little further off wins over a nearer capital of the content.
    const bodies = UNIT_ROLES.has(columns.roles[c]!) ? words.flatMap((w, k) => (capital(w, k, UNIT_REACH) && namesUnit(words.slice(k, k + 3).map((x) => x.text).join(' ')) ? [k] : [])) : [];
    const capitals = bodies.length ? bodies : words.flatMap((w, k) => (capital(w, k, SPLIT_REACH) ? [k] : []));
    // The nearest; of two as near, the one right of the edge.
    const distance = (k: number) => Math.abs(words[k]!.from - edge) * 2 + (words[k]!.from < edge ? 1 : 0);
    if (!capitals.length) continue;
    let k = capitals.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    // "… thích ứng và Phát triển nông" under "Bộ Nông nghiệp": a "và" already inside the column is the cell's own.
    if (k > 1 && words[k - 1]!.text === 'và' && words[k - 1]!.from >= edge) k--;
    first[c] = k;
  }
  for (let c = 1; c < first.length; c++) first[c] = Math.max(first[c]!, first[c - 1]!);
  return words.map((_, k) => {
    let c = 0;
    while (c + 1 < first.length && first[c + 1]! <= k) c++;
    return c;
  });
}

/**
 * The columns of a rough layer's piece that runs under one title only but past where the next
 * column's cells start, a body's name glued to the end of the cell before ("… Trường Đại học Y -
 * Dược Huế Bộ Giáo dục và"): the body opens that column's cell. Null when no body's name opens a
 * word near that edge (a long line of content keeps all its words).
 */
function bodyAcrossEdge(words: readonly Segment[], columns: Columns): number[] | null {
  const own = ownColumn(words, columns, true);
  const end = words[words.length - 1]!.to;
  for (let c = own + 1; c < columns.edges.length; c++) {
    const edge = columns.edges[c]!;
    if (end <= edge + EDGE_JITTER) break;
    if (!UNIT_ROLES.has(columns.roles[c]!)) continue;
    const k = words.findIndex((w, i) => i > 0 && Math.abs(w.from - edge) <= UNIT_REACH && /^\p{Lu}/u.test(w.text) && namesUnit(words.slice(i, i + 3).map((x) => x.text).join(' ')));
    if (k > 0) return words.map((_, i) => (i < k ? own : c));
  }
  return null;
}

/**
 * The column a piece's first word stands in. A rough layer may set a cell's first word a little
 * left of where its column's cells start, and a body's name further ("Các cơ quan và địa phương"
 * five characters left of the edge the page's other rows give the support column).
 */
function ownColumn(words: readonly Segment[], columns: Columns, roughPlacement: boolean): number {
  if (!roughPlacement) return columnAt(words[0]!.from, columns);
  const body = /^\p{Lu}/u.test(words[0]!.text) && namesUnit(words.slice(0, 3).map((w) => w.text).join(' '));
  return columnAt(words[0]!.from + (body ? UNIT_REACH : EDGE_JITTER), columns);
}

function wordsOf(piece: Segment): Segment[] {
  return [...piece.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: piece.from + m.index!, to: piece.from + m.index! + m[0].length }));
}

function rowsOf(body: readonly BodyLine[], columns: Columns): SourceLine[] {
  const indexColumn = columns.roles.indexOf('index');
  const contentColumn = columns.roles.indexOf('content');
  if (indexColumn < 0 || contentColumn < 0) return [];
  const anchors = body.flatMap((b, k) => (INDEX.test(b.cells[indexColumn]!) ? [k] : []));
  if (!anchors.length) return [];
  // starts[r]: the first body line of row r.
  const starts: number[] = [0];
  let above = anchors[0]!;
  for (let r = 0; r + 1 < anchors.length; r++) {
    const from = anchors[r]! + 1;
    const to = anchors[r + 1]!; // the gap is body[from, to)
    const split = columns.tight ? (blankBetween(body, from, to) ?? cellAbove(body, starts[r]!, anchors[r]!, splitGap(body, from, to, above, contentColumn), contentColumn)) : splitGap(body, from, to, above, contentColumn);
    starts.push(split);
    above = to - split;
  }
  return starts.map((start, r) => {
    const end = r + 1 < starts.length ? starts[r + 1]! : body.length;
    const lines = body.slice(start, end);
    // A tight layer's row read from its own pieces where they are clear (tight-layer.ts): its
    // cells may stand far from where the page's other rows have theirs.
    const own = lines.every((b) => b.tight) ? stackedRow(lines.map((b) => b.tight!.pieces), columns.roles.length, indexColumn, contentColumn, lines.reduce((end, b) => Math.min(end, b.tight!.contentEnd), Infinity)) : null;
    const cells = own ?? columns.roles.map(() => '');
    for (const b of own ? [] : lines) {
      b.cells.forEach((text, c) => {
        if (text) cells[c] = cells[c] ? `${cells[c]} ${text}` : text;
      });
    }
    if (columns.tight) asGroupHeading(cells, indexColumn, contentColumn);
    const first = body[start]!.line;
    const last = body[end - 1]!.line;
    return {
      text: cells.join('\t'),
      start: first.start,
      ...(first.start !== null && last.start !== null ? { end: last.start + last.text.length } : {}),
    };
  });
}

/**
 * Where the next row starts among body[from, to): at a content cell that opens with a capital
 * after the previous content line closed a sentence; else near where a row centred like the
 * one above would end (as many lines below its number as above it).
 */
function splitGap(body: readonly BodyLine[], from: number, to: number, above: number, content: number): number {
  let previous = lastContent(body, from, content);
  for (let k = from; k < to; k++) {
    const text = body[k]!.cells[content]!;
    if (!text) continue;
    if (/^\p{Lu}/u.test(text) && TERMINAL.test(previous)) return k;
    previous = text;
  }
  const centred = Math.min(to, from + above);
  for (const k of [centred, centred + 1, centred - 1]) {
    if (k > from && k < to && /^\p{Lu}/u.test(body[k]!.cells[content]!)) return k;
  }
  return centred;
}

/**
 * A tight layer centres each cell on its row's number, so a next row's unit cell taller than its
 * content opens a line above the content's first: that line (no content, cells opening with a
 * capital) goes with the next row when it lies further below the number than the row's cells in
 * those columns start above it ("Các cơ quan và địa phương" one line above the number, "liên
 * quan" one below, then "Bộ Văn hóa, Thể thao và" three below, over the next row's "Đề án …";
 * a supervisor's "Thủ tướng" two above and "Chính phủ" two below stays).
 */
function cellAbove(body: readonly BodyLine[], start: number, anchor: number, split: number, content: number): number {
  const k = split - 1;
  if (k <= anchor || body[k]!.cells[content]) return split;
  const opened = body[k]!.cells.flatMap((text, c) => (c !== content && /^\p{Lu}/u.test(text) ? [c] : []));
  const centred = (c: number) => {
    let first = start;
    while (first <= anchor && !body[first]!.cells[c]) first++;
    return first <= anchor && k - anchor > anchor - first;
  };
  return opened.length && opened.every(centred) ? k : split;
}

/**
 * Under a tight header, where the layer left a blank line between two rows: the one blank among
 * body(from, to] starts the next row; null when there is none or more than one (a cell's own gap).
 */
function blankBetween(body: readonly BodyLine[], from: number, to: number): number | null {
  const blanks: number[] = [];
  for (let k = from; k <= to && k < body.length; k++) if (body[k]!.afterBlank) blanks.push(k);
  return blanks.length === 1 ? blanks[0]! : null;
}

/**
 * A group heading of a tight table ("IV | QUẢN LÝ VÀ SỬ DỤNG … | TRƯỜNG, NÂNG CAO KHẢ"): its capitals
 * run across the columns, so they are put together as its content, the other cells left empty.
 */
function asGroupHeading(cells: string[], index: number, content: number): void {
  if (!/^[IVXLC]{1,5}[.)]?$/.test(cells[index]!)) return;
  const text = cells.filter((c, i) => i !== index && c).join(' ');
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters || letters.replace(/\P{Lu}/gu, '').length < 0.7 * letters.length) return;
  cells.forEach((_, i) => i !== index && (cells[i] = ''));
  cells[content] = text;
}

/** The last content text at or above the anchor line before body[from]. */
function lastContent(body: readonly BodyLine[], from: number, content: number): string {
  for (let k = from - 1; k >= 0; k--) if (body[k]!.cells[content]) return body[k]!.cells[content]!;
  return '';
}
