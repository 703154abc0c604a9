// OCR'd shapes of cited numbers, put back before citations are read. Every repair keeps the
// text's length; those that close up a run move its spaces, so an offset map carries spans found
// in the repaired text back to the original:
// - slashes another engine wrote as fraction or division slashes ("13⁄2012/QH13", "12∕QĐ-UBND");
// - letters read for digits inside a number ("1O/2O21/NĐ-CP", "l2/2021/NĐ-CP", "22/QĐ-UBND" is
//   left alone): a run of digits and O, o, l, I before a slash, holding at least one real digit.
// - a year OCR split in two ("ngày 30/5/20 19", "16/201 8/TT-BTC", "78/2 014/TT-BTC"): joined, the
//   space moved after it;
// - "U" read as "IJ" or "[J" inside a symbol ("496-TB/TIJ", "496-TB/T[J" are 496-TB/TU);
// - letter-spaced runs (wide tracking in a table, OCR'd letter by letter: "T h ô n g tư s o
//   4 3 / 2 0 16/T T -N H N N"): closed up where both sides belong together (figures and their
//   slashes, a symbol's capitals, a word's letters), the spaces moved to the run's end;
// - a cited date's day or month OCR read as marks: "tháng ] ] năm", "tháng Í I năm", "tháng ỉ ỉ
//   năm" (11), "tháng ó năm", "tháng ở năm" (6: the hook of the 6 read as a tone mark). Only here,
//   in citations, where the figure is printed: a header's handwritten day is never read by shape;
// - a "1" read as "I" inside a symbol's last part ("163/2024/QHI5", "QHI15", "34/BC-CAT-PHI10"): a
//   symbol part is capitals then figures, so an I between them is the 1 (one figure after it) or a
//   doubled stroke of it (two or more figures after it: the figures are whole);
// - a resolution's code NQ read as NO ("50- NO/TW") and a serial's 5 as S ("4S3/CT-…"), OCR only;
// - a serial OCR split by one space right after "số" ("số 9 3/NQ-CP", "số 121 1/2016/UBTVQH13"): joined;
// - the legislature's term set apart from its QH ("31/2024/QH 15", typed so too): joined; its 1 read
//   as l or I ("71/2006/QHll") put back where that term sat in the number's year (OCR only);
// - a tilde or dash read for the hyphen between a symbol's parts ("314/SVHTTDL~ QLTDTT"), or the
//   hyphen read twice with a space between ("889/CD- -TTg", OCR only);
// - a Party symbol's slash read as a stroke letter ("33-NQITW", "33-CTrlTU"; before another body's
//   code too in OCR text: "12-TBIVPĐ") and a date's second slash read as a 1 ("28/0112008");
// - a slash read twice between a serial and its year ("01//2018/TT-VPCP"): one kept, the other
//   stands at the symbol's end as a space;
// - "ngày" glued to the symbol ("115/2021/NĐ-CPngày 16/12/2021"): the space after it moves before
//   it, so the symbol ends where it should ("115/2021/NĐ-CP ngày16/12/2021": the date still reads);
// - a symbol's last part set with a subscript figure ("6034/UBND-NC₁", "1576/UBND-TH₂", a province's
//   department codes) read as punctuation glued to it before "ngày": a stroke ("NC]", "NC|") is the 1;
//   a semicolon or bracket ("NC;" for ₁ and "TH;" for ₂, "NC(") says no figure and becomes a space, so
//   the citation keeps its date and no figure is made up (OCR only);
// - a month of two figures split by a space in a numeric date ("ngày 26/1 1/2003"), or a day right
//   after "ngày" ("ngày 3 1/5/2007"): joined, the space moved after it (OCR only);
// - a serial's 1 read as a bracket after "số" ("số ] 39/NQ-CP"): the 1 put back (OCR only).
// - a cited date's 8 read as "§" and 5 as "S" or "Š" in its day's or month's place ("tháng § năm
//   2017", "ngày L§ tháng 01": 18), OCR only.
// - the Prime Minister's TTg split by a mark or a space ("519/QĐ-T: Tg"): closed up, OCR only.
import { foldVietnamese } from '../../normalizers/fold.js';

const SLASHES = /[⁄∕／]/g;

// A serial (or serial/year) with OCR letters, right before its slash: "1O/", "2O21/", "l2 /";
// or before a Party symbol: "O1-KL/TW".
const DIGIT_RUN = /(?<![\p{L}\p{N}])([0-9OolI]{1,6})(?=\s*\/\s*(?:[0-9OolI]{4}\s*\/|\p{Lu})|-\p{Lu}{1,4}\s*\/)/gu;

// A slash doubled between a serial and its year, the symbol after it: "01//2018/TT-VPCP".
const DOUBLED_SLASH = /(?<=(?<![\d/])\d{1,5})\/\/((?:19|20)\d\d\/\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}[\p{Lu}\d]*)*)/gu;

// A year split by one space: after the day and month of a date, or between a serial's slash and
// the symbol's capitals. Only four digits that make a year (19xx, 20xx) are joined; a tally
// ("18/20 19/20 xã") is neither.
const SPLIT_YEAR = /(?<=\b\d{1,2}\s?\/\s?\d{1,2}\s?\/\s?)(\d{1,3}) (\d{1,3})(?![\d\/])|(?<=\d\s?\/\s?)(\d{1,3}) (\d{1,3})(?=\s?\/\s?\p{Lu})/gu;

// "U" printed in a symbol, read as two marks: "TIJ", "T[J", "TlJ" after a slash or hyphen.
const U_AS_IJ = /(?<=[/-]\p{Lu}{0,5})[I[l|]J(?![\p{L}\d])/gu;

// An I (or l, |) between a symbol part's capitals and its figures, the part ending there.
const ONE_AS_I = /(?<=[/-]\p{Lu}{1,6})[Il](\d{1,3})(?![\p{L}\d])/gu;

// A serial split by one space right after the number label, then its slash and the symbol or
// the year ("số 9 3/NQ-CP", "số 121 1/2016/UBTVQH13").
const SPLIT_SERIAL = /(?<=(?<!\p{L})[Ss][ốoô6][ \t]{0,2}:?[ \t]{0,2})(\d{1,3}) (\d{1,3})(?=\/(?:\p{Lu}|(?:19|20)\d\d\/\p{Lu}))/gu;

// The National Assembly's term after a space: "/QH 15", "/UBTVQH 14".
const SPLIT_TERM = /(?<=\/(?:UBTV)?QH) (\d{1,2})(?![\d/])/gu;

// A symbol's hyphen read as a tilde or a long dash, maybe with a space after it, between capitals.
const HYPHEN_AS_TILDE = /(?<=\/\p{Lu}{1,10})[~—–]([ \t]?)(\p{Lu}{2}[\p{Lu}\d]*)/gu;
// A symbol's hyphen an engine read twice with a space between ("889/CD- -TTg"): one hyphen, the
// space and the second moved after the part (OCR only).
const DOUBLED_HYPHEN = /(?<=\/\p{Lu}{1,10})-[ \t]-(\p{Lu}[\p{L}\d]*)/gu;
// The issuer code of a cited symbol garbled, the body named after the citation saying which it is
// (OCR only, the length kept): a Party document's "TW" read "TH" ("14-KL/TH ngày … của Bộ Chính
// trị"); the Prime Minister's "TTg" read "THÌ", "t1g" ("1073/QĐ-THÌ ngày … của Thủ tướng Chính phủ").
// The body's name as an engine may mark it ("Bộ Chỉnh trị"), up to a line break inside it.
const CENTRAL_PARTY_BODY = String.raw`c\S{1,2}a\s+(?:B\S\s+Ch\S{1,3}nh\s+tr\S{1,2}|Ban\s+B\S\s+th\S{1,2}|Ban\s+Ch\S{1,3}p\s+h\S{1,3}nh\s+Trung\s+\S{1,3}ng)`;
const PARTY_TW_AS_TH = new RegExp(String.raw`(?<=(?<![\p{L}\d])\d{1,4}-(?:NQ|CT|CTr|KL|QĐ|HD|HĐ|TB|BC|QC)\/)TH(?![\p{L}\d])(?=[^\n]{0,48}?${CENTRAL_PARTY_BODY})`, 'gu');
const PRIME_MINISTER = String.raw`c\S{1,2}a\s+Th\S{1,2}\s+t\S{1,3}ng(?![\p{L}])`;
const TTG_GARBLED = new RegExp(String.raw`(?<=(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/(?:QĐ|QD|CT|CĐ|TB)-)(?!TTg)[Tt][1lI|Hh][gGÌìIi9](?![\p{L}\d])(?=[^\n]{0,60}?${PRIME_MINISTER})`, 'gu');
// The slash of a Party symbol read as a stroke letter: "33-NQITW", "33-CTrlTU" (33-NQ/TW,
// 33-CTr/TU). Only between a Party document's kind and a Party body's code, where no letter stands.
const PARTY_SLASH = /(?<=(?<![\p{L}\d])\d{1,4}-(?:NQ|CT|CTr|KL|QĐ|QD|HD|HĐ|KH|TB|BC|QC|QĐi|ĐA|DA|TTr|CV))[Il1|](?=(?:TW|TU|HU|QU|ĐU|DU|TƯ|ĐUK)(?![\p{L}\d]))/gu;

// The same slash read as a stroke letter before any other body's code, in OCR text only: a dashed
// serial ("12-TBIVPĐ" for 12-TB/VPĐ, an office's notice cited by a Youth Union) is the Party's
// and the mass organisations' form, and none of their kinds runs on into an I and more capitals.
const DASHED_SLASH_AS_STROKE = /(?<=(?<![\p{L}\d])\d{1,4}-(?:NQ|CT|CTr|KL|QĐ|QD|HD|HĐ|KH|TB|BC|QC|ĐA|DA|TTr|CV))[Il|](?=\p{Lu}[\p{Lu}&]{1,9}(?![\p{L}\d]))/gu;

// A Party serial whose figures were read as letters and then given marks by the restorer
// ("Ơi-KL/TW" for 01-KL/TW): before a Party symbol only a serial stands, so O-like and 1-like
// letters there are figures, and S is a 5 ("lS-KHITU" for 15-KH/TU: read before the slash is, which
// may be an I or an l still). One character each way: the length is kept.
const PARTY_SERIAL_LETTERS = /(?<![\p{L}\d])([0-9OoƠơÔôÓóÒòỌọÕõlIiíìỉĩị|S]{1,4})(?=\s?-\s?(?:NQ|CT|CTr|KL|QĐ|QD|HD|HĐ|KH|TB|BC|QC|QĐi|ĐA|DA|TTr|CV)[\/Il1|](?:TW|TU|HU|QU|ĐU|DU|TƯ)(?![\p{L}\d]))/gu;

// "Luật" with its vowel misread ("Căn cứ Luột Doanh nghiệp"): before a name in capitals, the word
// can be nothing else. Same length: "ộ" and "ậ" are one unit each.
const LUAT_MISREAD = /(?<![\p{L}])L[uư][ộôồốổỗơờớởỡợoóòọõỏ]t(?=\s+\p{Lu})/gu;

// A date's second slash read as a 1: "28/0112008", "23/1112016" (28/01/2008, 23/11/2016): a day,
// a month and a year of 19xx or 20xx with a 1 in the slash's place and nothing else to read.
const DATE_SLASH_AS_ONE = /(?<![\d/])(\d{1,2})\/(\d{1,2})1((?:19|20)\d\d)(?![\d/])/g;

// An upper-case symbol part glued to the lower-case "ngày" that follows it, then a space and the date.
const GLUED_DAY_WORD = /(?<=[\p{Lu}\d])ng[aàáạảãâăấầ]?y[ \t](?=\d)/gu;

// Only in text an OCR engine wrote (a typed "QB" or "IVD" is what was typed):
// - a type code misread in a cited symbol: "QB" for QĐ (no type is QB), "IVD" for NĐ (the N read
//   as I and V): "45/2016/QB-TTg", "92/2017/IVD-CP"; the dropped letter's place goes to the
//   symbol's end as a space;
// - a serial and year an engine spaced digit by digit ("5 2/2 0 13/NĐ-CP"): closed up, the spaces
//   moved before it (a serial's figures only with the year spaced too or a number label before:
//   "1 52/2013/NĐ-CP" is a row's number and a cited one); a symbol spaced letter by letter ("T T -B C T", "N Đ -C P"), or its last
//   letter set apart ("TT-BC T"): closed up, the spaces moved after it;
// - "Ỉ", "ỉ" for a 1 inside the year of a cited number ("95/20Ỉ2/NĐ-CP");
// - a date's words garbled past what the date reader takes ("ngày 31 _tháng 12", "ngày 06 !hạng
//   12" or, the restorer having put the t back, "!tháng", "tháng 02 neim.2025", "năm 201,8"): the
//   stray mark made a space, the t put back, the year's word read as "năm" and a mark inside the
//   year dropped (the figures closed up, the space after them); a year's word of two letters that
//   kept only its m ("tháng 02 Wm 2025", restored "Âm") read as "nm", the shortest form the date
//   reader takes. Only inside a whole date (ngày, tháng, năm and four figures): typed text is never
//   read so ("ngày 1 tháng 2 nhóm 2024" is no date).
const CITED_HEAD = '(?<=(?<![\\p{L}\\d])\\d{1,5}(?:\\/(?:19|20)\\d\\d)?\\/)';
// The Đ of a cited type code read as B: "QB-UBND", "NB-CP" (QĐ, NĐ); no code is spelt so.
const TYPE_QB = new RegExp(`${CITED_HEAD}([QN])B(?=-\\p{Lu})`, 'gu');
// The slash between a cited year and its symbol read as a small i, l or a bar, the year's zeros as
// O ("116/2O18iTT-BTC"): a year of this era, then two capitals at least.
const YEAR_SLASH_AS_I = /(?<=(?<![\p{L}\d])\d{1,5}\/)((?:19|2[0O])[0-9Oo]{2})[il|](?=\p{Lu}{2})/gu;
// The hyphen between a cited symbol's type code and its issuer's code read as a space ("Quyết định
// số 595/QĐ BHXH ngày 14/4/2017"): a type's code, one space, an issuer's code in capitals, then the
// date's word and its figures; no typed citation sets a space there (OCR only; the length is kept).
const HYPHEN_AS_SPACE = /(?<=(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/(?:QĐ|QD|NĐ|ND|TT|TTLT|CT|NQ|TB|KH|BC|HD|HĐ))[ \t](?=\p{Lu}{2}[\p{L}\d&]*[ \t]+ng[aà]y[ \t]*\d)/gu;
// The slash between a serial and its year read as a 1 ("11612018/TT-BTC" for 116/2018/TT-BTC):
// taken only when the text cites the number so spelled elsewhere (a serial may end in 1).
const SERIAL_SLASH_AS_ONE = /(?<![\p{L}\d/])(\d{1,5})1((?:19|20)\d\d)(\/\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}[\p{Lu}\d]*)*)(?![\p{L}\d])/gu;
const TYPE_IVD = new RegExp(`${CITED_HEAD}IVD(-[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)`, 'gu');
// The empty group marks a number label right before ("số 5 5/2016", "S ố 1 47 /2014"): no row or
// article number stands there, so figures set apart are one serial spaced out. An
// alternation with nothing, not a `?`: a quantified group that matches nothing counts as absent.
const SPACED_SERIAL_YEAR = /(?<![\p{L}\d/])(?:(?<=(?<![\p{L}\d])[Ss](?: ?[\p{L}6])?[.:]? ?)()|)(\d(?: ?\d){0,3}) ?\/ ?(\d(?: ?\d){3})\/(?=\p{Lu})/gu;
const SPACED_SYMBOL = /(?<=\d\/)[\p{Lu}-]{1,2}(?: [\p{Lu}-]{1,2}){2,6}(?=[\s,.;)]|$)/gu;
const SYMBOL_LAST_APART = /(?<=\d\/\p{Lu}{1,4}-\p{Lu}{1,5}) (\p{Lu})(?=[\s,.;)])/gu;
// A year's figure: a figure, a look-alike letter (t too: "20t9", a marked i: "20ỉ 2"), or a 0 read
// as its two sides ("2(,)17"); a mark or one space may stand between two figures.
const YEAR_FIGURE = '(?:[0-9oiljtỉỈíìịĩ]|\\(,?\\))';
const GARBLED_DATE_WORDS = new RegExp(
  `(?<![\\p{L}\\d])(ng\\p{L}{1,2}y\\s{0,3}\\S{0,6}?\\s{0,3})(_?)(!t|[t!])(h\\p{L}{0,2}ng\\s{0,3}(?:\\S{0,6}?|[^\\s\\d] [^\\s\\d])\\s{0,3})(n\\p{L}{0,2}m|[^\\s\\d\\p{L}]?\\p{L}{1,2}m)(\\.?)(\\s{0,3})(${YEAR_FIGURE}(?:(?:[(),]{1,3}| )?${YEAR_FIGURE}){3})(?!\\d)`,
  'giu',
);
// "Ludt" for Luật (the ậ read as d): no word is written so.
const LUAT_AS_LUDT = /(?<![\p{L}])(?:Ludt|LUDT)(?![\p{L}])/gu;
const YEAR_WITH_I = /(?<=(?<![\p{L}\d])\d{1,5}\/)(?:19|20)[\dỈỉ\\]{2}(?=\/\p{Lu})/gu;
// The small r of a Tờ trình's or a Chương trình's code (TTr, CTr) read with a stroke before it ("06
// TTIr/ĐTN", "45/CTlr-UBND": the T's serif or the r's stem read as an I): no code is spelt so. Only
// after a serial, before the symbol's next part; the stroke's place becomes a space before the code.
// The spaces around it are bounded: a lookbehind tried at every place of a long run of spaces would walk
// back over all of it each time.
const TR_CODE_STROKE = /(?<=(?<![\p{L}\d])\d{1,5}[ \t]{0,3}[/-]?[ \t]{0,3})(TT|CT)[Il|](r)(?=[ \t]{0,3}[/-][ \t]{0,3}\p{Lu})/gu;
// A T read as a 1 at the head of a symbol's last part of capitals ("1842b/CTPH-BVHTTDL-1LDLDVN"): no
// code part opens with a figure run onto three capitals.
const T_AS_ONE = /(?<=(?<![\p{L}\d])\d{1,5}\p{Ll}?(?:\/(?:19|20)\d\d)?\/[\p{Lu}\d&-]*-)1(?=\p{Lu}{3,}(?![\p{L}\d]))/gu;
// A serial with look-alike letters before a year whose slash to the symbol was lost ("l7/2022ND- CP").
const DIGIT_RUN_LOST_SLASH = /(?<![\p{L}\p{N}])([0-9OolI]{1,6})(?=\/(?:19|20)\d\d\p{Lu})/gu;
// A 5 read as an S between a serial's figures ("4S3/CT-NVDTPC"): figures on both sides, a slash and
// the symbol (or the year) after it; no code part has a figure before its S there.
const FIVE_AS_S = /(?<![\p{L}\p{N}])(\d{1,3})S(\d{1,3})(?=\/(?:(?:19|20)\d\d\/)?\p{Lu})/gu;
// A Party serial's 0 read as a D ("Dĩ-KL/TW" for 01-KL/TW), before more look-alike figures: the
// general repair (PARTY_SERIAL_LETTERS) then reads them.
const PARTY_SERIAL_D = /(?<![\p{L}\d])D(?=[0-9OoƠơÔôÓóÒòỌọÕõlIiíìỉĩị|]{1,3}\s?-\s?(?:NQ|CT|CTr|KL|QĐ|QD|HD|HĐ|KH|TB|BC|QC|QĐi|ĐA|DA|TTr|CV)\/(?:TW|TU|HU|QU|ĐU|DU|TƯ)(?![\p{L}\d]))/gu;
// A speck read as a small letter glued to a cited number after its type word ("Thông tư
// w58/2009/TT-BTC"): no serial opens with a letter there; it becomes the space it stood in.
const SPECK_BEFORE_SERIAL = /(?<=(?<![\p{L}])(?:tư|định|quyết|thị|kế hoạch|báo|số)[ \t]+)[a-z](?=\d{1,5}\/(?:19|20)\d\d\/\p{Lu})/gu;
// A Q read as an O in the code of a resolution ("50- NO/TW", "12/NO-CP"): no type's code is NO,
// and the Party's or the state's shape around it says a type's code stands there.
const NQ_AS_NO = /(?<=(?<![\p{L}\d])\d{1,4}-[ \t]?)NO(?=\/(?:TW|TU|HU|QU|ĐU|DU|TƯ)(?![\p{L}\d]))|(?<=(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/)NO(?=-\p{Lu})/gu;
// The Ministry of Public Security's departments are C and two figures ("QĐ-BCA-C06"): a 0 there is the C.
const POLICE_DEPARTMENT = /(?<=[/-]BCA-)0(?=\d\d(?![\p{L}\d]))/gu;
// A law's number ends with its legislature: "Luật số 123/2025V-115" is 123/2025/QH15 when the
// figures at its end are the term that sat in the law's year; the garbled middle makes room for "/QH".
const LAW_NUMBER_END = /(?<=(?<![\p{L}])(?:Luật|LUẬT|Bộ luật|BỘ LUẬT)[ \t]+[Ss]\S{0,2}[ \t]*:?[ \t]*\d{1,3}\/)((?:19|20)\d\d)(\S{3,6}?)(\d\d)(?=[\s,.;)]|$)/gu;

// The legislature's term after QH with a 1 read as l or I ("71/2006/QHll", "QHl2"), or its 5 as S
// ("17/2022/UBTVQHIS", the I and S of "QH15"): the term's figures, when the term so read sat in the
// number's year (OCR only; "QHI3" is read so too).
const TERM_LOOKALIKE = /(?<=(?<![\p{L}\d])\d{1,4}\/((?:19|20)\d\d)\/(?:UBTV)?QH)([1Il][\dIlS])(?![\p{L}\d])/gu;

/** The terms of the National Assembly sitting in `year` (two in the year one ends and the next begins). */
function termsSitting(year: number): string[] {
  const starts: Array<[number, number]> = [[11, 2002], [12, 2007], [13, 2011], [14, 2016], [15, 2021], [16, 2026]];
  return starts.filter(([, from], i) => year >= from && year <= (starts[i + 1]?.[1] ?? from + 5)).map(([term]) => String(term));
}

// Runs of short tokens, one space apart; closeUp decides whether the run is letter-spaced.
const SHORT_TOKEN_RUN = /(?<!\S)\S{1,4}(?: \S{1,4}){3,400}(?!\S)/gu;

type Kind = 'digit' | 'mark' | 'upper' | 'lower' | 'other';
const kindOf = (ch: string): Kind =>
  /\d/.test(ch) ? 'digit' : /[/-]/.test(ch) ? 'mark' : /\p{Lu}/u.test(ch) ? 'upper' : /\p{Ll}/u.test(ch) ? 'lower' : 'other';

// Neighbours that belong to one word or number: not a word's letters against figures, and
// letters only letter by letter ("T h ô n g" closes up, "NHNN và" does not).
function joins(left: Kind, right: Kind, leftLength: number, rightLength: number): boolean {
  if (left === 'other' || right === 'other') return false;
  // "tư s o": a word's single letters do not join the whole word before them.
  if (right === 'lower') return rightLength === 1 && left !== 'digit' && (leftLength === 1 || left !== 'lower');
  if (left === 'lower') return false;
  return true;
}

/** A run of mostly one-character tokens holding a figure and a slash, closed up (same length, spaces at the end). */
function closeUp(run: string): string {
  const tokens = run.split(' ');
  const single = tokens.filter((t) => t.length === 1).length;
  if (single < 4 || single * 3 < tokens.length * 2 || !/\d/.test(run) || !run.includes('/')) return run;
  let out = tokens[0]!;
  // The character before a token is the last of the token before: read there, not off the string
  // being built (a rope that each slice would flatten again).
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const join = joins(kindOf(tokens[i - 1]!.slice(-1)), kindOf(token.charAt(0)), tokens[i - 1]!.length, token.length);
    out += join ? token : ` ${token}`;
  }
  // The date word closed up onto the symbol before it ("T T g n g à y" → "TTgngày"): set apart.
  out = out.replace(/(?<=\p{L})(ng[aàáạảãâăấầ][yýỳỷỹỵ])(?=\s|\d|$)/gu, ' $1');
  return out.length <= run.length ? out.padEnd(run.length) : run;
}

// A day or month of marks between "ngày", "tháng" and "năm": two one-like marks, or one marked "o".
const ONE_MARK = '[\\][|!1iIlÍÌỈĨỊíìỉĩị]';
const SIX_MARK = '[óòỏõọớờởỡợÓÒỎÕỌỚỜỞỠỢ]';
const DATE_MARKS = new RegExp(`(?<=(?:ng\\p{L}{1,2}y|th\\p{L}{1,2}ng)[ \\t]{1,3})(?:(${ONE_MARK}) (${ONE_MARK})|(${SIX_MARK}))(?=[ \\t]{1,3}(?:th\\p{L}{1,2}ng|n\\p{L}{1,2}m)[ \\t])`, 'gu');

// A cited date's 8 read as a section sign and its 5 as an S, with or without a caron ("tháng § năm
// 2017", "tháng Š năm 2013"), maybe after a 1 read as a stroke or a bracket ("ngày [§ tháng 9", "ngày
// L§ tháng 01": 18): only alone in a day's or month's place between the date's words. OCR text only.
const SHAPED_FIGURE = new RegExp(`(?<=(?:ng\\p{L}{1,2}y|th\\p{L}{1,2}ng)[ \\t]{1,3})(${ONE_MARK.slice(0, -1)}L]|[0-3])?([§SŠš])(?=[ \\t]{1,3}(?:th\\p{L}{1,2}ng|n\\p{L}{1,2}m)[ \\t])`, 'gu');

// A cited day's or month's two figures with a speck glued before them that the engine read as a
// letter ("ngày 05 tháng Ô01 năm 2017"): no day or month has three characters, so the letter is no
// figure of it. Only before two figures that make a day or month, between the date's own words; the
// letter becomes a space (OCR text only).
const SPECK_BEFORE_FIGURES = new RegExp(`(?<=(?:ng\\p{L}{1,2}y|th\\p{L}{1,2}ng)[ \\t]{1,3})\\p{L}(?=(?:0[1-9]|[12]\\d|3[01])[ \\t]{1,3}(?:th\\p{L}{1,2}ng|n\\p{L}{1,2}m)[ \\t])`, 'gu');

// The Prime Minister's code split by a speck read as a mark ("519/QĐ-T: Tg ngày 31/3/2016"): no
// issuer's code is a lone T followed so by "Tg". Closed up, the gap left as spaces after it (OCR only).
const TTG_SPLIT = /(?<=(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/(?:QĐ|QD|CT|CĐ|TB)-)T([:;.,'’][ \t]?|[ \t])Tg(?![\p{L}\d])/gu;

function shapedFigure(_whole: string, tens: string | undefined, figure: string): string {
  return `${tens === undefined ? '' : /\d/.test(tens) ? tens : '1'}${figure === '§' ? '8' : '5'}`;
}

function digitsFor(run: string): string {
  if (!/\d/.test(run) || /^\d+$/.test(run)) return run;
  return run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
}

export interface RepairedText {
  text: string;
  folded: string;
  /** The offset in the original text of offset `at` of the repaired one. */
  original: (at: number) => number;
}

/** The text with OCR'd number shapes repaired (same length as `text`), its folded form and the way back. */
export function repairCitedNumbers(text: string, folded: string, ocr = false): RepairedText {
  const moves = new SpaceMoves(text.length);
  let out = text.replace(SLASHES, '/');
  if (ocr) out = repairOcrCitations(repairOcrCodes(out, moves));
  out = moves.replace(out, SHORT_TOKEN_RUN, closeUp);
  out = out.replace(DIGIT_RUN, (run) => digitsFor(run));
  out = moves.replace(out, SPLIT_YEAR, (whole, ...parts: string[]) => {
    const [head, tail] = parts[0] !== undefined ? [parts[0], parts[1]!] : [parts[2]!, parts[3]!];
    return /^(?:19|20)\d\d$/.test(head + tail) ? `${head}${tail} ` : whole;
  });
  out = out.replace(U_AS_IJ, 'U ');
  // The dropped I stands at the end as the space, so spans keep every figure (reorder, below).
  out = moves.reorder(out, ONE_AS_I, (match, figures: string) =>
    figures.length === 1 ? { text: `1${figures}`, order: [...match].map((_, i) => i) } : { text: `${figures} `, order: [...figures].map((_, i) => i + 1).concat(0) },
  );
  out = moves.reorder(out, DOUBLED_SLASH, (_match, rest: string) => ({ text: `/${rest} `, order: [0, ...[...rest].map((_, i) => i + 2), 1] }));
  out = moves.replace(out, SPLIT_SERIAL, (_whole, head: string, tail: string) => `${head}${tail} `);
  out = moves.replace(out, SPLIT_TERM, (_whole, term: string) => `${term} `);
  out = moves.replace(out, HYPHEN_AS_TILDE, (_whole, space: string, part: string) => `-${part}${space}`);
  if (ocr) out = withHsTheTextSpells(out, moves);
  out = out.replace(LUAT_MISREAD, 'Luật');
  out = out.replace(PARTY_SERIAL_LETTERS, (run) => (/^\d+$/.test(run) || /^S+$/.test(run) ? run : run.replace(/[OoƠơÔôÓóÒòỌọÕõ]/gu, '0').replace(/[lIiíìỉĩị|]/gu, '1').replace(/S/g, '5')));
  out = out.replace(PARTY_SLASH, '/');
  out = out.replace(DATE_SLASH_AS_ONE, (whole, day: string, month: string, year: string) =>
    Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12 ? `${day}/${month}/${year}` : whole,
  );
  out = moves.replace(out, DATE_MARKS, (_marks, one?: string) => (one ? '11 ' : '6'));
  if (ocr) out = out.replace(SHAPED_FIGURE, shapedFigure);
  if (ocr) out = out.replace(SPECK_BEFORE_FIGURES, ' ');
  if (ocr) out = out.replace(TTG_SPLIT, (_whole, gap: string) => `TTg${' '.repeat(gap.length)}`);
  out = moves.replace(out, GLUED_DAY_WORD, (word) => ` ${word.trimEnd()}`);
  if (out === text) return { text, folded, original: (at) => at };
  return { text: out, folded: foldVietnamese(out), original: moves.original() };
}

// A cited number whose symbol holds two I's side by side ("1065/QĐ-ĐIITĐ"): an H a scan's OCR split.
const CITED_WITH_II = /(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/[\p{Lu}\d-]*II[\p{Lu}\d-]*(?![\p{L}\d])/gu;

/**
 * Cited numbers with an H read as "II", where the text itself cites the same number with the H
 * ("1065/QĐ-ĐIITĐ ngày 28 tháng … năm 2023" and "1065/QĐ-ĐHTĐ ngày 28/11/2023"): spelled as the text
 * vouches, the length kept (the freed place a space after the symbol). No symbol is guessed: an II
 * the text spells nowhere else with its H stays as read.
 */
function withHsTheTextSpells(text: string, moves: SpaceMoves): string {
  return moves.reorder(text, CITED_WITH_II, (match) => {
    const at = match.indexOf('II');
    const fixed = `${match.slice(0, at)}H${match.slice(at + 2)}`;
    if (!citesWhole(text, fixed)) return { text: match, order: [] };
    const order = [...fixed].map((_, i) => (i <= at ? i : i + 1)).concat(at + 1);
    return { text: `${fixed} `, order };
  });
}

/** `number` cited in `text` as a whole token (no letter or figure against it on either side). */
function citesWhole(text: string, number: string): boolean {
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    if (!/[\p{L}\d]/u.test(text[at - 1] ?? '') && !/[\p{L}\d]/u.test(text[at + number.length] ?? '')) return true;
  }
  return false;
}

/** Where a serial and year ("116/2018") open a cited number in `text`, by that head, read once. */
const CITED_NUMBER_HEAD = /(?<![\p{L}\d])\d{1,5}\/(?:19|20)\d\d(?=\/)/gu;

/**
 * A test of whether `text` cites `head` + `symbol` as a whole token, as citesWhole asks, with the
 * text read once: each answer looks only where that serial and year stand (linear on a long layer
 * whatever the number of misread citations in it).
 */
function citedWholeIn(text: string): (head: string, symbol: string) => boolean {
  const starts = new Map<string, number[]>();
  for (const m of text.matchAll(CITED_NUMBER_HEAD)) {
    const list = starts.get(m[0]) ?? [];
    list.push(m.index!);
    starts.set(m[0], list);
  }
  const answers = new Map<string, boolean>();
  return (head, symbol) => {
    const number = head + symbol;
    let answer = answers.get(number);
    if (answer === undefined) {
      answer = (starts.get(head) ?? []).some((at) => text.startsWith(number, at) && !/[\p{L}\d]/u.test(text[at + number.length] ?? ''));
      answers.set(number, answer);
    }
    return answer;
  };
}

// "Số" an engine spaced out at the head of a number line ("S ố 1 47 /2014/T T -B C T").
const SPACED_NUMBER_LABEL = /(?<![\p{L}\d])S ố(?=[\s:])/gu;

/**
 * The header zone of an OCR layer with its own number line's codes repaired as cited ones are
 * (spaced serial, year and symbol, misread type codes) and a spaced "Số" closed up; the length is
 * kept, so spans found in it stand in the text as read.
 */
export function repairOcrHeaderCodes(text: string, zone: number): string {
  const head = text.slice(0, zone);
  const moves = new SpaceMoves(head.length);
  let out = repairOcrCodes(head.replace(SLASHES, '/'), moves).replace(SPACED_NUMBER_LABEL, 'Số ');
  // The serial after its label and the day after "ngày", each spaced in two ("số: 121 4/GsQL",
  // "ngày 2 3 tháng 08"), as a cited number's serial is: no number or day is written so.
  out = moves.replace(out, SPLIT_SERIAL, (_whole, first: string, second: string) => `${first}${second} `);
  out = moves.replace(out, SPLIT_WRITTEN_DAY, (whole, tens: string, units: string) => (Number(tens + units) >= 1 && Number(tens + units) <= 31 ? `${tens}${units} ` : whole));
  out = out.replace(SMALL_AMONG_CAPITALS, (letter) => letter.toUpperCase());
  return out === head ? text : out + text.slice(zone);
}

// A symbol's capital read small between two capitals ("1214/GsQL-GQ2"), a letter whose two cases
// differ only in size (c o s v w x z): a symbol's small letters close its part ("TTg", "NHNo", "CTr").
const SMALL_AMONG_CAPITALS = /(?<=(?<![\p{L}\d])\d{1,5}[ \t]?(?:\/(?:19|20)\d\d)?\/[\p{Lu}\d-]*\p{Lu})[cosvwxz](?=\p{Lu})/gu;

// A written date's day of two figures split by a space: "ngày 2 3 tháng 08 năm 2022".
const SPLIT_WRITTEN_DAY = /(?<=(?<![\p{L}\d])ng\p{L}{0,2}y[ \t]{1,2})([0-3]) (\d)(?=[ \t]{1,3}th\p{L}{1,3}ng[ \t])/gu;

// A subscript figure after a symbol's last capitals, read as punctuation: only glued to the capitals
// and before the citation's "ngày" (a sentence's semicolon or bracket never stands there).
const SUBSCRIPT_FIGURE = /(?<=(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*-\p{Lu}{1,6})[;(\[\]|!](?=[ \t]+ng[aàáảãạ]y[ \t]*\d)/gu;

// A numeric date's month 10-12 split after its 1: "26/1 1/2003" (no date is written so).
const SPLIT_MONTH = /(?<=(?<![\d/])\d{1,2}\/)1 ([0-2])(?=\/(?:19|20)\d\d(?!\d))/g;
// A numeric date's day of two figures split by a space right after "ngày": "ngày 3 1/5/2007" (no
// date is written so; a lone figure before a whole date is no day of it). Joined when it makes a day.
const SPLIT_DAY = /(?<=(?<![\p{L}\d])ng\p{L}{0,2}y[ \t]{1,2})([0-3]) (\d)(?=\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?!\d))/gu;
// A serial's 1 read as a closing bracket right after the number label, a space after it ("Nghị
// quyết số ] 39/NQ-CP": 139/NQ-CP): no serial opens with a bracket, nor does a bracket close anything
// there. Joined, the space moved after the serial.
const SERIAL_ONE_AS_BRACKET = /(?<=(?<![\p{L}\d])[Ss][ốoô6][ \t]{0,2}:?[ \t]{0,2})\]( ?)(\d{1,4})(?=\/(?:\p{Lu}|(?:19|20)\d\d\/\p{Lu}))/gu;

// A serial glued to its type's code, the slash between read as a 1 or a stroke letter ("1261NQ-CP",
// "3325lCT-QL": 126/NQ-CP, 3325/CT-…), the code's T maybe read as a 1 too ("45511B-TLĐ": 455/TB-TLĐ).
// Only before a document type's code and a hyphen, where a slash stands in a state symbol; the
// shortest serial that leaves such a code is the one. So after a serial and a year whose 1 may be
// read as I or l ("06/20I21TT-BTC": 06/2012/TT-BTC). A stroke letter (l, I, |) or a T read as 1
// beside it is taken for the slash; a plain 1 may as well be the serial's last figure with the slash
// lost ("2021QĐ-UBND", "31KH-UBND": the lost-slash reading, number.ts), so it is taken only with
// evidence (slashOfPlainOne).
const SLASH_AS_ONE_BEFORE_TYPE = /(?<![\p{L}\d/.-])(\d{1,5}\/(?:19|20)[\dIl]{2}|\d{1,5}?)[1lI|](?:1(B|Tr|T)|(NQ|QĐ|NĐ|CT|KH|TB|BC|TT|TTr|KL|HD|HĐ))(?=-\p{Lu})/gu;

// A cited date whose slashes and figures an engine without Vietnamese read as look-alikes, right
// after its day word ("ngày O4lOgl2O20", "ngày 0210612020", "ngày 23llO/2018"): 04/09/2020, 02/06/2020,
// 23/10/2018, "ngày tll01/2012": 11/01/2012. A slash read as l, I, a bar or a 1; a 0 as O, a 1 as l,
// I or t (its serif), a 9 as g.
const LOOKALIKE_DATE = /(?<=(?<!\p{L})n?g\p{L}{0,2}[yýỳỷỹỵ][ \t]{1,2})[0-9OoIl|igt/]{8,10}(?![\p{L}\d/])/gu;
const FIGURE_OF: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1', i: '1', t: '1', g: '9' };

/**
 * The one way `token` reads as day, slash, month, slash and a year of 19xx or 20xx, each character
 * a figure, a slash or their look-alike (the length kept); null when none or more than one does, or
 * when it is a plain date already (the date reader's).
 */
export function lookalikeDate(token: string): string | null {
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(token) || (token.match(/\d/g) ?? []).length < 4) return null;
  const figure = (ch: string) => (/\d/.test(ch) ? ch : FIGURE_OF[ch] ?? null);
  const isSlash = (ch: string) => /[/1lI|]/.test(ch);
  const found: string[] = [];
  for (const dayLength of [1, 2]) {
    for (const monthLength of [1, 2]) {
      if (dayLength + monthLength + 6 !== token.length) continue;
      const [first, second] = [dayLength, dayLength + 1 + monthLength];
      if (!isSlash(token[first]!) || !isSlash(token[second]!)) continue;
      const digits = [...token].map((ch, i) => (i === first || i === second ? '/' : figure(ch)));
      if (digits.includes(null)) continue;
      const [day, month, year] = digits.join('').split('/').map(Number) as [number, number, number];
      if (year < 1945 || year > 2099 || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
      found.push(digits.join(''));
    }
  }
  return found.length === 1 ? found[0]! : null;
}

// A decree's symbol is NĐ-CP (the Government alone issues decrees): its P read as an f ("37/2016/NĐ-Cf")
// or set apart by a mark ("11/2016/NĐ-C;P", the mark then stands after it as a space).
const DECREE_GOVERNMENT_CODE = /(?<=(?<![\p{L}\d])\d{1,5}\/(?:19|20)\d\d\/NĐ-C)(?:[;:,'|]P|[fF](?![\p{L}\d]))/gu;

// A serial and a type's code with the slash between, as cited ("126/NQ-CP"): the evidence for a plain 1.
const SERIAL_SLASH_CODE = /(?<![\p{L}\d/.-])(\d{1,5})\/(\p{Lu}{2,3})(?=-\p{Lu})/gu;

/**
 * Whether a plain 1 between `head` and `code` is the slash: the serial and year would not stand with
 * the 1 kept (a year of five figures, a serial of six), or the text cites `head`/`code` elsewhere with
 * its slash. Otherwise the 1 may be the serial's last figure, the slash lost.
 */
function slashOfPlainOne(head: string, code: string, cited: () => Set<string>): boolean {
  return head.includes('/') || head.length >= 5 || cited().has(`${head}/${code}`);
}

/** OCR-only repairs of citations in the body (not of the header's own number line), each keeping the length. */
function repairOcrCitations(text: string): string {
  // Read once, and only when a plain 1 asks (linear in the text).
  let serials: Set<string> | null = null;
  const cited = () => (serials ??= new Set([...text.matchAll(SERIAL_SLASH_CODE)].map((m) => `${m[1]}/${m[2]}`)));
  return text
    .replace(DECREE_GOVERNMENT_CODE, (read) => 'P'.padEnd(read.length))
    .replace(SLASH_AS_ONE_BEFORE_TYPE, (whole, head: string, afterOne: string | undefined, code: string | undefined) => {
      const slash = whole.charAt(head.length);
      if (slash === '1' && !afterOne && !slashOfPlainOne(head, code!, cited)) return whole;
      return `${head.replace(/[Il]/g, '1')}/${afterOne ? `T${afterOne}` : code}`;
    })
    .replace(LOOKALIKE_DATE, (token) => lookalikeDate(token) ?? token);
}

/** The OCR-only repairs of cited numbers (see above), each keeping the length. */
function repairOcrCodes(text: string, moves: SpaceMoves): string {
  let out = text.replace(GARBLED_DATE_WORDS, garbledDateRepaired).replace(LUAT_AS_LUDT, (word) => (word === 'Ludt' ? 'Luật' : 'LUẬT')).replace(TYPE_QB, '$1Đ').replace(SUBSCRIPT_FIGURE, (mark) => (/[\]|!]/.test(mark) ? '1' : ' '));
  out = out.replace(YEAR_SLASH_AS_I, (_whole, year: string) => `${year.replace(/[Oo]/g, '0')}/`);
  out = out.replace(HYPHEN_AS_SPACE, '-');
  const vouched = citedWholeIn(out);
  out = out.replace(SERIAL_SLASH_AS_ONE, (whole, serial: string, year: string, symbol: string) => (vouched(`${serial}/${year}`, symbol) ? `${serial}/${year}${symbol}` : whole));
  out = moves.replace(out, SPLIT_MONTH, (_whole, second: string) => `1${second} `);
  out = moves.replace(out, SPLIT_DAY, (whole, tens: string, units: string) => (Number(tens + units) >= 1 && Number(tens + units) <= 31 ? `${tens}${units} ` : whole));
  out = moves.replace(out, SERIAL_ONE_AS_BRACKET, (_whole, space: string, figures: string) => `1${figures}${space}`);
  out = moves.replace(out, DOUBLED_HYPHEN, (_whole, part: string) => `-${part}  `);
  out = out.replace(PARTY_TW_AS_TH, 'TW').replace(TTG_GARBLED, 'TTg');
  out = moves.reorder(out, TYPE_IVD, (match, rest: string) => ({
    text: `NĐ${rest} `,
    order: [0, 2, ...[...rest].map((_, i) => i + 3), 1],
  }));
  out = out.replace(YEAR_WITH_I, (year) => year.replace(/[Ỉỉ\\]/g, '1'));
  out = out.replace(DIGIT_RUN_LOST_SLASH, (run) => digitsFor(run));
  out = out.replace(FIVE_AS_S, '$15$2');
  out = out.replace(PARTY_SERIAL_D, '0');
  out = out.replace(SPECK_BEFORE_SERIAL, ' ');
  out = out.replace(POLICE_DEPARTMENT, 'C').replace(T_AS_ONE, 'T');
  out = moves.replace(out, TR_CODE_STROKE, (_whole, code: string, r: string) => ` ${code}${r}`);
  out = out.replace(NQ_AS_NO, 'NQ');
  out = out.replace(DASHED_SLASH_AS_STROKE, '/');
  out = out.replace(TERM_LOOKALIKE, (read, year: string) => {
    const term = read.replace(/[Il]/g, '1').replace(/S$/, '5');
    return term !== read && termsSitting(Number(year)).includes(term) ? term : read;
  });
  out = out.replace(LAW_NUMBER_END, (whole, year: string, middle: string, term: string) =>
    /^\/(?:UBTV)?QH$/.test(middle) || /\d/.test(middle.replace(/1$/, '')) || !termsSitting(Number(year)).includes(term) ? whole : `${year}/QH${term}`.padEnd(whole.length),
  );
  out = moves.replace(out, SPACED_SERIAL_YEAR, (whole, labelled: string | undefined, serial: string, year: string) => {
    const [s, y] = [serial.replace(/ /g, ''), year.replace(/ /g, '')];
    if (!/^(?:19|20)\d\d$/.test(y) || whole.indexOf(' ') < 0) return whole;
    // Figures apart in the serial are joined only where the engine evidently spaced them: the year
    // spaced too ("5 2/2 0 13"), or a number label right before ("số 5 5/2016"). Otherwise the first
    // may be a row's or an article's number ("1 52/2013/NĐ-CP", "Điều 3 15/2020/TT-BTC").
    if (serial.includes(' ') && !year.includes(' ') && labelled === undefined) return whole;
    const closed = `${s}/${y}/`;
    return closed.padStart(whole.length);
  });
  out = moves.replace(out, SPACED_SYMBOL, (run) => {
    const closed = run.replace(/ /g, '');
    return /^\p{Lu}{1,4}-\p{Lu}{1,6}$/u.test(closed) ? closed.padEnd(run.length) : run;
  });
  return moves.replace(out, SYMBOL_LAST_APART, (_whole, letter: string) => `${letter} `);
}

/** A date matched by GARBLED_DATE_WORDS as the date reader takes it, the length kept; as read when its year lost a figure. */
function garbledDateRepaired(whole: string, head: string, mark: string, t: string, month: string, word: string, stop: string, gap: string, year: string): string {
  const figures = year.replace(/\(,?\)/g, '0').replace(/[(), ]/g, '').replace(/[tỉỈíìịĩ]/giu, '1');
  if (figures.length !== 4) return whole;
  const upper = word === word.toUpperCase();
  const yearWord =
    word.length > 3 || stop || (word.length === 3 && !/^n/i.test(word)) ? (upper ? 'NĂM' : 'năm').padEnd(word.length + stop.length) : /^n/i.test(word) ? word : upper ? 'NM' : 'nm';
  // A day left blank or written by hand ("ngay#", "ngày  ") says the month was likely written by
  // hand too: its letters are then no printed figures to read back.
  const dayPrinted = /\d/.test(head.replace(/^ng\p{L}{1,2}y/u, ''));
  return `${head}${mark ? ' ' : ''}${t === '!' ? 't' : t === '!t' ? ' t' : t}${dayPrinted ? monthOfLookalikes(month) : month}${yearWord}${gap}${figures.padEnd(year.length)}`;
}

/**
 * "tháng ionăm 2025": a month of two figures both read as their look-alike letters (i, l, j for 1,
 * o for 0). Between "tháng" and "năm" only figures stand, so they are read back when they make a
 * month; one real figure beside a letter ("l2") the date reader reads itself. A serifed 1 may read
 * as a T or an I given a mark ("tháng T1 năm 2010", "tháng IÌ năm 2009"), beside a letter or a 1.
 */
function monthOfLookalikes(month: string): string {
  const m = /^(h\p{L}{0,2}ng\s{0,3})([oOơƠiIlj|tTÌÍìí1]{2}|[oOơƠiIlj|tTÌÍìí1] [oOơƠiIlj|tTÌÍìí1])(\s{0,3})$/u.exec(month);
  if (!m || /^\d+$/.test(m[2]!.replace(' ', ''))) return month;
  const figures = m[2]!.replace(' ', '').replace(/[oOơƠ]/g, '0').replace(/[iIlj|tTÌÍìí]/g, '1');
  return Number(figures) >= 1 && Number(figures) <= 12 ? `${m[1]}${figures}${m[3]}`.padEnd(month.length) : month;
}

/**
 * Repairs that move spaces inside a match and keep its other characters in order: within each
 * match the k-th non-space character of the result was the k-th of the input, and likewise the
 * spaces. Composed over the repairs into one map, built only once something moved.
 */
class SpaceMoves {
  private map: Int32Array | null = null;
  constructor(private readonly length: number) {}

  replace(text: string, pattern: RegExp, repair: (match: string, ...groups: string[]) => string): string {
    return text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest.findIndex((r) => typeof r === 'number');
      const offset = rest[at] as number;
      const result = repair(match, ...(rest.slice(0, at) as string[]));
      if (result !== match && result.length === match.length) this.record(match, result, offset);
      return result;
    });
  }

  /**
   * Repairs that change characters, each output character standing for one of the match
   * (`order[i]`: the index in the match of output character i), the length kept.
   */
  reorder(text: string, pattern: RegExp, repair: (match: string, ...groups: string[]) => { text: string; order: number[] }): string {
    return text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest.findIndex((r) => typeof r === 'number');
      const offset = rest[at] as number;
      const result = repair(match, ...(rest.slice(0, at) as string[]));
      if (result.text === match || result.text.length !== match.length) return match;
      const map = (this.map ??= Int32Array.from({ length: this.length + 1 }, (_, i) => i));
      const before = Array.from({ length: match.length }, (_, i) => map[offset + i]!);
      result.order.forEach((from, i) => (map[offset + i] = before[from]!));
      return result.text;
    });
  }

  private record(input: string, output: string, offset: number): void {
    const map = (this.map ??= Int32Array.from({ length: this.length + 1 }, (_, i) => i));
    const spaces: number[] = [];
    const others: number[] = [];
    for (let i = 0; i < input.length; i++) (/\s/.test(input[i]!) ? spaces : others).push(map[offset + i]!);
    let s = 0;
    let o = 0;
    const moved: number[] = [];
    for (let i = 0; i < output.length; i++) moved.push((/\s/.test(output[i]!) ? spaces[s++] : others[o++])!);
    // A repair that changed how many spaces there are keeps the offsets it found.
    if (s !== spaces.length || o !== others.length) return;
    for (let i = 0; i < moved.length; i++) map[offset + i] = moved[i]!;
  }

  original(): (at: number) => number {
    const map = this.map;
    return map ? (at) => map[at] ?? at : (at) => at;
  }
}
