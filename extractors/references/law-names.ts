// Laws cited by name ("Luật Đất đai", an amending law's formula): where a name ends, and what pins it to one law.
import { foldVietnamese } from '../../normalizers/fold.js';
import { foldedTypeNames } from '../shared/doctypes.js';
import { oneLine } from '../shared/layout.js';
import { looseAmendingLaw, looseKnownLaw } from './ocr-law-citations.js';
import { repairedLawTitle } from './ocr-law-titles.js';

const NOT_LAW_NAMES = /^(su|phap|le|gia|hoc|choi|ngam|tuc)(?![a-z])/;

// "luật gia" is a jurist, "Luật giá" the Law on Prices: where marks are written, they tell.
const LAW_NAMES_MARKED = new Set(['giá']);

// Words that end a law's name, compared with their marks ("năm" ends it, "Việt Nam" does not;
// "tại" ends it, "tài sản" does not); "và" ends it only before another citation.
const LAW_STOP_MARKED = new Set(
  'của về ngày số năm đã được hiện trong theo các nhằm để có tới đến cho với là mà khi tại này do thì trên'.split(' '),
);

const LAW_STOP = new Set(
  'cua ve ngay so nam da duoc hien tai trong theo cac nham de co toi den cho voi la ma khi nay do thi tren'.split(' '),
);

/** Most words a law's name runs to ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"). */
const LAW_NAME_WORDS = 16;

/** Inside an amending law's list of laws only these end a name ("Luật Đầu tư theo phương thức đối tác công tư"). */
const LIST_STOP = new Set(['ngay', 'so', 'nam', 'cua', 'duoc', 'da', 'tai']);

const LIST_STOP_MARKED = new Set(['ngày', 'số', 'năm', 'của', 'được', 'đã', 'tại']);

// Stop words that no unmarked word of a marked text can be but themselves ("ngay" left unmarked by OCR).
const STOP_WITHOUT_MARKS = new Set(['ngay', 'cua', 'duoc']);

/**
 * Whether `word` ends a law's name. In marked text a word is compared with its marks: an unmarked
 * word is a word of its own there ("thiên tai" goes on, "tại" ends it), while in stripped text the
 * folded form is all there is.
 */
function endsLawName(word: string, folded: string, rest: string, inList: boolean, marked: boolean): boolean {
  const lower = word === word.toLowerCase();
  if (inList && folded !== 'va') return lower && (marked ? LIST_STOP_MARKED.has(word) || STOP_WITHOUT_MARKS.has(word) : LIST_STOP.has(folded));
  if (folded === 'va') return CITATION_START.test(foldVietnamese(rest.replace(/^\s+/, '')));
  // "Luật Các tổ chức tín dụng": a capitalised word is part of the name.
  if (marked) return lower && (LAW_STOP_MARKED.has(word) || STOP_WITHOUT_MARKS.has(word));
  // Stripped text: only a lower-case word can be a stop word ("Viet Nam" goes on).
  return lower && LAW_STOP.has(folded);
}

/** Whether the text a name stands in carries Vietnamese marks (then unmarked words are words of their own). */
function isMarked(sample: string): boolean {
  return /[\u00c0-\u1ef9]/.test(sample);
}

// A law's number printed right after its name without "số": "Luật Quản lý, sử dụng tài sản công 15/2017/QH14".
export const LAW_NUMBER_AFTER_NAME = /^\s*,?\s*(?=\d{1,3}\s*\/\s*(?:19|20)\d\d\s*\/\s*(?:qh|ubtvqh)\d)/;

// "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C": one law, named by those it amends.
// OCR may drop "đổi," or "bổ" of the formula ("Luật sửa bổ sung một số điều của Luật Xây dựng").
const AMENDING = /^\s+sua\s*(?:doi\s*,?\s*)?(?:bo\s+)?sung\s*,?\s*mot so dieu cua\s+(?=luat\s)/;

/** The formula as printed in full: what an OCR'd head that lost a word of it is written back as. */
const AMENDING_HEAD = 'Luật sửa đổi, bổ sung một số điều của ';

// "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch", "… của các luật về
// thuế": an omnibus law, named by the field of the laws it amends; the name runs to its date, number
// or punctuation.
const AMENDING_MANY = /^\s+sua doi,?\s*bo sung mot so dieu cua\s+(?:\d{1,3}|cac)\s+luat\s+(?:(?:co\s+)?lien quan(?:\s+den)?|ve)\s+[a-z]+(?:\s+(?!ngay\s|so\s|nam\s)[a-z]+){0,8}/;

function amendingLawName(text: string, folded: string, at: number, typeLength: number): { title: string; end: number; amending: true } | null {
  const many = AMENDING_MANY.exec(folded.slice(at + typeLength, at + typeLength + 160));
  if (many) {
    const end = at + typeLength + many[0].length;
    return { title: oneLine(text.slice(at, end)), end, amending: true };
  }
  const head = AMENDING.exec(folded.slice(at + typeLength, at + typeLength + 60));
  if (!head) return null;
  let end = at + typeLength + head[0].length;
  for (let k = 0; k < 6; k++) {
    const inner = lawName(text, folded, end, 4, true, isMarked(text.slice(at, at + 200)));
    if (!inner) break;
    end = inner.end;
    const joint = /^\s*(,|va)\s*(?=luat\s)/.exec(folded.slice(end, end + 16));
    if (!joint) break;
    end += joint[0].length;
  }
  const headEnd = at + typeLength + head[0].length;
  if (end === headEnd) return null;
  const printed = oneLine(text.slice(at, end));
  const whole = /^\s+sua doi,?\s*bo sung/.test(folded.slice(at + typeLength, headEnd));
  return { title: whole ? printed : AMENDING_HEAD + oneLine(text.slice(headEnd, end)), end, amending: true };
}

export function lawName(
  text: string,
  folded: string,
  at: number,
  typeLength: number,
  inList = false,
  marked = isMarked(text.slice(at, at + typeLength + 200)),
): { title: string; end: number; amending?: boolean } | null {
  const amending = inList ? null : amendingLawName(text, folded, at, typeLength);
  if (amending) return amending;
  const rest = text.slice(at + typeLength, at + typeLength + 200);
  const words = rest.match(/^(\s+|,\s*)([\p{L}&-]+)/u);
  if (!words || !/^\s/.test(rest)) return null;
  // The name is written with a capital ("Luật Đất đai"); "luật này", "Luật này" name nothing.
  // A name in small letters ("Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003") counts only
  // when its date, number or year follows it at once.
  const small = !/^\p{Lu}/u.test(words[2]!);
  // "luật sư", "luật pháp" are nouns; "Luật Giá ngày 20 tháng 6 năm 2012" is a law: written with
  // a capital and pinned by its date or number.
  const noun = NOT_LAW_NAMES.test(foldVietnamese(words[2]!)) && !LAW_NAMES_MARKED.has(words[2]!.toLowerCase());
  if (noun && small) return null;
  if (foldVietnamese(words[2]!) === 'nay') return null;
  let end = at + typeLength;
  let count = 0;
  // Where a name that goes on past "của" runs to its date: no word before it ends the name.
  let namedTo = -1;
  // A mark an engine set inside a word ("djaphwo'ng") keeps the word whole.
  for (const m of rest.matchAll(/(\s*,\s*|\s+)([\p{L}&-]+(?:['’`][\p{L}]+)*)/gu)) {
    if (m.index !== end - at - typeLength) break;
    const word = m[2]!;
    const f = foldVietnamese(word);
    // "Luật Đầu tư theo phương thức đối tác công tư ngày 18/6/2020": a preposition inside a name
    // that runs on, without punctuation, to the law's date.
    const after = at + typeLength + m.index! + m[1]!.length;
    if (namedTo < 0 && count > 0 && f === 'cua') namedTo = ofNameToDate(folded, after);
    const insideName = after < namedTo;
    if (count >= LAW_NAME_WORDS && !insideName) break;
    if (!insideName && endsLawName(word, f, rest.slice(m.index! + m[0].length), inList, marked) && !(count > 0 && !small && runsToDate(word, f, folded, after))) break;
    // "Luật Thi đua, khen thưởng" goes on after its comma; ", Luật Cán bộ…" starts another citation.
    if (m[1]!.includes(',') && (count === 0 || CITATION_START.test(foldVietnamese(rest.slice(m.index! + m[1]!.length))))) break;
    // A name does not run on over a line break into a heading line ("CHÍNH PHỦ" under the title
    // that names the law) or a new basis clause ("Căn cứ Luật … ngày …" dates another law).
    if (m[1]!.includes('\n') && opensOtherLine(rest.slice(m.index! + m[1]!.length))) break;
    end += m[0].length;
    count++;
  }
  if (!count) return null;
  if ((small || noun) && !PINNED_AFTER_NAME.test(folded.slice(end, end + 24)) && !LAW_NUMBER_AFTER_NAME.test(folded.slice(end, end + 24))) return null;
  return { title: oneLine(text.slice(at, end)), end };
}

// "của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015", "của người nước ngoài tại Việt
// Nam ngày 16/6/2014": "của" inside a law's name, the name running on to the law's date or number.
const OF_NAME_TO_DATE = /^cua(?:\s+(?!(?:ngay|so\s*:?\s*\d|nam\s+\d|duoc|da|nay|la|theo|va\s+(?:luat|bo luat|phap lenh|nghi|thong tu|quyet|chi thi))\b)[a-z-]+){2,12}\s+(?=ngay\s*\d|so\s*:?\s*\d)/;

/**
 * "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004": the two
 * councils, a comma between them, are the name's, which runs on to the law's date or year.
 */
const OF_COUNCILS = /^cua\s+hoi dong nhan dan\s*(?:,|va)\s*uy ban nhan dan(?=\s+(?:ngay\s*\d|so\s*:?\s*\d|nam\s+(?:19|20)\d\d))/;

/**
 * "của Quốc hội ngày …", "của Quốc hội khóa XV …", "của Quốc hội nước Cộng hòa …" name who passed
 * the law, not a part of its name; "của Quốc hội và Hội đồng nhân dân" names two bodies and is.
 */
const LAW_MAKER = /^cua\s+(?:quoc hoi|chinh phu|uy ban thuong vu quoc hoi)\b(?!\s+va\s)/;

/** The law-maker (and its term) between a law's name and its number: "của Quốc hội khóa XIII số …". */
export const MAKER_BEFORE_NUMBER = /^\s+cua\s+(?:quoc hoi|chinh phu|uy ban thuong vu quoc hoi)(?:\s+khoa\s+[a-z]{1,6})?(?=\s+s[o6]\s*:?\s*\d)/;

/** Offset of the date a name that goes on past "của" at `at` runs to; -1 when it does not. */
function ofNameToDate(folded: string, at: number): number {
  const m = OF_NAME_TO_DATE.exec(folded.slice(at, at + 160)) ?? OF_COUNCILS.exec(folded.slice(at, at + 80));
  return m && !LAW_MAKER.test(m[0]) ? at + m[0].length : -1;
}

/**
 * A law's name in an OCR layer: as the reader takes it, else (when that finds no amending law, or
 * a name its date does not follow) read against the listed laws up to its date (ocr-law-citations.ts).
 */
export function garbledLawName(text: string, folded: string, at: number, typeLength: number): { title: string; end: number; amending?: boolean } | null {
  const law = lawName(text, folded, at, typeLength);
  if (law?.amending) return law;
  const amending = looseAmendingLaw(text, folded, at, typeLength);
  if (amending) return amending;
  // Pinned by its number, or by its date with a name on the list or one off it by a quarter at most: as read.
  const after = folded.slice(law?.end ?? 0, (law?.end ?? 0) + 24);
  if (law && (LAW_NUMBER_AFTER_NAME.test(after) || /^\s*,?\s*so\s*:?\s*\d/.test(after))) return law;
  if (law && PINNED_AFTER_NAME.test(after) && repairedLawTitle(law.title) !== law.title) return law;
  const loose = looseKnownLaw(text, folded, at, typeLength);
  return loose && (!law || loose.end >= law.end) ? loose : law;
}

/** The line starting here is a heading in capitals or opens a clause of its own. */
function opensOtherLine(line: string): boolean {
  const end = line.indexOf('\n');
  const first = (end < 0 ? line : line.slice(0, end)).trim();
  if (/^(?:căn cứ|theo đề nghị|xét đề nghị|điều \d)/iu.test(first)) return true;
  const letters = first.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && first.split(/\s+/).length <= 8 && letters === letters.toUpperCase();
}

// Words that end a law's name unless the name runs on to the law's date ("… theo phương thức …").
const SOFT_LAW_STOPS = new Set(['theo', 've', 'cho', 'voi', 'trong', 'tren', 'co', 'den', 'toi', 'de', 'nham']);

// The rest of a name up to its date: a few words, none a hard stop or punctuation.
const RUNS_TO_DATE = /^[a-z]+(?:\s+(?!(?:cua|va|ngay|so|nam|tai|da|duoc|nay|la)\s)[a-z-]+){1,9}\s+(?=ngay\s*\d)/;

function runsToDate(word: string, foldedWord: string, folded: string, at: number): boolean {
  return word === word.toLowerCase() && SOFT_LAW_STOPS.has(foldedWord) && RUNS_TO_DATE.test(folded.slice(at, at + 120));
}

// What pins a law named in small letters to one document: its date, number or year right after.
const PINNED_AFTER_NAME = /^\s*,?\s*(?:ngay\s*\d|so\s*:?\s*\d|nam\s+(?:19|20)\d\d)/;

/** "dự án Luật …", "dự thảo Luật …": a law still being drafted. */
export const BILL_BEFORE = /(?<![a-z])du (?:an|thao)\s+$/;

export const CITATION_START = new RegExp(`^(${foldedTypeNames().join('|')})(?![a-z])`);
