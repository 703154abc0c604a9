// Vietnamese words inside a line read as foreign. A crawled page puts its site's name and notices
// in English sentences ("THU VIEN PHAP LUAT has the copyright on this translation"), and a stripped
// technical line names products and chemicals between Vietnamese words ("Ten thuong mai: Kester
// Flux-Cored Wire"). The line as a whole is no Vietnamese, but a run of three or more syllables in
// a row is: that run is decoded, the rest of the line is left as written.
import type { Piece } from './tokens.js';

/** Consecutive syllables that make a run worth decoding. */
export const MIN_RUN = 2;
/** Lines up and down searched for a decided neighbour (as line-states.ts's undecided lines). */
const NEIGHBOURHOOD = 6;

/**
 * English words that are also bare Vietnamese syllables: a run of them ("go to the", "in a")
 * is English, so they do not count towards a run's length.
 */
const ENGLISH_SYLLABLES = new Set(
  'a an the to in on at it be do go no so up he me we or by my oh ok can man ban long hang sang tan ten pin tin'.split(' '),
);

/**
 * Indexes of the pieces of a foreign line that belong to runs of at least MIN_RUN syllables
 * (`isSyllable`: a bare syllable of the inventory) separated by spaces alone.
 */
export function vietnameseRuns(line: string, pieces: Piece[], isSyllable: (text: string) => boolean): number[] {
  const out: number[] = [];
  let start = 0;
  const close = (end: number): void => {
    let counted = 0;
    for (let k = start; k < end; k++) if (!ENGLISH_SYLLABLES.has(pieces[k]!.text.toLowerCase())) counted++;
    if (counted >= MIN_RUN) for (let k = start; k < end; k++) out.push(k);
  };
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const joined = k > start && /^ +$/.test(line.slice(pieces[k - 1]!.end, p.start));
    if (!isSyllable(p.text)) {
      close(k);
      start = k + 1;
      continue;
    }
    if (k > start && !joined) {
      close(k);
      start = k;
    }
  }
  close(pieces.length);
  return out;
}

/** Whether the nearest line with a decided state, above or below, is a stripped one. */
export function amongStripped(states: readonly string[], at: number): boolean {
  for (let d = 1; d <= NEIGHBOURHOOD; d++) {
    for (const i of [at - d, at + d]) {
      const s = states[i];
      if (s === 'stripped') return true;
      if (s === 'marked' || s === 'garbled' || s === 'mixed') return false;
    }
  }
  return false;
}
