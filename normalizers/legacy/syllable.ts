// Whether a word is a well-formed Vietnamese syllable: onset, vowel nucleus, coda, at most one
// tone mark, nothing but Vietnamese letters. Used as a statistic (share of marked words that are
// syllables) to tell real Vietnamese from the mojibake of a legacy encoding.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:[aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;

/**
 * Verdicts by word: a document repeats its few thousand distinct words many times, and the
 * 8-bit decoder scores three readings of each file. Bounded so a stream of junk cannot grow it.
 */
const VERDICTS = new Map<string, boolean>();
const MAX_VERDICTS = 100_000;

export function isVietnameseSyllable(word: string): boolean {
  let verdict = VERDICTS.get(word);
  if (verdict === undefined) {
    verdict = judgeSyllable(word);
    if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear();
    VERDICTS.set(word, verdict);
  }
  return verdict;
}

function judgeSyllable(word: string): boolean {
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

/** Per BMP unit: 1 = a WORD character, 2 = not, 0 = not yet known. */
const WORD_UNIT = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\u00A1-\u00FF]$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

function isWordUnit(code: number): boolean {
  let known = WORD_UNIT[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNIT[code] = known;
  }
  return known === 1;
}

/**
 * Among the words that carry a non-ASCII character, the share that are Vietnamese syllables,
 * and how many such words there were.
 */
export function vietnameseShare(text: string): { share: number; words: number } {
  // Astral letters need the code-point regex; ordinary text takes the unit-by-unit scan.
  if (SURROGATE.test(text)) return shareByRegex(text);
  let words = 0;
  let valid = 0;
  let start = -1;
  let marked = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const inWord = code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : isWordUnit(code);
    if (inWord) {
      if (start < 0) {
        start = i;
        marked = false;
      }
      if (code >= 0x80) marked = true;
    } else if (start >= 0) {
      if (marked) {
        words++;
        if (isVietnameseSyllable(text.slice(start, i))) valid++;
      }
      start = -1;
    }
  }
  return { share: words ? valid / words : 0, words };
}

function shareByRegex(text: string): { share: number; words: number } {
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
