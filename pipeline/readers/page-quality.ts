// Whether a text-layer page can be trusted or must be read by OCR (like Tika's ocrStrategy=auto):
// no text, too little text for a page, or text that is not Vietnamese (a broken font mapping,
// a scanned page with an invisible garbage layer). Legacy encodings are converted, not OCR'd.
import { isVietnameseSyllable } from '../../normalizers/legacy/index.js';
import { canonicalToneForm, isValidSyllable } from '../../normalizers/syllables.js';

/** Below this many letters a page holds at most a page number or a stamp: read it by OCR. */
const MIN_LETTERS = 40;
/** Share of words that must be Vietnamese syllables (or numbers, abbreviations, codes). */
const MIN_SYLLABLE_SHARE = 0.6;

const WORD = /[\p{L}\p{M}\p{N}\p{S}\u00A1-\u00FF]+/gu;

/** Share of words that read as Vietnamese: syllables, numbers, capitalised abbreviations. */
export function syllableShare(text: string): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    const w = m[0];
    words++;
    if (/\p{N}/u.test(w) || isVietnameseSyllable(w) || /^[A-ZĐ]{2,8}$/u.test(w)) good++;
  }
  return { share: words ? good / words : 0, words };
}

export interface TextLayerProblem {
  reason: string;
  code: 'text-layer-missing' | 'text-layer-thin' | 'text-layer-not-vietnamese';
  /** OCR helps only if an image lies behind the text (little text, or text without marks). */
  thin: boolean;
}

const letterCount = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** Some text, but too little for a page (cheap: no syllable check). */
export function isThinText(text: string): boolean {
  const letters = letterCount(text);
  return letters > 0 && letters < MIN_LETTERS;
}

/** Why the page's text layer cannot be trusted, or null when it is good. */
export function textLayerProblem(text: string): TextLayerProblem | null {
  const letters = letterCount(text);
  if (letters === 0) return { reason: 'the page has no text layer', code: 'text-layer-missing', thin: false };
  if (letters < MIN_LETTERS) return { reason: 'the page has too little text for a page', code: 'text-layer-thin', thin: true };
  const { share, words } = syllableShare(text);
  if (words >= 10 && share < MIN_SYLLABLE_SHARE) {
    return { reason: `the text layer is not readable Vietnamese (${Math.round(share * 100)}% syllables)`, code: 'text-layer-not-vietnamese', thin: false };
  }
  // A layer without marks is OCR'd only over a scan: a born-digital page typed without marks
  // renders to the same unmarked text.
  if (lacksMarks(text)) {
    const q = textLayerQuality(text);
    return { reason: `the text layer has almost no Vietnamese marks (${Math.round((q.marked / q.words) * 100)}% of words carry them)`, code: 'text-layer-not-vietnamese', thin: true };
  }
  const poor = poorVietnamese(text) ?? lostOnsets(text);
  if (poor) return { reason: poor, code: 'text-layer-not-vietnamese', thin: false };
  // Cut syllables are OCR'd only over a scan: typed text never has them, but a drawn page gains nothing.
  const broken = brokenSyllables(text);
  if (broken.count >= MIN_BROKEN_SYLLABLES) {
    const shown = broken.examples.slice(0, 3).map((e) => `"${e}"`).join(', ');
    return { reason: `the text layer cuts syllables and misreads figures (${broken.count} times, as ${shown})`, code: 'text-layer-not-vietnamese', thin: true };
  }
  return null;
}

// Syllables that are no Vietnamese word: the common capitalised syllables of this family with
// their first letter gone (Ngày, Nghị, Hội/Nội, Tài, Hiệp, Thuận, Tỉnh, Bộ). A font whose
// ToUnicode maps some capitals to spaces (the page shows "Sở Nội vụ", the layer says "Sở ội vụ")
// leaves them all over a page, in the issuer, the symbols and the citations.
const ORPHAN_RHYMES = new Set(['gày', 'ghị', 'ghiệp', 'ội', 'ài', 'iệp', 'huận', 'ỉnh', 'ộ', 'gười', 'ăm']);
/** A page with at least this many of them (and one word in 200) has lost letters. */
const MIN_ORPHANS = 3;

/** Why the layer has lost letters a rendering shows, or null. */
export function lostOnsets(text: string): string | null {
  let words = 0;
  let orphans = 0;
  for (const m of text.normalize('NFC').matchAll(LETTER_WORD)) {
    words++;
    if (ORPHAN_RHYMES.has(m[0])) orphans++;
  }
  if (orphans < MIN_ORPHANS || orphans < words * 0.005) return null;
  return `the text layer has lost letters its font draws (${orphans} words without their first letter, as "ội" for "Nội")`;
}

// Another engine's OCR layer that knows Vietnamese letters but not where a syllable ends: it cuts a
// syllable after its onset ("B ộ CÔNG THƯƠNG", "S ố", "Độc l ập", "THÔNG T ư") and reads a 1 among
// figures as a marked letter ("95/20Ỉ2", "năm 20ỉ 3", "52/20ỉS"). Each word of such a layer passes the
// syllable checks (a lone "ộ" is too short to judge, "ập" is a syllable); the cuts do not: no
// Vietnamese word is a lone onset, and no printed figure holds a marked letter.
const ONSET_ALONE = /^(?:[bcdđghklmnpqrstvx]|ch|gh|gi|kh|ng|ngh|nh|ph|qu|th|tr)$/iu;
const VOWEL_START = /^[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** A marked vowel touching a figure inside one word ("20Ỉ2", "20ỉS"); đ is left out ("500.000đ" is money). */
const MARK_IN_FIGURE = /\d[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]|[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]\d/iu;
/** From this many cuts a page's layer is read again by OCR (where a scan lies behind it). */
export const MIN_BROKEN_SYLLABLES = 4;

/** Syllables the layer cut after their onset, and figures holding a marked letter; a few of them as examples. */
export function brokenSyllables(text: string): { count: number; words: number; examples: string[] } {
  const tokens = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const examples: string[] = [];
  let count = 0;
  const single = (t: string | undefined) => t !== undefined && [...t].length === 1 && /\p{L}/u.test(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (MARK_IN_FIGURE.test(t)) {
      count++;
      examples.push(t);
      continue;
    }
    const next = tokens[i + 1];
    if (!next || !ONSET_ALONE.test(t) || !VOWEL_START.test(next)) continue;
    // A heading set letter by letter ("Q U Y Ế T Đ Ị N H") is spaced, not cut.
    if (single(tokens[i - 1]) || single(tokens[i + 2]) || (single(next) && /^\p{Lu}$/u.test(next))) continue;
    const rhyme = /^[\p{L}\p{M}]+/u.exec(next)![0];
    const joined = (t + rhyme).toLowerCase();
    if (!isValidSyllable(joined) && !isValidSyllable(canonicalToneForm(joined))) continue;
    count++;
    examples.push(`${t} ${next}`);
  }
  return { count, words: tokens.length, examples };
}

/**
 * Below this share of the page covered by images, a thin page is a short text page (the end of
 * a signature block), not a scan with a stray text layer: rendering it would find nothing more.
 */
export const SCAN_IMAGE_SHARE = 0.2;

/**
 * Whether a page whose text layer has `problem` is worth rendering and reading by OCR. A thin
 * page is, only when an image covers enough of it (or its drawing was not looked at).
 */
export function worthOcr(problem: TextLayerProblem | null, imageShare: number | null): boolean {
  if (!problem) return false;
  return !problem.thin || imageShare === null || imageShare >= SCAN_IMAGE_SHARE;
}

// --- how good a text layer's Vietnamese is (kept, or replaced by OCR) -------------------------

/** Letters of the Vietnamese alphabet beyond ASCII (NFC, both cases, with every tone). */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

export interface TextLayerQuality {
  /** Words of letters. */
  words: number;
  /** Words carrying a letter beyond ASCII (the ones a bad OCR layer gets wrong). */
  marked: number;
  /** Share of those that are valid Vietnamese syllables (onset, rhyme, one tone allowed there). */
  syllableShare: number;
  /** Letters outside the Vietnamese alphabet (ä, ü, ö, ñ, ç …), and words holding them. */
  foreignLetters: number;
  /** Marks no Vietnamese letter carries (a tone on a consonant, two tones, a stacked mark). */
  impossibleMarks: number;
}

const LETTER_WORD = /[\p{L}\p{M}]+/gu;
const COMBINING = /\p{M}/u;

export function textLayerQuality(text: string): TextLayerQuality {
  let words = 0;
  let marked = 0;
  let valid = 0;
  let foreignLetters = 0;
  let impossibleMarks = 0;
  for (const m of text.normalize('NFC').matchAll(LETTER_WORD)) {
    const word = m[0];
    words++;
    if (/^[A-Za-z]+$/.test(word)) continue;
    marked++;
    let foreign = false;
    for (const ch of word) {
      if (/[A-Za-z]/.test(ch) || VIETNAMESE_LETTER.test(ch)) continue;
      // A mark left over after composition sits where no Vietnamese letter has it.
      if (COMBINING.test(ch)) impossibleMarks++;
      else foreign = true;
    }
    if (foreign) foreignLetters++;
    const lower = word.toLowerCase();
    if (isValidSyllable(lower) || isValidSyllable(canonicalToneForm(lower))) valid++;
    // Abbreviations (QĐ, HĐND) and single letters (đ) are not syllables and not errors either.
    else if (!foreign && (word.length === 1 || (word === word.toUpperCase() && word.length <= 14))) marked--;
  }
  return { words, marked, syllableShare: marked ? valid / marked : 1, foreignLetters, impossibleMarks };
}

/** A good Vietnamese layer spells nearly every marked word right (names and loan words aside). */
export const MIN_MARKED_SYLLABLE_SHARE = 0.92;
/** Share of marked words with a foreign letter or an impossible mark a good layer stays under. */
export const MAX_FOREIGN_SHARE = 0.02;
/** Share of words carrying Vietnamese letters below which a layer is read without Vietnamese. */
export const MIN_MARKED_SHARE = 0.25;
const MIN_WORDS_FOR_MARKS = 40;
/** Below this many marked words the statistics say nothing. */
const MIN_MARKED = 20;

/** Enough words, and almost none of them with a Vietnamese letter: read without Vietnamese. */
export function lacksMarks(text: string): boolean {
  const q = textLayerQuality(text);
  return q.words >= MIN_WORDS_FOR_MARKS && q.marked / q.words < MIN_MARKED_SHARE;
}

/** Why the text layer's Vietnamese is too poor to keep, or null. */
export function poorVietnamese(text: string): string | null {
  const q = textLayerQuality(text);
  // Vietnamese marks most of its words (real documents: 68-85%, no 300-word stretch under 35%);
  // a layer that marks almost none is another engine's reading without Vietnamese.
  if (q.words >= MIN_WORDS_FOR_MARKS && q.marked / q.words < MIN_MARKED_SHARE) {
    return `the text layer has almost no Vietnamese marks (${Math.round((q.marked / q.words) * 100)}% of words carry them)`;
  }
  if (q.marked < MIN_MARKED) return null;
  const foreign = (q.foreignLetters + q.impossibleMarks) / q.marked;
  if (q.syllableShare < MIN_MARKED_SYLLABLE_SHARE || foreign > MAX_FOREIGN_SHARE) {
    return `the text layer is poor Vietnamese (${Math.round(q.syllableShare * 100)}% of marked words are valid syllables; ${q.foreignLetters} with letters outside the Vietnamese alphabet, ${q.impossibleMarks} impossible marks)`;
  }
  return null;
}
