// Beam search over candidate syllables with the trigram model. A state is the pair of the last two
// choices (all the trigram model can see), so states that agree on them are merged exactly as in
// Viterbi; only the BEAM_SIZE best states survive each step. The work per syllable is then
// BEAM_SIZE × candidates lookups instead of the cube of the candidates.
//
// Speed: every step's states live in flat typed arrays that are reused across calls (no allocation
// per syllable), the bigram estimate is looked up only when the trigram is missing, and each
// choice's confidence is read off the states the search kept instead of extra model lookups.
import { BOS, EOS, hash2, type SyllableLM } from './lm.js';

/** States kept per step. 12 loses nothing measurable against exact Viterbi on the seeds. */
const BEAM_SIZE = 12;
/** log10 units: states further behind the best are dropped even when the beam has room. */
const BEAM_WIDTH = 3;
/**
 * Steps of right context a confidence sees. One: two steps on, paths that differ only at the
 * position itself have been merged into one state, so its rivals would no longer be seen.
 */
const CONFIDENCE_LOOKAHEAD = 1;

/** One position of the sequence: its candidate model ids with a channel cost each (log10). */
export interface Slot {
  ids: number[];
  costs: number[];
}

export interface Decoded {
  /** Index into each slot's candidates. */
  choice: number[];
  /**
   * Probability-like confidence of each choice against its rivals: the best surviving path through
   * each candidate, scored one syllable later, normalised over the candidates.
   */
  confidence: number[];
}

/** Flat storage of all steps' states (reused; decoding is synchronous). */
class StatePool {
  a = new Int32Array(4096);
  b = new Int32Array(4096);
  score = new Float64Array(4096);
  back = new Int32Array(4096);
  choice = new Int32Array(4096);
  /** First state of step t is at start[t]; step t has start[t+1] - start[t] states. */
  start = new Int32Array(1024);

  ensure(states: number, steps: number): void {
    if (states > this.a.length) {
      const n = Math.max(states, this.a.length * 2);
      this.a = grow32(this.a, n);
      this.b = grow32(this.b, n);
      this.back = grow32(this.back, n);
      this.choice = grow32(this.choice, n);
      const s = new Float64Array(n);
      s.set(this.score);
      this.score = s;
    }
    if (steps + 2 > this.start.length) this.start = grow32(this.start, Math.max(steps + 2, this.start.length * 2));
  }
}

const pool = new StatePool();
let groupB = new Int32Array(64);
let groupOf = new Int32Array(64);
let cellScore = new Float64Array(1024);
let cellBack = new Int32Array(1024);
let lowerCache = new Float64Array(1024);
let alive = new Int32Array(1024);
const EOS_IDS = [EOS];
const EOS_COSTS = [0];

/** `context`: the two ids before the first slot (a sequence cut out of a longer one). */
export function viterbi(
  lm: SyllableLM,
  slots: Slot[],
  context: readonly [number, number] = [BOS, BOS],
  beamSize = BEAM_SIZE,
  beamWidth = BEAM_WIDTH,
): Decoded {
  const steps = slots.length + 1;
  pool.ensure(1, steps);
  // Step -1 (the start): one state of the context, kept at index 0; step t's states follow.
  pool.a[0] = context[0];
  pool.b[0] = context[1];
  pool.score[0] = 0;
  pool.start[0] = 1;
  let prevStart = 0;
  let prevSize = 1;
  for (let t = 0; t < steps; t++) {
    const ids = t < slots.length ? slots[t]!.ids : EOS_IDS;
    const costs = t < slots.length ? slots[t]!.costs : EOS_COSTS;
    const K = ids.length;
    // Group the states by their last id: states with the same last id and the same new
    // candidate become the same state, of which only the best is kept.
    if (prevSize > groupOf.length) groupOf = new Int32Array(prevSize * 2);
    let groups = 0;
    for (let h = 0; h < prevSize; h++) {
      const b = pool.b[prevStart + h]!;
      let g = 0;
      while (g < groups && groupB[g] !== b) g++;
      if (g === groups) {
        if (groups >= groupB.length) groupB = grow32(groupB, groupB.length * 2);
        groupB[groups++] = b;
      }
      groupOf[h] = g;
    }
    const cells = groups * K;
    if (cells > cellScore.length) {
      cellScore = new Float64Array(cells * 2);
      cellBack = new Int32Array(cells * 2);
      lowerCache = new Float64Array(cells * 2);
      alive = new Int32Array(cells * 2);
    }
    cellScore.fill(-Infinity, 0, cells);
    // NaN marks a bigram estimate not looked up yet: most candidates' trigrams are stored.
    lowerCache.fill(NaN, 0, cells);
    for (let h = 0; h < prevSize; h++) {
      const at = prevStart + h;
      const a = pool.a[at]!;
      const b = pool.b[at]!;
      const base = pool.score[at]!;
      const row = groupOf[h]! * K;
      const contextHash = hash2(a, b);
      let backoff = NaN;
      for (let k = 0; k < K; k++) {
        const c = ids[k]!;
        let lp = lm.trigramIn(contextHash, c);
        if (lp !== lp) {
          if (backoff !== backoff) backoff = lm.contextBackoff(a, b);
          let lower = lowerCache[row + k]!;
          if (lower !== lower) lowerCache[row + k] = lower = lm.bigramLogProb(b, c);
          lp = backoff + lower;
        }
        const v = base + lp - costs[k]!;
        const cell = row + k;
        if (v > cellScore[cell]!) {
          cellScore[cell] = v;
          cellBack[cell] = at;
        }
      }
    }
    // Keep the best cells: those within the beam width of the best, at most beamSize of them.
    let best = -Infinity;
    for (let c = 0; c < cells; c++) if (cellScore[c]! > best) best = cellScore[c]!;
    let n = 0;
    for (let c = 0; c < cells; c++) if (cellScore[c]! >= best - beamWidth) alive[n++] = c;
    if (n > beamSize) {
      const kept = Array.from(alive.subarray(0, n)).sort((x, y) => cellScore[y]! - cellScore[x]!);
      for (let i = 0; i < beamSize; i++) alive[i] = kept[i]!;
      n = beamSize;
    }
    const start = pool.start[t]!;
    pool.ensure(start + n, steps);
    for (let i = 0; i < n; i++) {
      const c = alive[i]!;
      const g = (c / K) | 0;
      const k = c - g * K;
      const at = start + i;
      pool.a[at] = groupB[g]!;
      pool.b[at] = ids[k]!;
      pool.score[at] = cellScore[c]!;
      pool.back[at] = cellBack[c]!;
      pool.choice[at] = k;
    }
    pool.start[t + 1] = start + n;
    prevStart = start;
    prevSize = n;
  }
  // Trace back from the best final state.
  let at = prevStart;
  for (let i = prevStart + 1; i < prevStart + prevSize; i++) if (pool.score[i]! > pool.score[at]!) at = i;
  const choice = new Array<number>(slots.length).fill(0);
  for (let t = steps - 1; t >= 0; t--) {
    if (t < slots.length) choice[t] = pool.choice[at]!;
    at = pool.back[at]!;
  }
  return { choice, confidence: confidences(slots, choice, steps) };
}

/**
 * For each position with rivals: the best score of a kept state CONFIDENCE_LOOKAHEAD steps later
 * whose path passes through each candidate, as a softmax over the candidates. Candidates the beam
 * dropped were more than BEAM_WIDTH behind and count as nothing.
 */
function confidences(slots: Slot[], choice: number[], steps: number): number[] {
  const n = slots.length;
  const confidence = new Array<number>(n).fill(1);
  const bestOf: number[] = [];
  for (let t = 0; t < n; t++) {
    const K = slots[t]!.ids.length;
    if (K < 2) continue;
    const later = Math.min(t + CONFIDENCE_LOOKAHEAD, steps - 1);
    bestOf.length = K;
    bestOf.fill(-Infinity);
    let top = -Infinity;
    for (let s = pool.start[later]!; s < pool.start[later + 1]!; s++) {
      let at = s;
      for (let u = later; u > t; u--) at = pool.back[at]!;
      const k = pool.choice[at]!;
      const v = pool.score[s]!;
      if (v > bestOf[k]!) bestOf[k] = v;
      if (v > top) top = v;
    }
    let sum = 0;
    for (let k = 0; k < K; k++) if (bestOf[k]! > -Infinity) sum += 10 ** (bestOf[k]! - top);
    const mine = bestOf[choice[t]!]!;
    confidence[t] = mine > -Infinity && sum > 0 ? 10 ** (mine - top) / sum : 0;
  }
  return confidence;
}

function grow32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
