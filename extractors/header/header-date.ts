// The header's place-and-date line: its place, its date, what a flattened table glued before it, a garbled line.
import { misreadLetterBeforeComma, misreadPlaceBeforeDay, strokedPlaceBeforeDay } from './ocr-place.js';
import type { Span } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { dateAtDayWord, findDate, type ParsedDate } from '../shared/dates.js';
import { findUnits } from '../shared/localities.js';
import { spanOf, type Segment } from './header-zone.js';
import { readPlanNumber } from '../shared/number.js';
import { garbledDateLine } from './garbled-date-line.js';
import { isStampedDateLine, placeWithLostCapital } from './stamped-date-line.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from '../../normalizers/number-label.js';
import type { HeaderParts } from './header-parts.js';
import { spellPlace } from './header-place.js';

/**
 * "… có hiệu lực từ ngày 19/11/2025", "Xem chi tiết tại Công văn 11554/VPCP-V.I ngày …": the words
 * before "ngày" are a sentence's, not a place's ("Hà Nội, ngày").
 */
export function proseBefore(seg: Segment): boolean {
  const glued = GLUED_DATE_WORDS.exec(seg.folded);
  const at = glued ? glued[1]!.length + glued[2]!.length : seg.folded.indexOf('ngay');
  const before = seg.text.slice(0, Math.max(at, 0)).replace(/[*_|\s]+$/, '');
  // A place has at most six words ("Thành phố Hồ Chí Minh"); more is a sentence that cites a date.
  return /(?:^|\s)\p{Ll}[\p{L}]*$/u.test(before) || (before.match(/\S+/g)?.length ?? 0) > 7;
}

/** The rest of the line after a date goes on as a sentence: three words or more. */
export function proseAfter(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at, lineEnd < 0 ? Math.min(text.length, at + 200) : Math.min(lineEnd, at + 200));
  if (!/^\s*,/.test(rest)) return false;
  return (rest.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}

/**
 * A date followed by whose it is ("Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013 của
 * Chính phủ"): a cited document's date, never the date line (a page given without its header).
 */
export function citedDate(folded: string, at: number): boolean {
  if (!/^[^\S\n]*(?:\n[^\S\n]*)?cua\s/.test(folded.slice(at, at + 20))) return false;
  // "Hà Nội, ngày … năm 2018 của l… QUYẾT ĐỊNH": a line that opens with its place and "ngày" is the
  // date line, whatever OCR ran onto it (a garbled scrap restored as "của").
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  return !/^[\s*|]*[a-z][a-z .]{1,30},\s*ngay\b/i.test(folded.slice(lineStart, at));
}

/** A place as the date line prints it: capitalised words, a numbered district or ward ending with its number ("Quận 5"). */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,5}(?:\s+\p{N}{1,2})?`;

/** The first part of a hyphenated unit name, before the part PLACE_BEFORE_DAY took ("Bà Rịa - "). */
const HYPHEN_PART_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(\s*[-–]\s*)$/u;

/** A place's first word glued to the capitals of a symbol before it ("STTTTHa "), its start in group 1. */
const GLUED_PLACE_WORD = /(?<=\p{Lu}{2})(\p{Lu}\p{Ll}{1,3})[ \t]+$/u;

/**
 * The place closing the text before "ngày" on a date line; a stop may stray after its comma ("Hà Tĩnh,.ngày").
 * It opens a word: never inside one, nor right after a slash ("…/TB-HQTB": a symbol's part).
 */
const PLACE_BEFORE_DAY = new RegExp(`((?<![\\p{L}\\p{N}/&])${PLACE_NAME})\\s*(?:,\\.?)?\\s*$`, 'u');

/** A symbol's last code hyphen-joined before the place's words ("TB-HQTB Trảng Bàng"): capitals only. */
const CODE_AFTER_HYPHEN = /^[\p{Lu}\p{N}&]{2,}(?=\s)/u;

/** The place a date line opens with, up to its comma. */
const PLACE_OPENING_LINE = new RegExp(`^([ \\t*|]*)(${PLACE_NAME})\\s*,`, 'u');

/** What stands on the date line before its place: segment offsets [start, end). */
interface LineLead {
  start: number;
  end: number;
}

export function dateFromSegment(text: string, seg: Segment, marksFromOcr: boolean, ocrOrigin = marksFromOcr): (Pick<HeaderParts, 'date' | 'place'> & { lead: LineLead | null }) | null {
  const glued = ocrOrigin ? GLUED_DATE_WORDS.exec(seg.folded) : null;
  const m = glued ? { index: glued[1]!.length + glued[2]!.length } : /ngay/.exec(seg.folded);
  if (!m) return null;
  const date = glued ? gluedDate(glued, m.index) : dateAtDayWord(seg.folded, m.index);
  if (!date) return null;
  // On a page OCR read, the place stands on the date's own printed line: a word on the line above
  // is another line's ("OTXVPT" / "Ninh Kiều, ngày"). Copies of text break lines anywhere ("Thành phố Hồ" / "Chí Minh, ngày").
  const starts = [0, ...(marksFromOcr ? seg.breaks.filter((b) => b <= m.index) : [])];
  // "Hà Nội," alone on its line above "ngày …" is still the place.
  const lineStart = starts.length > 1 && !seg.text.slice(starts.at(-1), m.index).trim() ? starts.at(-2)! : starts.at(-1)!;
  // A cell cut from the one before it inside a word ("BHXH- TH" / "Ứ TP. Hồ Chí Minh", the word
  // "THỨ" split by the symbol's reading) opens with the word's tail: no place word. A word in proper
  // case there is the place's first, glued to the symbol by the layer ("TB-STTTT" / "Ha Tinh").
  const cutInWord = lineStart === 0 && seg.start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(seg.start - 1)) && /^[\p{L}\p{N}]/u.test(seg.text) && !/^\p{Lu}\p{Ll}/u.test(seg.text);
  const before = cutInWord ? seg.text.slice(0, m.index).replace(/^[\p{L}\p{N}]+/u, (tail) => ' '.repeat(tail.length)) : seg.text.slice(lineStart, m.index);
  // "Quận 5, ngày …", "Phường 12, ngày …": a numbered district or ward ends with its number.
  // An OCR'd place whose last letter came after a mark read for one ("Hà N(U,"): the plain reading
  // would take the capital after the mark ("U") for the whole place.
  const placeMatch = (ocrOrigin ? (lostCapitalPlace(before) ?? strokedPlaceBeforeDay(before) ?? misreadLetterBeforeComma(before)) : null) ?? PLACE_BEFORE_DAY.exec(before) ?? (ocrOrigin ? (smallLetterPlace(before) ?? misreadPlaceBeforeDay(before)) : null);
  let place: HeaderParts['place'] = null;
  let lead: LineLead | null = null;
  if (placeMatch && /[-–]$/.test(before.slice(0, placeMatch.index))) {
    // The match opens with the symbol's last code ("HQTB Trảng Bàng" after "TB-"): the place follows it.
    const code = CODE_AFTER_HYPHEN.exec(placeMatch[1]!);
    const rest = code ? placeMatch[1]!.slice(code[0].length) : '';
    if (code && /^\s+\p{Lu}/u.test(rest)) {
      const skip = code[0].length + (rest.length - rest.trimStart().length);
      placeMatch[1] = placeMatch[1]!.slice(skip);
      placeMatch.index += skip;
    }
  }
  if (placeMatch) {
    let matched = placeMatch[1]!.trim();
    // "Bà Rịa - Vũng Tàu, ngày …": a unit whose own name holds a hyphen (the list knows it whole).
    const hyphened = HYPHEN_PART_BEFORE.exec(before.slice(0, placeMatch.index));
    // Spelt "Bà Rịa - Vũng Tàu" or "Phan Rang-Tháp Chàm" in the unit list, printed either way.
    if (hyphened && (findUnits(`${hyphened[1]} - ${matched}`).length || findUnits(`${hyphened[1]}-${matched}`).length)) {
      placeMatch.index = hyphened.index + (hyphened[0].length - hyphened[0].trimStart().length);
      matched = `${hyphened[1]}${hyphened[2]}${matched}`;
    }
    // A layer that ran the header cells together glued the place's first word to the symbol
    // ("TB-STTTTHa Tinh, ngày"): taken back when the two words name a unit the list knows.
    const glued = ocrOrigin ? GLUED_PLACE_WORD.exec(before.slice(0, placeMatch.index)) : null;
    if (glued && findUnits(`${glued[1]} ${matched}`).length) {
      placeMatch.index = glued.index;
      matched = `${glued[1]} ${matched}`;
    }
    // Only OCR layers leave a symbol's tail there; a typed line's place is what it prints.
    const code = ocrOrigin ? symbolTail(matched) : 0;
    const value = matched.slice(code);
    const at = lineStart + placeMatch.index + code;
    place = { value: spellPlace(value, marksFromOcr), span: spanOf(seg, at, at + value.length) };
    if (at > lineStart) lead = { start: lineStart, end: at };
  }
  const span = spanOf(seg, date.start, date.end);
  return { date: { iso: date.iso, partial: date.partial, invalid: date.invalid, span }, place, lead };
}

// "Hà Nội, ng4yShdng0zndm 2022": an OCR dump glued "ngày … tháng … năm" into one word, the
// handwritten figures between them misread. The place, the glued word (a figure or a mark in it),
// then the printed year.
const GLUED_DATE_WORDS = /^([^,\n]{2,40})(,\s*)(ng(?=\S*[^a-z\s])\S{4,18}?n[^\s\d]{0,2}m)\s*((?:19|20)\d\d)(?!\d)/;

/** The printed year of a glued date word (the day and month in it are handwriting's): partial. */
function gluedDate(m: RegExpExecArray, at: number): ParsedDate {
  return { iso: m[4]!, partial: true, invalid: false, start: at, end: m[0].length };
}

/**
 * The place whose first capital a stamp or a hand turned small, opening the date line ("là Nội,
 * ngày …" → Hà Nội; stamped-date-line.ts): the plain reading would take "Nội" alone. A match of
 * PLACE_BEFORE_DAY's shape (group 1 the province's name, as long as what it stands for), or null.
 */
function lostCapitalPlace(before: string): RegExpExecArray | null {
  const found = placeWithLostCapital(before);
  return found ? (Object.assign([before.slice(found.start, found.end), found.value], { index: found.start, input: before }) as unknown as RegExpExecArray) : null;
}

// The last words before the comma of a date line a dump wrote in small letters ("hà nội , ngày").
const SMALL_PLACE_BEFORE_DAY = /(?:^|\s)(\p{Ll}+(?:\s+\p{Ll}+){0,3})\s*,\s*$/u;

/**
 * The place of a date line an OCR dump wrote in small letters: the fewest last words (two at
 * least) before the comma that name a known unit ("… ít-bgdđt hà nội , ngày" → Hà Nội), each
 * opened with its capital. A match of PLACE_BEFORE_DAY's shape (group 1 the place), or null.
 */
function smallLetterPlace(before: string): RegExpExecArray | null {
  const m = SMALL_PLACE_BEFORE_DAY.exec(before);
  if (!m) return null;
  const words = [...m[1]!.matchAll(/\p{Ll}+/gu)];
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const at = words[k]!.index!;
    const name = m[1]!.slice(at);
    if (name.split(/\s+/).length < 2 || !findUnits(name).length) continue;
    // The words as printed, each opened with its capital: the characters keep their places.
    const spelt = name.replace(/(^|\s)(\p{Ll})/gu, (_w, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
    const found = Object.assign([`${spelt},`, spelt], { index: m.index + m[0].indexOf(m[1]!) + at, input: before }) as unknown as RegExpExecArray;
    return found;
  }
  return null;
}

/** A symbol's codes, hyphen-joined, closing the text before a place: "SGDDT -CTrTT", "UBND-VP". */
const SYMBOL_BEFORE_PLACE = /(?:^|\s)(\p{Lu}[\p{L}&]{1,11}(?:\s?[-–]\s?\p{Lu}[\p{L}&]{1,11})+)\s*$/u;

/**
 * The symbol of a number line a layer garbled past its "Số:" and its slash, read where it stands:
 * on the date line, just before the place ("463Y SGDDT -CTrTT Đà Nẵng, ngày …"). Codes of
 * capitals joined by hyphens, each with two capitals at least; the serial before them (handwritten,
 * garbled) is left blank. Only for OCR'd text, and only when no number line was read.
 */
export function symbolOnDateLine(seg: Segment, lead: LineLead): HeaderParts['number'] {
  const m = SYMBOL_BEFORE_PLACE.exec(seg.text.slice(lead.start, lead.end));
  if (!m) return null;
  const codes = m[1]!.split(/\s?[-–]\s?/);
  if (codes.some((c) => (c.match(/\p{Lu}/gu) ?? []).length < 2)) return null;
  const read = readPlanNumber(`/${codes.join('-')}`);
  if (!read?.value.symbol) return null;
  const start = lead.start + m.index + (m[0].length - m[0].trimStart().length);
  return { value: { ...read.value, number: null, serial: null }, span: spanOf(seg, start, start + m[1]!.length) };
}

/** One code of capitals closing the text before a place, all that is left of a number line ("BTTTTHà Nội"). */
const CODE_BEFORE_PLACE = /(?:^|\s)(\p{Lu}{3,10})\s*$/u;

/** The initials of a body's name, its "và" and dashes skipped: "Bộ Thông tin và Truyền thông" → "btttt". */
function initialsOf(name: string): string {
  return foldVietnamese(name).toLowerCase().split(/[\s-–]+/).filter((w) => w && w !== 'va').map((w) => w[0]).join('');
}

/**
 * A number line lost to a stamp or a handwritten serial but for its last code, run into the place
 * on the date line ("BTTTTHà Nội, ngày … tháng 01 năm 2018"): the symbol is the type heading's
 * code and that code, when the code is the issuer's initials (the symbol's standard form, type then
 * issuer). A code that is not the issuer's may be any part of a longer symbol, and is left alone.
 * Only for OCR'd text, and only when no number line was read.
 */
export function issuerCodeOnDateLine(seg: Segment, lead: LineLead, typeCode: string, issuerName: string): HeaderParts['number'] {
  const m = CODE_BEFORE_PLACE.exec(seg.text.slice(lead.start, lead.end));
  if (!m || foldVietnamese(m[1]!).toLowerCase() !== initialsOf(issuerName)) return null;
  const read = readPlanNumber(`/${typeCode}-${m[1]}`);
  if (!read?.value.symbol) return null;
  const start = lead.start + m.index + (m[0].length - m[0].trimStart().length);
  return { value: { ...read.value, number: null, serial: null }, span: spanOf(seg, start, start + m[1]!.length) };
}

/** Abbreviations a place may open with: "TP. Hồ Chí Minh", "TX Sơn Tây". */
const PLACE_ABBREVIATIONS = new Set(['tp', 'tx', 'tt']);

/**
 * Characters of a place read before a date that belong to the number's symbol instead: a code of
 * capitals ("CTrTT", "DL") before a name in normal case, where a layer lost the slash or the
 * "Số" that would have ended the symbol ("463Y SGDDT -CTrTT Đà Nẵng, ngày", "…-SVH,TT,DL An
 * Giang, ngày", "0Ôosp.GsQL. Bình Dương, ngày": its capitals in garbled case). A place in capitals ("HÀ NỘI") and "TP. Hồ Chí Minh" keep every word.
 */
function symbolTail(place: string): number {
  const words = [...place.matchAll(/\S+/gu)];
  // "TP.Hồ", "Q.Bình": a dotted place abbreviation glued to the name is no code.
  const isCode = (word: string) =>
    (word.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\.\p{L}/u.test(word) && !PLACE_ABBREVIATIONS.has(foldVietnamese(word).toLowerCase().replace(/\.$/, ''));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0];
    // A word in garbled case ("GsQL.", the tail of a symbol an engine misread) is no place's word.
    if (/^\p{Lu}\p{Ll}/u.test(word) && !/\p{Ll}\p{Lu}/u.test(word)) return i > 0 ? words[i]!.index! : 0;
    // "BTTTTHà Nội": the place's first word glued to the code, taken back when the two name a unit.
    const glued = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{1,3})$/u.exec(word);
    if (glued && i + 1 < words.length && findUnits(`${glued[2]} ${place.slice(words[i + 1]!.index!)}`).length) return words[i]!.index! + glued[1]!.length;
    if (!isCode(word)) return 0;
  }
  return 0;
}

/** The place a place-and-date line opens with, up to its comma ("Ninh Kiều, ngày …"). */
export function placeOfLine(text: string, line: Span, marksFromOcr: boolean, ocrOrigin = marksFromOcr): HeaderParts['place'] {
  const m = PLACE_OPENING_LINE.exec(text.slice(line.start, line.end));
  if (!m) return null;
  const start = line.start + m[1]!.length;
  return { value: spellPlace(ocrOrigin ? withoutStrayStop(m[2]!) : m[2]!, marksFromOcr || ocrOrigin), span: { start, end: start + m[2]!.length } };
}

/**
 * An OCR'd place with a speck read as a stop after a word ("Hà. Tỉnh"): the place without it, when
 * that names a unit the list knows. An abbreviation's stop ("TP. Hồ Chí Minh", "Q. 1") stays: only a
 * stop after a word in title case is a speck.
 */
function withoutStrayStop(place: string): string {
  const cleared = place.replace(/(?<=\p{Lu}\p{Ll}+)\.(?=\s+\p{Lu})/gu, '');
  return cleared !== place && findUnits(cleared).length ? cleared : place;
}

// A place-and-date line whose figures OCR lost: a place (capitalised, then a comma), "ngày",
// "tháng", "năm" with at most dots, blanks and a figure or two between them, and no year.
const ILLEGIBLE_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay[\s.…_,:\d]{0,12}thang[\s.…_,:\d]{0,12}nam[\s.…_,:]*\d{0,3}[\s.…_]*$/;

// The same line with its day and month word lost to handwriting or a stamp ("Ninh Kiều, ngày -2Nháng ý. năm 2018"):
// only its printed year is read. A handwritten month the engine set after "năm" (written larger, off the
// line) leaves its illegible mark there: "ngày ... tháng năm ... 2024", or its figure read, set before the
// year ("ngày ... tháng ... năm 5 2024"): a figure no one can place, so the year alone is read.
const GARBLED_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay[^\n]{0,24}?\snam[\s.…_]*(?:\d{1,2}[ \t.…_]+)?((?:19|20)\d\d)[\s.…_]*$/;

// The same line with its year word garbled past "năm" by an engine without Vietnamese ("TP. Ha Chi
// Minh, ngay 26 thong cnarn 2021": "5 năm" read as "cnarn", restored "chân"): "ngày" and "tháng"
// still read, one short word between "tháng" (and its figure, if plain) and a year ending the line.
const GARBLED_YEAR_WORD_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay[^\n]{0,12}?\sth[a-z]{0,2}ng\s+(?:(\d{1,2})\s+)?[^\s\d]{1,6}\s+((?:19|20)\d\d)[\s.…_]*$/;

/** The first illegible place-and-date line in folded[from, to), as its span and the year it still shows; null when none. */
export function illegibleDateLine(text: string, folded: string, from: number, to: number, ocrOrigin = false): IllegibleDateLine | null {
  let lineStart = folded.lastIndexOf('\n', from) + 1;
  while (lineStart < to) {
    const end = folded.indexOf('\n', lineStart);
    let lineEnd = end < 0 ? folded.length : end;
    // A scan's layer may set the number cell and the date line on one line ("Số: ~ggITB-BHBL Hà
    // Nội, ngay4Sthimg 6 năm 2021"): the date line is read from its place on.
    const cell = NUMBER_CELL_BEFORE_PLACE.exec(folded.slice(lineStart, lineEnd))?.[0].length ?? 0;
    // Or a stamp's words over the number cell leave it no label (OCR only): the place after the number, the number not read.
    const stamped = !cell && ocrOrigin ? (STAMPED_NUMBER_BEFORE_PLACE.exec(folded.slice(lineStart, lineEnd))?.[0].length ?? 0) : 0;
    // Or the trích yếu's cell stands there (OCR only): the place's capitals after it, the line up to the year.
    const subject = !cell && !stamped && ocrOrigin ? subjectCellBefore(text, folded, lineStart, lineEnd) : null;
    const start = subject?.place ?? lineStart + cell + stamped;
    if (subject) lineEnd = subject.yearEnd;
    const line = folded.slice(start, lineEnd);
    const numberCell = cell ? { numberCell: { start: lineStart, end: start } } : {};
    if (lineEnd - start <= 100 && /^[ \t*|]*\p{Lu}/u.test(text.slice(start, lineEnd))) {
      if (ILLEGIBLE_DATE_LINE.test(line)) return { start, end: lineEnd, year: null, ...numberCell };
      // A line whose day and month read well is the date line itself, found as such.
      const readable = (findDate(line)?.iso?.length ?? 0) >= 7;
      // Garbled further ("ngàu 0 tháng ...Ð năm 2025", "ngày-##tháng Q@n»ăm 2026"): its printed year and month.
      const printed = readable ? null : garbledDateLine(line);
      if (printed?.month) return { start, end: lineEnd, year: printed.year, month: printed.month, ...numberCell };
      const garbled = GARBLED_DATE_LINE.exec(line);
      if (garbled && !readable) return { start, end: lineEnd, year: garbled[1]!, ...numberCell };
      if (printed) return { start, end: lineEnd, year: printed.year, month: printed.month, ...numberCell };
      const yearWord = readable ? null : GARBLED_YEAR_WORD_LINE.exec(line);
      if (yearWord) {
        const month = yearWord[1] && /^(0?[1-9]|1[0-2])$/.test(yearWord[1]) ? yearWord[1].padStart(2, '0') : null;
        return { start, end: lineEnd, year: yearWord[2]!, month, ...numberCell };
      }
    }
    // A receiving office's stamp over all but the place and "ngày", or over its figures and its place's
    // capital (stamped-date-line.ts): only when no shape above read a printed year or month.
    if (ocrOrigin && lineEnd - start <= 100 && !(findDate(line)?.iso?.length ?? 0) && isStampedDateLine(line, text.slice(start, lineEnd))) {
      // Its printed year and month where they still read ("la Nội, ngày / ¡ tháng 8 năm 2011").
      const printed = garbledDateLine(line);
      return { start, end: lineEnd, year: printed?.year ?? GARBLED_DATE_LINE.exec(line)?.[1] ?? null, month: printed?.month ?? null, ...numberCell };
    }
    if (end < 0) break;
    lineStart = end + 1;
  }
  return null;
}

// A trích yếu's cell an OCR layer set before the date line, the two columns interleaved ("v I phương
// thức thanh toán Hà Nội, ngày ớt6 thông để nắm 2014 tiên chuyển nhượng và của"): "V/v" however read
// opening the line, its words, then the place in capitals and its comma, "ngày", and the printed
// year; the words after the year are the subject's next line.
const SUBJECT_LABEL = /^[ \t*|]*v[ \t]?[/|il1]?[ \t]?v?[ \t]*:?[ \t]/;
const PLACE_IN_CAPITALS = /(?<=\s)(?:\p{Lu}[\p{L}.]*[ \t]+){0,3}\p{Lu}[\p{L}.]*(?=[ \t]*,[ \t]*ng)/u;
const ABBREVIATIONS_BEFORE_PLACE = /^(?:\p{Lu}{2,}[ \t]+)+(?=\p{Lu}\p{Ll})/u;
const YEAR_AFTER_YEAR_WORD = /\snam[\s.…_]*(?:19|20)\d\d(?!\d)/;

/** Where the place after such a cell starts and where its date line's year ends; null when the line is no such. */
function subjectCellBefore(text: string, folded: string, lineStart: number, lineEnd: number): { place: number; yearEnd: number } | null {
  const label = SUBJECT_LABEL.exec(folded.slice(lineStart, lineEnd));
  if (!label) return null;
  const from = lineStart + label[0].length - 1;
  const place = PLACE_IN_CAPITALS.exec(text.slice(from, lineEnd));
  if (!place) return null;
  // A subject naming a body before its place ("… Nghị quyết HĐND TP Hà Nội, ngày …"): the place is
  // the words after the body's abbreviations, which no place name is written in.
  const capitalsAt = from + place.index + (ABBREVIATIONS_BEFORE_PLACE.exec(place[0])?.[0].length ?? 0);
  // Its first capital a stamp or a hand turned small ("… kiểm tra thuế là Nội, ngày …"): the place opens at that word.
  const small = /(?<=\s)\p{Ll}{1,3}[ \t]+$/u.exec(text.slice(from, capitalsAt));
  const placeAt = small && placeWithLostCapital(text.slice(from + small.index, lineEnd)) ? from + small.index : capitalsAt;
  const year = YEAR_AFTER_YEAR_WORD.exec(folded.slice(placeAt, lineEnd));
  return year ? { place: placeAt, yearEnd: placeAt + year.index + year[0].length } : null;
}

/** An illegible date line; `numberCell`: the "Số: …" cell a layer set before it on its line. */
export interface IllegibleDateLine extends Span {
  year: string | null;
  month?: string | null;
  numberCell?: Span;
}

// "Số: …" (its colon read as a comma: "số, 3+!J") and what OCR made of the number, then a place and
// its comma: the cell before the date line.
// The label as the restorer may have re-lettered it ("sốf" → "sau"): "s" and up to two letters.
// An engine without Vietnamese may read its S as 8 (5, 3) and the ố as 6 ("86:5619 SYT-NVY", "36:4312 /TCT-KK"): then with its colon.
// A speck of the scan may stand before the label ("' s6,y'019 /cr-TT&Frr Hdi Phdng, ngafu4 …"): a quote or a stop.
// A stamp's words read into the number cell in its label's place ("| CONG THONG TIN BIEN TỦ CHÍNH PHÙ
// 41 /CT-TTs Ha Nội, ngàyháng 3 năm 2020", the portal's "đến" stamp): words, then figures, a slash and a
// symbol, then the place and its comma. Its figures may be the stamp's own: the cell is not read.
const STAMPED_NUMBER_BEFORE_PLACE = /^[^\n,\d]{0,60}?(?<![a-z\d])\d{1,5}[ \t]*\/[ \t]*[a-z]{1,8}(?:-[a-z&]{1,10}){1,2}[ \t]+(?=[a-z][a-z .]{1,40},\s*n)/;
const NUMBER_CELL_BEFORE_PLACE = new RegExp(String.raw`^[ \t*|'‘’\`.]*(?:s[o6a-z]{0,2}\s*[:.,]?|${NUMBER_LABEL_AS_FIGURES_SOURCE}\s*:)[^\n,]{0,40}?\s(?=[a-z][a-z .]{1,40},\s*n)`);
