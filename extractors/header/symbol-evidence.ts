// A header symbol's parts an OCR engine misread, put back where the document itself spells them
// (OCR text only; the caller sees to that):
// - the slash read as a stroke glued to the issuer's code: "Số: AMG ICT-ATHT" under "CỤC THUẾ TỈNH
//   BẮC NINH" is …/CT-…, CT the initials of "Cục Thuế" (the name up to its place);
// - the drafting unit's code, the symbol's last part, that the closing "Lưu: VT, TTHT." spells: a
//   last part of as many letters, one letter off exactly one unit kept on file there, is that unit;
// - the hyphen before that unit read as a stroke, the two codes run into one: "CTBGLTTHT" over a
//   filed "TTHT" is CTBG-TTHT;
// - the issuer's code read with a figure for its first capital ("3HXIH-HCTH" under "BẢO HIỂM XÃ HỘI
//   TỈNH BÌNH DƯƠNG": BHXH, the B read as 3, an H as IH): within two letters of the issuer's own
//   initials, of four letters at least, it is them; else the reading is no symbol (figureLedSymbol);
// - the issuer's code with an I for a T, the T's bar lost on a light scan ("Số: 155/PKTHI-TH" under
//   "PHÒNG KINH TẾ - HẠ TẦNG", "SCI-…" under "SỞ CÔNG THƯƠNG"): the initials read back, no other letter changed;
// - the issuer's code after the type's one letter off its initials ("GP-DCT" under "BỘ CÔNG THƯƠNG":
//   a B read as D): of three letters at least, it is them.
// - a handwritten serial's scraps read as capitals glued before the symbol ("XRQFAGBHXH-TP"): a
//   symbol the body cites whole after a serial of its own (the office's earlier letters, "Công văn số
//   512/BHXH-TP") that closes the reading, capitals alone before it, is the symbol.
// Nothing is guessed: a part the document spells nowhere stays as read.
import { foldVietnamese } from '../../normalizers/fold.js';
import { bodyInitials } from '../shared/named-body-code.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import type { PlanNumber } from '../shared/number.js';

/** A stroke an engine reads for a slash, at the head of the symbol's first part. */
const STROKE_HEAD = /^[Il|1](?=\p{Lu})/u;

/** The place that ends a body's own name ("Cục Thuế tỉnh Bắc Ninh" → "Cục Thuế"). */
// "xã" of "Bảo hiểm xã hội" is no commune.
const PLACE_WORD = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã(?!\shội)|phường|thị trấn)\s/iu;

/** "Lưu: VT, TTHT." — what follows the archive's own code, in folded text, up to the line's end. */
const FILED = /(?<![a-z])luu\s*:?\s*vt\s*[,;.]([^\n]{1,80})/g;

/** Unit codes are this long at least: shorter ones are too near one another. */
const MIN_UNIT = 3;

/** The initials of an issuer's own name, its place left out; null when they cannot be told. */
export function issuerCode(issuerName: string): string | null {
  const place = PLACE_WORD.exec(` ${issuerName} `);
  const own = place ? ` ${issuerName} `.slice(0, place.index).trim() : issuerName;
  // "Phòng Kinh tế - Hạ tầng": the dash joins two fields of one name, coded PKTHT.
  const code = bodyInitials(own.replace(/\s[-–]\s/g, ' '));
  return code && code.length >= 2 ? code : null;
}

/** The unit codes the "Lưu:" lines keep on file besides VT. */
function filedUnits(text: string, folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(FILED)) {
    const at = m.index! + m[0].length - m[1]!.length;
    for (const code of text.slice(at, at + m[1]!.length).matchAll(/(?<![\p{L}\d])\p{Lu}[\p{Lu}\d]+(?![\p{L}\d])/gu)) out.push(code[0]);
  }
  return out;
}

// The header's own Đ is kept: a letter no engine writes by chance, where the filing line's small
// print is the likelier misread ("QHKHSDĐ" over a filed "QHKHSDP").
const differByOne = (filed: string, read: string) =>
  read.length === filed.length && [...read].filter((ch, i) => ch !== filed[i]).length === 1 && ![...read].some((ch, i) => ch === 'Đ' && filed[i] !== 'Đ');

/** Codes this short are near too many others to read an I back as a T. */
const BAR_LOST_MIN = 3;

/**
 * The issuer's code as read with an I where its initials have a T (the bar of a thin serif T
 * lost), every other letter as the initials spell it.
 */
function barLost(read: string, code: string): boolean {
  return (
    code.length >= BAR_LOST_MIN &&
    read !== code &&
    read.length === code.length &&
    [...read].every((ch, i) => ch === code[i] || (ch === 'I' && code[i] === 'T'))
  );
}

/** Initials this short are near too many other codes to read one letter back. */
const ONE_OFF_MIN = 3;

/** Initials as a symbol prints them: capitals without marks, but Đ ("Ủy ban nhân dân" → UBND). */
const asPrinted = (code: string) => [...code].map((ch) => (ch === 'Đ' ? ch : foldVietnamese(ch).toUpperCase())).join('');

/**
 * Capitals an engine reads for one another (both ways): a stroke or a bowl lost or gained. A
 * department's own code one letter off the issuer's initials ("STP" under "Sở Tài chính", STC)
 * differs by a letter of another shape, and stays.
 */
const LOOK_ALIKE_CAPITALS = new Set(['BD', 'BE', 'BR', 'BP', 'CG', 'CO', 'DO', 'OQ', 'EF', 'FP', 'PR', 'IT', 'IL', 'HN', 'MN', 'UV'].flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** The issuer's code as read with one look-alike letter other than its initials, every other letter as they spell it. */
function oneLetterOff(read: string, code: string): boolean {
  if (code.length < ONE_OFF_MIN || read.length !== code.length) return false;
  const off = [...read].flatMap((ch, i) => (ch === code[i] ? [] : [`${ch}${code[i]}`]));
  return off.length === 1 && LOOK_ALIKE_CAPITALS.has(off[0]!);
}

/** A stroke an engine reads for a hyphen: an upright letter, a figure one or a bar. */
const HYPHEN_STROKE = /[LIl1|J]/;

/**
 * The issuer's and the drafting unit's codes run into one by a hyphen read as a stroke ("CTBGLTTHT"
 * over a filed "TTHT"): a symbol of one part that closes with a unit kept on file, one stroke
 * before it, two capitals at least before that. The two codes apart; null when not so.
 */
function hyphenAsStroke(symbol: string, units: readonly string[]): [string, string] | null {
  for (const unit of new Set(units)) {
    if (unit.length < MIN_UNIT || !symbol.endsWith(unit)) continue;
    const head = symbol.slice(0, -unit.length - 1);
    if (HYPHEN_STROKE.test(symbol.charAt(symbol.length - unit.length - 1)) && /^\p{Lu}[\p{Lu}\d]+$/u.test(head)) return [head, unit];
  }
  return null;
}

/** A symbol of two parts at least cited after a serial and its slash ("512/BHXH-TP"): group 1. */
const CITED_SYMBOL = /\d\s*\/\s*(\p{Lu}[\p{Lu}&]{2,}(?:-\p{Lu}[\p{Lu}\d&]*)+)(?![\p{L}\d-])/gu;

/** Capitals alone, a scrawl's reading: what may stand glued before a cited symbol. */
const SCRAWL_CAPITALS = /^\p{Lu}{2,}$/u;

/** The symbol the body cites whole that closes `symbol` after capitals alone (see above); null when none does. */
function citedSymbolAfterScrawl(symbol: string, text: string): string | null {
  for (const m of text.matchAll(CITED_SYMBOL)) {
    const cited = m[1]!;
    if (symbol.length > cited.length && symbol.endsWith(cited) && SCRAWL_CAPITALS.test(symbol.slice(0, -cited.length))) return cited;
  }
  return null;
}

/** `number` with its misread parts put back from what the document spells (see above). */
export function withSymbolAsTheTextSpells(number: PlanNumber, issuerName: string | null, text: string, folded: string): PlanNumber {
  if (number.party) return number;
  const scrawled = citedSymbolAfterScrawl(number.symbol, text);
  if (scrawled) return { ...number, symbol: scrawled, number: number.serial === null ? null : `${number.serial}/${scrawled}` };
  const parts = number.symbol.split('-');
  const code = issuerName ? issuerCode(issuerName) : null;
  const first = parts[0]!;
  if (code && STROKE_HEAD.test(first) && foldVietnamese(first.slice(1)) === foldVietnamese(code)) parts[0] = first.slice(1);
  if (code && barLost(parts[0]!, code)) parts[0] = code;
  const printed = code ? asPrinted(code) : null;
  if (printed && number.typeCode && first === number.typeCode && parts.length >= 2 && oneLetterOff(parts[1]!, printed)) parts[1] = printed;
  const last = parts.length - 1;
  if (last === 0) {
    const joined = hyphenAsStroke(first, filedUnits(text, folded));
    if (joined) parts.splice(0, 1, ...joined);
  } else if (parts[last]!.length >= MIN_UNIT) {
    const units = filedUnits(text, folded);
    const near = [...new Set(units.filter((u) => differByOne(u, parts[last]!)))];
    if (!units.includes(parts[last]!) && near.length === 1) parts[last] = near[0]!;
  }
  const symbol = parts.join('-');
  if (symbol === number.symbol) return number;
  return { ...number, symbol, number: number.serial === null ? null : `${number.serial}/${symbol}` };
}

/** How far a figure-led first part may be from the issuer's initials: the figure and one more letter. */
const FIGURE_LED_EDITS = 2;
/** Initials this short are near too many misreadings to be read back. */
const FIGURE_LED_MIN = 4;

/**
 * A number whose symbol's first part opens with a figure (header-zone.ts reads it so in OCR text
 * only: no printed code opens so), with that part read back as the issuer's own initials; null
 * when the issuer's name does not vouch for it, as the figure-led reading is no symbol.
 */
export function figureLedSymbol(number: PlanNumber, issuerName: string | null): PlanNumber | null {
  const parts = number.symbol.split('-');
  const code = issuerName ? issuerCode(issuerName) : null;
  if (!code || code.length < FIGURE_LED_MIN || editDistance(parts[0]!, code, FIGURE_LED_EDITS) > FIGURE_LED_EDITS) return null;
  const symbol = [code, ...parts.slice(1)].join('-');
  return { ...number, symbol, number: number.serial === null ? null : `${number.serial}/${symbol}` };
}

/** Capitals of the issuer's code the scraps kept at least, and letters of it the code must have. */
const SCRAWL_KEPT = 2;
const SCRAWL_CODE_MIN = 3;

/**
 * A number whose symbol's first part opens with small letters (header-zone.ts reads it so in OCR
 * text only: a handwritten serial's scraps ran onto the code, "ffrrCT-HTQT"): when the capitals
 * after them close the issuer's own initials (CT of TCT, Tổng cục Thuế), those initials; null
 * otherwise, as the reading is then no symbol.
 */
export function scrawlLedSymbol(number: PlanNumber, issuerName: string | null): PlanNumber | null {
  const parts = number.symbol.split('-');
  const capitals = /^\p{Ll}+(\p{Lu}+)$/u.exec(parts[0]!)?.[1];
  const code = issuerName ? issuerCode(issuerName) : null;
  if (!capitals || !code || code.length < SCRAWL_CODE_MIN || capitals.length < SCRAWL_KEPT || !code.endsWith(capitals)) return null;
  const symbol = [code, ...parts.slice(1)].join('-');
  return { ...number, symbol, number: number.serial === null ? null : `${number.serial}/${symbol}` };
}
