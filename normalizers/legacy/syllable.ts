// Whether a word is a well-formed Vietnamese syllable: onset, vowel nucleus, coda, at most one
// tone mark, nothing but Vietnamese letters. Used as a statistic (share of marked words that are
// syllables) to tell real Vietnamese from the mojibake of a legacy encoding.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:[aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (bare === 'gi' || bare === 'qu') return false;
  return SYLLABLE.test(bare);
}

/** Words made of letters and Latin-1 symbols, since legacy encodings put letters on symbols (· ¸ ¶ µ …). */
const WORD = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;
const ASCII = /^[\x00-\x7F]*$/;

/**
 * Among the words that carry a non-ASCII character, the share that are Vietnamese syllables,
 * and how many such words there were.
 */
export function vietnameseShare(text: string): { share: number; words: number } {
  let words = 0;
  let valid = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (ASCII.test(w)) continue;
    words++;
    if (isVietnameseSyllable(w)) valid++;
  }
  return { share: words ? valid / words : 0, words };
}
