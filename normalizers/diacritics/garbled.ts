// Garbled OCR: a text layer another engine made of a Vietnamese scan carries marks, but wrong ones
// ("Dc Ip - Tir do - Hnh phiic", "cüa", "Näng", "khen thtrông", "Uy ban nhân dan"). Such a line is
// not "marked" (left alone) nor "stripped" (every word bare): it shows letters outside the
// Vietnamese alphabet, marked words that are no syllable or carry their tone on the wrong vowel,
// or bare words whose bare reading is far rarer than a marked one beside correctly marked words.
// This file tells the signs apart per token and scores a line; the restorer decides and repairs.
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { isValidSyllable, placeTone, splitTone, syllableInventory } from '../syllables.js';

/** What a token says about its line. */
export const TokenSign = {
  /** A valid syllable, marked or not, or a word that is no evidence (codes, numbers, names). */
  Neutral: 0,
  /** A letter no Vietnamese word has (ä ü ö ñ ß, Cyrillic or Greek look-alikes) in a syllable-like word. */
  ForeignLetter: 1,
  /** Vietnamese marks on a word that is no syllable ("thtrông", "séi"), or a tone on the wrong vowel. */
  BadMarks: 2,
  /** A bare word whose bare reading is far rarer than a marked one ("dan" for dân, "cua" for của). */
  RareBare: 3,
} as const;
export type TokenSign = (typeof TokenSign)[keyof typeof TokenSign];

/** Letters of Vietnamese words (loan letters f j w z included). */
const VIETNAMESE_LETTERS =
  'A-Za-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
/** A letter that is none of them: not a non-letter, not a Vietnamese letter. */
const FOREIGN_LETTER = new RegExp(`[^\\P{L}${VIETNAMESE_LETTERS}]`, 'u');

/** Look-alikes OCR engines without Vietnamese write for its letters, and what they stand for. */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  ä: 'ă', ü: 'ư', ö: 'ơ', ë: 'ê', ï: 'i', ÿ: 'y', å: 'ă', ø: 'ơ', æ: 'a', ß: 'b', ñ: 'n', ç: 'c', î: 'i', û: 'u',
  ō: 'ô', ā: 'â', ē: 'ê', ī: 'i', ū: 'u', œ: 'ơ', ŕ: 'r', ĺ: 'l', ń: 'n', ś: 's', ź: 'z', ć: 'c',
  // Cyrillic and Greek letters that look Latin.
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', к: 'k', м: 'm', н: 'h', т: 't', в: 'b',
  α: 'a', ο: 'o', ν: 'v', ι: 'i', κ: 'k', τ: 't', ρ: 'p', υ: 'u',
};

const GREEK_OR_CYRILLIC = /[\u0370-\u04ff]/;
/** Latin letters (Latin-1, Extended A and B, Extended Additional), not the Greek and Cyrillic between them. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Signs some engines write inside a word for a letter they cannot read: € for ê ("nguy€n" =
 * nguyên, "Vi€t" = Việt), ! and { for a dotted or accented i ("QUY D!NH" = ĐỊNH, "Ch{nh" = Chính),
 * & for a hatted or horned o ("hu&ng" = hướng), ? and $ for a dotted a ("ho?t" = hoạt, "lu$t" =
 * luật), * for a horned u ("ch*c" = chức).
 * Only between two letters: "100€", "Chú ý!" and "{" of markup stay what they are.
 */
const INSIDE_WORD_LOOK_ALIKES: Readonly<Record<string, string>> = { '€': 'ê', '!': 'i', '{': 'i', '&': 'o', '?': 'a', $: 'a', '*': 'u' };
const INSIDE_WORD_SIGN = /[€!{&?$*]/;
/** The strokes and the semicolon an engine reads for ạ (see latinView). */
const DOT_BELOW_GROUP = /[!1f][;:][1l!t]/;
const DOT_BELOW_GROUP_AT = /^[!1f][;:][1l!t]$/;
const DOT_BELOW_START = /[!1f]/;
/** The view's letters for such a group: one ạ per unit; the channel reads the run as one vowel (engine-confusions.ts). */
export const DOT_BELOW_SPREAD = 'ạạạ';
/**
 * A backslash and the stroke after it for a vowel with a dot below, whichever ("th\lc" = thực, "d\lo" = đạo,
 * "ph\lc" = phục, "hO\lt" = hoạt, "V\l" = Vụ): the "6,2,0,77" engine's glyph for the dot's vowel.
 */
const STROKE_DOT_GROUP = /\\[lI]/;
/** The view's letters for it: two units of a letter no syllable doubles, read as one dotted vowel (engine-confusions.ts). */
export const STROKE_DOT_SPREAD = 'ỵỵ';
/** A run of that letter, any length the glyph groups below spread to (two to four units). */
export const STROKE_DOT_RUN = /[ỵỴ]{2,4}/g;
/**
 * More of that engine family's glyphs for a dotted vowel, all strokes and signs where the letter stood (the
 * "6,2,0,77" and Kodak layers): a backslash and a J ("C\JthS" = Cụ thể), a stroke and a brace ("Ml}c" = Mục,
 * "tl}c" = tục), two strokes round a comma, a semicolon or a j ("V1,l" = vụ, "phl,lc" = phục, "Dl;li" = Đại,
 * "dljli" = đại; an apostrophe after the group, its horn, stays for the word-cutting to weigh: "th1,1'C" = thực,
 * "Tl}'do" = Tự do); and the o of
 * ộ ọ as brackets round its dot ("h<)i" = hội, "C(>NG" = CỘNG, "h<;>c" = học, "dc)ng" = động, "hC)c" = học);
 * an opening bracket and a stroke or a brace for a dotted vowel, its bowl and its dot ("n(Jp" = nộp, "D()NG" =
 * ĐỘNG, "thu(}c" = thuộc, "nh(lp" = nhập, "du<Jc" = được, "l<jp" = lập, "n<?p" = nộp); a backslash and a brace, a
 * parenthesis or a U like the backslash and J ("t\}c" = tục, "d\Ulg" = dụng); an opening parenthesis, a
 * semicolon and a stroke for an ạ, its bowl, dot and stem, as the strokes round a semicolon are ("l(;lc" = lạc,
 * "n(;ln" = nạn, "ph(;lm" = phạm).
 * Each after a word's letters; the bracket groups also before more of them (a list's "c)" stands alone), but
 * for the angle bracket's, which also close a word ("cau lac b<)" = câu lạc bộ): no list label or parenthesis
 * opens with a "<" right after letters.
 */
const GLYPH_DOT_GROUP = /\\[J})U]|[lI1]\}|[lI1][,;j][lI1]|<;?[)>]|\(;?>|[cC][;:]?[)>]|\([;:][lI1]|\([)}Jjl]|<[}Jjl?]/;
const GLYPH_DOT_GROUP_AT = new RegExp(`^(?:${GLYPH_DOT_GROUP.source})`);
const BRACKET_GROUP = /^[<(cC]/;

/**
 * The line with Cyrillic and Greek look-alikes inside Latin words written as the Latin letters they
 * look like ("Сông" → "Công"), signs between letters as the letters they stand for ("nguy€n" →
 * "nguyên"), and how many were; each is one UTF-16 unit for one, so offsets in the view are offsets
 * in the line. Words wholly in those scripts stay as they are.
 */
export function latinView(line: string): { text: string; lookAlikes: number } {
  return view(line, false);
}

/**
 * latinView for a line of a layer already known to be a garbling engine's: there an ạ read as two
 * strokes round a semicolon is one more sign (see view). Not for other lines: typed text writes
 * "pdf;tài", "11:lịch" with no space after the stop.
 */
export function garbledView(line: string): { text: string; lookAlikes: number } {
  return view(line, true);
}

function view(line: string, dotBelow: boolean): { text: string; lookAlikes: number } {
  if (!GREEK_OR_CYRILLIC.test(line) && !INSIDE_WORD_SIGN.test(line) && !(dotBelow && (DOT_BELOW_GROUP.test(line) || STROKE_DOT_GROUP.test(line) || GLYPH_DOT_GROUP.test(line) || LATIN1_VOWEL_SIGN.test(line))))
    return { text: line, lookAlikes: 0 };
  let text = '';
  let lookAlikes = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    // An a with a dot below read as two strokes and a semicolon between them, inside a word ("m!;lnh" =
    // mạnh, "h01;1t" = hoạt, "tf;ti" = tại): three units of "ạ", which the channel reads as one.
    if (dotBelow && DOT_BELOW_START.test(ch) && DOT_BELOW_GROUP_AT.test(line.slice(i, i + 3)) && wordBeforeHasLetter(line, i) && /\p{L}/u.test(line[i + 3] ?? '')) {
      text += DOT_BELOW_SPREAD;
      lookAlikes++;
      i += 2;
      continue;
    }
    // A vowel with a dot below read as a backslash and a stroke, after a word's letters and before its
    // rest or its end ("th\lc", "V\l"): two units of the spread, which the channel reads as one vowel.
    if (dotBelow && ch === '\\' && STROKE_DOT_GROUP.test(line.slice(i, i + 2)) && /\p{L}/u.test(line[i - 1] ?? '') && !/[0-9]/.test(line[i + 2] ?? '')) {
      text += STROKE_DOT_SPREAD;
      lookAlikes++;
      i += 1;
      continue;
    }
    const glyph = dotBelow ? glyphDotGroup(line, i) : 0;
    if (glyph) {
      // Capitals both sides ("C(>NG") make it a capital: the word's case is read from its letters.
      const upper = /\p{Lu}/u.test(line[i - 1] ?? '') && /\p{Lu}/u.test(line[i + glyph] ?? '');
      text += (upper ? 'Ỵ' : 'ỵ').repeat(glyph);
      lookAlikes++;
      i += glyph - 1;
      continue;
    }
    // Latin-1 signs a garbling engine writes for a dotted vowel inside a word (garbling layers only: a legacy
    // font's text has its own decoder, normalizers/legacy).
    const latin1 = dotBelow ? latin1VowelSign(line, i) : '';
    if (latin1) {
      text += latin1;
      lookAlikes++;
      continue;
    }
    // A ! closing a word that is a syllable only with an i after it ("Ngh! dinh" = Nghị định): its i, as inside a word.
    if (dotBelow && closingMarkedI(line, i)) {
      text += /\p{Lu}/u.test(line[i - 1] ?? '') && /\p{Lu}/u.test(line[i - 2] ?? '') ? 'I' : 'i';
      lookAlikes++;
      continue;
    }
    const lower = ch.toLowerCase();
    // In a garbling engine's layer a ? between letters is any dotted vowel, the first whose base makes the word a
    // syllable ("Vi?t" = Việt, "bi?t" = biệt, "lu?t" = luật; "ho?c" = hoặc as before).
    const sign = dotBelow && ch === '?' ? dottedVowelBase(line, i) : INSIDE_WORD_LOOK_ALIKES[ch];
    // & between small letters is an ơ or ô with a tone ("hu&ng" = hướng, "m&i" = mới); between capitals it is R&D, AT&T.
    const between =
      ch === '&'
        ? betweenSmallLetters(line, i) || (closesVowellessWord(line, i) && makesSyllable(line, i, sign ?? '')) || (dotBelow && aloneBetweenSmallWords(line, i))
        : ch === '*'
          ? // Markdown emphasis ("**b**", "*Z*alo", "g****ửi") is no letter: small letters both sides, or closing a vowelless word.
            line[i - 1] !== '*' && line[i + 1] !== '*' && (betweenSmallLetters(line, i) || closesVowellessWord(line, i))
          : ch === '€'
            ? // A word's closing ê ("v€" = về, "ph€ duyệt"): no text writes a currency sign right after letters.
              LATIN_LETTER.test(line[i - 1] ?? '') && (LATIN_LETTER.test(line[i + 1] ?? '') || closesWord(line, i))
            : LATIN_LETTER.test(line[i - 1] ?? '') && LATIN_LETTER.test(line[i + 1] ?? '');
    if (sign !== undefined && between && !sentenceBreak(line, i) && (!SPECK_SIGNS.has(ch) || makesSyllable(line, i, sign))) {
      const upper = /\p{Lu}/u.test(line[i - 1] ?? '') && /\p{Lu}/u.test(line[i + 1] ?? '');
      text += upper ? sign.toUpperCase() : sign;
      lookAlikes++;
      continue;
    }
    const meant = GREEK_OR_CYRILLIC.test(ch) ? LOOK_ALIKES[lower] : undefined;
    if (meant !== undefined && meant.length === 1 && (LATIN_LETTER.test(line[i - 1] ?? '') || LATIN_LETTER.test(line[i + 1] ?? ''))) {
      text += ch === lower ? meant : meant.toUpperCase();
      lookAlikes++;
    } else text += ch;
  }
  return { text, lookAlikes };
}

/**
 * The length of the glyph group for a dotted vowel (GLYPH_DOT_GROUP) that starts at `at`, or 0: after a
 * letter of its word, never before a figure; a bracket group ("c)", "(;l") only with a letter after it too, but "<)" may close its word.
 */
function glyphDotGroup(line: string, at: number): number {
  if (!LATIN_LETTER.test(line[at - 1] ?? '')) return 0;
  const m = GLYPH_DOT_GROUP_AT.exec(line.slice(at, at + 4));
  if (!m) return 0;
  const after = line[at + m[0].length] ?? '';
  if (/[0-9]/.test(after)) return 0;
  if (BRACKET_GROUP.test(m[0]) && !m[0].startsWith('<') && !LATIN_LETTER.test(after)) return 0;
  return m[0].length;
}

/**
 * Whether the word that runs up to `at` holds a letter ("m" of "m!;lnh", "h0" of "h01;1t"), or only
 * ones, the stroke such an engine writes for an l ("cau 11;1C" = câu lạc): a number before the stop
 * ("2021;tăng", "s6 25:thi") is no word the group could be inside. Looks back over letters and
 * figures only, a few at most: a syllable is short.
 */
function wordBeforeHasLetter(line: string, at: number): boolean {
  let onlyOnes = true;
  let k = at - 1;
  for (; k >= 0 && k >= at - WORD_LOOKBACK; k--) {
    const ch = line[k]!;
    if (/\p{L}/u.test(ch)) return true;
    if (!/[0-9]/.test(ch)) break;
    if (ch !== '1') onlyOnes = false;
  }
  return onlyOnes && k < at - 1;
}
const WORD_LOOKBACK = 8;

function betweenSmallLetters(line: string, at: number): boolean {
  return /\p{Ll}/u.test(line[at - 1] ?? '') && /\p{Ll}/u.test(line[at + 1] ?? '');
}

/** Signs that are also specks of a scan or typed punctuation ("thu*c", "ho?", "ý!Hạn"): read as a letter only when that makes the word a syllable. */
const SPECK_SIGNS = new Set(['*', '?', '$', '!']);

/** "ý!Hạn", "lên?Toàn": a small letter, the sign, a capital: a sentence that lost its space, not a letter. */
function sentenceBreak(line: string, at: number): boolean {
  return (line[at] === '!' || line[at] === '?') && /\p{Ll}/u.test(line[at - 1] ?? '') && /\p{Lu}/u.test(line[at + 1] ?? '');
}

/**
 * The Latin-1 signs the "6,2,0,77" and Kodak engine family writes for a marked vowel, and the bases they may stand
 * for, the likelier first: µ and ¥, a u with a tail or strokes, for ụ ự ("thµc" = thực, "Cµc" = Cục, "M¥c" = Mục,
 * "ph¥" = phụ); ¢, a c or an o with a stroke, for ộ ệ ("B¢" = Bộ, "bi¢t" = biệt).
 */
const LATIN1_VOWEL_SIGNS: Readonly<Record<string, readonly string[]>> = { µ: ['u'], '¥': ['u'], '¢': ['o', 'e'] };
const LATIN1_VOWEL_SIGN = /[µ¥¢]/;

/**
 * The base letter for such a sign after a letter of its word and before another or the word's end: the first that
 * makes the word a syllable, else the likeliest; '' for any other character.
 */
function latin1VowelSign(line: string, at: number): string {
  const bases = LATIN1_VOWEL_SIGNS[line[at]!];
  if (!bases || !LATIN_LETTER.test(line[at - 1] ?? '') || !(LATIN_LETTER.test(line[at + 1] ?? '') || closesWord(line, at))) return '';
  return bases.find((base) => makesSyllable(line, at, base)) ?? bases[0]!;
}

/** The bases of the dotted vowels a garbling engine writes ? for, most often first (ạ ặ ậ, then ệ ẹ, ộ ọ ợ, ụ ự). */
const DOTTED_VOWEL_BASES = ['a', 'e', 'o', 'u'];

/** The first base of a dotted vowel that makes the word around line[at] a syllable; 'a' (the look-alike's) when none does. */
function dottedVowelBase(line: string, at: number): string {
  return DOTTED_VOWEL_BASES.find((base) => makesSyllable(line, at, base)) ?? INSIDE_WORD_LOOK_ALIKES['?']!;
}

/** Whether the word around line[at] is a syllable with `letter` for that character. */
function makesSyllable(line: string, at: number, letter: string): boolean {
  let start = at;
  while (start > 0 && LATIN_LETTER.test(line[start - 1]!)) start--;
  let end = at + 1;
  while (end < line.length && LATIN_LETTER.test(line[end]!)) end++;
  return syllableInventory().has(foldVietnamese(line.slice(start, at) + letter + line.slice(at + 1, end)));
}

/**
 * A * or & closing a word of consonants alone, before a space ("c*" = cứ, "S& 5" = Số): the word's
 * vowel. Not a footnote mark or an emphasis closing a word ("quận*", "*Vì một quận*"): those words
 * have vowels; nor R&D, AT&T: a letter follows.
 */
function closesVowellessWord(line: string, at: number): boolean {
  if (!/^\s?$/.test(line[at + 1] ?? '')) return false;
  const word = /[A-Za-zĐđ]{1,3}$/.exec(line.slice(Math.max(0, at - 4), at));
  return word !== null && /^\s?$/.test(line[at - word[0].length - 1] ?? '') && !/[aeiouy]/i.test(word[0]);
}

/**
 * A & standing alone between two small-letter words of a garbling engine's layer ("nhd & cria dAn" = nhà ở
 * của dân): the ở it could not read, as in "S&" = Sở. Only when both neighbours are themselves garbled
 * (no syllable as read): a layer also carries the conjunction between sound words ("nghiên cứu & phát
 * triển", "xay dung & thuong mai"), and position alone cannot tell the two apart. Typed "A & B" joins
 * names or codes, capitalised.
 */
function aloneBetweenSmallWords(line: string, at: number): boolean {
  if (!(line[at - 1] === ' ' && line[at + 1] === ' ' && /\p{Ll}/u.test(line[at - 2] ?? '') && /\p{Ll}/u.test(line[at + 2] ?? ''))) return false;
  return !isSyllableAsRead(wordEndingAt(line, at - 1)) && !isSyllableAsRead(wordStartingAt(line, at + 2));
}

/** The letters of the word that ends just before `end`. */
function wordEndingAt(line: string, end: number): string {
  let start = end;
  while (start > 0 && LATIN_LETTER.test(line[start - 1]!)) start--;
  return line.slice(start, end);
}

/** The letters of the word that starts at `start`. */
function wordStartingAt(line: string, start: number): string {
  let end = start;
  while (end < line.length && LATIN_LETTER.test(line[end]!)) end++;
  return line.slice(start, end);
}

/** Whether a word, as the layer spells it, is a Vietnamese syllable (marks set aside). */
function isSyllableAsRead(word: string): boolean {
  return word.length > 0 && syllableInventory().has(foldVietnamese(word).toLowerCase());
}

/**
 * A ! closing a word of a garbling engine's layer whose letters are no syllable alone but are one with an i after them
 * ("Ngh! dinh" = Nghị định, "k! thuat" = kỹ thuật, "qu! xa hoi" = quỹ xã hội, "de ngh!" = đề nghị): the stroke and dot
 * such an engine writes for an i with its mark, as it does inside a word ("d!nh" = định). A word that is a syllable
 * before its ! ("Chú ý!", "xong!") keeps it: there the ! is the sentence's.
 */
function closingMarkedI(line: string, at: number): boolean {
  if (line[at] !== '!' || !closesWord(line, at)) return false;
  const word = wordEndingAt(line, at);
  return word.length > 0 && !isSyllableAsRead(word) && isSyllableAsRead(`${word}i`);
}

/** Nothing of a word after the sign: the end of the line, a space or punctuation. */
function closesWord(line: string, at: number): boolean {
  return !/[\p{L}\p{N}]/u.test(line[at + 1] ?? '');
}

/** True when the text has a letter outside the Vietnamese alphabet. */
export function hasForeignLetter(text: string): boolean {
  return FOREIGN_LETTER.test(text);
}

/** The word with foreign look-alikes written as the Vietnamese letters they stand for ("cüa" → "cưa"). */
export function unforeign(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const meant = LOOK_ALIKES[lower];
    out += meant === undefined ? ch : ch === lower ? meant : meant.toUpperCase();
  }
  return out;
}

/** True when a marked word carries its tone where neither convention puts it ("tóan", "hoạn" is fine). */
export function misplacedTone(word: string): boolean {
  const lower = word.toLowerCase().normalize('NFC');
  const { toneless, tone } = splitTone(lower);
  if (tone === 0) return false;
  return placeTone(toneless, tone, 'modern') !== lower && placeTone(toneless, tone, 'classic') !== lower;
}

/**
 * The sign of one word (letters only, any case). `bareOdds(key)` gives, for a syllable key, how
 * much rarer (log10) its bare reading is than its commonest reading; a positive number.
 */
export function tokenSign(text: string, bareOdds: (key: string, form?: string) => number): TokenSign {
  // A lone letter is a list marker ("đ)") or a speck: no evidence.
  if (text.length < 2) return TokenSign.Neutral;
  const inventory = syllableInventory();
  if (hasForeignLetter(text)) {
    // A foreign name ("Müller") is no syllable even read through the look-alikes: no evidence.
    const key = foldVietnamese(unforeign(text));
    return inventory.has(key) || inventory.has(foldVietnamese(text)) ? TokenSign.ForeignLetter : TokenSign.Neutral;
  }
  const key = foldVietnamese(text);
  if (hasVietnameseMarks(text)) {
    // Names are spelled as their bearers spell them: place names of the highlands ("Đắk Lắk",
    // "ĐẮK LẮK", "Krông"), old spellings ("Phớc"). Only lower-case words count.
    if (text !== text.toLowerCase()) return TokenSign.Neutral;
    // A marked word that is no syllable is a misreading, unless it is two syllables run together
    // ("phâncông" where a Word soft break stood): engines that garble marks do not spell both right.
    // A loanword spelt the Vietnamese way keeps its cluster ("crômit", "brôm", "clorua", "stato"): a
    // writer's word, no engine's misreading (no syllable opens so).
    if (!inventory.has(key)) return gluedSyllables(text.toLowerCase()) || LOANWORD_ONSET.test(key) ? TokenSign.Neutral : TokenSign.BadMarks;
    if (!isValidSyllable(text.toLowerCase())) {
      // Valid key, impossible marks: a misplaced tone ("tóan") or marks no syllable takes ("thì" is valid).
      return misplacedTone(text) || !isValidSyllable(placeTone(splitTone(text.toLowerCase()).toneless, splitTone(text.toLowerCase()).tone)) ? TokenSign.BadMarks : TokenSign.Neutral;
    }
    // A marked reading a thousand times rarer than its key's commonest ("quãn" for quản, "giãng"
    // for giảng) is what engines that swap the tilde and the hook write; writers seldom do.
    return bareOdds(key, text.toLowerCase()) >= RARE_MARKED_ODDS ? TokenSign.RareBare : TokenSign.Neutral;
  }
  // Upper-case words are headings or codes: their bare reading says nothing.
  if (text === text.toUpperCase() || !inventory.has(key)) return TokenSign.Neutral;
  return bareOdds(key) >= RARE_BARE_ODDS ? TokenSign.RareBare : TokenSign.Neutral;
}

/** Consonant clusters of other languages' words that no Vietnamese syllable opens with ("tr" does). */
const LOANWORD_ONSET = /^(?:[bcdfgkp][lr]|s[cklmnptw])/;

/** Two valid syllables of two letters or more each, written without the space between them. */
function gluedSyllables(word: string): boolean {
  const inventory = syllableInventory();
  const syllable = (part: string) => part.length >= 2 && inventory.has(foldVietnamese(part)) && isValidSyllable(part);
  for (let cut = 2; cut <= word.length - 2; cut++) if (syllable(word.slice(0, cut)) && syllable(word.slice(cut))) return true;
  return false;
}

/** log10 units by which a bare reading must trail its key's commonest reading to be suspect. */
export const RARE_BARE_ODDS = 2;
/** The same for a marked reading: far rarer still, as writers do use rare words. */
export const RARE_MARKED_ODDS = 3;

export interface LineSigns {
  /** Words of two letters or more that are syllables or no evidence either way. */
  words: number;
  /** Syllable-like words with foreign letters, and Cyrillic or Greek look-alikes inside Latin words. */
  foreign: number;
  badMarks: number;
  /** Rare bare words and misread lower-case words ("phiic", "cta"). */
  rareBare: number;
  /** Words that are no syllable even through the OCR channel (English, names): another language. */
  unknown: number;
}

/** A line is garbled on its own from this score: two points a foreign letter or impossible mark, one a rare bare or misread word. */
const GARBLED_LINE_SCORE = 3;
/** A short line (a heading, a motto) needs one point less. */
const SHORT_LINE_WORDS = 6;

/** The line's garbling score; -1 when it is mostly another language (never garbled). */
export function garbledScore(s: LineSigns): number {
  if (s.unknown > 0.25 * Math.max(1, s.words)) return -1;
  // A foreign letter inside a syllable-like word is an engine's, never a writer's: it alone is enough.
  return GARBLED_LINE_SCORE * s.foreign + 2 * s.badMarks + s.rareBare;
}

/**
 * Garbled on its own: foreign letters in syllable-like words or impossible marks, or misread and
 * rare bare words beside them. Correct text has an odd typo or a name at most: one sign alone in a
 * long line is not enough.
 */
export function garbledAlone(score: number, words: number): boolean {
  return score >= GARBLED_LINE_SCORE || (score >= GARBLED_LINE_SCORE - 1 && words <= SHORT_LINE_WORDS);
}
