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

const PIECE = /\S+(?: \S+)*/g;
const TASK_WORD = /nhiem vu|noi dung|cong viec|giai phap/;
const UNIT_OR_TIME = /chu tri|phoi hop|thuc hien|thoi gian|thoi han|tien do/;

/** Indexes of the lines that belong to space-laid-out task tables (header included). */
export function layoutTableLines(lines: readonly string[]): Set<number> {
  const kept = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const spans = headerSpans(lines[i]!);
    if (!spans) {
      i++;
      continue;
    }
    kept.add(i);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() && (runsUnderTwo(line, spans) || endsLayoutTable(line))) break;
      kept.add(j);
    }
    // Trailing blank lines belong to the text after the table.
    let last = j - 1;
    while (last > i && !lines[last]!.trim()) kept.delete(last--);
    i = Math.max(j, i + 1);
  }
  return kept;
}

function headerSpans(line: string): Array<[number, number]> | null {
  if (line.length > 400 || !/\S {2,}\S.* {2,}\S/.test(line)) return null;
  const pieces = [...line.matchAll(PIECE)];
  if (pieces.length < 3) return null;
  const folded = foldVietnamese(line);
  if (!TASK_WORD.test(folded) || !UNIT_OR_TIME.test(folded)) return null;
  // Header cells are a few words each; a sentence is not a header.
  if (pieces.some((p) => p[0].length > 40)) return null;
  return pieces.map((p) => [p.index!, p.index! + p[0].length]);
}

function runsUnderTwo(line: string, spans: ReadonlyArray<[number, number]>): boolean {
  for (const p of line.matchAll(PIECE)) {
    const from = p.index!;
    const to = from + p[0].length;
    if (spans.filter(([a, b]) => from < b && to > a).length > 1) return true;
  }
  return false;
}

// In a table the row number stands apart from the content; a heading prints it in the text.
const HEADING = /^\s*(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)] +\p{L}/u;
const CLOSING = /^\s*(?:Nơi nhận|TM\.|KT\.|TL\.)/u;

/** A heading or the signature block: whatever table stood above has ended. */
export function endsLayoutTable(line: string): boolean {
  return HEADING.test(line) || CLOSING.test(line);
}
