// A markdown table run onto one line with the rest of a document ("| TT | Nội dung | Chủ trì | |
// --- | --- | --- | | 1 | Tổ chức … | Sở Nội vụ |"): its delimiter row gives the number of its
// columns, and every row holds that many cells between pipes, so each row's end is known for sure
// and the rows get their lines back, as the copy had them. A cell never holds a line break, so
// nothing inside a row is a line's end.

/** A delimiter row: cells of three or more dashes (a colon for alignment), each closed by a pipe. */
const DELIMITER_ROW = /\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+/g;
const BLANK = /^[ \t]*$/;

/**
 * The rows of every markdown table in `line` whose delimiter row opens at or after `from`: each from
 * its opening pipe to just after its closing one, the header row, the delimiter row and the body rows
 * in order. A row is taken only when the rows before and after it are apart by spaces alone; the table
 * ends at the first that is not.
 */
export function markdownTableRows(line: string, from = 0): Array<[number, number]> {
  if (!line.includes('---')) return [];
  const pipes: number[] = [];
  for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) if (line[i - 1] !== '\\') pipes.push(i);
  const pipeIndex = new Map(pipes.map((at, k) => [at, k]));
  const rows: Array<[number, number]> = [];
  let lastEnd = -1;
  DELIMITER_ROW.lastIndex = from;
  for (let m = DELIMITER_ROW.exec(line); m; m = DELIMITER_ROW.exec(line)) {
    const k = pipeIndex.get(m.index);
    if (k === undefined || m.index < lastEnd) continue;
    const columns = (m[0].match(/\|/g)?.length ?? 1) - 1;
    const headerOpen = k - columns - 1;
    // The header row: as many cells, right before the delimiter row.
    if (headerOpen < 0 || pipes[headerOpen]! < lastEnd || !BLANK.test(line.slice(pipes[k - 1]! + 1, m.index))) continue;
    rows.push([pipes[headerOpen]!, pipes[k - 1]! + 1], [m.index, m.index + m[0].length]);
    let close = k + columns;
    while (close + 1 + columns < pipes.length && BLANK.test(line.slice(pipes[close]! + 1, pipes[close + 1]!))) {
      const open = close + 1;
      close = open + columns;
      rows.push([pipes[open]!, pipes[close]! + 1]);
    }
    lastEnd = pipes[close]! + 1;
    DELIMITER_ROW.lastIndex = lastEnd;
  }
  return rows;
}
