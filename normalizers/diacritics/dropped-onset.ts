// A word of a garbled layer that lost the letters it opens with: the left edge of a scanned column
// clipped, a speck over a capital, or a first stroke too thin to read ("hông" = không, "hao" = thao,
// "hưc" = chức, "en" = trên, "au" = Châu). What is left is often a syllable itself, so no confusion
// of letters reaches the word, and the letter edits (edit-candidates.ts) price a lost onset of two
// letters as two edits among many nearer keys: this proposes the syllable keys made of the word with
// an onset put back before it, the commonest ones first, each at a cost the language model has to
// overcome (a valid word stays unless its context wants another). Pure functions of the folded word;
// token-readings.ts weighs what they propose.

/**
 * The letters put back: the onsets of Vietnamese syllables (folded: đ as d), or the part of one an
 * engine lost ("t" of "th" when "hao" is left of "thao"; the key made says which is right).
 */
const ONSETS = ['b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

/** Cost (log10) of one lost letter, and of each lost letter after the first. */
export const DROPPED_ONSET_COST = 1.5;
export const DROPPED_ONSET_EXTRA_LETTER_COST = 0.7;
/** Longest word read as one with its onset lost: a syllable's rhyme, with a few letters of an onset. */
const MAX_CLIPPED_WORD = 5;
/** Keys proposed per word: a short word lies under a score of onsets ("an": ban, can, chan, …). */
export const DROPPED_ONSET_KEYS = 4;

export interface OnsetKey {
  key: string;
  cost: number;
}

/**
 * The syllable keys (`isKey`) a folded, lower-case word of letters becomes with an onset before it,
 * the commonest (`weight`, log10, higher first) DROPPED_ONSET_KEYS of them, with their costs.
 */
export function droppedOnsetKeys(word: string, isKey: (key: string) => boolean, weight: (key: string) => number): OnsetKey[] {
  if (word.length < 2 || word.length > MAX_CLIPPED_WORD || !/^[a-z]+$/.test(word)) return [];
  const found: Array<OnsetKey & { weight: number }> = [];
  for (const onset of ONSETS) {
    const key = onset + word;
    if (!isKey(key)) continue;
    found.push({ key, cost: DROPPED_ONSET_COST + (onset.length - 1) * DROPPED_ONSET_EXTRA_LETTER_COST, weight: weight(key) });
  }
  return found
    .sort((a, b) => b.weight - b.cost - (a.weight - a.cost) || (a.key < b.key ? -1 : 1))
    .slice(0, DROPPED_ONSET_KEYS)
    .map(({ key, cost }) => ({ key, cost }));
}
