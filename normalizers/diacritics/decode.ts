// Viterbi search over candidate syllables with the trigram model: the state is the pair of the
// last two choices, so each step weighs every (previous-previous, previous, current) triple.
import { BOS, EOS, hash2, type SyllableLM } from './lm.js';

/** log10 units: histories further behind the best are not extended. */
const BEAM = 6;

/** One position of the sequence: its candidate model ids with a channel cost each (log10). */
export interface Slot {
  ids: number[];
  costs: number[];
}

export interface Decoded {
  /** Index into each slot's candidates. */
  choice: number[];
  /** Probability-like confidence of each choice against its rivals in the chosen context. */
  confidence: number[];
}

const fixed = (id: number): Slot => ({ ids: [id], costs: [0] });

export function viterbi(lm: SyllableLM, slots: Slot[]): Decoded {
  const all = [fixed(BOS), fixed(BOS), ...slots, fixed(EOS)];
  const n = all.length;
  // score[i][p * K_i + q]: best log-prob ending with choice p at i-1 and q at i.
  const score: Float64Array[] = [new Float64Array([0]), new Float64Array([0])];
  const back: Int32Array[] = [new Int32Array(1), new Int32Array(1)];
  for (let i = 2; i < n; i++) {
    const s0 = all[i - 2]!;
    const s1 = all[i - 1]!;
    const s2 = all[i]!;
    const K0 = s0.ids.length;
    const K1 = s1.ids.length;
    const K2 = s2.ids.length;
    const prev = score[i - 1]!;
    const cur = new Float64Array(K1 * K2).fill(-Infinity);
    const bp = new Int32Array(K1 * K2);
    const lower = new Float64Array(K2);
    for (let p = 0; p < K1; p++) {
      const b = s1.ids[p]!;
      for (let q = 0; q < K2; q++) lower[q] = lm.bigramLogProb(b, s2.ids[q]!);
      let best = -Infinity;
      for (let r = 0; r < K0; r++) if (prev[r * K1 + p]! > best) best = prev[r * K1 + p]!;
      for (let r = 0; r < K0; r++) {
        const base = prev[r * K1 + p]!;
        // Beam: a history this far behind the best one with the same last choice cannot win.
        if (base === -Infinity || base < best - BEAM) continue;
        const a = s0.ids[r]!;
        const contextHash = hash2(a, b);
        const backoff = lm.contextBackoff(a, b);
        for (let q = 0; q < K2; q++) {
          const v = base + lm.logProbIn(contextHash, backoff, s2.ids[q]!, lower[q]!) - s2.costs[q]!;
          const at = p * K2 + q;
          if (v > cur[at]!) {
            cur[at] = v;
            bp[at] = r;
          }
        }
      }
    }
    score.push(cur);
    back.push(bp);
  }
  // Follow the back-pointers from the best final state.
  const choice = new Array<number>(n).fill(0);
  const last = score[n - 1]!;
  let bestAt = 0;
  for (let k = 1; k < last.length; k++) if (last[k]! > last[bestAt]!) bestAt = k;
  const Klast = all[n - 1]!.ids.length;
  choice[n - 1] = bestAt % Klast;
  choice[n - 2] = Math.floor(bestAt / Klast);
  for (let i = n - 1; i >= 3; i--) {
    const K = all[i]!.ids.length;
    choice[i - 2] = back[i]![choice[i - 1]! * K + choice[i]!]!;
  }

  const ids = all.map((s, i) => s.ids[choice[i]!]!);
  const confidence = new Array<number>(slots.length).fill(1);
  for (let i = 2; i < n - 1; i++) {
    const s = all[i]!;
    if (s.ids.length < 2) continue;
    const scores = s.ids.map((c, k) => {
      let v = lm.logProb(ids[i - 2]!, ids[i - 1]!, c) - s.costs[k]!;
      v += lm.logProb(ids[i - 1]!, c, ids[i + 1]!);
      if (i + 2 < n) v += lm.logProb(c, ids[i + 1]!, ids[i + 2]!);
      return v;
    });
    const top = Math.max(...scores);
    let sum = 0;
    for (const v of scores) sum += 10 ** (v - top);
    confidence[i - 2] = 10 ** (scores[choice[i]!]! - top) / sum;
  }
  return { choice: choice.slice(2, n - 1), confidence };
}
