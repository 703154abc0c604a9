// The signer's name of another engine's OCR layer, decided from what the engine read rather than
// from the diacritic restorer's guess. The restorer knows the language, not names: it turns a
// garbled "Diro-ng" into "Đạo-ngữ", "Tieing" into "Tùng", the tail "ng" of a name whose first
// letters the seal covered into "ông" (then completed as "Nông"). Vietnamese names are few: a
// family name from a short list, then one to three syllables of which a short list covers most.
// So each word the restorer changed is read again from the engine's letters: a family name or
// a common name syllable one letter from them, and only one, is the word; a word near none, or
// near several, leaves the name unread (null with a diagnostic), never a guess.
import { foldVietnamese } from '../../normalizers/fold.js';
import { canonicalToneForm, isValidSyllable } from '../../normalizers/syllables.js';
import type { TextChange } from '../../output/schema.js';
import { commonNameForms } from './ocr-given-names.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { nearestCommonFamilyName, OTHER_SURNAMES } from './ocr-surname.js';
import { completedFamilyName, MARKED_SURNAMES, SURNAMES } from '../closing/person-name.js';

/** What the engine read at [start, end) of the normalised text: each token the restorer replaced put back. */
export type EngineReading = (start: number, end: number) => string;

/**
 * The engine's reading of spans of `text`, from the normaliser's changes (OCR repairs only: marks
 * added are kept; `kinds` widens that, to every change for the page's own text).
 */
export function engineReadingOf(text: string, changes: readonly TextChange[], kinds: ReadonlyArray<TextChange['kind']> = ['ocr']): EngineReading {
  const repairs = changes.filter((c) => kinds.includes(c.kind)).sort((a, b) => a.span.start - b.span.start);
  return (start, end) => {
    let out = '';
    let at = start;
    for (let i = firstAtOrAfter(repairs, start); i < repairs.length && repairs[i]!.span.start < end; i++) {
      const c = repairs[i]!;
      if (c.span.end > end || c.span.start < at) continue;
      out += text.slice(at, c.span.start) + c.original;
      at = c.span.end;
    }
    return out + text.slice(at, end);
  };
}

function firstAtOrAfter(changes: readonly TextChange[], start: number): number {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A word's letters as the engine meant them, folded: "ir" is a horned u ("Diro-ng", "Trirong":
 * no Vietnamese syllable holds "ir"), so is a backslash before a stroke ("T\ian", "V\l", "s\r",
 * "d\lng": the engine read the hook or dot of ư, ụ, ự as a slash and the u's stem as l, i or r),
 * a figure or a tilde between letters is some marked vowel ("Kh6nh", "Qu5c", "Nguy~n": any letter
 * there), a j after a letter is the dotted i no Vietnamese word spells with j ("Thj", "Nghj": Thị,
 * Nghị), and other strokes inside the word ("-", "'") are no letters.
 */
export function engineKey(word: string): string {
  return foldVietnamese(word.normalize('NFC'))
    .toLowerCase()
    .replace(/\\[lir]/g, 'u')
    .replace(/ir/g, 'u')
    .replace(/\d/g, '?')
    .replace(/(?<=[a-z])~(?=[a-z])/g, '?')
    .replace(/(?<=[a-z])j/g, 'i')
    .replace(/[^a-z?]/g, '');
}

/**
 * The engine's words with a name's two words it ran together put apart ("Nguy~nThj": Nguyễn Thị,
 * the space under the signature lost): a capital and two small letters at least after a small letter
 * or a tilde, four characters at least before it. Only when the words fall `short` of those they must match:
 * the engine also writes a marked vowel as a capital inside a word ("TruOng", "NgQc").
 */
export function engineWords(read: string, short = 0): string[] {
  const words = read.trim().split(/\s+/).filter(Boolean);
  if (short <= 0) return words;
  const split = words.flatMap((w) => w.split(/(?<=^\S{3,}?[\p{Ll}~])(?=\p{Lu}\p{Ll}{2,}$)/u));
  return split.length - words.length === short ? split : words;
}

/** `a` (an engine key, "?" any letter) is within one edit of `b`. */
const oneEditFrom = (a: string, b: string) => editDistance(a, b, 1, '?') <= 1;

const fold = (word: string) => foldVietnamese(word.normalize('NFC')).toLowerCase().replace(/[^a-z]/g, '');

/** Family names with their marks by their letters (one spelling per fold: the list's first). */
const FAMILY_BY_KEY = (() => {
  const byKey = new Map<string, string>();
  for (const name of MARKED_SURNAMES) if (!byKey.has(fold(name))) byKey.set(fold(name), name);
  return byKey;
})();

/** The family name the engine's word stands for, the restorer's word when it is that one; null when none or several. */
export function familyNameRead(restored: string, read: string): string | null {
  // The seal covered the first letters ("ng" of Đặng, Hoàng, Chung…): only one family name ending so.
  if (/^\p{Ll}/u.test(read)) return completedFamilyName(read.replace(/[^\p{L}]/gu, ''));
  const key = engineKey(read);
  if (key.length < 2) return null;
  // Family names of the minorities ("Siu", "Ksor", "Vàng", "Mùa") are spelled as their bearers
  // spell them: the engine's word, never a Kinh name one letter away.
  if (OTHER_SURNAMES.has(fold(read))) return /^\p{Lu}/u.test(read) ? read : read.charAt(0).toUpperCase() + read.slice(1);
  if (SURNAMES.has(key)) return fold(restored) === key ? restored : (FAMILY_BY_KEY.get(key) ?? restored);
  // The restorer's family name, one letter from what the engine read ("Trueng": Trương).
  if (SURNAMES.has(fold(restored)) && oneEditFrom(key, fold(restored))) return restored;
  const common = nearestCommonFamilyName(key);
  if (common) return common;
  const near = [...SURNAMES].filter((s) => oneEditFrom(key, s));
  return near.length === 1 ? (FAMILY_BY_KEY.get(near[0]!) ?? null) : null;
}

/** The middle or given name the engine's word stands for: a common name syllable one letter from it, only one. */
export function givenNameRead(restored: string, read: string): string | null {
  const key = engineKey(read);
  if (key.length < 2) return null;
  const forms = commonNameForms();
  // The engine's letters spell a common name exactly ("T\ian": Tuấn), though others are a letter away (Toàn, Tân).
  const exact = forms.get(key);
  if (exact) return exact.find((s) => s === restored) ?? exact[0]!;
  // The restorer's syllable, when it is a common name one letter from what the engine read ("San": Sơn).
  const restoredKey = fold(restored);
  if (forms.has(restoredKey) && /^\p{Lu}\p{Ll}+$/u.test(restored) && oneEditFrom(key, restoredKey)) return restored;
  const near = [...forms.keys()].filter((k) => oneEditFrom(key, k));
  if (near.length !== 1) return null;
  const spelled = forms.get(near[0]!)!;
  // Two written forms (Thanh, Thành): the restorer's, when it wrote one of them; else the first.
  return spelled.find((s) => s === restored) ?? spelled[0]!;
}

export type NameReading = { kind: 'name'; name: string } | { kind: 'unreadable'; read: string };

/**
 * The signer's name decided word by word from what the engine read. `found`: the name as the
 * signature reader made it; `restored`: the normalised text of its span; `read`: the engine's.
 * A word the restorer did not re-letter stays as found; the name stays as found when the words
 * do not line up (the reader rejoined or completed some).
 */
export function nameAsEngineRead(found: string, restored: string, read: string): NameReading {
  const foundWords = found.trim().split(/\s+/);
  const restoredWords = restored.trim().split(/\s+/);
  const readWords = engineWords(read, restoredWords.length - engineWords(read).length);
  if (readWords.length !== restoredWords.length) return { kind: 'name', name: found };
  // A word the engine capitalised that the restorer wrote small ("Thj" → "thì") was read as a common
  // word, not as a name's: it is decided again too.
  const changed = readWords.map((w, i) => engineKey(w) !== fold(restoredWords[i]!) || (/^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(restoredWords[i]!)));
  if (!changed.some(Boolean)) return { kind: 'name', name: found };
  // Each found word is the text's, or it with first letters the reader put back ("ông" → "Nông").
  if (foundWords.length !== restoredWords.length || foundWords.some((w, i) => !fold(w).endsWith(fold(restoredWords[i]!)))) return { kind: 'name', name: found };
  const out: string[] = [];
  for (let i = 0; i < foundWords.length; i++) {
    if (!changed[i]) {
      out.push(foundWords[i]!);
      continue;
    }
    const word = i === 0 ? familyNameRead(foundWords[i]!, readWords[i]!) : givenNameRead(foundWords[i]!, readWords[i]!);
    if (!word) return { kind: 'unreadable', read: oneSpaced(read) };
    out.push(word);
  }
  return { kind: 'name', name: out.join(' ') };
}

const oneSpaced = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * A line the engine read as a name that the restorer made no name of ("Diro-ng Van Tuan",
 * "Trirang Minh T\ian"): two to four words, each opening with a capital, the first a family name
 * as `familyNameRead` reads it. Its words are then decided by `nameAsEngineRead`.
 */
export function looksLikeReadName(read: string): boolean {
  if (read.length > 40) return false;
  const words = engineWords(read);
  // Two words run together ("Nguy~nThj Thu"): read apart when as they stand they make no name.
  return wordsLookLikeName(words) || wordsLookLikeName(engineWords(read, 1));
}

function wordsLookLikeName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const nameWord = (w: string) => /^\p{Lu}/u.test(w) && /^[\p{L}\d\\'`^~-]+$/u.test(w) && /\p{Ll}/u.test(w);
  if (!words.slice(1).every(nameWord)) return false;
  // The seal or the page's edge took the family name's first letters ("guyén Thanh Bình"):
  // small letters that end one family name only, before two capitalised words at least.
  if (!nameWord(words[0]!)) return words.length >= 3 && /^\p{Ll}{2,}$/u.test(words[0]!) && familyNameRead(words[0]!, words[0]!) !== null;
  return familyNameRead(words[0]!, words[0]!) !== null;
}

/**
 * A cell to take as the signer's name line although no name is spelt there: the engine read a name
 * (`looksLikeReadName`) and the restorer changed its letters, not only its marks. That change is
 * the fallback's reason to exist; a line restored with its letters kept ("Hà Nội", "Cao Bằng")
 * was asked as it stands and is no name the engine's reading could add.
 */
export function isRereadNameLine(restored: string, read: string): boolean {
  const letters = (text: string) => oneSpaced(text).split(' ').map(fold).join(' ');
  return letters(restored) !== letters(read) && looksLikeReadName(read);
}

/**
 * A name at the end of a line an engine read syllable by syllable in pieces ("… thuộc Bộ C ò n g
 * T rần T u ấn A nh": the signature column's name beside a recipient's line, the gap between them
 * lost): the pieces closed up into syllables, each a capital and the small letters after it; the
 * name is the last two to four of them opening with a family name. Only a line cut so (one
 * syllable of the name in pieces at least): whole words at a line's end are a recipient's.
 * Returns the name and how many of the line's words it takes.
 */
export function spacedNameAtLineEnd(read: string): { name: string; words: number } | null {
  const tokens = read.trim().split(/\s+/);
  const syllables: Array<{ text: string; words: number }> = [];
  let end = tokens.length;
  while (end > 0 && syllables.length < 4) {
    let start = end - 1;
    while (start >= 0 && /^\p{Ll}+$/u.test(tokens[start]!)) start--;
    if (start < 0 || !/^\p{Lu}\p{Ll}*$/u.test(tokens[start]!)) break;
    const text = tokens.slice(start, end).join('');
    if (!isSyllable(text)) break;
    syllables.unshift({ text, words: end - start });
    end = start;
  }
  for (let n = syllables.length; n >= 2; n--) {
    const name = syllables.slice(syllables.length - n);
    // A person addressed in the list ("Ông Trần Văn An", "Đ/c Lê Văn B") is a recipient.
    if (ADDRESS.test(name[0]!.text)) return null;
    if (!SURNAMES.has(fold(name[0]!.text)) || !name.some((s) => s.words > 1)) continue;
    const words = name.reduce((k, s) => k + s.words, 0);
    const before = tokens[tokens.length - words - 1] ?? '';
    if (ADDRESS.test(before)) return null;
    // A place or a body opening with a family name's syllable ("tỉnh H à G iang", "huyện L âm H à",
    // "Trường THPT L ê L ợi") ends a recipients' line as often as a name: a unit word before it, or
    // two syllables of which the last is no common given name, is no signer.
    if (UNIT_WORD.test(fold(before)) || UNIT_CODE.test(before)) return null;
    if (name.length === 2 && !commonNameForms().has(fold(name[1]!.text))) continue;
    return { name: name.map((s) => s.text).join(' '), words };
  }
  return null;
}

/** Words that name a unit or a place before its proper name (folded). */
const UNIT_WORD = /^(?:tinh|huyen|thanh|pho|quan|xa|phuong|tran|thi|truong|so|bo|ban|phong|cuc|vien|chi|hoi|doan|cong|ty|benh|khu|ap|thon|to|lang|dai|tp|tt)$/;
/** Abbreviations of a body's kind ("UBND", "THPT", "THCS", "MTTQ") before its name. */
const UNIT_CODE = /^\p{Lu}{2,}$/u;

/** Words that address a person named in a recipients' list. */
const ADDRESS = /^(ông|bà|anh|chị|đ\/c|đồng|chí|cô|thầy)$/iu;

/** A Vietnamese syllable as written, its tone mark anywhere the rules allow. */
function isSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  return isValidSyllable(lower) || isValidSyllable(canonicalToneForm(lower));
}
