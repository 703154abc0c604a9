// Offsets of the text as read (text.original) carried into the normalised text. Normalisation
// changes lengths (NFC composes, debris goes, wrapped lines are joined, restoration rewrites
// tokens: "thtrông" → "thường"), and no step keeps a map; instead the two texts' words are
// aligned. Words are compared folded (no marks, đ → d, lower case, letters and digits only), so a
// word whose diacritics were restored still matches itself; where words differ, the alignment
// looks a few words ahead on both sides for the point where the texts agree again (two words in a
// row), and pairs the words in between. Linear in the texts' length (the look-ahead is bounded).
import { foldVietnamese } from './fold.js';

/** Words looked ahead, on each side, for the texts to agree again. */
const LOOK_AHEAD = 8;

interface Token {
  start: number;
  end: number;
  key: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const folded = foldVietnamese(raw.normalize('NFC')).replace(/[^\p{L}\p{N}]/gu, '');
    out.push({ start: m.index, end: m.index + raw.length, key: folded || raw });
  }
  return out;
}

/**
 * For each word of `from`, the range of `to` it became: [start, end), or null where the word was
 * dropped. Words merged into one take that one's range; a word split in several takes them all.
 */
function alignWords(a: Token[], b: Token[]): Array<[number, number] | null> {
  const mapped: Array<[number, number] | null> = new Array(a.length).fill(null);
  const same = (i: number, j: number) => i < a.length && j < b.length && a[i]!.key === b[j]!.key;
  // Two words agreeing in a row (or one at the end of both texts) anchor the alignment again.
  const anchors = (i: number, j: number) => same(i, j) && (same(i + 1, j + 1) || (i + 1 === a.length && j + 1 === b.length));
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j)) {
      mapped[i] = [b[j]!.start, b[j]!.end];
      i++;
      j++;
      continue;
    }
    let skip: [number, number] | null = null;
    for (let sum = 1; sum <= 2 * LOOK_AHEAD && !skip; sum++) {
      for (let di = Math.max(0, sum - LOOK_AHEAD); di <= Math.min(sum, LOOK_AHEAD); di++) {
        if (anchors(i + di, j + sum - di)) {
          skip = [di, sum - di];
          break;
        }
      }
    }
    // No agreement near: the words differ one for one (a rewritten word), and the walk goes on.
    const [di, dj] = skip ?? [1, 1];
    mapBlock(a, b, mapped, i, i + di, j, j + dj);
    i += di;
    j += dj;
  }
  return mapped;
}

/**
 * The words a[i0..i1) that became b[j0..j1): words equal in both first (in order), then the
 * words between them one for one where as many stand on each side, else each of them to all
 * the words they became (merged or split words), or to nothing where none stands.
 */
function mapBlock(a: Token[], b: Token[], mapped: Array<[number, number] | null>, i0: number, i1: number, j0: number, j1: number): void {
  const pairs: Array<[number, number]> = [];
  let from = j0;
  for (let i = i0; i < i1; i++) {
    for (let j = from; j < j1; j++) {
      if (a[i]!.key === b[j]!.key) {
        pairs.push([i, j]);
        from = j + 1;
        break;
      }
    }
  }
  pairs.push([i1, j1]);
  let gi = i0;
  let gj = j0;
  for (const [pi, pj] of pairs) {
    const ni = pi - gi;
    const nj = pj - gj;
    for (let k = 0; k < ni; k++) {
      if (nj === 0) mapped[gi + k] = null;
      else if (ni === nj) mapped[gi + k] = [b[gj + k]!.start, b[gj + k]!.end];
      else mapped[gi + k] = [b[gj]!.start, b[pj - 1]!.end];
    }
    if (pi < i1) mapped[pi] = [b[pj]!.start, b[pj]!.end];
    gi = pi + 1;
    gj = pj + 1;
  }
}

/**
 * Ranges of `from` (each within or over whole words: OCR word boxes) as ranges of `to`; null for a
 * range whose words normalisation removed.
 */
export function mapRanges(from: string, to: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number] | null> {
  if (from === to) return ranges.map(([s, e]) => [s, e]);
  const a = tokens(from);
  const mapped = alignWords(a, tokens(to));
  const starts = a.map((t) => t.start);
  return ranges.map(([start, end]) => {
    // The words the range touches: from the last starting at or before `start`.
    let k = Math.max(0, upperBound(starts, start) - 1);
    let lo = Infinity;
    let hi = -Infinity;
    for (; k < a.length && a[k]!.start < end; k++) {
      if (a[k]!.end <= start) continue;
      const m = mapped[k];
      if (!m) continue;
      lo = Math.min(lo, m[0]);
      hi = Math.max(hi, m[1]);
    }
    return lo <= hi ? [lo, hi] : null;
  });
}

/** The number of values ≤ `value` in a sorted list. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
