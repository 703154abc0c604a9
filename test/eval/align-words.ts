// Word alignment of a gold line with an engine's reading (edit distance over words, a word
// substituted at a cost by how many of its letters differ), for the garbled-OCR evaluations.

/** For each gold word, the index of the read word aligned with it, or -1; words compared as `fold` gives them. */
export function alignWords(gold: readonly string[], ocr: readonly string[], fold: (word: string) => string): number[] {
  const g = gold.map(fold);
  const o = ocr.map(fold);
  const sub = (i: number, j: number) => {
    const d = distance(g[i]!, o[j]!);
    const longest = Math.max(g[i]!.length, o[j]!.length);
    return d === 0 ? 0 : d >= longest ? 2 : (1.6 * d) / longest;
  };
  const n = g.length;
  const m = o.length;
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j * 0.9 : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + sub(i - 1, j - 1), cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 0.9);
  const at = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (cost[i]![j] === cost[i - 1]![j - 1]! + sub(i - 1, j - 1)) {
      if (sub(i - 1, j - 1) < 2) at[i - 1] = j - 1;
      i--;
      j--;
    } else if (cost[i]![j] === cost[i - 1]![j]! + 1) i--;
    else j--;
  }
  return at;
}

/** Letter distance of two words (Levenshtein). */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}
