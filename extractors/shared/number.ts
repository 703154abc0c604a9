// Document numbers ("số và ký hiệu"): serial / type abbreviation - issuer abbreviation.
// Canonical form: no spaces, Vietnamese letters restored in the known abbreviations
// (HDTDKT → HĐTĐKT), case as officially written (CTr, TTg, QyĐ).
import { docTypeByCode } from './doctypes.js';

export interface PlanNumber {
  /** "51/KH-HĐTĐKT", "34-CT/TW"; null when the serial is blank. */
  number: string | null;
  /** "51", "31/2020"; null when blank. */
  serial: string | null;
  /** "KH-HĐTĐKT", "CT/TW"; kept even when the serial is blank. */
  symbol: string;
  /** The Phụ lục III type the symbol names, when it names one ("KH", "QĐ"). */
  typeCode: string | null;
  /** Party numbering: serial-TYPE/ISSUER. */
  party: boolean;
}

// Parts of symbols, keyed by their ASCII upper-case fold, as officially spelled.
const SYMBOL_PARTS: Record<string, string> = Object.fromEntries(
  [
    // type abbreviations (Phụ lục III) and legal types
    'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'BC', 'BB', 'TTr', 'CĐ', 'BGN', 'BTT',
    'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT', 'TTLT', 'KL', 'QH',
    // issuers
    'UBND', 'HĐND', 'HĐTĐKT', 'TĐKT', 'TTHĐTĐKT', 'BTĐKT', 'TW', 'TU', 'QU', 'HU', 'ĐU', 'BCĐ', 'BCH', 'BTV',
    'TTg', 'CP', 'VPCP', 'BNV', 'BTC', 'MTTQ', 'VP', 'NV', 'SNV', 'LĐLĐ', 'TLĐ', 'BTGTW', 'BTCTW', 'BDVTW',
    'VHTT', 'GDĐT', 'SGDĐT', 'LĐTBXH', 'TTHC', 'VX', 'KT', 'NC', 'TH', 'TCKH', 'ĐTN', 'HLHPN', 'HCCB', 'HND',
  ].map((part) => [asciiKey(part), part]),
);
// Ambiguous without marks: HD is Hướng dẫn (far more common than Hợp đồng), DA stays as written.

function asciiKey(part: string): string {
  return part.replace(/[đĐ]/g, 'D').toUpperCase();
}

// OCR of a scan reads the subscript 1 that closes some provincial symbols ("UBND-NC₁",
// "UBND-KGVX₁": the office's first desk) as a small i or l: no official part ends in one after
// capitals. The subscript is written as the figure, as a typed copy spells it ("UBND-NC1").
const SUBSCRIPT_ONE_READ_AS_LETTER = /^([A-ZĐ]{2,})[il]$/;
// Parts OCR misreads in one known way: the g of TTg (the Prime Minister, cited in every family) as 9.
const MISREAD_PARTS: Record<string, string> = { TT9: 'TTg' };

/** One part of a symbol in its official spelling; unknown parts are kept as written. */
export function canonicalSymbolPart(part: string): string {
  const misread = MISREAD_PARTS[part];
  if (misread) return misread;
  const subscript = SUBSCRIPT_ONE_READ_AS_LETTER.exec(part);
  if (subscript) return `${subscript[1]}1`;
  const known = SYMBOL_PARTS[asciiKey(part)] ?? doubledLetterPart(part);
  // A part all in small letters is a dump's lowering of the page ("2827/qđ-bgdđt"): codes are capitals.
  if (!known) return /^[a-zđ]{2,}$/.test(part) ? part.toUpperCase() : part;
  // A part already written with Đ keeps it even when the table's reading has none (HĐ vs HD).
  if (/[đĐ]/.test(part) && !/Đ/.test(known)) return part.toUpperCase();
  return known;
}

/**
 * A known part with its Đ doubled, as OCR of a scan reads the crossed stroke twice ("QĐĐ" for QĐ).
 * Only Đ: other doubled letters are real abbreviations (TTT, the Thanh tra tỉnh).
 */
function doubledLetterPart(part: string): string | undefined {
  const at = part.indexOf('ĐĐ');
  return at < 0 ? undefined : SYMBOL_PARTS[asciiKey(part.slice(0, at) + part.slice(at + 1))];
}

const LETTERS = 'A-Za-zĐđ';
// "QLN&TTBĐS", "V.I": a part may join words with "&" or a dot.
const PART = `[${LETTERS}][${LETTERS}0-9]*(?:(?:[ \\t]*&[ \\t]*|\\.)[${LETTERS}][${LETTERS}0-9]*)*`;
// Not across a line break: "48/NQ-CP\n- Tập trung …" ends at CP.
const HYPHEN = '[ \\t]*[-–][ \\t]*';
// State: [serial[/year]]/TYPE-ISSUER[-UNIT]; the serial may be blank or dots in a draft.
// Spaces are tolerated around "/" and after "-" ("51 /KH-HĐTĐKT", "01/KH- TĐKT").
// A joint document's symbol may go on after a second "/" (102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN).
// A company's own numbering may end the symbol in a short number ("01/CV-01") or its year
// ("0012/CV-2020"; not a span of years, "…-2016-2020"), joined tight; the year may follow a space where
// a line wrapped at the hyphen was joined ("0012/CV-\n2020" → "0012/CV- 2020").
// A blank serial marked by dots may keep its year ("Số: … /2020/NĐ-CP", the serial left to be
// written by hand); "số /2025/QĐ-UBND" with nothing in the blank is a template, not a number.
// The year may also be joined to the serial by a hyphen ("19-2017/NQ-CP"), kept as printed.
// A company may number within the month: "01-10/2025/CV-TKV" (its first letter of October 2025).
// The slash before the symbol may be doubled ("5959//QĐ-BVT", as printed or as OCR read it).
// A serial may carry a small letter after its figures ("30c/NQ-CP", Government resolution 30c).
// A unit of the issuer may close the symbol in brackets, glued ("409/TTr-CAT(PC04)": the police's PC04 of the CAT).
const UNIT_IN_BRACKETS = '(?:\\([A-ZĐ][A-ZĐ0-9]{1,9}\\))?';
const STATE = new RegExp(`^(?:([0-9]+(?:[a-z](?=\\s*/))?(?:\\.[0-9]+)?(?:-[0-9]{1,2}(?=/[0-9]{4}/))?(?:\\s*/\\s*[0-9]{4}|-(?:19|20)[0-9]{2}(?=\\s*/))?)|[.…_]+\\s*/\\s*[0-9]{4}\\s*|[.…_\\s]*)\\s*//?\\s*(${PART}(?:(?:${HYPHEN}|/)${PART})*(?:-[0-9]{1,3}(?![0-9/]|\\.[0-9A-Za-z])|-[ \\t]?(?:19|20)[0-9]{2}(?![0-9/]|\\.[0-9A-Za-z]|[-–][0-9]))?${UNIT_IN_BRACKETS})`);
// Party: serial-TYPE/ISSUER (34-CT/TW), also serial-TYPE-ISSUER (04-CTr-TU).
// The separator is kept as printed: "04-CTr-TU" stays as it is (Party documents do write it so);
// matching across plans folds "/" and "-" (numberKey) instead of rewriting the text.
// Some bodies print a space for the serial's hyphen ("Số: 53 KH/ĐTN", "Kế hoạch số 45 KH/ĐTN"):
// taken only before TYPE/ISSUER, the Party's slash. A serial left blank is dots ("Số: ... KH/ĐTN"),
// or nothing before the hyphen ("Số         -CTr/TU", a signed PDF's layer without its stamped serial),
// then only before the Party's slash.
const PARTY = new RegExp(`^(?:([0-9]+[a-z]?)|[.…_]+|[ \\t]*(?=[-–][ \\t]*${PART}\\s*/))(${HYPHEN}|[ \\t]+)(${PART})\\s*([/-])\\s*(${PART}(?:${HYPHEN}${PART})*)`);

export interface NumberMatch {
  value: PlanNumber;
  /** Length of the matched text, from where reading started. */
  length: number;
}

// Cyrillic and Greek capitals that look like Latin ones ("TT-BTС" typed with a Cyrillic С), and
// their small forms: read as the Latin letter, one character for one so lengths stay.
const LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i',
  // Hyphens of other kinds ("296‑QĐ/TW" with a non-breaking hyphen, a minus sign).
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-',
  // Slashes of other kinds, as OCR engines and some fonts write the serial's and the symbol's
  // ("01⁄2016/TTLT", a fraction slash; "12∕QĐ-UBND", a division slash; a full-width solidus).
  '\u2044': '/', '\u2215': '/', '\uFF0F': '/',
  // Icelandic eth, OCR's reading of Đ.
  Ð: 'Đ',
  Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X', Υ: 'Y', Ζ: 'Z',
};
/** The Central Committee: only the Party numbers its documents with this issuer part. */
const PARTY_ISSUERS = new Set(['TW']);

const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

export function latinLookalikes(text: string): string {
  return text.replace(LOOKALIKE, (ch) => LOOKALIKES[ch]!);
}

const strip = (s: string): string => s.replace(/\s+/g, '');

/**
 * "24 /HDLN-BCA-BQP-BYT- Hà Nội, ngày …": a layer set the date line on the number's line after a
 * symbol wrapped at its hyphen; "12/BC - SYTLào Cai": an OCR dump glued the next word to the
 * symbol. When the match runs on into small letters, the letters it took at its end (one capital
 * and small letters: "L" of "Lào", "ng" of "ngày", "Tuy" of "Tuyên") begin that word, not the
 * symbol. Only they are trimmed ("SYTL" → "SYT"); a part made only of them is the place's first
 * letters, and the match ends before its hyphen (the wrapped tail is read on the next line).
 */
function withoutWordStart(m: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!m || !/^\p{Ll}/u.test(text.slice(m.index + m[0].length))) return m;
  // Small letters glued to capitals ("UBNDvề") begin the word alone; a capital starts it only
  // where it starts the part too ("Tuyên"), or where no small letter was taken ("SYTLào").
  const wordStart = /(?:(?<![A-Za-zĐđ0-9])[A-ZĐ])?[a-zđ]+$|[A-ZĐ]$/.exec(m[2]!);
  if (!wordStart) return m;
  const lastPart = /(?:[ \t]*[-–/][ \t]*)?([^\s\-–/]+)$/.exec(m[2]!)!;
  const wholePart = wordStart.index === m[2]!.length - lastPart[1]!.length;
  let symbol: string;
  if (!wholePart) symbol = m[2]!.slice(0, wordStart.index);
  else if (lastPart.index > 0 && /^[ \t]*[-–]/.test(lastPart[0])) symbol = m[2]!.slice(0, lastPart.index);
  else return m;
  const trimmed = Object.assign([...m], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
  trimmed[0] = m[0].slice(0, m[0].length - m[2]!.length + symbol.length);
  trimmed[2] = symbol;
  return trimmed;
}

/**
 * Reads a number at the start of `text`: "51 /KH-HĐTĐKT", "01/KH- TĐKT", "31/2020/QĐ-UBND",
 * "34-CT/TW", "…/KH-UBND", "153/KH-UBND-NV". Trailing text is left alone.
 */
export function readPlanNumber(raw: string): NumberMatch | null {
  const text = latinLookalikes(raw);
  const party = PARTY.exec(text);
  if (party) {
    const type = canonicalSymbolPart(party[3]!);
    const partyType = docTypeByCode(type);
    const typeCode = partyType?.code ?? null;
    const spaced = !/[-–]/.test(party[2]!);
    // A Party number needs a real type in front (34-CT/TW; 163-CV/ĐU, a Party công văn).
    if (partyType && (!spaced || party[4] === '/')) {
      const issuer = strip(party[5]!).split(/[-–]/).map(canonicalSymbolPart).join('-');
      const symbol = `${type}${party[4]}${issuer}`;
      const serial = party[1] ?? null;
      return { value: { number: serial ? `${serial}-${symbol}` : null, serial, symbol, typeCode, party: true }, length: party[0].length };
    }
  }
  const state = withoutWordStart(STATE.exec(text), text);
  if (state) {
    const pieces = strip(state[2]!).split(/([-–/])/);
    const parts = pieces.filter((_, i) => i % 2 === 0).map(canonicalSymbolPart);
    // "27/NQ- TW": a Party document printed in the state form is still 27-NQ/TW.
    const serialOnly = state[1] && /^\d+$/.test(strip(state[1]));
    if (serialOnly && parts.length === 2 && PARTY_ISSUERS.has(parts[1]!) && docTypeByCode(parts[0]!)) {
      const symbol = `${parts[0]}/${parts[1]}`;
      const serial = strip(state[1]!);
      return { value: { number: `${serial}-${symbol}`, serial, symbol, typeCode: docTypeByCode(parts[0]!)!.code, party: true }, length: state[0].length };
    }
    const symbol = pieces.map((p, i) => (i % 2 === 0 ? canonicalSymbolPart(p) : p === '–' ? '-' : p)).join('');
    const typeCode = docTypeByCode(parts[0]!)?.code ?? null;
    const serial = state[1] ? strip(state[1]) : null;
    return {
      value: { number: serial ? `${serial}/${symbol}` : null, serial, symbol, typeCode, party: false },
      length: state[0].length,
    };
  }
  return null;
}

/** A key under which printed variants of one number compare equal (case, đ, "/" vs "-"). */
export function numberKey(number: string): string {
  return number.replace(/\s+/g, '').replace(/[Đđ]/g, 'd').replace(/[-–/]/g, '/').toLowerCase();
}

/** Parses a whole string as a number; null when it is not one (or has more after it). */
export function parsePlanNumber(raw: string): PlanNumber | null {
  const text = raw.trim().replace(/\*+/g, '').replace(/[.;,:]+$/, '');
  const m = readPlanNumber(text);
  return m && m.length === text.length ? m.value : null;
}

// OCR of a scan often loses the slash between the serial and the symbol ("6191BVT-TCKT",
// "01NQ-HĐQLQ", "91/201 7NĐ-CP" for 91/2017/NĐ-CP) or doubles it ("5959//QĐ-BVT"). Read only
// where a "Số:" label (or a citation's "số") says a number stands there, and only a symbol of the
// official shape: capital parts of 2–10 letters, at least two, joined by "-" ("BVT-TCKT"), right
// after the serial. Anything else ("12A", "3TT", "5 Sở-Ngành") stays unread.
const CAPS = '[A-ZĐ]{2,10}';
const LOST_SLASH = new RegExp(
  `^([0-9]{1,5})(?:\\s*/\\s*((?:19|20)[0-9](?: ?[0-9])(?! ?[0-9])))?\\s?(${CAPS}(?:[ \\t]*[-–][ \\t]*${CAPS})+)(?![A-Za-zĐđ0-9/])`,
);

/**
 * A number whose slash before the symbol OCR lost, at the start of `text` (after a "Số:" label):
 * "6191BVT-TCKT" → 6191/BVT-TCKT, "91/201 7NĐ-CP" → 91/2017/NĐ-CP. Null when the text is not of
 * that shape; a number that reads as printed is left to readPlanNumber.
 */
export function readLostSlashNumber(raw: string): NumberMatch | null {
  const text = latinLookalikes(raw);
  const m = LOST_SLASH.exec(text);
  if (!m) return null;
  const year = m[2] ? strip(m[2]) : null;
  const serial = year ? `${m[1]}/${year}` : m[1]!;
  const parts = strip(m[3]!).split(/[-–]/).map(canonicalSymbolPart);
  const symbol = parts.join('-');
  const typeCode = docTypeByCode(parts[0]!)?.code ?? null;
  return { value: { number: `${serial}/${symbol}`, serial, symbol, typeCode, party: false }, length: m[0].length };
}

// An OCR dump that wrote a whole document in small letters and dropped its slashes as punctuation
// ("nghị định số 37 2025 nđ-cp ngày …", "quyết định số 2108 qđ-bgdđt"): after "số", a serial, maybe
// a year, then a symbol in small letters whose first part is a document type's code.
// The type code may end in a figure an engine read for its Đ ("q1-ttg"): no type code has one, so
// such a part is read only as the code the citation's type word names (isTypeCodeMisread).
const SPACED_SMALL = /^([0-9]{1,5})(?:[ \t]+((?:19|20)[0-9]{2}))?[ \t]+([a-zđ]{1,4}[0-9]?(?:-[a-zđ0-9]{1,10}){1,3})(?![\p{L}\d/-])/u;

/**
 * Whether `part`, the first part of a cited symbol, is the type code `code` (one with a Đ: QĐ, NĐ,
 * HĐ) with its Đ misread: read as E, as a figure or lost ("QE", "Q1", "Q4", "Q" after "Quyết định
 * số"). The caller names the code (from the citation's type word); a part that is a code of its own is not.
 */
export function isTypeCodeMisread(part: string, code: string): boolean {
  if (!/^\p{Lu}Đ$/u.test(code) || part === code || docTypeByCode(part)) return false;
  return part.charAt(0) === code.charAt(0) && /^\p{Lu}[E\d]?$/u.test(part);
}

/**
 * A cited number whose type code's Đ an engine misread ("29319/QE-UBND" after "Quyết định số"), read
 * with the code its type word names (OCR text only: the caller's concern); as it stands otherwise.
 */
export function withTypeWordCode(value: PlanNumber, code: string | null | undefined): PlanNumber {
  if (!code || value.party || value.typeCode) return value;
  const first = value.symbol.split('-')[0]!;
  if (!isTypeCodeMisread(first, code)) return value;
  const symbol = code + value.symbol.slice(first.length);
  const number = value.number && value.number.endsWith(value.symbol) ? value.number.slice(0, value.number.length - value.symbol.length) + symbol : value.number;
  return { ...value, symbol, number, typeCode: code };
}

/**
 * The number of a citation a dump wrote "37 2025 nđ-cp" (37/2025/NĐ-CP), at the start of `raw`
 * (after "số"); null unless the symbol's first part is a known type code ("nđ", "qđ", "nq", "tt").
 */
export function readSpacedSmallNumber(raw: string, typeWordCode: string | null = null): NumberMatch | null {
  const m = SPACED_SMALL.exec(raw);
  if (!m) return null;
  const parts = m[3]!.toUpperCase().split('-').map(canonicalSymbolPart);
  if (typeWordCode && isTypeCodeMisread(parts[0]!, typeWordCode)) parts[0] = typeWordCode;
  // The slash before the symbol read as an i or l and run onto it ("2827 iqđ-bgdđt"): with the
  // letter taken off, the first part is a type code.
  const slashAsLetter = /^[IL]/.test(parts[0]!) && !docTypeByCode(parts[0]!) ? docTypeByCode(canonicalSymbolPart(parts[0]!.slice(1))) : null;
  if (slashAsLetter?.code) parts[0] = slashAsLetter.code;
  const type = docTypeByCode(parts[0]!);
  if (!type) return null;
  const serial = m[2] ? `${m[1]}/${m[2]}` : m[1]!;
  const symbol = parts.join('-');
  return { value: { number: `${serial}/${symbol}`, serial, symbol, typeCode: type.code, party: false }, length: m[0].length };
}

/**
 * A cited number whose issuer part is one of the citing document's own symbol parts with the
 * crossed stroke of a Đ read twice ("2033/KH-DĐHĐL" in a letter numbered TB-ĐHĐL): a body cites
 * its own papers under its own code, so the doubled stroke is dropped. For OCR'd text only (the
 * caller's concern): a typed code with two Đ is real ("QĐ-ĐĐBQH", the Đoàn ĐBQH). The letter
 * dropped is a D or Đ beside a Đ, and the Đ kept must be a Đ of the own part as written:
 * "UBNDĐ" under own UBND stays, since dropping its D leaves "UBNĐ". Elsewhere the own part is
 * compared without the stroke, which the engine may have lost there ("TB-ĐHDL"). Likewise a V
 * read as W ("QĐ-HW" in a paper numbered QĐ-HV): no Vietnamese code has a W.
 */
export function withOwnSymbolParts(cited: PlanNumber, ownSymbol: string | null): PlanNumber {
  if (!ownSymbol || cited.party) return cited;
  const own = ownSymbol.split(/[-/]/);
  let changed = false;
  const symbol = cited.symbol.replace(/[^-/]+/g, (part) => {
    if (own.includes(part)) return part;
    // W is no Vietnamese letter: in a cited part that is an own part but for it, it is a V misread ("647/QĐ-HW" in a paper numbered QĐ-HV).
    const asV = part.replace(/W/g, 'V');
    if (asV !== part && own.includes(asV)) {
      changed = true;
      return asV;
    }
    const single = withoutDoubledStroke(part).find((c) => own.some((o) => o[c.kept] === 'Đ' && asciiKey(o) === asciiKey(c.text)));
    if (!single) return part;
    changed = true;
    return single.text;
  });
  if (!changed) return cited;
  return { ...cited, symbol, number: cited.serial === null ? null : `${cited.serial}/${symbol}` };
}

// An OCR dump that dropped every slash and hyphen but kept the capitals ("Số 02 CD UBND ngày 24 02
// 2022", "so 275TB DHDL"): a serial, maybe a year, then two words in capitals, the first a
// document type's code, the second its issuer's.
const SPACED_CAPS = /^([0-9]{1,5})(?:[ \t]+((?:19|20)[0-9]{2}))?[ \t]*([A-ZĐ]{1,4})[ \t]+([A-ZĐ]{2,10})(?![\p{L}\d/-])/u;

/** "02 CD UBND" → 02/CĐ-UBND, at the start of `raw` (after "Số"); null unless the first part is a type code. */
export function readSpacedCapsNumber(raw: string): NumberMatch | null {
  const m = SPACED_CAPS.exec(latinLookalikes(raw));
  if (!m) return null;
  const type = docTypeByCode(canonicalSymbolPart(m[3]!));
  if (!type?.code) return null;
  const serial = m[2] ? `${m[1]}/${m[2]}` : m[1]!;
  const symbol = `${type.code}-${canonicalSymbolPart(m[4]!)}`;
  return { value: { number: `${serial}/${symbol}`, serial, symbol, typeCode: type.code, party: false }, length: m[0].length };
}

/**
 * The part with one D or Đ that stands beside a Đ taken out, each way it can be ("DĐHĐL" →
 * "ĐHĐL"), with where the Đ it doubled stands in what is left.
 */
function withoutDoubledStroke(part: string): { text: string; kept: number }[] {
  const out: { text: string; kept: number }[] = [];
  for (let i = 0; i < part.length; i++) {
    if (!/[DĐ]/.test(part[i]!)) continue;
    const kept = part[i + 1] === 'Đ' ? i : part[i - 1] === 'Đ' ? i - 1 : -1;
    if (kept >= 0) out.push({ text: part.slice(0, i) + part.slice(i + 1), kept });
  }
  return out;
}
