/**
 * Levenshtein distance, giving up (returning limit + 1) once every path costs more than `limit`,
 * so a caller asking "within two letters?" pays for two letters' band and not for the whole table.
 * `wildcard`: a character of `a` that stands for any one letter (a glyph the engine could not read).
 */
export function editDistance(a: string, b: string, limit: number, wildcard?: string): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] || (wildcard !== undefined && a[i - 1] === wildcard) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
