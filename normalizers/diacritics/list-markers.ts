// Lettered list markers. Vietnamese lists run a), b), c), d), đ), e): stripped of marks, the fifth
// item's "đ)" reads "d)" like the fourth's, and no model can tell them apart from the letter alone.
// The order can: a "d)" right after another "d)" of the same list is the "đ)".

/** A list marker at a line's start (after indentation or emphasis) or after "; " inside a long item. */
const MARKER = /(?:^[\s*_>|-]*|[;:]\s+)\(?([A-Za-zĐđ])\)/g;

/** Where each stripped "đ)" stands: `${line}:${offset of its letter}`. */
export function fifthItemMarkers(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  let previous = '';
  let previousLine = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(')')) continue;
    for (const m of line.matchAll(MARKER)) {
      const letter = m[1]!;
      const at = m.index! + m[0].length - 2;
      // A list's items stand within a few dozen lines of each other; farther, a "d)" opens another list's fourth item.
      if ((letter === 'd' || letter === 'D') && previous === 'd' && i - previousLine <= 40) {
        out.add(`${i}:${at}`);
        previous = 'đ';
      } else previous = letter.toLowerCase();
      previousLine = i;
    }
  }
  return out;
}
