// Tables laid out with spaces (PDF text layers, "pdftotext -layout"): the place of every piece
// of text on its line says which column it belongs to. Collapsing the runs of spaces or
// re-joining the wrapped lines of such a table would scramble its cells, so the lines of a
// task table are found here and left as they are; extractors/tasks/layout-table.ts reads them.
//
// A table starts at a header line of three or more pieces set apart by two or more spaces that
// names a task column ("Nhiệm vụ", "Nội dung") and a unit or time column ("Chủ trì", "Thời
// gian"); it ends at a line of prose (a piece of text that runs under two headers), a heading
// ("III. TỔ CHỨC THỰC HIỆN") or the signature block.
import { foldVietnamese } from './fold.js';
import type { LayoutHeader } from './layout-header.js';
import { tightHeaderAt } from './tight-layout-header.js';

const PIECE = /\S+(?: \S+)*/g;
const TASK_WORD = /nhiem vu|noi dung|cong viec|giai phap/;
const UNIT_OR_TIME = /chu tri|phoi hop|thuc hien|thoi gian|thoi han|tien do/;
// An engine without Vietnamese prints a marked vowel as another sign ("cong vi~c", "thuc hi~n"):
// the header words are also matched with a sign that is no letter in a vowel's place (never
// another letter: "toàn dân" is no garbled "tiến độ").
const tolerant = (re: RegExp) => new RegExp(re.source.replace(/[aeiouy]/g, '(?:$&|[^\\sa-z])'));
// "nhiEm vp": the Ụ of VỤ read as a p, its dot below as the descender.
const TASK_WORD_GARBLED = new RegExp(`${tolerant(TASK_WORD).source}|nhi(?:e|[^\\sa-z])m v[a-z](?![a-z])`);
const UNIT_OR_TIME_GARBLED = tolerant(UNIT_OR_TIME);
// Any title a task table's header gives a column, to weigh one reading of a wrapped header
// against another.
const TITLE_WORD = /^s?tt$|nhiem vu|noi dung|cong viec|giai phap|hoat dong|chu tri|phoi hop|thuc hien|thoi gian|thoi han|tien do|hoan thanh|trach nhiem|don vi|co quan|ket qua|san pham|ghi chu|can cu/;
const TITLE_WORD_GARBLED = tolerant(TITLE_WORD);
const ROW_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})[.)]?(?: {2,}|$)/;
/** A header wraps its cells over at most this many lines ("Đơn vị" / "chủ trì"). */
const HEADER_LINES_MAX = 3;

export type { LayoutHeader } from './layout-header.js';

/**
 * Indexes of the lines that belong to space-laid-out task tables (header included). `ocr`: the
 * text may be an OCR engine's, whose header may be set tight (tight-layout-header.ts).
 */
export function layoutTableLines(lines: readonly string[], ocr = false): Set<number> {
  const kept = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const header = layoutHeaderAt(lines, i, taskTitleCount, ocr);
    if (!header) {
      i++;
      continue;
    }
    for (let k = 0; k < header.lineCount; k++) kept.add(i + k);
    let j = i + header.lineCount;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() && (proseEnds(lines, j, header.spans, header.tight) || endsLayoutTable(line))) break;
      kept.add(j);
    }
    // Trailing blank lines belong to the text after the table.
    let last = j - 1;
    while (last > i && !lines[last]!.trim()) kept.delete(last--);
    i = Math.max(j, i + 1);
  }
  return kept;
}

/** How many titles name a task table's column; 0 unless one names the task and one a unit or time. */
function taskTitleCount(titles: readonly string[]): number {
  const folded = titles.map((t) => foldVietnamese(t).trim());
  const all = folded.join(' | ');
  const tasksAndUnits = (TASK_WORD.test(all) || TASK_WORD_GARBLED.test(all)) && (UNIT_OR_TIME.test(all) || UNIT_OR_TIME_GARBLED.test(all));
  return tasksAndUnits ? folded.filter((t) => TITLE_WORD.test(t) || TITLE_WORD_GARBLED.test(t)).length : 0;
}

/**
 * The header of a space-laid-out table starting on lines[at], one line or a header whose titles
 * wrap over up to three lines ("Đơn vị      Thời gian" / "chủ trì    hoàn thành"): the pieces of
 * its lines that stand over one another make one title. `score` weighs the titles (0: not a
 * header); the reading with the best score is taken, the shortest of equals, so that the first
 * rows of a table under a one-line header are not read as more of its titles. `ocr`: the text
 * may be an OCR engine's; only then is a header set tight tried when the plain reading finds none
 * (typed text keeps its column gaps).
 */
export function layoutHeaderAt(lines: readonly string[], at: number, score: (titles: readonly string[]) => number, ocr = false): LayoutHeader | null {
  const pieces: Array<{ from: number; to: number; text: string; line: number }> = [];
  let best: LayoutHeader | null = null;
  let bestScore = 0;
  for (let k = 0; k < HEADER_LINES_MAX && at + k < lines.length; k++) {
    const line = lines[at + k]!;
    if (line.length > 400 || !line.trim()) break;
    const found = [...line.matchAll(PIECE)];
    // Header titles are a few words each, set apart: a sentence is not a header.
    if ((k === 0 && !/\S {2,}\S.* {2,}\S/.test(line)) || found.length < 2 || found.some((p) => p[0].length > 40)) break;
    // A numbered line is the table's first row, however many title words its cells hold.
    if (k > 0 && ROW_NUMBER.test(line)) break;
    for (const p of found) pieces.push({ from: p.index!, to: p.index! + p[0].length, text: p[0], line: k });
    const columns = stackedColumns(pieces);
    const titles = columns.map((c) => c.text);
    const value = columns.length >= 3 ? score(titles) : 0;
    if (value > bestScore) {
      best = { spans: columns.map((c) => [c.from, c.to]), titles, lineCount: k + 1 };
      bestScore = value;
    }
  }
  return best ?? (ocr ? tightHeaderAt(lines, at, score) : null);
}

/** Pieces that overlap across lines joined into one title each, left to right, read top down. */
function stackedColumns(pieces: ReadonlyArray<{ from: number; to: number; text: string; line: number }>) {
  const sorted = [...pieces].sort((a, b) => a.from - b.from || a.line - b.line);
  const columns: Array<{ from: number; to: number; parts: Array<{ line: number; text: string }> }> = [];
  for (const p of sorted) {
    const last = columns[columns.length - 1];
    if (last && p.from < last.to) {
      last.to = Math.max(last.to, p.to);
      last.parts.push(p);
    } else columns.push({ from: p.from, to: p.to, parts: [p] });
  }
  return columns.map((c) => ({
    from: c.from,
    to: c.to,
    text: c.parts
      .sort((a, b) => a.line - b.line)
      .map((p) => p.text)
      .join(' '),
  }));
}

/**
 * A line of prose below a table: a piece of text runs under two titles, and no gap on the line is
 * as wide as a column's (justified prose spreads its words by two or three spaces). A row whose
 * cells another engine's layer set one space apart ("Tổng hợp danh sách sinh viên Đào tạo") runs
 * under two titles too, but keeps a column's gap before or after.
 */
export function isProseAcross(line: string, spans: ReadonlyArray<[number, number]>, tight = false): boolean {
  if (COLUMN_GAP.test(line.trim())) return false;
  // Under a tight header, a line that opens right of the content column is a row's cells an engine
  // set one space apart ("Bộ Nông nghiệp Ủy ban nhân dân tỉnh Bình"): prose opens at the margin.
  if (tight && spans.length > 2 && line.search(/\S/) >= spans[1]![1]) return false;
  // Nor is a group heading of the table in capitals whose numeral the engine garbled ("HI HOÀN THIỆN
  // KẾT CẤU …" for III): prose is in small letters.
  if (tight && capitalShare(line) >= 0.7) return false;
  for (const p of line.matchAll(PIECE)) {
    const from = p.index!;
    const to = from + p[0].length;
    if (spans.filter(([a, b]) => from < b && to > a).length > 1) return true;
  }
  return false;
}
const COLUMN_GAP = /\S {4,}\S/;

/**
 * Prose across the columns at lines[at] ends the table. Under a tight header one such line alone
 * is a row whose cells the engine glued ("Đề án phát triển … ít Bộ Nông nghiệp"): the table ends
 * only where the next line with text runs across too (a paragraph).
 */
export function proseEnds(lines: readonly string[], at: number, spans: ReadonlyArray<[number, number]>, tight = false): boolean {
  if (!isProseAcross(lines[at]!, spans, tight)) return false;
  if (!tight) return true;
  let next = at + 1;
  while (next < lines.length && !lines[next]!.trim()) next++;
  return next >= lines.length || isProseAcross(lines[next]!, spans, tight);
}

/** The share of a line's letters that are capitals. */
export function capitalShare(line: string): number {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length ? letters.replace(/\P{Lu}/gu, '').length / letters.length : 0;
}

// In a table the row number stands apart from the content; a heading prints it in the text.
const HEADING = /^\s*(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)] +\p{L}/u;
const CLOSING = /^\s*(?:Nơi nhận|TM\.|KT\.|TL\.)/u;

// The state motto opens another document's header (a form attached after the table), however an
// engine without Vietnamese printed it ("CQNG HoA xA HQI CHU NGHiA").
const MOTTO = /\bc\S?ng hoa\s+xa h\S?i\b/;

/** A heading, the signature block or another document's header: whatever table stood above has ended. */
export function endsLayoutTable(line: string): boolean {
  if (HEADING.test(line) || CLOSING.test(line)) return true;
  if (!/h[OoÒò]A\s/i.test(line)) return false;
  // In capitals, as a header prints it: a cell that names the state ("Chính phủ nước Cộng hòa xã hội
  // chủ nghĩa Việt Nam") is the table's text.
  const motto = MOTTO.exec(foldVietnamese(line));
  return !!motto && capitalShare(line.slice(motto.index, motto.index + motto[0].length)) >= 0.5;
}
