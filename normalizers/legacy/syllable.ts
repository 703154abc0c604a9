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
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const inWord = code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : isWordUnit(code);
    if (inWord) {
      if (start < 0) {
        start = i;
        marked = false;
        hash = FNV_OFFSET;
      }
      if (code >= 0x80) marked = true;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    } else if (start >= 0) {
      if (marked) {
        words++;
        if (verdictAt(text, start, i, hash)) valid++;
      }
      start = -1;
    }
  }
  return { share: words ? valid / words : 0, words };
}

// Verdicts looked up by a hash of the word's units, so the scan builds no string for a word
// it has met before (open addressing; cleared when half full).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SLOTS = 1 << 15;
const slotWords: Array<string | undefined> = new Array<string | undefined>(SLOTS);
const slotVerdicts = new Uint8Array(SLOTS);
let slotsUsed = 0;

function verdictAt(text: string, start: number, end: number, hash: number): boolean {
  let slot = hash & (SLOTS - 1);
  for (let w = slotWords[slot]; w !== undefined; w = slotWords[slot]) {
    if (w.length === end - start && sameUnits(w, text, start)) return slotVerdicts[slot] === 1;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const word = text.slice(start, end);
  const verdict = isVietnameseSyllable(word);
  if (slotsUsed >= SLOTS / 2) {
    slotWords.fill(undefined);
    slotsUsed = 0;
    slot = hash & (SLOTS - 1);
  }
  slotWords[slot] = word;
  slotVerdicts[slot] = verdict ? 1 : 2;
  slotsUsed++;
  return verdict;
}

function sameUnits(word: string, text: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
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
