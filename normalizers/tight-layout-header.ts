// A wrapped table header an OCR layer set tight, as a scanner's engine lays out a dense table:
//   "               CO QUAN CHU CO QUAN PH6i HQP THtfC      THtfl GIAN"
//   "TT      nhiEm vp     AN                                            CAP TRINH"
//   "               TRI THtfC HI$N       HI$N                TRINH"
// Two titles one space apart on the first line, and the lines under it spread wider than the
// titles they finish, so pieces that overlap are not one title. Read only when the plain reading
// (layout-tables.ts) finds no header: the first line's pieces are cut where a column's opening
// words come again ("CƠ QUAN … CƠ QUAN …"), each piece below joins the title it starts under, and
// pieces under no title make titles of their own (one title's words a gap apart stay one).
import { foldVietnamese } from './fold.js';
import type { LayoutHeader } from './layout-header.js';

const PIECE = /\S+(?: \S+)*/g;
/** Words that open a column's title: a second one inside a piece starts another title. */
const OPENER = /^(?:co quan|don vi|thoi gian|thoi han|nhiem vu)(?![a-z])/;
const HEADER_LINES_MAX = 3;
/** A title's words a centred layout set apart ("nhiEm vp     AN" for NHIỆM VỤ ĐỀ ÁN): one title up to this gap. */
const TITLE_GAP = 8;
/** How far left of a title a piece under it may start and still finish it. */
const START_SLACK = 2;
/** Half the width of the middle of a title that stands for its column. */
const CORE_HALF = 4;

interface Piece {
  from: number;
  to: number;
  text: string;
  line: number;
}

interface Column {
  from: number;
  to: number;
  parts: Piece[];
}

/** The header starting on lines[at] as an OCR layer set it tight, or null; `score` as layoutHeaderAt's. */
export function tightHeaderAt(lines: readonly string[], at: number, score: (titles: readonly string[]) => number): LayoutHeader | null {
  const first = lines[at];
  if (!first || first.length > 300 || !titleLine(first)) return null;
  const columns: Column[] = cutAtOpeners(piecesOf(first, 0)).map((p) => ({ from: p.from, to: p.to, parts: [p] }));
  if (columns.length < 2) return null;
  let best: LayoutHeader | null = null;
  let bestScore = 0;
  for (let k = 1; k < HEADER_LINES_MAX && at + k < lines.length; k++) {
    const line = lines[at + k]!;
    if (!line.trim() || line.length > 300) break;
    const pieces = piecesOf(line, k);
    if (pieces.some((p) => p.text.length > 40)) break;
    // A numbered line is the table's first row.
    if (/^\s*\d{1,3}[.)]?(?: {2,}|$)/.test(line)) break;
    let loose: Column | null = null;
    // A line whose every piece finishes a title above ("TRI THtfC HI$N   HI$N   TRINH") is more of the
    // header, not the table's first row: it wins over the shorter reading it scores as well as.
    const finishes = pieces.every((p) => columns.some((c) => c.parts[0]!.line === 0 && p.from >= c.from - START_SLACK && p.from < c.to));
    for (const p of pieces) {
      const under = columns.find((c) => c.parts[0]!.line === 0 && p.from >= c.from - START_SLACK && p.from < c.to);
      if (under) {
        under.parts.push(p);
        loose = null;
        continue;
      }
      if (loose && p.from - loose.to <= TITLE_GAP) {
        loose.parts.push(p);
        loose.to = p.to;
        continue;
      }
      loose = { from: p.from, to: p.to, parts: [p] };
      columns.push(loose);
    }
    columns.sort((a, b) => a.from - b.from);
    const titles = columns.map((c) => [...c.parts].sort((a, b) => a.line - b.line || a.from - b.from).map((p) => p.text).join(' '));
    const value = columns.length >= 3 ? score(titles) : 0;
    if (value > bestScore || (finishes && value > 0 && value === bestScore)) {
      // Each title's middle stands for its column: a tight layer's cells spread past their titles
      // ("Bộ Kế hoạch và" runs under the next title's first letters), so only a piece that runs
      // from one title's middle to the next one's is prose across the columns.
      const spans = columns.map((c): [number, number] => {
        const to = Math.max(c.to, ...c.parts.map((p) => p.to));
        const mid = Math.floor((c.from + to) / 2);
        const half = Math.max(1, Math.min(CORE_HALF, Math.floor((to - c.from) / 4)));
        return [mid - half, mid + half];
      });
      best = { spans, titles, lineCount: k + 1, tight: true };
      bestScore = value;
    }
  }
  return best;
}

/** A line of titles: two pieces or more, short, in capitals, one of them opening a column's title. */
function titleLine(line: string): boolean {
  const pieces = [...line.matchAll(PIECE)].map((m) => m[0]);
  if (pieces.length < 2 || pieces.some((p) => p.length > 40)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6 || letters.replace(/\P{Lu}/gu, '').length < 0.7 * letters.length) return false;
  return pieces.some((p) => OPENER.test(foldVietnamese(p).toLowerCase()));
}

function piecesOf(line: string, lineIndex: number): Piece[] {
  return [...line.matchAll(PIECE)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, text: m[0], line: lineIndex }));
}

/** Pieces cut where an opener comes again after another title's words ("CO QUAN CHU | CO QUAN PH6i HQP"). */
function cutAtOpeners(pieces: readonly Piece[]): Piece[] {
  return pieces.flatMap((p) => {
    const folded = foldVietnamese(p.text).toLowerCase();
    const out: Piece[] = [];
    let start = 0;
    for (const m of folded.matchAll(/ /g)) {
      const at = m.index! + 1;
      if (at - start > 2 && OPENER.test(folded.slice(at)) && OPENER.test(folded.slice(start))) {
        out.push({ ...p, from: p.from + start, to: p.from + at - 1, text: p.text.slice(start, at - 1) });
        start = at;
      }
    }
    out.push({ ...p, from: p.from + start, text: p.text.slice(start) });
    return out;
  });
}
