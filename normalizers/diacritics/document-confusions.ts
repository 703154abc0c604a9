// The third-pass channel of a garbled layer: the engine's own habits, learned from its own layer.
import { foldVietnamese } from '../fold.js';
import type { ReadingBonuses } from './document-cache.js';
import type { Placed } from './placed.js';

/** Only choices at least this confident teach the layer's confusions. */
const MIN_CONFIDENCE = 0.9;
/** A confusion weighs once the layer shows it this many times. */
const MIN_COUNT = 3;
/** log10 lowered per log10 of the times the layer shows a confusion, and the most it is lowered. */
const WEIGHT = 1;
// 0.8 rather than 1.2 (91.87 against 91.91 on the tuning parts): a bigger bonus decodes more windows
// again, and a window decoded again forgets the earlier passes' weights (an OCR-text table's heading
// "nhiEm vp AN" = nhiệm vụ án, its neighbour "TRINH" lifted by the layer's i→a, came back "nhiệm và ăn").
const MAX_BONUS = 0.8;
/** Substitutions one reading may differ from its token by and still be read as the engine's habit. */
const MAX_SUBSTITUTIONS = 2;
/** Longest stretch a reading of another length may change. */
const MAX_STRETCH = 2;

/**
 * Where a token and a reading of it differ (folded, lower case), as "read→meant" pairs: letter for
 * letter when they are as long as each other and differ in one or two letters ("nuac" / "nước": a→o);
 * else the one stretch between their common start and end, when neither side of it is longer than
 * MAX_STRETCH ("thirc" / "thực": ir→u). null otherwise.
 */
export function substitutions(token: string, form: string): string[] | null {
  const a = foldVietnamese(token.toLowerCase());
  const b = foldVietnamese(form.toLowerCase());
  if (a.length !== b.length) {
    // Unequal lengths: the one stretch between the common start and end ("thirc" / "thuc": ir→u).
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    const read = a.slice(start, a.length - end);
    const meant = b.slice(start, b.length - end);
    // A letter put in or left out ("inh" / đinh) is no misread letter: the channel's own business.
    return read && meant && read.length <= MAX_STRETCH && meant.length <= MAX_STRETCH ? [`${read}→${meant}`] : null;
  }
  const pairs: string[] = [];
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    pairs.push(`${a[k]}→${b[k]}`);
    if (pairs.length > MAX_SUBSTITUTIONS) return null;
  }
  return pairs;
}

/**
 * An engine misreads one letter the same way all through its layer ("nuac", "truang", "Chuang": its
 * ơ is an a), but the channel prices such a confusion for every engine alike, so a token that stays a
 * valid word under it ("vai" = với, "ca" = cơ, "nai" = nơi) keeps the word's doubt in full. After the
 * first passes, each letter-for-letter confusion the layer's confident choices show MIN_COUNT times or
 * more costs less in that layer, by WEIGHT per log10 of its count and at most MAX_BONUS, for every
 * reading made of such confusions alone (the third pass weighs these with the layer's own words).
 * null when the layer shows none.
 */
export function documentConfusions(stretches: Array<Array<Placed | null>>): ReadingBonuses | null {
  const counts = new Map<string, number>();
  for (const sequence of stretches) {
    for (const p of sequence) {
      if (!p || p.confidence < MIN_CONFIDENCE || !whole(p)) continue;
      const form = p.reading.forms[p.choice];
      // Tokens that are words as written count too ("vai" read với with confidence): counting only the
      // ones that are not gained less on the tuning parts (91.71 against 91.80, letter for letter only).
      if (form == null) continue;
      for (const pair of substitutions(p.text, form) ?? []) counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  const known = new Map<string, number>();
  for (const [pair, n] of counts) if (n >= MIN_COUNT) known.set(pair, Math.min(MAX_BONUS, WEIGHT * Math.log10(n)));
  if (!known.size) return null;
  const cache = new Map<Placed, number[] | null>();
  const of = (p: Placed): number[] | null => {
    if (cache.has(p)) return cache.get(p)!;
    const bonuses = whole(p)
      ? p.reading.forms.map((form) => {
          const pairs = form == null ? null : substitutions(p.text, form);
          return pairs?.length ? Math.min(...pairs.map((pair) => known.get(pair) ?? 0)) : 0;
        })
      : null;
    const some = bonuses?.some((b) => b > 0) ? bonuses : null;
    cache.set(p, some);
    return some;
  };
  return { of, max: MAX_BONUS };
}

/** The reading replaces the whole token (not a word inside digits kept, "vu1"). */
function whole(p: Placed): boolean {
  return p.reading.from === 0 && p.reading.to >= p.text.length;
}

