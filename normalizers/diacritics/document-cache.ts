// The second pass over a stripped document: a cache model of the readings it chose confidently.
import { DecoderScratch, viterbi, type Slot } from './decode.js';
import { BOS, PUNCT, type SyllableLM } from './lm.js';
import { PUNCT_SLOT, type Placed } from './placed.js';

/** Weight (log10 units per log10 of share) of the document's own readings in the second pass. */
const CACHE_WEIGHT = 0.5;
/** A stripped syllable needs this many confident readings in the document before they weigh. */
const CACHE_MIN_COUNT = 3;
/** Only choices at least this confident in the first pass are counted. */
const CACHE_MIN_CONFIDENCE = 0.9;
/** Syllables either side of a choice the document cache may overturn that are decoded again with it. */
const CACHE_WINDOW = 3;
/** log10 lead assumed for a choice the beam kept alone (its rivals fell more than the beam width behind). */
const CERTAIN_LEAD = 3;

/**
 * A document keeps to its own words: after the first pass, each stripped syllable's readings are
 * weighed by how often the document confidently reads the same stripped syllable each way, and
 * a few syllables around each choice those weights could overturn are decoded again with them
 * as channel costs (a cache model; the hằng/hàng or phường/phương of one plan stay one).
 */
export function redecodeWithDocumentCache(lm: SyllableLM, stretches: Array<Array<Placed | null>>, scratch: DecoderScratch = new DecoderScratch()): void {
  if (CACHE_WEIGHT <= 0) return;
  const counts = new Map<string, Map<number, number>>();
  const keyOf = (p: Placed): string | null => (p.reading.from === 0 ? (p.reading.cacheKey ?? null) : null);
  for (const sequence of stretches) {
    for (const p of sequence) {
      if (!p) continue;
      const key = keyOf(p);
      if (key === null || p.confidence < CACHE_MIN_CONFIDENCE) continue;
      let byId = counts.get(key);
      if (!byId) counts.set(key, (byId = new Map()));
      const id = p.reading.slot.ids[p.choice]!;
      byId.set(id, (byId.get(id) ?? 0) + 1);
    }
  }
  // Per stripped syllable: the log10 share of each reading the document chose, and the top one.
  const shares = new Map<string, { share: Map<number, number>; top: number; unseen: number; favourite: number }>();
  for (const [key, byId] of counts) {
    let total = 0;
    for (const n of byId.values()) total += n;
    if (total < CACHE_MIN_COUNT) continue;
    // Add-half smoothing: a reading the document never chose counts as chosen half a time.
    const share = new Map<number, number>();
    let top = -Infinity;
    let favourite = -1;
    for (const [id, n] of byId) {
      const v = Math.log10((n + 0.5) / (total + 0.5));
      share.set(id, v);
      if (v > top) [top, favourite] = [v, id];
    }
    shares.set(key, { share, top, unseen: Math.log10(0.5 / (total + 0.5)), favourite });
  }
  if (!shares.size) return;
  const cacheOf = (p: Placed) => {
    const key = keyOf(p);
    return key === null ? undefined : shares.get(key);
  };
  const adjusted = (p: Placed): Slot => {
    const cache = cacheOf(p);
    if (!cache) return p.reading.slot;
    const { ids, costs } = p.reading.slot;
    return { ids, costs: costs.map((c, x) => c + CACHE_WEIGHT * (cache.top - (cache.share.get(ids[x]!) ?? cache.unseen))) };
  };
  for (const sequence of stretches) {
    const idAt = (k: number): number => {
      if (k < 0) return BOS;
      const p = sequence[k];
      return p ? p.reading.slot.ids[p.choice]! : PUNCT;
    };
    // Positions where the weights could overturn the choice: it is not the document's favourite
    // and leads its rivals (log10, from its confidence) by less than the weight it loses.
    let k = 0;
    while (k < sequence.length) {
      const p = sequence[k];
      const cache = p ? cacheOf(p) : undefined;
      if (!p || !cache || cache.favourite === p.reading.slot.ids[p.choice]) {
        k++;
        continue;
      }
      const chosen = p.reading.slot.ids[p.choice]!;
      const lead = p.confidence >= 1 ? CERTAIN_LEAD : Math.log10(p.confidence / (1 - p.confidence));
      if (lead >= CACHE_WEIGHT * (cache.top - (cache.share.get(chosen) ?? cache.unseen))) {
        k++;
        continue;
      }
      // Decode a window around it again: its neighbours within the trigram's reach may change
      // with it; the two choices after the window stay as they are and close it exactly.
      const from = Math.max(0, k - CACHE_WINDOW);
      const to = Math.min(sequence.length, k + CACHE_WINDOW + 1);
      const slots: Slot[] = [];
      for (let x = from; x < to; x++) slots.push(sequence[x] ? adjusted(sequence[x]!) : PUNCT_SLOT);
      for (let x = to; x < Math.min(sequence.length, to + 2); x++) slots.push({ ids: [idAt(x)], costs: [0] });
      const decoded = viterbi(lm, slots, { context: [idAt(from - 2), idAt(from - 1)], scratch });
      for (let x = from; x < to; x++) {
        const q = sequence[x];
        if (!q) continue;
        q.choice = decoded.choice[x - from]!;
        q.confidence = decoded.confidence[x - from]!;
      }
      k = to;
    }
  }
}
