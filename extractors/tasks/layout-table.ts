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
import type { SourceLine } from './tsv-table.js';
import { endsLayoutTable, isProseAcross, layoutHeaderAt } from '../../normalizers/layout-tables.js';

interface Segment {
  text: string;
  /** Column of the first and after the last character on the line. */
  from: number;
  to: number;
}

interface Columns {
  roles: ReadonlyArray<ColumnRole | null>;
  /** Left edge of each column; column i runs to edges[i + 1]. */
  edges: number[];
  /** Where each header's own text stands. */
  spans: Array<[number, number]>;
  header: string;
  /** Lines the header takes. */
  lineCount: number;
}

interface BodyLine {
  line: SourceLine;
  /** Text per column, "" where the line has none. */
  cells: string[];
}

const INDEX = /^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})[.)]?$/;
const TERMINAL = /[.;!?…:][”"’)]*\s*$/;
// Pieces of text are set apart by two or more spaces; words by one.
const SEGMENT = /\S+(?: \S+)*/g;

/** Tab-separated rows of the space-laid-out task tables in the lines; [] when there are none. */
export function layoutTableRows(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  const texts = lines.map((l) => l.text);
  while (i < lines.length) {
    const columns = headerAt(texts, i);
    if (!columns) {
      i++;
      continue;
    }
    const body: BodyLine[] = [];
    let j = i + columns.lineCount;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (!text.trim()) continue;
      const again = headerAt(texts, j);
      if (again?.header === columns.header) {
        j += again.lineCount - 1; // repeated on a new page
        continue;
      }
      const segments = segmentsOf(text);
      if (isPageNumber(segments, columns)) continue;
      if (endsLayoutTable(text)) break;
      const cells = assign(text, segments, columns);
      if (!cells) break;
      body.push({ line: lines[j]!, cells });
    }
    const rows = rowsOf(body, columns);
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
function headerAt(lines: readonly string[], at: number): Columns | null {
  const header = layoutHeaderAt(lines, at, (titles) => {
    const roles = headerRoles(titles);
    if (!roles || !roles.includes('content') || !(roles.includes('lead') || roles.includes('deadline'))) return 0;
    const named = roles.filter(Boolean).length;
    return named >= 3 ? named : 0;
  });
  if (!header) return null;
  const roles = headerRoles(header.titles)!;
  const { spans } = header;
  // Column i starts halfway between the end of header i-1 and the start of header i.
  const edges = spans.map(([from], k) => (k === 0 ? 0 : Math.floor((spans[k - 1]![1] + from) / 2)));
  return { roles, edges, spans, header: header.titles.join('\t'), lineCount: header.lineCount };
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

/** The line's text per column, or null when it is a line of prose running across the columns. */
function assign(text: string, segments: readonly Segment[], columns: Columns): string[] | null {
  if (isProseAcross(text, columns.spans)) return null;
  const cells = columns.roles.map(() => '');
  for (const piece of segments) {
    // Cells set one space apart run under two titles: their words are placed one by one, each
    // by where it starts, since a cell that ran long pushed the next one right, never left.
    const glued = columns.spans.filter(([from, to]) => piece.from < to && piece.to > from).length > 1;
    for (const s of glued ? wordsOf(piece) : [piece]) {
      // Cell text is aligned left or centred under its header and may start before it.
      let c = columnAt(glued ? s.from : Math.floor((s.from + s.to) / 2), columns);
      // The index column holds numbers only: a short last line of content ("Ninh Bình.") set
      // at the content's left margin may stand under it.
      if (columns.roles[c] === 'index' && !INDEX.test(s.text) && c + 1 < cells.length) c++;
      cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
    }
  }
  return cells;
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
    const split = splitGap(body, from, to, above, contentColumn);
    starts.push(split);
    above = to - split;
  }
  return starts.map((start, r) => {
    const end = r + 1 < starts.length ? starts[r + 1]! : body.length;
    const cells = columns.roles.map(() => '');
    for (const b of body.slice(start, end)) {
      b.cells.forEach((text, c) => {
        if (text) cells[c] = cells[c] ? `${cells[c]} ${text}` : text;
      });
    }
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

/** The last content text at or above the anchor line before body[from]. */
function lastContent(body: readonly BodyLine[], from: number, content: number): string {
  for (let k = from - 1; k >= 0; k--) if (body[k]!.cells[content]) return body[k]!.cells[content]!;
  return '';
}
