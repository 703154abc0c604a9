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
  // Positions where the weights could overturn the choice: it is not the document's favourite
  // and leads its rivals (log10, from its confidence) by less than the weight it loses.
  redecodeAround(lm, stretches, scratch, adjusted, (p) => {
    const cache = cacheOf(p);
    const chosen = p.reading.slot.ids[p.choice]!;
    if (!cache || cache.favourite === chosen) return false;
    return leadOf(p) < CACHE_WEIGHT * (cache.top - (cache.share.get(chosen) ?? cache.unseen));
  });
}

/** Weight (log10 per log10 of lift) of a garbled layer's own words in its third pass (see below). */
const FORM_CACHE_WEIGHT = 1;
/**
 * A word's lift (log10 of its share in the document over its share in the training text) below which
 * it weighs nothing: any word the document uses more than the language does (0.5 and 1 gained less on
 * the tuning parts; weights 0.5-1.5 and caps 1-2.5 all gained).
 */
const FORM_CACHE_LIFT_FLOOR = 0;
/** The largest weight a word of the document gets, and how often it must have been read confidently. */
const FORM_CACHE_MAX_BONUS = 1.5;
const FORM_CACHE_MIN_COUNT = 2;
/** Only choices at least this confident count (0.5-0.7 gained a little over the first pass's 0.9). */
const FORM_CACHE_MIN_CONFIDENCE = 0.7;
/** Words a layer must have read before its own words weigh. */
const FORM_CACHE_MIN_WORDS = 30;

/**
 * A garbled layer misreads one word many ways ("Ldm", "Lim", "LAm" = Lâm; "HAi", "H6i" = Hải), so
 * the cache of the misread spellings above (one spelling, one key) misses most of them. But a
 * document repeats its names and its subject's words far more than the language does: after the
 * first passes, each word the layer read fairly confidently at least twice and more often than the
 * training text would have it (its lift, log10 of the two shares) weighs for every slot that may
 * read it, and the syllables around a choice that weight could overturn are decoded again.
 */
export function redecodeWithDocumentWords(
  lm: SyllableLM,
  stretches: Array<Array<Placed | null>>,
  scratch: DecoderScratch = new DecoderScratch(),
  /** More bonuses per reading of a token (the layer's own confusions, document-confusions.ts), weighed in the same pass. */
  extra?: ReadingBonuses,
): void {
  const counts = new Map<number, number>();
  let words = 0;
  for (const sequence of stretches) {
    for (const p of sequence) {
      if (!p || p.reading.forms[p.choice] == null) continue;
      const id = p.reading.slot.ids[p.choice]!;
      if (id <= PUNCT) continue;
      words++;
      if (p.confidence >= FORM_CACHE_MIN_CONFIDENCE) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const bonus = new Map<number, number>();
  if (words >= FORM_CACHE_MIN_WORDS) {
    for (const [id, n] of counts) {
      if (n < FORM_CACHE_MIN_COUNT) continue;
      const lift = Math.log10(n / words) - (lm.frequency[id] ?? -99);
      const b = Math.min(FORM_CACHE_MAX_BONUS, FORM_CACHE_WEIGHT * (lift - FORM_CACHE_LIFT_FLOOR));
      if (b > 0) bonus.set(id, b);
    }
  }
  if (!bonus.size && !extra) return;
  // Each reading's bonus, the document's word and its confusion together (costs are lowered by it).
  const bonusesOf = (p: Placed): number[] => {
    const more = extra?.of(p);
    return p.reading.slot.ids.map((id, x) => (bonus.get(id) ?? 0) + (more?.[x] ?? 0));
  };
  const most = FORM_CACHE_MAX_BONUS + (extra?.max ?? 0);
  const adjusted = (p: Placed): Slot => {
    const b = bonusesOf(p);
    if (!b.some((x) => x > 0)) return p.reading.slot;
    const { ids, costs } = p.reading.slot;
    return { ids, costs: costs.map((c, x) => c + most - b[x]!) };
  };
  redecodeAround(lm, stretches, scratch, adjusted, (p) => {
    if (p.reading.slot.ids.length < 2) return false;
    const b = bonusesOf(p);
    let gain = 0;
    for (let x = 0; x < b.length; x++) if (x !== p.choice) gain = Math.max(gain, b[x]! - b[p.choice]!);
    return gain > 0 && leadOf(p) < gain;
  });
}

/** Bonuses (log10, lowering the cost) of each reading of a placed token, none above `max`. */
export interface ReadingBonuses {
  of(p: Placed): number[] | null;
  max: number;
}

/** How far a choice leads its rivals, log10, from its confidence. */
function leadOf(p: Placed): number {
  return p.confidence >= 1 ? CERTAIN_LEAD : Math.log10(p.confidence / (1 - p.confidence));
}

/**
 * Each stretch decoded again, with `adjusted` slot costs, in a window around every choice
 * `mayOverturn` says those costs could change: its neighbours within the trigram's reach may
 * change with it; the two choices after the window stay as they are and close it exactly.
 */
function redecodeAround(
  lm: SyllableLM,
  stretches: Array<Array<Placed | null>>,
  scratch: DecoderScratch,
  adjusted: (p: Placed) => Slot,
  mayOverturn: (p: Placed) => boolean,
): void {
  for (const sequence of stretches) {
    const idAt = (k: number): number => {
      if (k < 0) return BOS;
      const p = sequence[k];
      return p ? p.reading.slot.ids[p.choice]! : PUNCT;
    };
    let k = 0;
    while (k < sequence.length) {
      const p = sequence[k];
      if (!p || !mayOverturn(p)) {
        k++;
        continue;
      }
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
