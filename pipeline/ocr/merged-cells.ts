// Cells a ruled table merges down over several rows ("Đơn vị phối hợp: Sở Khoa học và Công nghệ"
// and "Thời hạn: 30/8/2026" printed once, centred beside eight tasks). The borders tell: no
// horizontal rule crosses that column between those rows, while a column to its left is split
// between every one of them and names each row (its number or its content). Such a cell belongs
// to every row it spans, so its text is given to each, not only to the row its lines happen to
// be centred on.
// A cell merged down where the rows are NOT told apart to its left (a task's content cell over
// two product rows, the second row without a number) is left as it is: that is one task printed
// on several rows, which the task reader joins (extractors/tasks/tsv-table.ts).
import type { OcrWord, Rule } from './types.js';

export interface RuledBands {
  /** Column edges, left to right. */
  xs: readonly number[];
  /** Row edges, top to bottom. */
  ys: readonly number[];
  /** The table's horizontal rules, as drawn (a merged cell's border is missing across it). */
  h: readonly Rule[];
  /** Rules this close to an edge are on it. */
  tolerance: number;
}

/** Whether a horizontal rule crosses column `col` on row edge `edge`. */
function crosses(bands: RuledBands, edge: number, col: number): boolean {
  const y = bands.ys[edge]!;
  const x = (bands.xs[col]! + bands.xs[col + 1]!) / 2;
  const t = bands.tolerance;
  return bands.h.some((r) => Math.abs(r.at - y) <= t && r.a - t <= x && x <= r.b + t);
}

/**
 * The cells (rows × columns of words) with each merged cell's words given to every row it spans,
 * when a column to its left is split between all those rows and has words in each.
 */
export function spreadMergedCells(bands: RuledBands, cells: readonly OcrWord[][][]): OcrWord[][][] {
  const out = cells.map((row) => row.map((cell) => [...cell]));
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  if (rows < 2 || cols < 2 || !bands.h.length) return out;
  // split[e][c]: a rule crosses column c on the edge between row e - 1 and row e.
  const split = Array.from({ length: rows }, (_, e) => Array.from({ length: cols }, (_, c) => e > 0 && crosses(bands, e, c)));
  for (let col = 1; col < cols; col++) {
    let top = 0;
    while (top < rows) {
      let bottom = top;
      while (bottom + 1 < rows && !split[bottom + 1]![col]) bottom++;
      if (bottom > top && spreadable(cells, split, top, bottom, col)) {
        const words = cells.slice(top, bottom + 1).flatMap((row) => row[col]!);
        for (let r = top; r <= bottom; r++) out[r]![col] = [...words];
      }
      top = bottom + 1;
    }
  }
  return out;
}

/** The rows top..bottom are told apart by a column left of `col`: split between each, with words in each. */
function spreadable(cells: readonly OcrWord[][][], split: readonly boolean[][], top: number, bottom: number, col: number): boolean {
  if (!cells.slice(top, bottom + 1).some((row) => row[col]!.length)) return false;
  for (let c = 0; c < col; c++) {
    let apart = true;
    for (let r = top; r <= bottom && apart; r++) {
      if (!cells[r]![c]!.length || (r > top && !split[r]![c])) apart = false;
    }
    if (apart) return true;
  }
  return false;
}
