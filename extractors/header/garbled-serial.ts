// A number line whose serial was written by hand and OCR read as a garble, with the separator
// between the garble and the printed symbol lost or misread: "5ƒCAT-PA05" (the slash lost),
// "4H09 BCA-C04" and "#...` KH-TCTLNTW-C04" (read as a space), "¿J0 -CV/BTGDVTU" (a Party
// number, its hyphen kept). The printed symbol is what the line still says for sure: it is kept,
// the serial left blank (never guessed from the garble), and the garble reported as illegible.
// Read only after a "Số" label, which vouches that a number stands there.
import { docTypeByCode } from '../shared/doctypes.js';
import { readPlanNumber, type NumberMatch, type PlanNumber } from '../shared/number.js';

/** The garble: a few characters, not a plain number, at least one of them no letter ("5ƒ", "4H09", "#...`"). */
const GARBLE = String.raw`[^\s/]{1,8}?`;
// A handwritten serial read as up to three scraps with the slash among them ("4 % “", for 136 and
// its slash): pieces of at most three characters after the first.
const GARBLE_PIECES = String.raw`${GARBLE}(?:\s[^\s/]{1,3}?){0,2}?`;
// State form: the garble, at most one space, then a symbol in capitals whose first part has two letters
// or more and which goes on with "-" or "/" (CAT-PA05, BCA-C04, KH-TCTLNTW-C04); the first part
// may carry one small letter after its capital, as a centre's "Tr" (Trung tâm) does ("TrTTCC-MSTT").
// The slash may stand between them as printed ("2 6 /BCT-ATMT": a numbering stamp's figures spaced out,
// some lost) or be read as a letter no Vietnamese text writes ("2 6 ŸBCT-ATMT"; see slashReadAsLetter).
const STATE_SYMBOL = String.raw`(?=\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\d]*[-–/]\p{Lu})`;
const STATE_AFTER_GARBLE = new RegExp(String.raw`^\s*(${GARBLE_PIECES})\s?${STATE_SYMBOL}`, 'u');
const STATE_AFTER_GARBLE_OCR = new RegExp(String.raw`^\s*(${GARBLE_PIECES})\s?(?:\/\s?)?${STATE_SYMBOL}`, 'u');
/** The marks Vietnamese letters carry (grave, acute, circumflex, tilde, breve, hook, horn, dot below), decomposed. */
const VIETNAMESE_MARKS = /^[\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323]*$/u;

/**
 * A capital that no Vietnamese text writes ("Ÿ", "Ä"; not Đ, not a vowel with Vietnamese marks), glued
 * before a code of plain capitals: the slash between a serial and the symbol, read as a letter. Codes
 * carry no marks and open with A-Z or Đ.
 */
function slashReadAsLetter(rest: string): boolean {
  const [first = '', second = ''] = [...rest];
  if (!/^\p{Lu}$/u.test(first) || /^[A-ZĐ]$/.test(first) || !/^[A-ZĐ]$/.test(second)) return false;
  const [base = '', ...marks] = [...first.normalize('NFD')];
  return !/^[A-Z]$/.test(base) || !VIETNAMESE_MARKS.test(marks.join(''));
}
// Party form: the garble, then the Party's hyphen before TYPE/ISSUER ("¿J0 -CV/BTGDVTU").
const PARTY_AFTER_GARBLE = new RegExp(String.raw`^\s*(${GARBLE})\s*[-–]\s*(?=\p{Lu}{2,}\s*\/)`, 'u');

/** The garble could be a handwritten serial: not a plain number (that is a printed serial), some figure or mark in it. */
function isGarble(text: string): boolean {
  // Scraps in pieces are figures and marks: a word among them ("lượng 5 -") is text, not a serial.
  if (/\s/.test(text) && (text.match(/\p{L}/gu) ?? []).length > 2) return false;
  return !/^\d+$/.test(text) && /[^\p{L}]/u.test(text);
}

/**
 * The symbol after a garbled handwritten serial at the start of `text` (after "Số"), with the
 * serial blank and the garble as `illegible`; null when the text is not of that shape.
 * `ocrOrigin`: an engine read the line, and a numbering stamp's forms are read too.
 */
export function readGarbledSerialNumber(text: string, ocrOrigin = false): (NumberMatch & { illegible: string }) | null {
  const party = PARTY_AFTER_GARBLE.exec(text);
  if (party && isGarble(party[1]!)) {
    // Read with a stand-in serial so the Party form is recognised, then blanked.
    const rest = readPlanNumber(`0-${text.slice(party[0].length)}`);
    if (rest && rest.value.party && rest.value.symbol.includes('/')) {
      return { value: { ...rest.value, number: null, serial: null }, length: party[0].length + rest.length - 2, illegible: party[1]! };
    }
  }
  // The stamp's forms are OCR's: typed text reads no number from scraps before a slash.
  const state = (ocrOrigin ? STATE_AFTER_GARBLE_OCR : STATE_AFTER_GARBLE).exec(text);
  if (state && isGarble(state[1]!)) {
    const standIn = ocrOrigin && !state[0].includes('/') && slashReadAsLetter(text.slice(state[0].length)) ? 1 : 0;
    const rest = readPlanNumber(`/${text.slice(state[0].length + standIn)}`);
    if (rest && rest.value.serial === null && !rest.value.party && /[-/]/.test(rest.value.symbol)) {
      return { value: withSlashLetterDropped(rest.value), length: state[0].length + standIn + rest.length - 1, illegible: state[1]! };
    }
  }
  return null;
}

/**
 * OCR's "ó" for a printed 6 closing a symbol part after capitals ("/C04-Pó" for /C04-P6): no
 * symbol part ends in a small Vietnamese vowel. One character for one, so lengths stay.
 */
export function symbolSixes(text: string): string {
  return text.replace(/(?<=\/\S*\p{Lu}\d*)ó(?=$|[\s,;.)\-–/])/gu, '6');
}

/**
 * The slash after the garble read as a letter and run onto the symbol ("~ggITB-BHBL", "fITB-ĐHĐL"
 * for …/TB-ĐHĐL): a first part that is no type code but is one after its leading I, l or 1.
 */
function withSlashLetterDropped(value: PlanNumber): PlanNumber {
  const [first = '', ...rest] = value.symbol.split('-');
  if (!/^[Il1|]\p{Lu}/u.test(first) || docTypeByCode(first)) return value;
  const type = docTypeByCode(first.slice(1));
  if (!type?.code) return value;
  const symbol = [first.slice(1), ...rest].join('-');
  return { ...value, symbol, typeCode: type.code };
}

