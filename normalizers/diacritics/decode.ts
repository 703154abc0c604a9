// Beam search over candidate syllables with the trigram model. A state is the pair of the last two
// choices (all the trigram model can see), so states that agree on them are merged exactly as in
// Viterbi; only the BEAM_SIZE best states survive each step. The work per syllable is then
// BEAM_SIZE × candidates lookups instead of the cube of the candidates.
//
// Pruning looks one position ahead: a cell is judged by its score plus the best bigram its
// candidate makes with the next position's candidates, so readings only the next word explains
// survive ("đôn" before "đốc") with a narrower beam.
//
// Speed (the time goes to hash-table lookups that miss the cache): every step's states live in
// flat typed arrays that are reused across calls (no allocation per syllable); trigrams are looked
// up only after pairs some stored trigram continues, and only for pairs (b, c) ever seen; the
// look ahead's bigrams are kept per pair of slots (documents repeat their word pairs) and serve as
// the next step's bigram estimates; and each choice's confidence is read off the states the search
// kept instead of extra model lookups.
import { BOS, EOS, hash2, type SyllableLM } from './lm.js';

/** log10 units behind the best cell beyond which no look ahead is taken: the cell is dropped (3 loses accuracy, 5 gains none). */
const LOOK_AHEAD_REACH = 4;
/** States kept per step. More loses nothing measurable on the seeds. */
const BEAM_SIZE = 12;
/**
 * log10 units: states further behind the best are dropped even when the beam has room. Judged
 * with the look ahead (see the pruning step), 2 keeps more of what matters than 5 without it.
 */
const BEAM_WIDTH = 2;
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

/** Flat storage of all steps' states (reused through DecoderScratch). */
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

const EOS_SLOT: Slot = { ids: [EOS], costs: [0] };

/**
 * The look ahead from one slot to the next, kept in `lookArena` from `at`: per candidate k of the
 * slot, the best bigram it makes with the next slot's candidates less their cost (at + k), then
 * each of those bigrams (at + K + k * J + j, J = the next slot's size), which the next step reuses
 * instead of looking them up again. NaN until computed, a candidate's row at a time. `lookSeen`
 * says at the same place whether the pair was ever seen: after an unseen pair (b, c) no trigram
 * (a, b, c) is stored either, and the next step does not look for one.
 */
type Look = number;

/**
 * Look-aheads per pair of slots (slots of a token are shared, and documents repeat their word
 * pairs), in one arena of doubles: no allocation per pair. Both are cleared when the arena is
 * full or another model decodes.
 */

/**
 * The decoder's working memory: flat arrays grown as needed and the look-ahead cache, reused
 * from one call to the next so a syllable costs no allocation. The caller owns it and passes it
 * in (a Restorer keeps one): no module state, two restorers never share one, and decoding is
 * synchronous, so one is never used by two decodes at once.
 */
export class DecoderScratch {
  pool = new StatePool();
  groupB = new Int32Array(64);
  groupOf = new Int32Array(64);
  cellScore = new Float64Array(1024);
  cellBack = new Int32Array(1024);
  lowerCache = new Float64Array(1024);
  alive = new Int32Array(1024);
  pruneScore = new Float64Array(1024);
  /** Look-aheads per pair of slots in one arena (see Look); cleared when full or for another model. */
  lookCache = new Map<Slot, Map<Slot, Look>>();
  lookArena = new Float64Array(1 << 20);
  lookSeen = new Uint8Array(1 << 20);
  lookUsed = 0;
  lookCacheModel: SyllableLM | null = null;
  topScores = new Float64Array(16);
}

function lookAhead(scratch: DecoderScratch, lm: SyllableLM, slot: Slot, next: Slot): Look {
  const size = slot.ids.length * (1 + next.ids.length);
  if (lm !== scratch.lookCacheModel || scratch.lookUsed + size > scratch.lookArena.length) {
    scratch.lookCacheModel = lm;
    scratch.lookCache = new Map();
    scratch.lookUsed = 0;
    if (size > scratch.lookArena.length) {
      scratch.lookArena = new Float64Array(size * 2);
      scratch.lookSeen = new Uint8Array(size * 2);
    }
  }
  let byNext = scratch.lookCache.get(slot);
  if (!byNext) scratch.lookCache.set(slot, (byNext = new Map()));
  let at = byNext.get(next);
  if (at === undefined) {
    at = scratch.lookUsed;
    scratch.lookUsed += size;
    scratch.lookArena.fill(NaN, at, scratch.lookUsed);
    byNext.set(next, at);
  }
  return at;
}
const EOS_IDS = [EOS];
const EOS_COSTS = [0];

export interface DecodeOptions {
  /** The two ids before the first slot (a sequence cut out of a longer one). */
  context?: readonly [number, number];
  beamSize?: number;
  beamWidth?: number;
  /** Working memory to reuse across calls (a new one otherwise, which costs its allocation). */
  scratch?: DecoderScratch;
  /** Weight of the channel costs against the language model (1: as given). */
  channelWeight?: number;
}

export function viterbi(lm: SyllableLM, slots: Slot[], options: DecodeOptions = {}): Decoded {
  const { context = [BOS, BOS], beamSize = BEAM_SIZE, beamWidth = BEAM_WIDTH, scratch = new DecoderScratch(), channelWeight = 1 } = options;
  const steps = slots.length + 1;
  const continued = lm.continued;
  scratch.pool.ensure(1, steps);
  // Step -1 (the start): one state of the context, kept at index 0; step t's states follow.
  scratch.pool.a[0] = context[0];
  scratch.pool.b[0] = context[1];
  scratch.pool.score[0] = 0;
  scratch.pool.start[0] = 1;
  let prevStart = 0;
  let prevSize = 1;
  // The look ahead taken at the previous step (null when it had one candidate): its bigrams from
  // the previous candidates to this step's are the bigram estimates this step needs.
  let prevLook = -1;
  let prevK = 0;
  for (let t = 0; t < steps; t++) {
    const ids = t < slots.length ? slots[t]!.ids : EOS_IDS;
    const costs = t < slots.length ? slots[t]!.costs : EOS_COSTS;
    const K = ids.length;
    // Group the states by their last id: states with the same last id and the same new
    // candidate become the same state, of which only the best is kept.
    if (prevSize > scratch.groupOf.length) scratch.groupOf = new Int32Array(prevSize * 2);
    let groups = 0;
    for (let h = 0; h < prevSize; h++) {
      const b = scratch.pool.b[prevStart + h]!;
      let g = 0;
      while (g < groups && scratch.groupB[g] !== b) g++;
      if (g === groups) {
        if (groups >= scratch.groupB.length) scratch.groupB = grow32(scratch.groupB, scratch.groupB.length * 2);
        scratch.groupB[groups++] = b;
      }
      scratch.groupOf[h] = g;
    }
    const cells = groups * K;
    if (cells > scratch.cellScore.length) {
      scratch.cellScore = new Float64Array(cells * 2);
      scratch.cellBack = new Int32Array(cells * 2);
      scratch.lowerCache = new Float64Array(cells * 2);
      scratch.alive = new Int32Array(cells * 2);
      scratch.pruneScore = new Float64Array(cells * 2);
    }
    scratch.cellScore.fill(-Infinity, 0, cells);
    // NaN marks a bigram estimate not looked up yet: most candidates' trigrams are stored.
    scratch.lowerCache.fill(NaN, 0, cells);
    for (let h = 0; h < prevSize; h++) {
      const at = prevStart + h;
      const a = scratch.pool.a[at]!;
      const b = scratch.pool.b[at]!;
      const base = scratch.pool.score[at]!;
      const row = scratch.groupOf[h]! * K;
      // A pair never seen has no trigrams after it, save (<s>, <s>), which is no counted bigram.
      const context = lm.contextSlot(a, b);
      const backoff = context >= 0 ? lm.backoffAt(context) : 0;
      const anyTrigram = context >= 0 ? continued[context] === 1 : a === BOS;
      const contextHash = anyTrigram ? hash2(a, b) : 0;
      // Where this state's bigrams to the candidates are, when the previous step looked ahead.
      const known = prevLook < 0 ? -1 : prevLook + prevK + scratch.pool.choice[at]! * K;
      for (let k = 0; k < K; k++) {
        const c = ids[k]!;
        let lp = anyTrigram && (known < 0 || scratch.lookSeen[known + k] === 1) ? lm.trigramIn(contextHash, c) : NaN;
        if (lp !== lp) {
          let lower = known >= 0 ? scratch.lookArena[known + k]! : NaN;
          if (lower !== lower) {
            lower = scratch.lowerCache[row + k]!;
            if (lower !== lower) scratch.lowerCache[row + k] = lower = lm.bigramLogProb(b, c);
          }
          lp = backoff + lower;
        }
        const v = base + lp - channelWeight * costs[k]!;
        const cell = row + k;
        if (v > scratch.cellScore[cell]!) {
          scratch.cellScore[cell] = v;
          scratch.cellBack[cell] = at;
        }
      }
    }
    // Keep the best cells: those within the beam width of the best, at most beamSize of them.
    // Each is judged with a look at the next position: the best bigram its candidate makes with
    // any of the next candidates, so a reading that only the next word explains ("đôn" before
    // "đốc") is not dropped before that word is seen.
    // One candidate: the look ahead is the same for every cell and changes nothing. Cells far
    // behind the best are dropped without a look (the look would have to make up more than
    // LOOK_AHEAD_REACH - beamWidth), which saves most lookups.
    let plainBest = -Infinity;
    for (let c = 0; c < cells; c++) if (scratch.cellScore[c]! > plainBest) plainBest = scratch.cellScore[c]!;
    const floor = plainBest - LOOK_AHEAD_REACH;
    const look = K > 1 ? lookAhead(scratch, lm, slots[t]!, t + 1 < slots.length ? slots[t + 1]! : EOS_SLOT) : -1;
    const nextIds = t + 1 < slots.length ? slots[t + 1]!.ids : EOS_IDS;
    const nextCosts = t + 1 < slots.length ? slots[t + 1]!.costs : EOS_COSTS;
    const J = nextIds.length;
    let best = -Infinity;
    for (let c = 0; c < cells; c++) {
      const score = scratch.cellScore[c]!;
      if (score < floor) {
        scratch.pruneScore[c] = -Infinity;
        continue;
      }
      let v = score;
      if (look >= 0) {
        const k = c % K;
        let gain = scratch.lookArena[look + k]!;
        if (gain !== gain) {
          gain = -Infinity;
          const row = look + K + k * J;
          for (let j = 0; j < J; j++) {
            const stored = lm.storedBigram(ids[k]!, nextIds[j]!);
            const seen = stored === stored;
            const lp = seen ? stored : lm.unigramBackoff[ids[k]!]! + lm.unigram[nextIds[j]!]!;
            scratch.lookSeen[row + j] = seen ? 1 : 0;
            scratch.lookArena[row + j] = lp;
            gain = Math.max(gain, lp - channelWeight * nextCosts[j]!);
          }
          scratch.lookArena[look + k] = gain;
        }
        v += gain;
      }
      scratch.pruneScore[c] = v;
      if (v > best) best = v;
    }
    let n = 0;
    for (let c = 0; c < cells; c++) if (scratch.pruneScore[c]! >= best - beamWidth) scratch.alive[n++] = c;
    if (n > beamSize) n = keepBest(scratch, n, beamSize);
    const start = scratch.pool.start[t]!;
    scratch.pool.ensure(start + n, steps);
    for (let i = 0; i < n; i++) {
      const c = scratch.alive[i]!;
      const g = (c / K) | 0;
      const k = c - g * K;
      const at = start + i;
      scratch.pool.a[at] = scratch.groupB[g]!;
      scratch.pool.b[at] = ids[k]!;
      scratch.pool.score[at] = scratch.cellScore[c]!;
      scratch.pool.back[at] = scratch.cellBack[c]!;
      scratch.pool.choice[at] = k;
    }
    scratch.pool.start[t + 1] = start + n;
    prevStart = start;
    prevSize = n;
    prevLook = look;
    prevK = K;
  }
  // Trace back from the best final state.
  let at = prevStart;
  for (let i = prevStart + 1; i < prevStart + prevSize; i++) if (scratch.pool.score[i]! > scratch.pool.score[at]!) at = i;
  const choice = new Array<number>(slots.length).fill(0);
  for (let t = steps - 1; t >= 0; t--) {
    if (t < slots.length) choice[t] = scratch.pool.choice[at]!;
    at = scratch.pool.back[at]!;
  }
  return { choice, confidence: confidences(scratch, slots, choice, steps) };
}

/**
 * For each position with rivals: the best score of a kept state CONFIDENCE_LOOKAHEAD steps later
 * whose path passes through each candidate, as a softmax over the candidates. Candidates the beam
 * dropped were more than BEAM_WIDTH behind and count as nothing.
 */
function confidences(scratch: DecoderScratch, slots: Slot[], choice: number[], steps: number): number[] {
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
    for (let s = scratch.pool.start[later]!; s < scratch.pool.start[later + 1]!; s++) {
      let at = s;
      for (let u = later; u > t; u--) at = scratch.pool.back[at]!;
      const k = scratch.pool.choice[at]!;
      const v = scratch.pool.score[s]!;
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

/** Move the `keep` cells of best prune score among scratch.alive[0..n) to its front (order kept), without allocating. */
function keepBest(scratch: DecoderScratch, n: number, keep: number): number {
  // Selection by threshold: the keep-th best score, found by partial insertion into a small list.
  const top = scratch.topScores.length >= keep ? scratch.topScores : (scratch.topScores = new Float64Array(keep));
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const v = scratch.pruneScore[scratch.alive[i]!]!;
    if (filled === keep && v <= top[keep - 1]!) continue;
    let j = filled < keep ? filled++ : keep - 1;
    while (j > 0 && top[j - 1]! < v) {
      top[j] = top[j - 1]!;
      j--;
    }
    top[j] = v;
  }
  const threshold = top[keep - 1]!;
  let m = 0;
  for (let i = 0; i < n && m < keep; i++) if (scratch.pruneScore[scratch.alive[i]!]! > threshold) scratch.alive[m++] = scratch.alive[i]!;
  for (let i = 0; i < n && m < keep; i++) if (scratch.pruneScore[scratch.alive[i]!]! === threshold) scratch.alive[m++] = scratch.alive[i]!;
  return m;
}

function grow32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
