// A handwritten serial that OCR read as scraps with slashes and small letters among them
// ("Số: '/gỗ/NQ-CP", "Số: /l1/3q IQD-BNN-TCLN"): the state form reads a scrap as the symbol ("g",
// "l1"), a code no document carries. The printed symbol is the first run of capitals joined by a
// hyphen a few characters on: it is kept, the serial left blank (never guessed from the scraps),
// and the scraps reported as illegible. Read only after a "Số" label, which vouches for a number.
import { docTypeByCode } from '../shared/doctypes.js';
import { readPlanNumber, type NumberMatch } from '../shared/number.js';

/** A symbol no document carries: no part of it has two capitals ("g", "l1", "gỗ"). */
export function implausibleSymbol(symbol: string): boolean {
  return !symbol.split(/[-–/]/).some((part) => (part.match(/\p{Lu}/gu) ?? []).length >= 2);
}

/**
 * A number as read whose symbol opens with a scrap in small letters between slashes, codes in
 * capitals after it ("'/gg/NQ-CP" read as "GG/NQ-CP"): the scrap is the handwriting's, not a code
 * (a page lowered whole writes every code so: "2827/qđ-bgdđt").
 */
export function scrapLedSymbol(read: string): boolean {
  return /\/\s*\p{Ll}[\p{Ll}\d]{0,3}\s*\/\s*\p{Lu}{2}/u.test(read);
}

/** How far into the line the scraps may run before the printed symbol. */
const REACH = 14;
// The printed symbol's start: capitals (a small letter may follow the first, as in "TTg"), a hyphen,
// a capital; after a space, a slash, a quote or the line's start. A slash read as I, l, 1 or | may
// stand glued before it ("IQD-BNN-TCLN").
// The slash may be read as a comma glued before it ("Số: { 8 96 ,PTM-ITB": a numbering stamp's serial, the slash faint).
const SYMBOL_START = /(?<=^|[\s/'"`‘’,])([Il1|]?)(?=\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\d]*[-–]\p{Lu})/u;

/**
 * The printed symbol after a handwritten serial's scraps at the start of `text` (after "Số"), with
 * the serial blank and the scraps as `illegible`; null when the text is not of that shape. The
 * scraps hold a slash and are no printed serial (figures and slashes alone are one: "12/2023/").
 */
export function symbolAfterScrawl(text: string): (NumberMatch & { illegible: string }) | null {
  const m = SYMBOL_START.exec(text.slice(0, REACH + 12));
  if (!m || m.index > REACH) return null;
  const marks = text.slice(0, m.index).replace(/\s/g, '');
  // A comma right before the symbol, after scraps, is its slash.
  if (!(marks.includes('/') || /\S,$/.test(marks)) || /^[\d/]*$/.test(marks)) return null;
  // The glued I is the slash only when the code after it is a type code and with it none is.
  const code = /^[\p{L}\d]+/u.exec(text.slice(m.index + m[1]!.length))![0];
  const slashLetter = m[1]! !== '' && !!docTypeByCode(code) && !docTypeByCode(m[1]! + code);
  const at = m.index + (m[1] && slashLetter ? m[1].length : 0);
  const read = readPlanNumber(`/${text.slice(at)}`);
  if (!read || read.value.serial !== null || implausibleSymbol(read.value.symbol)) return null;
  return { value: { ...read.value, number: null, serial: null }, length: at + read.length - 1, illegible: text.slice(0, at).trim() };
}

// A handwritten serial's scraps run onto the printed symbol, the code's first capitals read into
// them as small letters ("Số: ),l ffrrCT-HTQT" for …/TCT-HTQT): small letters glued to capitals
// that a hyphen joins to another code, a few characters into the line.
const GLUED_TO_SCRAWL = /^([^\n]{0,12}?)(\p{Ll}{2,6})(?=\p{Lu}{2,}[-–]\p{Lu})/u;

/**
 * The symbol after scraps glued to it, its first part read with the small letters before it kept
 * ("ffrrCT-HTQT"), the serial blank: no code opens so, and only the issuer's own code may put the
 * part right (symbol-evidence.ts, scrawlLedSymbol), else the reading is dropped. Null when the
 * text is not of that shape.
 */
export function symbolGluedToScrawl(text: string): (NumberMatch & { illegible: string }) | null {
  const m = GLUED_TO_SCRAWL.exec(text);
  if (!m) return null;
  const read = readPlanNumber(`/${text.slice(m[0].length)}`);
  if (!read || read.value.party || read.value.serial !== null || implausibleSymbol(read.value.symbol)) return null;
  const symbol = m[2]! + read.value.symbol;
  return { value: { ...read.value, number: null, serial: null, symbol, typeCode: null }, length: m[0].length + read.length - 1, illegible: m[1]!.trim() || m[2]! };
}
