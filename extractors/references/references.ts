// Every other document the plan cites, in order of first mention: "Chỉ thị số 34-CT/TW ngày
// 07/4/2014 của Bộ chính trị", "Kế hoạch 124-KH/TU ngày 26/6/2014 của Thành ủy Hà Nội" (no "số"),
// "Kế hoạch số...../KH-HĐTĐKT ngày/...../2017 của Hội đồng TĐKT quận Long Biên" (blank serial),
// "chương trình 01, 02-CTr/QU của Quận uỷ" (two documents), "Luật Thi đua, khen thưởng" (by name).
// Issuers get the canonical names of issuer.ts, relative ones ("UBND Quận") resolved against the
// document's own locality. The relation comes from the clause the citation stands in: "Thực
// hiện …" implements, "Căn cứ …" basis, anything else mentions; a clause that is only a further
// citation in a list ("…; Kế hoạch số 05/…") continues the relation of the clause before it.
import type { DocumentInfo, Reference, Relation } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { findDate, type ParsedDate } from '../shared/dates.js';
import { docTypeByCode, docTypeByName, foldedTypeNames, typeCodeFor, type DocType } from '../shared/doctypes.js';
import { buildFrame, mentionedUnits, parseIssuer, type LocalityFrame } from '../issuer/issuer.js';
import { siteFooterStart } from '../header/header-zone.js';
import { impliedIssuer, issuerNamedBefore, issuerPhrase, plenumCommittee } from './reference-issuer.js';
import { oneLine } from '../shared/layout.js';
import type { AdminUnit } from '../shared/localities.js';
import { captionYearSlip } from './caption-year-slip.js';
import { nameKeyWithoutYear } from './law-year-name.js';
import { namesProgramme } from './project-name.js';
import { codeDigitTwin } from './references-code-digit.js';
import { numberKey, withTypeWordCode, readLostSlashNumber, readPlanNumber, readSpacedCapsNumber, readSpacedSmallNumber, withOwnSymbolParts, type PlanNumber } from '../shared/number.js';
import { repairCitedNumbers } from '../shared/references-ocr.js';
import { withNamedAuthorCode } from '../shared/named-body-code.js';
import { looseAmendingLaw, looseKnownLaw } from './ocr-law-citations.js';
import { repairedLawTitle } from './ocr-law-titles.js';
import { withWrappedTail } from '../shared/wrapped-symbol.js';
import { isOwnCaptionLine } from './own-caption-line.js';

interface Citation {
  start: number;
  /** End of the number (or name): where the date and issuer are looked for. */
  end: number;
  type: DocType | null;
  number: PlanNumber | null;
  title?: string;
  /** Set when the citation names its issuer inside the name ("Nghị quyết Đại hội Đảng bộ …"). */
  namedIssuer?: string;
  /** Set when the name holds the date ("Hiến pháp năm 2013"). */
  date?: string;
  /** Set for a number in no state form ("số 02 ngày …", "số 01-GCN-MT ngày …"): one document only with its type and date. */
  ownForm?: true;
}

interface Parsed extends Omit<Citation, 'date'> {
  date: string | null;
  issuer: string | null;
  issuerSpan: { start: number; end: number } | null;
  unresolved: boolean;
  spanEnd: number;
}

/** Words that stand for a type when a number follows: "văn bản số …" is a công văn. */
const TYPE_ALIASES: Record<string, string> = { 'van ban': 'Công văn', vb: 'Công văn' };
const TYPE_WORDS = new RegExp(`(?<![a-z])(${[...foldedTypeNames(), ...Object.keys(TYPE_ALIASES)].join('|')})(?![a-z])`, 'g');
// "số", "số:", OCR "so", between the type and the number; OCR without Vietnamese also leaves
// "s", "so'", or "s" and the ố as letters outside the alphabet and a figure ("sf3", "sj") before
// the figures ("Thông báo s 496-TB/TU", "Nghị định sO' 08/2016/NĐ-CP").
const NUMBER_WORD = /^\s*(?:s[o6]['’]?\s*[:.]?\s*|s(?:[fjwz][\dfjwz]?)?['’]?\s*(?=\d))?/;
// One or two words between a type and its "số" (a number must follow); not "này", "của", "và".
const QUALIFIED_NUMBER = /^(\s+(?!(?:nay|cua|va|ngay|so)\s)[a-z]+(?:\s+(?!(?:nay|cua|va|ngay|so)\s)[a-z]+)?)(?=\s+s[o6]\s*:?\s*\d)/;
// Numbers that stand without a type word: "số 34-CT/TW", "(34-CT/TW)".
const BARE_NUMBER = /(?<![\p{L}\d/.-])\d+(?:\s*\/\s*\d{4}|-(?:19|20)\d\d(?=\/))?\s*(?:\/\s*[\p{L}]|-\s*[\p{L}]+\s*[/-]\s*[\p{L}])/gu;
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
const LAW_NUMBER_AFTER_NAME = /^\s*,?\s*(?=\d{1,3}\s*\/\s*(?:19|20)\d\d\s*\/\s*(?:qh|ubtvqh)\d)/;

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

function lawName(
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
const MAKER_BEFORE_NUMBER = /^\s+cua\s+(?:quoc hoi|chinh phu|uy ban thuong vu quoc hoi)(?:\s+khoa\s+[a-z]{1,6})?(?=\s+s[o6]\s*:?\s*\d)/;

/** Offset of the date a name that goes on past "của" at `at` runs to; -1 when it does not. */
function ofNameToDate(folded: string, at: number): number {
  const m = OF_NAME_TO_DATE.exec(folded.slice(at, at + 160)) ?? OF_COUNCILS.exec(folded.slice(at, at + 80));
  return m && !LAW_MAKER.test(m[0]) ? at + m[0].length : -1;
}

/**
 * A law's name in an OCR layer: as the reader takes it, else (when that finds no amending law, or
 * a name its date does not follow) read against the listed laws up to its date (ocr-law-citations.ts).
 */
function garbledLawName(text: string, folded: string, at: number, typeLength: number): { title: string; end: number; amending?: boolean } | null {
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
const BILL_BEFORE = /(?<![a-z])du (?:an|thao)\s+$/;

/** Types cited by their name ("Luật Đất đai", "Pháp lệnh Bưu chính viễn thông"), a number after it or none. */
const NAMED_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

// "(đề) ngày <date> số <number>" right after a type word.
const DATE_FIRST = /^\s+(?:de\s+)?(?=ngay\s)/;

/** A citation whose date comes before its number: "văn bản đề ngày 29/10/2025 số 16/CV-HHTACN". */
function dateThenNumber(text: string, folded: string, from: number): { date: string; number: PlanNumber; end: number } | null {
  const lead = DATE_FIRST.exec(folded.slice(from, from + 16));
  if (!lead) return null;
  const at = from + lead[0].length;
  const found = dateAfterDayWord(folded, at);
  if (!found?.iso) return null;
  const word = /^\s*,?\s*s[o6]\s*:?\s*/.exec(folded.slice(found.end, found.end + 12));
  if (!word) return null;
  const numberAt = found.end + word[0].length;
  const read = readPlanNumber(text.slice(numberAt, numberAt + 60));
  if (!read || read.value.serial === null) return null;
  return { date: found.iso, number: read.value, end: numberAt + read.length };
}

function findCitations(text: string, folded: string, ocrOrigin: boolean): Citation[] {
  const out: Citation[] = [];
  const covered: Array<[number, number]> = [];
  TYPE_WORDS.lastIndex = 0;
  for (let m = TYPE_WORDS.exec(folded); m; m = TYPE_WORDS.exec(folded)) {
    const at = m.index;
    const alias = TYPE_ALIASES[m[1]!];
    const type = alias ? docTypeByName(alias) : docTypeByName(m[1]!);
    const afterType = at + m[0].length;
    // "Quy chế phối hợp số 49/…", "Báo cáo kết quả số 12/…": a word or two qualify the type before its "số".
    const qualified = alias ? null : QUALIFIED_NUMBER.exec(folded.slice(afterType, afterType + 30));
    const qualifier = qualified && /^[\s\p{Ll}]+$/u.test(text.slice(afterType, afterType + qualified[1]!.length)) ? qualified[1]!.length : 0;
    const numberWord = NUMBER_WORD.exec(folded.slice(afterType + qualifier, afterType + qualifier + 12))!;
    const saysNumber = /s/.test(numberWord[0]);
    // "văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN": the date printed before the number.
    const datedFirst = saysNumber ? null : dateThenNumber(text, folded, afterType + qualifier);
    if (datedFirst) {
      out.push({ start: at, end: datedFirst.end, type, number: datedFirst.number, date: datedFirst.date });
      covered.push([at, datedFirst.end]);
      TYPE_WORDS.lastIndex = datedFirst.end;
      continue;
    }
    // "văn bản số 295/BTC-KBNN", "VB số 10781/VPCP-CN": a công văn, only with its "số".
    if (alias && !saysNumber) continue;
    let numberAt = afterType + qualifier + numberWord[0].length;
    // "chương trình 01, 02-CTr/QU": serials sharing one symbol.
    const serials: string[] = [];
    const list = /^(\d+)\s*,\s*(?=\d)/.exec(text.slice(numberAt, numberAt + 20));
    if (list) {
      serials.push(list[1]!);
      numberAt += list[0].length;
    }
    const numberText = text.slice(numberAt, numberAt + 60);
    // After "số" a number stands there: a slash OCR lost ("91/201 7NĐ-CP") is tolerated.
    // In an OCR layer the type word names the code whose Đ the engine misread ("Quyết định số 240 q1-ttg").
    const wordCode = ocrOrigin ? (type?.code ?? null) : null;
    const stateForm = readPlanNumber(numberText) ?? (saysNumber ? (readLostSlashNumber(numberText) ?? readSpacedSmallNumber(numberText, wordCode) ?? readSpacedCapsNumber(numberText)) : null);
    const ownForm = !stateForm && saysNumber ? oddNumberBeforeDate(numberText) : null;
    const printed = stateForm ?? ownForm;
    const read = printed && withWrappedTail(text, numberAt, printed);
    if (read && wordCode) read.value = withTypeWordCode(read.value, wordCode);
    // "Kế hoạch số /KH-…" needs its "số" to be a citation; "Kế hoạch 124-KH/TU" does not.
    const blank = read && read.value.serial === null;
    if (read && (!blank || saysNumber)) {
      const end = numberAt + read.length;
      if (type?.code === 'NĐ') read.value = decreeNumber(read.value);
      for (const serial of serials) {
        const value = read.value;
        const number = value.party ? `${serial}-${value.symbol}` : `${serial}/${value.symbol}`;
        out.push({ start: at, end, type, number: { ...value, serial, number } });
      }
      out.push({ start: at, end, type, number: read.value, ...(ownForm ? { ownForm: true as const } : {}) });
      covered.push([at, end]);
      TYPE_WORDS.lastIndex = end;
      continue;
    }
    if (type && NAMED_TYPES.has(type.name) && /^\p{Lu}/u.test(text.charAt(at)) && !/(?<![a-z])phap\s$/.test(folded.slice(Math.max(0, at - 5), at))) {
      const law = ocrOrigin ? garbledLawName(text, folded, at, m[0].length) : lawName(text, folded, at, m[0].length);
      // "xây dựng dự án Luật …, trình Chính phủ trước ngày …": a bill, not an issued law; the date after it is a deadline.
      if (law && BILL_BEFORE.test(folded.slice(Math.max(0, at - 12), at))) {
        if (law.amending) TYPE_WORDS.lastIndex = law.end;
      } else if (law) {
        // "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022": the name, then its number.
        // "Luật Quản lý, sử dụng tài sản công 15/2017/QH14": a law's number may follow with no "số".
        // "Luật Ngân sách nhà nước của Quốc hội khóa XIII số 83/2015/QH13": the law-maker between them.
        const numberFrom = law.end + (MAKER_BEFORE_NUMBER.exec(folded.slice(law.end, law.end + 60))?.[0].length ?? 0);
        const numbered = /^\s*s[o6]\s*:?\s*/.exec(folded.slice(numberFrom, numberFrom + 10)) ?? LAW_NUMBER_AFTER_NAME.exec(folded.slice(numberFrom, numberFrom + 24));
        const lawNumber = numbered ? readPlanNumber(text.slice(numberFrom + numbered[0].length, numberFrom + numbered[0].length + 40)) : null;
        const end = lawNumber ? numberFrom + numbered![0].length + lawNumber.length : law.end;
        out.push({ start: at, end, type, number: lawNumber?.value ?? null, title: law.title });
        covered.push([at, end]);
        // The laws named inside an amending law's name are not cited apart from it.
        if (law.amending) TYPE_WORDS.lastIndex = end;
      }
    } else if (type) {
      const named = namedCitation(text, folded, at, m[0].length, type);
      if (named) {
        out.push(named);
        covered.push([at, named.end]);
      }
    }
  }
  // Both lists are in text order: one pointer each keeps this linear.
  let coveredAt = 0;
  const typed = [...out];
  let typedAt = 0;
  for (const m of text.matchAll(BARE_NUMBER)) {
    const at = m.index!;
    while (coveredAt < covered.length && covered[coveredAt]![1] <= at) coveredAt++;
    if (coveredAt < covered.length && covered[coveredAt]![0] <= at) continue;
    const printed = readPlanNumber(text.slice(at, at + 60));
    if (!printed) continue;
    const read = withWrappedTail(text, at, printed);
    let type = read.value.typeCode ? docTypeByCode(read.value.typeCode) : null;
    if (!type) {
      // "Văn bản số 6721/VPCP-V.I ngày … và số 7514/VPCP-V.I": a further number of the citation before.
      while (typedAt < typed.length && typed[typedAt]!.end <= at) typedAt++;
      const before = typedAt > 0 && at - typed[typedAt - 1]!.end < 120 ? typed[typedAt - 1] : undefined;
      // "văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT": right after the citation, "và" alone will do.
      const listed = /(?:,|;|va)\s*s[o6]\s*:?\s*$/.test(folded.slice(Math.max(0, at - 12), at));
      const joined = before && /^\s*(?:,|va)\s*$/.test(folded.slice(before.end, at));
      if (before?.type && (listed || joined)) type = before.type;
      // Older style, the type far from its number or not named ("Nghị định dưới luật của Hội đồng
      // Chính phủ số : 88/CP, ngày 17/8/1994", "được UBND tỉnh phê duyệt số 204/UB-QĐ-NĐ, ngày
      // 09/6/1992"): after "số" and followed by its date, a number is a cited document all the same.
      else if (!(NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && DATE_AFTER.test(folded.slice(at + read.length, at + read.length + 16)))) continue;
    }
    out.push({ start: at, end: at + read.length, type, number: read.value });
  }
  // An OCR repair: typed text writes its numbers with their slashes ("tổng số 12 TB UBND ngày …" is a count).
  if (ocrOrigin) out.push(...spacedCapsCitations(text, folded, out));
  return out.sort((a, b) => a.start - b.start);
}

/** A type's name right before a number label. */
const TYPE_BEFORE_LABEL = new RegExp(`(?<![a-z])(${foldedTypeNames().join('|')})\\s*$`);
// "Số" before a figure, where a dump that dropped slashes wrote a number ("Số 02 CD UBND").
const NUMBER_LABEL = /(?<![\p{L}\d])[Ss][ốoô6]\s*[:.]?\s+(?=\d)/gu;

/**
 * Citations a dump wrote without slashes or hyphens ("… Số 02 CD UBND ngày 24 02 2022 của Chủ
 * tịch UBND"), its type word lost or elsewhere: after "Số", a number whose first part is a type
 * code, followed by its date. Outside every citation already read.
 */
function spacedCapsCitations(text: string, folded: string, read: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  // Both in text order: one pointer keeps this linear.
  const spans = read.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  let reach = -1;
  for (const m of text.matchAll(NUMBER_LABEL)) {
    const at = m.index! + m[0].length;
    while (k < spans.length && spans[k]![0] <= at) reach = Math.max(reach, spans[k++]![1]);
    if (at < reach) continue;
    // "… nghị quyết .\nsố 66 nq-cp ngày …": a dump in small letters, the type word cut off by a stray mark.
    // The type word before "số", in capitals or not ("QUYẾT ĐỊNH số 240 q1-ttg"), names the code whose Đ was misread.
    const word = TYPE_BEFORE_LABEL.exec(folded.slice(Math.max(0, m.index! - 24), m.index!).toLowerCase());
    const wordCode = word ? (docTypeByName(word[1]!)?.code ?? null) : null;
    const number = readSpacedCapsNumber(text.slice(at, at + 40)) ?? readSpacedSmallNumber(text.slice(at, at + 40), wordCode);
    if (!number || !DATE_AFTER.test(folded.slice(at + number.length, at + number.length + 16))) continue;
    out.push({ start: at, end: at + number.length, type: docTypeByCode(number.value.typeCode!), number: number.value });
  }
  return out;
}

/**
 * A decree is the Government's: its symbol is NĐ-CP, and "NĐ-CT", "NĐ-CF" after "Nghị định số"
 * are OCR's reading of that P ("Nghị định sO' 08/2016/ND-CT"); "NĐCP" is it typed without
 * its hyphen ("Nghị định số 181/2024/NĐCP").
 */
function decreeNumber(value: PlanNumber): PlanNumber {
  if (value.party || value.symbol === 'NĐ-CP' || !/^NĐ-?C[A-Z]$/.test(value.symbol)) return value;
  return { ...value, symbol: 'NĐ-CP', number: value.serial ? `${value.serial}/NĐ-CP` : null };
}

/**
 * After "Văn bản số", a number a company or a body gives its letters in no state form, known by
 * its date right after it: "số 01-GCN-MT ngày 21/4/2026", "số YBB-SA032/26-LR ngày …", a bare
 * "số 02 ngày …". Only with "số" before it and "ngày" and a date after it, and with a figure in it.
 */
const ODD_NUMBER = /^([\p{L}\d][\p{L}\d./&-]{0,30}?)(?=\s*,?\s*ngày\s*\d{1,2}\s*(?:\/|tháng)\s*\d{1,2})/u;
function oddNumberBeforeDate(numberText: string): { value: PlanNumber; length: number } | null {
  const m = ODD_NUMBER.exec(numberText);
  const token = m?.[1]?.replace(/[./-]+$/, '');
  // A state number with a year the reader refused ("45/25010/NĐ-CP") is a misprint, not a letter's own form.
  if (!token || !/\d/.test(token) || /^\d+\/\d+\/\p{L}/u.test(token)) return null;
  const slash = token.indexOf('/');
  const serial = slash > 0 ? token.slice(0, slash) : /^\d+$/.test(token) ? token : null;
  const symbol = slash > 0 ? token.slice(slash + 1) : /^\d+$/.test(token) ? '' : token;
  return { value: { number: token, serial, symbol, typeCode: null, party: false }, length: token.length };
}

/** "số", "số :" right before a number, as printed or OCR'd ("sô", "s6"); not "hồ sơ". */
const NUMBER_LABEL_BEFORE = /(?<!\p{L})[Ss][ốoô6]\s*[:.]?\s*$/u;
/** A date right after a number: ", ngày 17/8/1994", " ngày 18 tháng 9". */
const DATE_AFTER = /^\s*[,.]?\s*ngay\s*\d/;

// Documents cited by name, without a number: a congress's resolution ("Nghị quyết Đại hội Đảng
// bộ Thành phố lần thứ XVI") and a document "của <issuer> về “<name>”" ("Chỉ thị của Chủ tịch
// UBND thành phố Hà Nội về “Đẩy mạnh …”"). A bare "Kế hoạch của quận" names nothing: not cited.
const CONGRESS = /^\s+(dai hoi (?:dai bieu )?dang bo [^:;.,\n]{1,40}?) lan thu [ivxlc]+(?![a-z])/;
const OF_ABOUT = /^\s+cua\s+([^:;.\n“”"]{3,80}?)\s+ve\s+[“"]/;

// The constitution is named by the year it was adopted, and its amendment by theirs: "Hiến pháp
// năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013 (sửa đổi, bổ sung năm 2025)".
const CONSTITUTION = /^(?:\s+nuoc\s+(?:cong hoa xa hoi chu nghia|chxhcn)\s+viet nam)?\s+(?:nam\s+)?(?:19|20)\d\d(?!\d)(?:\s*\((?:duoc\s+)?sua doi,?\s*bo sung(?:\s+nam\s+(?:19|20)\d\d)?\))?/;

function namedCitation(text: string, folded: string, at: number, typeLength: number, type: DocType): Citation | null {
  const after = at + typeLength;
  if (type.name === 'Hiến pháp') {
    const constitution = CONSTITUTION.exec(folded.slice(after, after + 120));
    // The date is read after the name: the adoption year, from its "năm".
    if (!constitution) return null;
    const end = after + constitution[0].length;
    const year = /(?:19|20)\d\d/.exec(constitution[0])![0];
    return { start: at, end, type, number: null, title: oneLine(text.slice(at, end)), date: year };
  }
  const congress = CONGRESS.exec(folded.slice(after, after + 90));
  if (congress) {
    const end = after + congress[0].length;
    const bodyStart = after + congress[0].indexOf(congress[1]!);
    return { start: at, end, type, number: null, title: oneLine(text.slice(at, end)), namedIssuer: oneLine(text.slice(bodyStart, bodyStart + congress[1]!.length)) };
  }
  const about = OF_ABOUT.exec(folded.slice(after, after + 120));
  if (about) {
    const open = after + about[0].length;
    const close = text.slice(open, open + 200).search(/[”"]/);
    if (close < 3) return null;
    const issuerStart = after + about[0].indexOf(about[1]!, 4);
    const issuer = oneLine(text.slice(issuerStart, issuerStart + about[1]!.length));
    const name = oneLine(text.slice(open, open + close));
    return { start: at, end: open + close + 1, type, number: null, title: `${type.name} về “${name}”`, namedIssuer: issuer };
  }
  return null;
}

const UNIT_WRITTEN: Record<string, string> = { 'thanh pho': 'thành phố', tinh: 'tỉnh', quan: 'quận', huyen: 'huyện', 'thi xa': 'thị xã', phuong: 'phường', xa: 'xã' };

/**
 * A body named relative to the document: "Đại hội Đảng bộ Thành phố" in a Hà Nội plan is the Hà
 * Nội congress, "Phòng Văn hóa - Xã hội Phường" the ward's own; the unit is named from the frame.
 */
function resolveTrailingUnit(phrase: string, frame: LocalityFrame): string {
  const unit = /(?<![a-z])(thanh pho|tinh|quan|huyen|thi xa|phuong|xa)$/.exec(foldVietnamese(phrase))?.[1];
  if (!unit) return phrase;
  const level = unit === 'thanh pho' || unit === 'tinh' ? frame.province : unit === 'quan' || unit === 'huyen' || unit === 'thi xa' ? frame.district : frame.own;
  const known = level?.word === UNIT_WRITTEN[unit] ? level : frame.own?.word === UNIT_WRITTEN[unit] ? frame.own : null;
  if (!known) return phrase;
  return `${phrase.slice(0, phrase.length - unit.length)}${known.word} ${known.name}`;
}

// A province's department named without its province ("Sở Tài chính") in a document of that
// province or of a unit inside it.
function provinceDepartment(name: string, frame: LocalityFrame): string {
  const folded = foldVietnamese(name);
  if (!/^so\s/.test(folded) || !frame.province || /(?<![a-z])(tinh|thanh pho|tp)(?![a-z])/.test(folded)) return name;
  return `${name} ${frame.province.word} ${frame.province.name}`;
}

/** The issuer's name when the issuer parser does not know the body. */
function unknownBody(name: string, frame: LocalityFrame): string {
  return provinceDepartment(resolveTrailingUnit(name, frame), frame);
}

// A numeric date after a cited number and a day word an engine garbled ("58/2009/QĐ-TTg %rầy
// 16/4/2009", "106/2007/QĐ-BTC nay 20/12/2007", restored "năm"): before figures and slashes only
// "ngày" stands there. OCR text only.
// Words of the language that end so ("tại", "hai", "mai", "vay", "lại") are what they say.
const GARBLED_DAY_WORD = /^[ \t]+(?!(?:tai|hai|mai|vay|lai|cai|sai|hay|tay|bay|may|quy)[ \t])(?:[^\s\d]{1,2}a[yi]|n[a-z]?[my]|ng[a-z]?[yi])[ \t]+(?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?!\d))/;

/** "ban hành ngày", "được ký ngày", "ban hành vào ngày" between a cited number and its date (folded). */
const ISSUED_ON = /^(?:duoc\s+)?(?:ban hanh|ky)\s+(?:vao\s+)?(?=ngay\s*\d)/;

function parseTail(text: string, folded: string, c: Citation, frame: LocalityFrame, near: readonly AdminUnit[], ocr = false): Parsed {
  let pos = c.end;
  let spanEnd = c.end;
  let date: string | null = c.date ?? null;
  // "88/CP, ngày …", and as OCR reads the comma, "88/CP. ngày …" (a new sentence would open "Ngày").
  const lead =
    /^\s*,?\s*/.exec(folded.slice(pos, pos + 5))![0] || (/^\.\s*ngày/u.test(text.slice(pos, pos + 8)) ? /^\.\s*/.exec(text.slice(pos))![0] : '');
  // A table's date column after a wide gap, or on the next line under it ("121/2009/TT- BTC" /
  // "          17/6/2009"): only a whole date in figures stands there.
  const column = LAYOUT_GAP_TO_DATE.exec(folded.slice(pos, pos + 80));
  let at = pos + (column && column[0].length > lead.length ? column[0].length : lead.length);
  // "Kế hoạch số 322/KH-UBND ban hành ngày 17 tháng 01 năm 2013", "… (được) ký ngày …": the date after the verb.
  const issued = !date && c.number?.number ? ISSUED_ON.exec(folded.slice(at, at + 24)) : null;
  if (issued) at += issued[0].length;
  if (date) {
    // named with its date
  } else if (DAY_WORD.test(folded.slice(at, at + 5))) {
    const found = dateAfterDayWord(folded, at) ?? spacedDate(folded, at);
    if (found && found.iso) {
      date = found.iso;
      pos = spanEnd = found.end;
    }
  } else if (/^\d/.test(folded.charAt(at)) || (ocr && c.number?.number && GARBLED_DAY_WORD.test(folded.slice(pos, pos + 24)))) {
    const from = /^\d/.test(folded.charAt(at)) ? at : pos + GARBLED_DAY_WORD.exec(folded.slice(pos, pos + 24))![0].length;
    const found = findDate(folded, from, from);
    if (found && found.iso && found.start === from) {
      date = found.iso;
      pos = spanEnd = found.end;
    }
  } else if (c.number?.number) {
    // "Văn bản số 02/GĐN-ĐD tháng 4 năm 2026": dated by its month and year only.
    const month = MONTH_YEAR.exec(folded.slice(at, at + 24));
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
      date = `${month[2]}-${month[1]!.padStart(2, '0')}`;
      pos = spanEnd = at + month[0].length;
    }
  }
  // "Luật Kế toán năm 2015": a law named with the year it was passed.
  // "Luật An ninh mạng 2025": the year printed bare is part of the name it is known by.
  let title = c.title;
  const year = c.title && !date ? /^\s*,?\s*(nam\s+)?((?:19|20)\d\d)(?![\d/\p{L}]|\.\d)/u.exec(folded.slice(pos, pos + 16)) : null;
  if (year) {
    date = year[2]!;
    if (!year[1]) title = `${c.title} ${year[2]}`;
    pos = spanEnd = pos + year[0].length;
  }
  let issuer: string | null = c.namedIssuer ? resolveTrailingUnit(c.namedIssuer, frame) : null;
  let issuerSpan: Parsed['issuerSpan'] = null;
  let unresolved = false;
  const of = /^\s*,?\s*c(?:u|ii)a\s+/.exec(folded.slice(pos, pos + 12));
  if (of) {
    const from = pos + of[0].length;
    const found = issuerPhrase(text, folded, from);
    if (found) {
      const parsed = found.joint ? null : parseIssuer(found.phrase, frame, near);
      issuer = parsed?.name ?? (found.joint ? found.name : unknownBody(plenumCommittee(found.name), frame));
      unresolved = parsed?.unresolved ?? false;
      issuerSpan = { start: from, end: found.end };
      spanEnd = issuerSpan.end;
      // "Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022": the date after the issuer;
      // "Chỉ thị số 21-CT/TW của Ban Bí thư mới ban hành ngày 04/5/2023": after its verb.
      const after = AFTER_ISSUER_DATE.exec(folded.slice(spanEnd, spanEnd + 40));
      if (!date && after) {
        const at = spanEnd + after[0].length;
        const found = dateAfterDayWord(folded, at);
        if (found?.iso) {
          date = found.iso;
          spanEnd = found.end;
        }
      }
    }
  }
  // "… của Sở Tài chính tại Công văn số 3679/STC-QLGCS": the issuer named before the citation.
  if (!issuer) {
    const before = issuerNamedBefore(text, folded, c.start);
    if (before) {
      const parsed = parseIssuer(before.phrase, frame, near);
      issuer = parsed?.name ?? unknownBody(before.name, frame);
      unresolved = parsed?.unresolved ?? false;
      issuerSpan = { start: before.start, end: before.end };
    }
  }
  return { ...c, ...(title ? { title } : {}), date, issuer, issuerSpan, unresolved, spanEnd };
}

/** A cited document's month and year, without its day: "tháng 4 năm 2026". */
const MONTH_YEAR = /^thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)/;

// "ngày", or OCR's "ngy", "ng&y", before a cited document's date.
const DAY_WORD_SHAPE = String.raw`ng[^\su]?y(?![a-z])`;
const DAY_WORD = new RegExp(`^${DAY_WORD_SHAPE}`);
// Lines of one to three stray marks between "ngày" and its figures: a watermark or stamp across the
// page, in the reading order of a layout text layer ("ngày\n   an\n   04/11/2013").
const STRAY_LINES = /^(?:\s*\n[ \t]*\S{1,3}(?=[ \t]*\n))*\s*/;

// The same marks once lines are joined: one short word before a whole numeric date ("ngày ăn 04/11/2013").
const STRAY_WORD = /^[a-z]{1,3}\s+(?=\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?!\d))/;

/** The date a "ngày" at `at` opens: in words ("ngày 5 tháng 6 năm 2020"), else in figures past stray marks. */
function dateAfterDayWord(folded: string, at: number): ParsedDate | null {
  const wordy = findDate(folded, at, at);
  if (wordy && wordy.start === at) return wordy;
  const across = dateAcrossStrayLines(folded, at);
  if (across) return across;
  const from = numericDateFrom(folded, at);
  return findDate(folded, from, from + 2);
}

// "ngày l7\n   ,- H\n   tháng 6 năm 2026": a seal's scraps read as lines of their own between the
// day and "tháng" (a few marks and at most two letters each).
const STRAY_BEFORE_MONTH = /^(ng[^\su]?y[ \t]*\S{1,3})[ \t]*(?:\n[ \t]*[^\n\p{L}\d]{0,3}[a-z]{0,2}[ \t]*)+\n[ \t]*(?=th[a-z]{0,2}ng\s)/u;

/** The date in words whose day and month a seal's scraps part; its span from `at` to its year. */
function dateAcrossStrayLines(folded: string, at: number): ParsedDate | null {
  const m = STRAY_BEFORE_MONTH.exec(folded.slice(at, at + 240));
  if (!m) return null;
  const rest = at + m[0].length;
  const joined = `${m[1]} ${folded.slice(rest, rest + 30)}`;
  const date = findDate(joined, 0, 0);
  if (!date) return null;
  return { ...date, start: at, end: rest + date.end - m[1]!.length - 1 };
}

// Spaces, maybe one line break, then a whole date in figures: a layout row's date cell.
const LAYOUT_GAP_TO_DATE = /^[ \t]+(?:\n[ \t]*)?(?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\d/]))|^[ \t]*\n[ \t]*(?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\d/]))/;

// A dump that dropped slashes as punctuation writes "ngày 26 02 2025": day, month and year apart.
const SPACED_DATE = new RegExp(String.raw`^${DAY_WORD_SHAPE}[ \t]+(\d{1,2})[ \t]+(\d{1,2})[ \t]+((?:19|20)\d\d)(?![\d/])`);

/** The date "ngày 26 02 2025" at `at` after a cited number, when its day and month are valid. */
function spacedDate(folded: string, at: number): { iso: string; end: number } | null {
  const m = SPACED_DATE.exec(folded.slice(at, at + 24));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { iso: `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, end: at + m[0].length };
}

/** Where the figures of "ngày 04/11/2013" may start: after the word, stray marks and spaces. */
function numericDateFrom(folded: string, at: number): number {
  let from = at + DAY_WORD.exec(folded.slice(at, at + 5))![0].length;
  from += STRAY_LINES.exec(folded.slice(from, from + 60))![0].length;
  return from + (STRAY_WORD.exec(folded.slice(from, from + 24))?.[0].length ?? 0);
}

// The verb, if any, between an issuer and the "ngày" of its document's date ("mới ban hành ngày").
const AFTER_ISSUER_DATE = new RegExp(String.raw`^\s*,?\s*(?:(?:moi|da|duoc)\s+){0,2}(?:ban hanh|ky|thong qua)?\s*(?=${DAY_WORD_SHAPE})`);

// "Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP": the date opens the sentence,
// or the clause after a comma ("Để triển khai …, ngày 10/11/2025, Sở Nội vụ đã ban hành Công văn số …"),
// the comma after the date often left out ("…, ngày 08/9/2025 Sở Tư pháp ban hành Công văn số …"):
// then within one clause (no comma before the verb: "Ngày 20/11/2025 tổ chức hội nghị, các đơn vị có
// Báo cáo số …" does not date the report).
const DATE_OPENS_SENTENCE = /(?:^|[.;:,\n|]\s*)(?:[-+•]\s*)?ngay\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})(?:\s*,\s*[^.;:\n]{0,80}?|\s+[^.;:,\n]{0,80}?)(?:ban hanh|thong qua|co|ky)\s*$/;

function dateBefore(folded: string, start: number): string | null {
  const m = DATE_OPENS_SENTENCE.exec(folded.slice(Math.max(0, start - 140), start));
  if (!m) return null;
  return (findDate(m[1]!, 0, 0) ?? findDate(`ngay ${m[1]!}`, 0, 0))?.iso ?? null;
}

const BULLET = /^\s*(?:[-+•*–]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ][.)]\s+|[ivx]+\.\s+)/;

/** How far back the clause that sets a citation's relation is looked for. */
const RELATION_REACH = 1500;

/** The relation of the clause a citation stands in (see the file comment). */
export function relationAt(folded: string, position: number): Relation {
  // The paragraph, within a window: a document on one line must not cost a scan per citation.
  const windowStart = Math.max(0, position - RELATION_REACH);
  const paragraphStart = windowStart + folded.slice(windowStart, position).lastIndexOf('\n') + 1;
  // The clause the citation opens is part of the test: "…; Kế hoạch số 05/…" continues a list.
  // Only up to its clause's end: "Căn cứ Quyết định số 12/QĐ-UBND; thay thế …" is still a basis.
  const after = folded.slice(position, position + 40);
  const clauseEnd = after.search(/[\n;]/);
  const prefix = folded.slice(paragraphStart, position) + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  const clauses = prefix.split(/;|\.\s+(?=[a-zđ])(?<=\.\s+)/);
  let relation: Relation = 'mentions';
  for (const raw of clauses) {
    const clause = raw.replace(BULLET, '').replace(/^[\s(]+/, '');
    if (!clause.trim()) continue; // what follows the citation's own clause
    const implementing = /^th\S{0,2}c hien(?![a-z])/.exec(clause);
    // "Thực hiện Kế hoạch số …" implements; "Thực hiện khen thưởng theo quy định của Luật …"
    // only mentions: between the verb and the citation stand at most a few words, or other citations.
    if (implementing) relation = implementsCitation(clause.slice(implementing[0].length)) ? 'implements' : 'mentions';
    else if (/^can cu(?![a-z])/.test(clause)) relation = 'basis';
    else if (!CITATION_START.test(clause)) relation = 'mentions';
    // else: a further citation in a list continues the relation of the clause before.
  }
  return relation;
}

/** `between` runs from after "thực hiện" to the end of the clause prefix (the citation at its end). */
function implementsCitation(between: string): boolean {
  const beforeCitation = between.slice(0, Math.max(0, between.length - 40));
  if (beforeCitation.trim().split(/\s+/).filter(Boolean).length <= 3) return true;
  return NUMBERED_CITATION.test(beforeCitation);
}

// A type word with its number ("kế hoạch số 124", "chỉ thị 34-"): a citation, not the noun
// "quy định" in "theo quy định của".
const NUMBERED_CITATION = new RegExp(`(?<![a-z])(${foldedTypeNames().join('|')})\\s+(?:s[o6]\\s*:?\\s*)?\\d`);

const CITATION_START = new RegExp(`^(${foldedTypeNames().join('|')})(?![a-z])`);

const STRENGTH: Record<Relation, number> = { implements: 2, basis: 1, mentions: 0 };

/** The "/"-prefixes of a number key with three parts or more: "102/2025/nqlt" of "102/2025/nqlt/ubtvqh15/…". */
function keyPrefixes(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let n = 3; n < parts.length; n++) out.push(parts.slice(0, n).join('/'));
  return out;
}

/** Names of one document compare folded; the constitution is known by its year alone. */
function titleKeyOf(title: string): string {
  const folded = foldVietnamese(title);
  const constitution = /^hien phap\b.*?((?:19|20)\d\d)/.exec(folded);
  return `title:${constitution ? `hien phap ${constitution[1]}` : folded.replace(/[^a-z0-9]+/g, ' ').trim()}`;
}

/** After a law's number (and date): "về <subject>" up to the end of its clause. */
const LAW_SUBJECT = /^\s*,?\s*(?:ngay\s*\d{1,2}\s*(?:\/|thang)\s*\d{1,2}\s*(?:\/|nam)\s*\d{4}\s*,?\s*)?(?:cua\s+quoc hoi\s*,?\s*)?ve\s+(?!viec\s)/;

/** The title key a law cited by number would have by name: "Luật số … về Quản lý, …" → "Luật Quản lý, …". */
function lawSubjectKey(text: string, folded: string, p: Parsed): string | null {
  if (p.type?.name !== 'Luật' || p.title || !p.number?.number) return null;
  const lead = LAW_SUBJECT.exec(folded.slice(p.end, p.end + 60));
  if (!lead) return null;
  const from = p.end + lead[0].length;
  const subject = /^[^;.\n()“”"]{3,160}/.exec(text.slice(from, from + 160))?.[0].trim();
  return subject ? titleKeyOf(`Luật ${subject}`) : null;
}

/** The year a state number holds: "2024" of "31/2024/QH15". */
function yearOfNumber(number: string | null | undefined): string | null {
  return (number && /\/((?:19|20)\d\d)\//.exec(number)?.[1]) || null;
}

/** A document's date, else the year its number holds: what tells two laws of one name apart. */
function dateOrYear(date: string | null, number: string | null | undefined): string | null {
  return date ?? yearOfNumber(number);
}

/** Where a law is kept by its name and year: "title:luat dat dai|2013". */
function lawYearKey(nameKey: string, date: string): string {
  return `${nameKey}|${date.slice(0, 4)}`;
}

/**
 * What two OCR readings of one cited number share however its type code was garbled: the serial
 * (and year), the issuer's code (the symbol's last part) and a whole date. Null without a whole date.
 */
function garbledTwinKey(number: string | null | undefined, date: string | null): string | null {
  if (!number || !date || date.length !== 10) return null;
  const m = /^(\d{1,5}(?:\/(?:19|20)\d\d)?)\/\S*?[-.]([\p{Lu}][\p{Lu}\d]{1,9})$/u.exec(number);
  return m ? `${m[1]}|${foldVietnamese(m[2]!).toLowerCase()}|${date}` : null;
}

/**
 * A cited number an engine cut short: its symbol one capital with no type code ("1068/B ngày …" of a
 * "1068/BC-SKHDT"), or ending on a hyphen the rest of the line does not go on from ("1226/TCMT- đó
 * do …"). What is left would name another document: better not cited than cited wrong (OCR text only).
 */
function cutShort(text: string, p: Parsed): boolean {
  if (!p.number?.number || p.number.party) return false;
  if (/^\p{Lu}$/u.test(p.number.symbol) && !p.number.typeCode) return true;
  return /^-[ \t]+\p{Ll}/u.test(text.slice(p.end, p.end + 4));
}

/** A citation's type and type code: its type word, else the one its number's code names. */
function typeNamed(p: Parsed): { type: string | null; typeCode: string | null } {
  const type = p.type ?? (p.number?.typeCode ? docTypeByCode(p.number.typeCode) : null);
  return { type: type?.name ?? null, typeCode: typeCodeFor(type, p.number?.typeCode) ?? p.number?.typeCode ?? null };
}

/** A cited code as printed: capitals, figures, "&" and its separators, nothing an engine added (a stop, small letters in the type code). */
function cleanCode(number: string): boolean {
  const symbol = number.replace(/^\d{1,5}(?:\/(?:19|20)\d\d)?\//, '');
  return /^[\p{Lu}\d&]+(?:-[\p{L}\d&]+)*$/u.test(symbol);
}

/** Two dates of one document agree when either is missing or one is the other's year or month. */
function datesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/**
 * The date of a document cited twice: the first one given, unless the later one refines it or only
 * the later one falls in the year its number holds ("163/2024/QH15 ngày 27 tháng 11 năm 2025", later
 * "… ngày 27/11/2024").
 */
function betterDate(first: string | null, later: string | null, number: string | null): string | null {
  if (!first) return later;
  // "tháng 4 năm 2026", later "ngày 15/4/2026": the day refines the month (a date, the year).
  if (later && later.length > first.length && later.startsWith(first)) return later;
  const year = number ? /\/((?:19|20)\d\d)\//.exec(number)?.[1] : undefined;
  if (year && later && !first.startsWith(year) && later.startsWith(year)) return later;
  return first;
}

// The head of a body signs for it: "… của Thống đốc Ngân hàng Nhà nước Việt Nam" names the bank's own document.
const BODY_HEAD = /^(?:thong doc|bo truong|chu tich|giam doc|tong giam doc|thu truong|chanh an|vien truong|tong kiem toan|truong ban|cuc truong|tong cuc truong)\s+/;
const bodyOf = (issuer: string) => foldVietnamese(issuer).toLowerCase().replace(BODY_HEAD, '');

/** The plan's own number; a different issuer or date means another body's document of that number. */
function isSelfReference(p: Parsed, document: DocumentInfo): boolean {
  if (!document.number || p.number?.number !== document.number) return false;
  if (p.issuer && document.issuer.name && bodyOf(p.issuer) !== bodyOf(document.issuer.name)) return false;
  if (p.date && document.date && !p.date.startsWith(document.date) && !document.date.startsWith(p.date)) return false;
  return true;
}

/**
 * The document itself named with its serial blank, whatever stands before it: an annex caption
 * whose "Kèm theo" the engine garbled ("ùn theo Nghị quyết số /NQ-CP ngày … tháng 12 năm 2022 của
 * Chính phủ") names its own type, symbol, issuer and month. A serial left blank is the document's own form.
 */
function isOwnBlankForm(p: Parsed, document: DocumentInfo): boolean {
  if (p.number?.number || !p.type || p.type.name !== document.type || !p.issuer || !document.issuer.name || !p.date || !document.date) return false;
  if (p.number?.symbol && document.symbol && p.number.symbol !== document.symbol) return false;
  // The caption's date no finer than the document's: a cited day where the document's own is blank
  // names an earlier document of that month ("Kế hoạch số /KH-UBND ngày 02 tháng 3 năm 2025").
  return bodyOf(p.issuer) === bodyOf(document.issuer.name) && document.date.startsWith(p.date);
}

function frameFor(document: DocumentInfo, near: readonly AdminUnit[]): LocalityFrame {
  const own = document.issuer.name ? parseIssuer(document.issuer.name, undefined, near) : null;
  return buildFrame(own, near);
}

/** Where the first "Căn cứ" line after the header's number and date opens; the text's end when none. */
function basisStart(folded: string, document: DocumentInfo): number {
  const from = Math.max(document.spans?.number?.end ?? 0, document.spans?.date?.end ?? 0);
  const basis = /(?:^|\n)[ \t*_-]*can cu\s/g;
  basis.lastIndex = from;
  const m = basis.exec(folded);
  return m ? m.index + (m[0].startsWith('\n') ? 1 : 0) : folded.length;
}

/**
 * `near`: the units the text names (mentionedUnits), when the caller has them already.
 * `ocrOrigin`: an OCR engine wrote the text (marked so, or judged garbled), so a cited code may carry
 * its misreadings and the repairs for its dumps apply.
 */
export function extractReferences(
  text: string,
  ctx: StageContext,
  document: DocumentInfo,
  near: readonly AdminUnit[] = mentionedUnits(text),
  folded = foldVietnamese(text),
  ocrOrigin = false,
): Reference[] {
  const repaired = repairCitedNumbers(text, folded, ocrOrigin);
  ({ text, folded } = repaired);
  // Spans are found in the repaired text and reported in the original.
  const spanInOriginal = (span: { start: number; end: number }) => ({ start: repaired.original(span.start), end: repaired.original(span.end - 1) + 1 });
  const frame = frameFor(document, near);
  // The header's own number and date are not citations; what its title cites is. A header whose
  // number line was not read ("Hạnh phúc 47/2017/NĐ-CP" without its "Số:") ends with its date line.
  // A "Căn cứ …" line is never header: when the heading was not read and a later formula
  // ("QUYẾT ĐỊNH BAN HÀNH" under the basis lines) stood in for it, the basis lines stay citations.
  const headerEnd = Math.min(document.spans?.title?.start ?? document.spans?.number?.end ?? document.spans?.date?.end ?? 0, basisStart(folded, document));
  const parsed = findCitations(text, folded, ocrOrigin).map((c) => parseTail(text, folded, c, frame, near, ocrOrigin));
  for (const p of parsed) if (!p.date) p.date = dateBefore(folded, p.start);
  // A Đ whose stroke the engine read twice ("KH-DĐHĐL") is a scan's misreading; typed codes stay.
  if (ocrOrigin) for (const p of parsed) if (p.number) p.number = withOwnSymbolParts(p.number, document.symbol);
  // A code one letter off the initials of the body the sentence names as its author (named-body-code.ts).
  for (const p of parsed) if (p.number) p.number = withNamedAuthorCode(p.number, text, folded, p.start);
  // What a legal-document website appends after the document (related documents, notices) is not cited by it.
  const end = siteFooterStart(text, folded);

  // "Chỉ thị số 01/CT-UBND và Chỉ thị số 02/CT-UBND của UBND quận": a list shares the last issuer.
  for (let i = parsed.length - 2; i >= 0; i--) {
    const a = parsed[i]!;
    const b = parsed[i + 1]!;
    if (a.title) continue;
    const between = text.slice(a.spanEnd, b.start);
    // "… số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": the numbers share the date too.
    if (!a.date && !a.issuer && b.date && /^\s*(,|và|va)\s*s[oố]\s*$/i.test(between)) a.date = b.date;
    // "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013": the type named again, the date shared.
    if (!a.date && !a.issuer && b.date && a.type && a.type.name === b.type?.name && /^\s*(và|va)\s*$/i.test(between)) a.date = b.date;
    if (a.issuer || !b.issuer) continue;
    if (/^\s*(,|;|và|va)?\s*$/i.test(between) || (a.start === b.start && a.end === b.end)) {
      a.issuer = b.issuer;
      a.unresolved = b.unresolved;
    }
  }

  const out: Reference[] = [];
  const byKey = new Map<string, Reference>();
  const byPrefix = new Map<string, Reference>();
  // "06/2023/TTBXD" beside "06/2023/TT-BXD" with the same date: a separator dropped in print.
  const byLooseKey = new Map<string, Reference>();
  const looseKey = (number: string | null | undefined, date: string | null) => (number && date ? `${numberKey(number).replace(/\//g, '')}|${date}` : null);
  // An OCR layer may cite one document twice, once with its type code garbled ("2855/Qa.UBND ngày
  // 03/10/2017", later "2855/QĐ-UBND ngày 03/10/2017"): the same serial, issuer's code and whole day.
  const byOcrKey = new Map<string, Reference>();
  for (const p of parsed) {
    if (p.start < headerEnd) continue;
    if (isSelfReference(p, document) || isOwnBlankForm(p, document)) continue;
    if (ocrOrigin && isOwnCaptionLine(text, { start: p.start, typeName: p.type?.name ?? null, symbol: p.number?.symbol ?? null }, document)) continue;
    // "(Kèm theo Kế hoạch số … )": an annex caption names the plan it belongs to, unless it
    // names another ("tại Phụ lục I (kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2024 của UBND tỉnh)").
    const captionFrom = Math.max(0, p.start - 60);
    const newline = folded.slice(captionFrom, p.start).lastIndexOf('\n');
    const lineStart = newline >= 0 || captionFrom === 0 ? captionFrom + newline + 1 : -1;
    // A caption left blank ("Kế hoạch số /KH-… ngày tháng năm 2017") is the plan's own form.
    const sameNumber = !!p.number?.number && !!document.number && numberKey(p.number.number) === numberKey(document.number);
    const otherDate = !!p.date && !!document.date && !p.date.startsWith(document.date) && !document.date.startsWith(p.date) && !(sameNumber && captionYearSlip(p.date, document.date));
    const otherDocument = !!p.number?.number && ((!!document.number && !sameNumber) || otherDate);
    if (!otherDocument && lineStart >= 0 && /^[\s(*_]*(?:ban hanh\s+)?ke[mr]n? theo\s*$/.test(folded.slice(lineStart, p.start))) continue;
    // The caption may follow the annex's heading on its line: "… trên địa bàn xã (Kèm theo Hướng dẫn số …".
    if (!otherDocument && /\(\s*(?:ban hanh\s+)?ke[mr]n? theo\s*$/.test(folded.slice(captionFrom, p.start))) continue;
    // The citation may start at its number when OCR garbled the type word before it ("(Kèm theo Quuết định số: 1050/…"):
    // in OCR text only; typed words there are read as a type or a title.
    if (!otherDocument && ocrOrigin && /\(\s*(?:ban hanh\s+)?ke[mr]n? theo(?:\s+[a-z]+){0,3}?(?:\s+so\s*[:.]?)?\s*$/.test(folded.slice(captionFrom, p.start))) continue;
    // "(Kèm theo Chương trình hành động tại Nghị quyết số  /NQ-CP …)": the annex's caption names
    // the part it belongs to and the document that carries it, the document itself.
    if (!otherDocument && /\(\s*(?:ban hanh\s+)?ke[mr]n? theo\s[^()\n]{1,80}?\s(?:tai|cua)\s*$/.test(folded.slice(Math.max(0, p.start - 120), p.start))) continue;
    const relation = relationAt(folded, p.start);
    // A law is the same document whether cited by name alone or by name and number.
    // A law cited by its name alone, with neither number nor date, is not pinned to a document.
    // Nor is a form left blank ("Thông báo số ……/TB-MTTQ ngày …. tháng …. năm ...").
    if (!p.number?.number && !p.date && !p.namedIssuer) continue;
    // "Tổ Đề án 06/CP": a programme's name, no document cited (project-name.ts).
    if (namesProgramme(p.type?.name, p.number, p.date, text.slice(p.start, p.end))) continue;
    if (p.start >= end) continue;
    if (ocrOrigin && cutShort(text, p)) continue;
    // Printed variants of one number ("NQLT/UBTVQH15-…", "NQLT- UBTVQH15-…") are one document.
    const titleKey = p.title ? titleKeyOf(p.title) : null;
    // A serial in no state form ("số 02 ngày …") is shared by many documents: one only with its type and date.
    const key = p.number?.number
      ? p.ownForm ? `own:${numberKey(p.number.number)}|${p.type?.name ?? ''}|${p.date}` : numberKey(p.number.number)
      : (titleKey ?? `blank:${p.number?.symbol}|${p.date}|${p.issuer}`);
    // A law cited by number without a date is known by the year its number holds: "Luật số
    // 31/2024/QH15 về Đất đai" is not the "Luật Đất đai năm 2013" it replaces.
    const pDate = dateOrYear(p.date, p.number?.number);
    const agreesWith = (r: Reference) => datesAgree(dateOrYear(r.date, r.number), pDate);
    // "102/2025/NQLT" cut short before or after "102/2025/NQLT/UBTVQH15-CP-…" is that document too;
    // a law named with its number and named alone with a date that agrees is one law too.
    const byTitle = titleKey ? byKey.get(titleKey) : undefined;
    const sameLaw = byTitle && agreesWith(byTitle) && (!byTitle.number || !p.number?.number || byTitle.number === p.number.number) ? byTitle : undefined;
    const loose = p.ownForm ? null : looseKey(p.number?.number, p.date);
    // A law cited by title and date alone is that law only on a date that agrees: "Luật sửa đổi,
    // bổ sung một số điều của Luật Bảo hiểm y tế" of 13/6/2014 and of 27/11/2024 are two laws.
    const titleOnly = !p.number?.number && key === titleKey;
    const datedKey = titleOnly && p.date ? `${key}|${p.date}` : null;
    // The law of that name and year, whether first cited by name or by number ("Luật Đất đai ngày
    // 29/11/2013" after "Luật Đất đai năm 2013").
    // "Luật Giá 2023" after "Luật Giá số 16/2023/QH15": the name without its bare year (law-year-name.ts).
    const bareYearName = titleOnly ? nameKeyWithoutYear(key, p.date) : null;
    const byBareYear = bareYearName && p.date ? byKey.get(lawYearKey(bareYearName, p.date)) : undefined;
    const byYear = titleOnly && p.date ? (byKey.get(lawYearKey(key, p.date)) ?? byBareYear) : undefined;
    // "Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, …": the law's name is known by
    // its subject, so "Luật Quản lý, sử dụng vũ khí, … ngày 29/6/2024" later (or before) is that law.
    const subjectKey = lawSubjectKey(text, folded, p);
    const bySubject = subjectKey ? ((pDate ? byKey.get(lawYearKey(subjectKey, pDate)) : undefined) ?? byKey.get(subjectKey)) : undefined;
    const sameSubject = bySubject && !bySubject.number && agreesWith(bySubject) ? bySubject : undefined;
    const byOwnKey = byKey.get(key);
    const keyed =
      (datedKey ? byKey.get(datedKey) : undefined) ??
      (byYear && agreesWith(byYear) ? byYear : undefined) ??
      (titleOnly && byOwnKey && !agreesWith(byOwnKey) ? undefined : byOwnKey);
    const prefixed = p.ownForm ? undefined : (byPrefix.get(key) ?? keyPrefixes(key).map((k) => byKey.get(k)).find(Boolean));
    const ocrKey = ocrOrigin && !p.ownForm ? garbledTwinKey(p.number?.number, p.date) : null;
    // Only a garbled reading is another's twin: "45/QĐ-UBND" and "45/KH-UBND" of one day are two documents.
    const candidate = ocrKey ? byOcrKey.get(ocrKey) : undefined;
    const twin = candidate?.number && p.number?.number && (!cleanCode(candidate.number) || !cleanCode(p.number.number)) ? candidate : undefined;
    // "1050/Q0Đ-SCT" after "1050/QĐ-SCT …": a digit read into a code's letters (references-code-digit.ts).
    const digitTwin = ocrOrigin && p.number?.number ? codeDigitTwin(p.number.number, p.date, out) : undefined;
    const existing = keyed ?? prefixed ?? sameLaw ?? sameSubject ?? (loose ? byLooseKey.get(loose) : undefined) ?? twin ?? digitTwin;
    if (existing) {
      // The twin whose code reads as printed names the document.
      // Its type, code and issuer too, so that number and typeCode never disagree ("Kế hoạch số
      // 2855/Qa.UBND" read first, then "Quyết định số 2855/QĐ-UBND": a Quyết định, QĐ).
      if (existing === twin && p.number?.number && existing.number && !cleanCode(existing.number) && cleanCode(p.number.number)) {
        const named = typeNamed(p);
        existing.number = p.number.number;
        existing.type = named.type ?? existing.type;
        existing.typeCode = named.typeCode ?? existing.typeCode;
        existing.issuer = p.issuer ?? existing.issuer;
      }
      if (STRENGTH[relation] > STRENGTH[existing.relation]) existing.relation = relation;
      existing.date = betterDate(existing.date, p.date, existing.number ?? p.number?.number ?? null);
      existing.issuer ??= p.issuer;
      // "Hiến pháp 2013", then "Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025)": the fuller designation.
      // A bare year after the name adds nothing to it.
      if (existing.title && p.title && p.title.length > existing.title.length && existing !== byBareYear) existing.title = p.title;
      if (!existing.number && p.number?.number) {
        existing.number = p.number.number;
        byKey.set(key, existing);
      }
      continue;
    }
    if (p.unresolved && p.issuerSpan) ctx.message(log.unresolvedIssuer(text.slice(p.issuerSpan.start, p.issuerSpan.end)), { span: spanInOriginal(p.issuerSpan) });
    const named = typeNamed(p);
    p.issuer ??= impliedIssuer(named.type, p.number?.symbol ?? null);
    const ref: Reference = {
      type: named.type,
      typeCode: named.typeCode,
      number: p.number?.number ?? null,
      date: p.date,
      issuer: p.issuer,
      ...(p.title ? { title: p.title } : {}),
      relation,
      span: spanInOriginal({ start: p.start, end: p.spanEnd }),
    };
    if (!byKey.has(key)) byKey.set(key, ref);
    else if (!titleOnly) byKey.set(key, ref);
    if (datedKey) byKey.set(datedKey, ref);
    if (loose && !byLooseKey.has(loose)) byLooseKey.set(loose, ref);
    if (ocrKey && !byOcrKey.has(ocrKey)) byOcrKey.set(ocrKey, ref);
    if (titleKey && titleKey !== key && !byKey.has(titleKey)) byKey.set(titleKey, ref);
    // A law by name or by number and subject is found again by its name and year; a numbered law
    // with neither date nor year in its number, by its name alone.
    for (const name of [titleKey, subjectKey]) {
      if (!name || !pDate) continue;
      const yearKey = lawYearKey(name, pDate);
      if (!byKey.has(yearKey)) byKey.set(yearKey, ref);
    }
    if (subjectKey && !pDate && !byKey.has(subjectKey)) byKey.set(subjectKey, ref);
    if (p.number?.number && !p.ownForm) for (const prefix of keyPrefixes(key)) if (!byPrefix.has(prefix)) byPrefix.set(prefix, ref);
    out.push(ref);
  }
  return out;
}
