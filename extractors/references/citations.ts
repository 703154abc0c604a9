// Where the text cites a document: a type and its number, a number alone, a date before the number, a law by its name.
import { docTypeByCode, docTypeByName, foldedTypeNames, type DocType } from '../shared/doctypes.js';
import { oneLine } from '../shared/layout.js';
import { withTypeWordCode, readLostSlashNumber, readPlanNumber, readSpacedCapsNumber, readSpacedSmallNumber, type PlanNumber } from '../shared/number.js';
import { withWrappedTail } from '../shared/wrapped-symbol.js';
import { garbledLawName, lawName, BILL_BEFORE, MAKER_BEFORE_NUMBER, LAW_NUMBER_AFTER_NAME } from './law-names.js';
import { dateAfterDayWord } from './citation-date.js';
import type { Citation } from './citation-tail.js';

/** Words that stand for a type when a number follows: "văn bản số …" is a công văn. */
const TYPE_ALIASES: Record<string, string> = { 'van ban': 'Công văn', vb: 'Công văn' };

/** "dự thảo" / "dự án" earlier in the clause before a name (folded; no stop, semicolon or colon between). */
const DRAFT_IN_CLAUSE = /(?<![a-z])du (?:an|thao)\s[^.;:()]{0,80}$/;

const TYPE_WORDS = new RegExp(`(?<![a-z])(${[...foldedTypeNames(), ...Object.keys(TYPE_ALIASES)].join('|')})(?![a-z])`, 'g');

// "số", "số:", OCR "so", between the type and the number; OCR without Vietnamese also leaves
// "s", "so'", or "s" and the ố as letters outside the alphabet and a figure ("sf3", "sj") before
// the figures ("Thông báo s 496-TB/TU", "Nghị định sO' 08/2016/NĐ-CP"); an engine reads a speck
// after the word as a hyphen ("văn bản số- 1266/VPCP-ĐMDN"): a hyphen there, a space and figures
// after it, joins nothing.
const NUMBER_WORD = /^\s*(?:s[o6]['’]?\s*(?:[:.]|-(?=\s+\d))?\s*|s(?:[fjwz][\dfjwz]?)?['’]?\s*(?=\d))?/;

// One or two words between a type and its "số" (a number must follow); not "này", "của", "và".
const QUALIFIED_NUMBER = /^(\s+(?!(?:nay|cua|va|ngay|so)\s)[a-z]+(?:\s+(?!(?:nay|cua|va|ngay|so)\s)[a-z]+)?)(?=\s+s[o6]\s*:?\s*\d)/;

// Numbers that stand without a type word: "số 34-CT/TW", "(34-CT/TW)".
const BARE_NUMBER = /(?<![\p{L}\d/.-])\d+(?:\s*\/\s*\d{4}|-(?:19|20)\d\d(?=\/))?\s*(?:\/\s*[\p{L}]|-\s*[\p{L}]+\s*[/-]\s*[\p{L}])/gu;

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

export function findCitations(text: string, folded: string, ocrOrigin: boolean): Citation[] {
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
      // "các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025": or after its date.
      const joined = before && (/^\s*(?:,|va)\s*$/.test(folded.slice(before.end, at)) || LISTED_AFTER_DATE.test(folded.slice(before.end, at)));
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

/** Between two numbers of one list, the first one's date: " ngày 8/11/2025, ", " ngày 8 tháng 11 năm 2025 và " (folded). */
const LISTED_AFTER_DATE = /^\s*,?\s*ngay\s+\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*\d{1,2}\s*(?:[/.-]|\s+nam\s+)\s*\d{4}\s*(?:,|;|va)\s*$/;

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
    // "lấy ý kiến đóng góp dự thảo Hiến pháp 1992 (sửa đổi)": the draft of an amendment, as a bill
    // is (BILL_BEFORE); its year is the amended text's, and nothing issued is cited. The draft may be
    // named a few words before, in the same clause: "vào Dự thảo sửa đổi Hiến pháp năm 1992",
    // "dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013".
    if (BILL_BEFORE.test(folded.slice(Math.max(0, at - 12), at)) || DRAFT_IN_CLAUSE.test(folded.slice(Math.max(0, at - 90), at))) return null;
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
