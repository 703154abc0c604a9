// Similarity measures on folded Vietnamese, shared by the movement and task alignments.
import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { foldVietnamese } from '../../normalizers/fold.js';

/** Folded, punctuation and quotes gone, single spaces: "Người tốt, việc tốt" → "nguoi tot viec tot". */
export function foldKey(text: string): string {
  return (foldVietnamese(text.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Names that are spelled differently across plans ("Doanh nghiệp Thủ đô…"/"…Việt Nam…"). */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  // Jaro-Winkler rewards a shared beginning; Dice on character bigrams rewards shared words in
  // any order. Their mean keeps either from matching on a common prefix alone.
  return (jaroWinklerDistance(a, b) + diceCoefficient(a, b)) / 2;
}

export function diceSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return a === b ? 1 : diceCoefficient(a, b);
}

export type SparseVector = Map<string, number>;

/**
 * Syllables and syllable bigrams (Vietnamese words are mostly two syllables: "thi đua", "khen
 * thưởng"). natural's TfIdf is not used: its tokenizer drops English stop words, which removes
 * folded Vietnamese syllables such as "an" (an toàn) or "do" (do … tổ chức).
 */
export function terms(text: string): string[] {
  const syllables = foldKey(text).split(' ').filter(Boolean);
  const out = [...syllables];
  for (let i = 0; i + 1 < syllables.length; i++) out.push(`${syllables[i]} ${syllables[i + 1]}`);
  return out;
}

/** tf-idf vectors (sublinear tf, smoothed idf), L2-normalised, for a small set of texts. */
export function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const counts = texts.map((t) => {
    const c = new Map<string, number>();
    for (const term of terms(t)) c.set(term, (c.get(term) ?? 0) + 1);
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c) => {
    const v: SparseVector = new Map();
    let norm = 0;
    for (const [term, tf] of c) {
      const w = (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return Math.min(1, Math.max(0, dot));
}

/** One-to-one pairs, best score first, each item used once: greedy assignment. */
export function greedyAssign<T extends { i: number; j: number; score: number }>(candidates: T[]): T[] {
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const chosen: T[] = [];
  for (const c of [...candidates].sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j)) {
    if (usedI.has(c.i) || usedJ.has(c.j)) continue;
    usedI.add(c.i);
    usedJ.add(c.j);
    chosen.push(c);
  }
  return chosen;
}
