// Capital words an OCR engine spread letter by letter. Titles and headings are often set with
// wide tracking ("T H Ủ  T Ư Ớ N G", "C H Ủ T Ị C H"), and engines write each letter, or each
// pair of letters they kept together, as a word of its own: "KT. T H Ó N G ĐỐ C",
// "Q U Y Đ ỊN H C H UN G". Such a run hides the signer's title and the heading from every
// reader. A run is joined back only when its letters spell Vietnamese syllables cut at the
// run's own gaps, so initials ("A B C"), codes and roman numerals stay as they are. Offsets of
// the text as read still hold: normalizers/offsets.ts aligns words, and a joined word takes the
// range of the letters it came from.
import { isValidSyllable } from './syllables.js';

/** One to two capitals, single spaces between, three pieces or more; nothing glued either side. */
const SPACED_RUN = /(?<![\p{L}\p{N}])\p{Lu}{1,2}(?: \p{Lu}{1,2}){2,}(?![\p{L}\p{N}])/gu;

/** Letters a Vietnamese syllable may have at most ("NGHIÊNG"). */
const LONGEST_SYLLABLE = 7;

/** Single letters a run needs: a line of short capital words ("VỀ BỘ MÁY") is not a spaced title. */
const MIN_SINGLE_LETTERS = 3;

/**
 * How common a syllable (lower case) is, in log10 units, when a language model is at hand: it
 * decides between two readings of the same letters ("C Ô N G A N" is CÔNG AN, not CÔ NGAN).
 */
export type SyllableWeight = (syllable: string) => number;

/** A heading spaced out is short: a longer run is joined piece by piece as read. */
const LONGEST_RUN = 200;

/**
 * The run's pieces grouped into as few syllables as possible, each made of whole pieces and a
 * valid spelling, or null when the letters cannot be read so. Between groupings of as many
 * syllables, `weight` prefers the commoner syllables; without it the letters go to the onset that
 * follows rather than the coda before ("PH Ó T H Ố N G" is PHÓ THỐNG, not PHÓT HỐNG).
 */
export function syllablesOfPieces(pieces: readonly string[], weight?: SyllableWeight): string[] | null {
  const n = pieces.length;
  // best[i]: fewest syllables covering pieces[0..i), their summed weight, where the last one started.
  const best: Array<{ count: number; weight: number; from: number } | null> = new Array(n + 1).fill(null);
  best[0] = { count: 0, weight: 0, from: -1 };
  for (let end = 1; end <= n; end++) {
    let word = '';
    for (let start = end - 1; start >= 0; start--) {
      word = pieces[start]! + word;
      if ([...word].length > LONGEST_SYLLABLE) break;
      const before = best[start];
      const lower = word.toLowerCase();
      if (!before || !isValidSyllable(lower)) continue;
      const candidate = { count: before.count + 1, weight: before.weight + (weight ? weight(lower) : 0), from: start };
      const current = best[end];
      const better = !current || candidate.count < current.count || (candidate.count === current.count && (weight ? candidate.weight > current.weight : true));
      if (better) best[end] = candidate;
    }
  }
  if (!best[n]) return null;
  const out: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from) out.push(pieces.slice(best[end]!.from, end).join(''));
  return out.reverse();
}

/** Whether the text holds a run of capitals spaced letter by letter (then a weight is worth having). */
export function hasLetterSpacedRun(text: string): boolean {
  return SPACED_RUN_ANYWHERE.test(text);
}
const SPACED_RUN_ANYWHERE = new RegExp(SPACED_RUN.source, 'u');

/** The text with every letter-spaced capital run that spells syllables written as words. */
export function joinLetterSpacedWords(text: string, weight?: SyllableWeight): string {
  return text.replace(SPACED_RUN, (run) => {
    if (run.length > LONGEST_RUN) return run;
    const pieces = run.split(' ');
    if (pieces.filter((p) => [...p].length === 1).length < MIN_SINGLE_LETTERS) return run;
    const words = syllablesOfPieces(pieces, weight);
    // Nothing joined (every piece a syllable already) or letters that spell no syllables: as read.
    if (!words || words.length === pieces.length) return run;
    return words.join(' ');
  });
}
