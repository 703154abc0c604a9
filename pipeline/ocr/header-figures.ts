// The figures of a header's number and date lines, judged by where they stand. On a real first
// page the serial ("Số: 574 /UBND-KTTH") and the day ("Quảng Ngãi, ngày 04 tháng 02") are often
// written by hand into blanks of the printed form, and OCR reads handwriting as anything: "†4",
// "J3", "ö†", "4/35" (for 1595), "Ø3", letters ("đỗ" for 23), or glues it to the printed word
// ("ngày-|§", "{tháng", "Sô:‡†"). Such a reading must never become a number or a date. So:
//  - between the label "Số:" (also as OCR spells it: "Sô:", "S6:") and the symbol ("/UBND-KTTH")
//    there is a serial of digits (with "/year" in legal documents), read with confidence;
//  - between "ngày" and "tháng" a day of one or two digits (1–31), between "tháng" and "năm" a
//    month (1–12);
// anything else there is written "..." (a blank, as on an unfilled form) and reported, with the
// printed words around it restored ("Sô:‡†" → "Số: ...", "{tháng" → "tháng"). A figure read with
// confidence but with a slashed zero ("Ø3") is taken as digits; "O4" is not (a hand's 1 or 6). A printed word whose box is far
// wider than its letters ("ngày" read over a handwritten day it did not spell) also hides a figure.
import type { OcrWord } from './types.js';
import { wordsByEngineLine } from './engine-lines.js';
import { partyTypeBeforeSlash } from './party-symbol-type.js';

/** Below this confidence a figure is not trusted. */
export const FIGURE_MIN_CONFIDENCE = 60;
/** From this confidence, Ø in a figure is read as 0 (never a Vietnamese letter; O may be a misread 1 or 6 of a hand). */
const ZERO_LOOKALIKE_CONFIDENCE = 75;
/**
 * A printed 1 in a small or serifed type, as OCR spells it beside other digits: "I1" for 11,
 * "I57" for 157. Only in a figure that holds a digit already (a lone "I" or "l" is a letter).
 */
const ONE_LOOKALIKE = /[Il|]/g;

/** The figure with its look-alike 1s read as 1, when it holds a digit; else as given. */
export function lookalikeOnes(text: string): string {
  return /\d/.test(text) ? text.replace(ONE_LOOKALIKE, '1') : text;
}

/**
 * The figure with its round 0s read as the letter O ("O7", "O2" for a numbering machine's 07 and
 * 02) read as 0, when it holds a digit; else as given. Only for a figure whose ink was found
 * printed (blank-figures.ts): on the page's reading alone an O may be a hand's 1 or 6.
 */
export function lookalikeZeros(text: string): string {
  return /\d/.test(text) ? text.replace(/[Oo]/g, '0') : text;
}

/**
 * The number label, as printed and as OCR misreads its case, vowel and colon ("Sô:", "só:", "S6;",
 * "Sôz", "SỐ:" in capitals, "Sá:" with the ô of a small or bilevel print read as an a), its S
 * ("§ố:") and a speck before it ("_§ố:" beside a handwritten serial); the colon is what marks the header's.
 */
const NUMBER_LABEL = /^[_~'`.,]?[Ss§][oóòỏõọôốồổỗộơớờởỡợö6aáàảãạâấầẩẫậ][:;z]/iu;
/** The symbol after the serial: a slash, then letters or a year and a slash ("/UBND-KTTH", "/2020/NĐ-CP"); not "4/35". */
const SYMBOL_START = /\/\s*(\p{L}|\d{4}\s*\/)/u;

export interface FigureCheck {
  words: OcrWord[];
  /** Figures as OCR gave them that were left blank. */
  illegible: string[];
  /**
   * Figures left blank only for their low confidence: plain digits of the blank's shape, in one
   * word. A second look may confirm them as printed (figure-second-look.ts); nothing else may.
   */
  doubtful: DoubtfulFigure[];
  /** Where each figure left blank stands: the printed words around it, for a second look at its ink (blank-figures.ts). */
  blanks: FigureBlank[];
  /**
   * Figures read with confidence, with the printed words that frame them and the words that hold
   * their characters: a confident reading may still be handwriting (handwritten-ink.ts looks at its ink).
   */
  read: ReadFigure[];
}

/** A figure taken as read: its frame (as a blank's) and the words that hold it. */
export interface ReadFigure {
  frame: FigureBlank;
  holders: OcrWord[];
}

/** A figure of the number or date line left blank ("..."), with the printed words that frame it. */
export interface FigureBlank {
  kind: 'serial' | 'day' | 'month';
  /** What OCR read there ('' when a figure hides under a too-wide printed word), and with what confidence. */
  text: string;
  confidence: number;
  /** The printed word before the blank ("Số:", "ngày", "tháng") and the one after it (the symbol, "tháng", "năm"), as OCR gave them. */
  before: OcrWord;
  after: OcrWord;
  /** The figure is glued to the end of `before` ("ngày12") or to the start of `after` ("72tháng"); these are the printed parts kept. */
  beforeKept: string;
  afterKept: string;
  gluedBefore: boolean;
  gluedAfter: boolean;
}

export interface DoubtfulFigure {
  /** The word as OCR gave it (a copy: same text and box). */
  word: OcrWord;
  digits: string;
  /** The figure as it stands in the word ("I57" where the digits are "157"). */
  raw: string;
  /** Where the digits stand in the word: all of it, or glued before or after a printed word ("26tháng", "ngày26"). */
  at: 'whole' | 'start' | 'end';
  /** Which blank it stands in, between which printed words. */
  frame: FigureBlank;
}

const median = (v: number[]) => (v.length ? [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]! : 0);

/**
 * `words` of the header zone; the number and date lines found in them are checked, the rest kept.
 * A serial read with confidence beside a day that could not be read is kept: the day may be a
 * hand's, or small print the scan blurred ("ngày 06" stamped by the signing system), and a printed
 * serial lost is as wrong as a hand's invented.
 */
export function checkHeaderFigures(words: readonly OcrWord[]): FigureCheck {
  const lines = wordsByEngineLine(words.map((w) => ({ ...w })));
  const illegible: string[] = [];
  const doubtful: DoubtfulFigure[] = [];
  const blanks: FigureBlank[] = [];
  const read: ReadFigure[] = [];
  let numberDone = false;
  let dateDone = false;
  const out: OcrWord[] = [];
  for (const raw of lines) {
    let line = [...raw].sort((a, b) => a.x0 - b.x0);
    if (!numberDone) {
      const checked = checkNumberLine(line, illegible, doubtful, blanks, read);
      if (checked) [line, numberDone] = [checked, true];
    }
    if (!dateDone) {
      const checked = checkDateLine(line, illegible, doubtful, blanks, read);
      if (checked) [line, dateDone] = [checked, true];
    }
    out.push(...line);
  }
  return { words: out, illegible, doubtful, blanks, read };
}

interface Figure {
  text: string;
  confidence: number;
}

/** What a blank of the form can hold: a figure as OCR read it, in two words at most. */
function fitsBlank(text: string): boolean {
  return text.split(/\s+/).length <= 2 && text.length <= 12;
}

/** The figure's digits, or null when it is not a figure of `digits` digits read with confidence. */
function digitsOf(figure: Figure, shape: RegExp): string | null {
  if (figure.confidence < FIGURE_MIN_CONFIDENCE) return null;
  let text = figure.text.replace(/\s+/g, '').replace(/[.,]$/, '');
  if (figure.confidence >= ZERO_LOOKALIKE_CONFIDENCE && /\d/.test(text)) text = lookalikeOnes(text.replace(/[Øø]/g, '0'));
  return shape.test(text) ? text : null;
}

/**
 * A figure read without confidence that is plain digits of the blank's shape, alone in one word
 * (glued to a printed word at most): worth a second look. Look-alikes ("Ø3", "O4") never are.
 */
function doubtfulFigure(text: string, confidence: number, involved: readonly OcrWord[], shape: RegExp, frame: FigureBlank): DoubtfulFigure | null {
  if (confidence >= FIGURE_MIN_CONFIDENCE || involved.length !== 1) return null;
  const raw = text.replace(/[.,]$/, '');
  const digits = lookalikeOnes(raw);
  if (!/^\d+$/.test(digits) || !shape.test(digits)) return null;
  const word = involved[0]!;
  const at = word.text.replace(/[.,]$/, '') === raw ? 'whole' : word.text.startsWith(raw) ? 'start' : word.text.endsWith(raw) ? 'end' : null;
  return at ? { word, digits, raw, at, frame } : null;
}

/** A word box much wider than its letters: a figure written over it was not spelt. */
function hidesFigure(word: OcrWord, line: readonly OcrWord[]): boolean {
  const perChar = median(line.filter((w) => w !== word && w.text.length >= 3).map((w) => (w.x1 - w.x0) / [...w.text].length));
  return perChar > 0 && word.x1 - word.x0 > perChar * ([...word.text].length + 1.5);
}

/**
 * A figure's box wider than its digits and one more of the line's letters: the engine read part
 * of what stands there (a small-type "08" read "2"). Digits are no wider than the letters.
 */
function missesFigure(word: OcrWord, digits: string, line: readonly OcrWord[]): boolean {
  const perChar = median(line.filter((w) => w !== word && w.text.length >= 3).map((w) => (w.x1 - w.x0) / [...w.text].length));
  return perChar > 0 && word.x1 - word.x0 > perChar * (digits.length + 0.8);
}

/**
 * Replaces words from..to (inclusive) of `line` with: the label word `head`, a figure word, the
 * word `tail`. Words of text '' are left out. The figure word takes `confidence`: the figure's
 * own words', not the printed label's (a label misread with low confidence is no doubt on the figure).
 */
function rebuild(line: OcrWord[], from: number, to: number, head: string, figure: string, tail: string, confidence: number): OcrWord[] {
  const first = line[from]!;
  const last = line[to]!;
  const mid = (first.x1 + last.x0) / 2;
  const parts: OcrWord[] = [];
  if (head) parts.push({ ...first, text: head, x1: Math.min(first.x1, mid) });
  if (figure) parts.push({ ...first, text: figure, confidence, x0: Math.min(first.x1, mid), x1: Math.max(last.x0, mid) });
  if (tail) parts.push({ ...last, text: tail, x0: Math.max(last.x0, mid) });
  return [...line.slice(0, from), ...parts, ...line.slice(to + 1)];
}

function checkNumberLine(words: OcrWord[], illegible: string[], doubtful: DoubtfulFigure[], blanks: FigureBlank[], read: ReadFigure[]): OcrWord[] | null {
  const at = words.findIndex((w) => NUMBER_LABEL.test(w.text));
  if (at < 0) return null;
  const line = withSlashJoined(words, at);
  const end = line.findIndex((w, k) => k >= at && SYMBOL_START.test(k === at ? w.text.replace(NUMBER_LABEL, '') : w.text));
  if (end < 0) return null;
  const label = line[at]!;
  const glued = label.text.replace(NUMBER_LABEL, '');
  const between = line.slice(at + 1, end);
  const symbolWord = at === end ? glued : line[end]!.text;
  const slash = symbolWord.search(SYMBOL_START);
  let before = symbolWord.slice(0, slash);
  let symbol = symbolWord.slice(slash);
  let text = [at === end ? before : glued, ...between.map((w) => w.text), at === end ? '' : before].join(' ').trim();
  // The words that hold the figure's characters (the label only when the figure is glued to it, or
  // when label, figure and symbol are one word): their confidence is the figure's. The label's own
  // doubt ("Số:" read at 47 on a 100-dpi page) says nothing of a figure glued to the symbol ("71/2013/NQ-HĐND").
  let inner = between;
  // "Số: 40 -TB/ĐTN": the type code before the slash is the symbol's, not the serial's.
  const party = partyTypeBeforeSlash(text, symbol);
  if (party) {
    const code = party.code.replace(/^-/, '');
    symbol = `${party.code}${symbol}`;
    text = party.figure;
    if (before.endsWith(code)) before = before.slice(0, before.length - code.length).replace(/[ \t]*[-–]?[ \t]*$/, '');
    else inner = between.filter((w, k) => !(k === between.length - 1 && w.text.replace(/^[-–]/, '') === code));
    if (!before && at !== end) inner = inner.filter((w, k) => !(k === inner.length - 1 && /^[-–]$/.test(w.text)));
  }
  const holders = [...(glued || at === end ? [label] : []), ...inner, ...(before && at !== end ? [line[end]!] : [])];
  const confidence = Math.min(100, ...holders.map((w) => w.confidence));
  const head = 'Số:';
  // A blank holds a figure, not a phrase: a longer text there is not the number line.
  if (!fitsBlank(text)) return null;
  const shape = /^\d{1,6}(\/\d{4})?$/;
  const digits = text ? digitsOf({ text, confidence }, shape) : null;
  const after = at === end ? label : line[end]!;
  const frame: FigureBlank = { kind: 'serial', text, confidence, before: label, after, beforeKept: 'Số:', afterKept: symbol, gluedBefore: !!glued, gluedAfter: !!before };
  if (text && !digits) {
    illegible.push(text);
    blanks.push(frame);
  }
  if (digits) read.push({ frame, holders });
  const doubt = text && !digits ? doubtfulFigure(text, confidence, holders, /^\d{1,6}$/, frame) : null;
  if (doubt) doubtful.push(doubt);
  const rebuilt = !text && at !== end ? line : rebuild(line, at, end, head, text ? (digits ?? '...') : '', symbol, confidence);
  // Nothing is printed before "Số:" on its line: a mark or two there is a margin note's stroke ("z)").
  const first = rebuilt.findIndex((w) => w.text === head || NUMBER_LABEL.test(w.text));
  return rebuilt.filter((w, k) => k >= first || [...w.text].length > 3);
}

/**
 * The line with a serial's slash that ends its word joined to the symbol's word after it
 * ("Số: 1442/ UBND-TM", the engine's space after the slash): one word, as "1442/UBND-TM" is read.
 * Only when no word after the label opens the symbol itself.
 */
function withSlashJoined(line: OcrWord[], at: number): OcrWord[] {
  if (line.some((w, k) => k >= at && SYMBOL_START.test(k === at ? w.text.replace(NUMBER_LABEL, '') : w.text))) return line;
  const k = line.findIndex((w, i) => i >= at && /\/$/.test(w.text) && /^\p{L}/u.test(line[i + 1]?.text ?? ''));
  if (k < 0) return line;
  const [left, right] = [line[k]!, line[k + 1]!];
  const joined: OcrWord = { ...left, text: left.text + right.text, x1: right.x1, y0: Math.min(left.y0, right.y0), y1: Math.max(left.y1, right.y1), confidence: Math.min(left.confidence, right.confidence) };
  return [...line.slice(0, k), joined, ...line.slice(k + 2)];
}

/**
 * The day and month words as OCR misreads their tone or vowel on a scan ("ngài", "ngáy", "thẳng",
 * "thàng"): the consonants are what the line is known by.
 */
const DAY_WORD = /ng[aàáảãạ][yỳýỷỹỵiìíỉĩị]/u;
const MONTH_WORD = /th[aàáảãạăắằẳẵặâấầẩẫậ]ng/u;
/** A word opening with the month word, alone or with what a hand wrote after it, not a stop alone. */
const MONTH_WORD_OPENING = new RegExp(`^${MONTH_WORD.source}(?:$|(?![,.;:]$))`, 'u');

/** The date line: "ngày … tháng … năm", each figure checked. */
function checkDateLine(line: OcrWord[], illegible: string[], doubtful: DoubtfulFigure[], blanks: FigureBlank[], read: ReadFigure[]): OcrWord[] | null {
  const day = line.findIndex((w) => DAY_WORD.test(w.text));
  if (day < 0) return null;
  const month = line.findIndex((w, k) => k > day && MONTH_WORD.test(w.text));
  if (month < 0) return null;
  const year = line.findIndex((w, k) => k > month && /năm/u.test(w.text));
  // Not the header's date line: a body line's "ngày 12 tháng 6 năm 2015" has no place before it,
  // and the header's is the first of the zone with all three words.
  if (year < 0) return null;
  const checked = checkFigure(line, day, month, DAY_WORD, MONTH_WORD, /^(0?[1-9]|[12]\d|3[01])$/, illegible, doubtful, blanks, read, 'day');
  if (!checked) return null;
  let out = checked;
  // The month word may carry what a hand wrote after it ("tháng/4" for a written 11): that is the
  // month's blank, checked like a figure apart; a stop after it ("tháng,") is no figure.
  const monthAt = out.findIndex((w, k) => k > 0 && MONTH_WORD_OPENING.test(w.text));
  const yearAt = out.findIndex((w, k) => k > monthAt && /năm/u.test(w.text));
  if (monthAt > 0 && yearAt > monthAt) out = checkFigure(out, monthAt, yearAt, MONTH_WORD, /năm/u, /^(0?[1-9]|1[0-2])$/, illegible, doubtful, blanks, read, 'month') ?? out;
  return withStrokeOutOfYear(withDayWordSpelt(out));
}

/** A year of this era as printed on a form's date line, a stop after it at most ("2019", "2025."). */
const PRINTED_YEAR = /^(?:19|20)\d\d[.,;]?$/;

/**
 * The words of the date line that hold its year: the word right after "năm" on a line with "ngày" and
 * "tháng" before it. The year is printed with the form, whatever the hand wrote into the day and month
 * blanks beside it; read unsure (the engine's doubt spread from the handwriting next to it), it is
 * still the printed year, never a hand's figure to blank.
 */
export function dateLineYears(words: readonly OcrWord[]): Set<OcrWord> {
  const years = new Set<OcrWord>();
  for (const raw of wordsByEngineLine(words)) {
    const line = [...raw].sort((a, b) => a.x0 - b.x0);
    const day = line.findIndex((w) => DAY_WORD.test(w.text));
    const month = line.findIndex((w, k) => k > day && MONTH_WORD.test(w.text));
    if (day < 0 || month < 0) continue;
    const year = line.findIndex((w, k) => k > month && /^năm$/u.test(w.text));
    const figure = year > 0 ? line[year + 1] : undefined;
    if (figure && PRINTED_YEAR.test(figure.text)) years.add(figure);
  }
  return years;
}

/** "ngày" with its y read as an i under the mark ("ngài", "ngải"): no date reader takes it so. */
const DAY_WORD_AS_I = /^ng[aàáảãạ][iìíỉĩị](?=$|[,.;:]?$)/u;

/**
 * The date line's "ngày" read with an i for its y (an italic y's tail lost: "Hà Nội, ngài 24 tháng
 * 3"), spelt as printed: read so, the line kept its month and year and lost its day, even a day
 * read right. Only the word of this line, which stands between the place and "tháng".
 */
function withDayWordSpelt(line: OcrWord[]): OcrWord[] {
  const day = line.findIndex((w) => DAY_WORD.test(w.text));
  const word = line[day];
  if (!word || !DAY_WORD_AS_I.test(word.text)) return line;
  return line.map((w) => (w === word ? { ...w, text: word.text.replace(DAY_WORD_AS_I, 'ngày') } : w));
}

/** A year read with a stroke inside it ("2/025", "20|25"): figures on both sides, one stroke. */
const STROKE_IN_YEAR = /^(\d{1,3})[/|](\d{1,3})([.,]?)$/;

/**
 * The date line with its year's stroke taken out: the year is printed with the form, and a slanted
 * stroke between its figures is the engine's reading of an italic figure's edge ("năm 2/025" for
 * 2025 on a phone photo), which left the line no year and the record no date. Taken only when the
 * figures left spell a year of this era.
 */
function withStrokeOutOfYear(line: OcrWord[]): OcrWord[] {
  const monthAt = line.findIndex((w) => MONTH_WORD.test(w.text));
  const yearWord = line.findIndex((w, k) => k > monthAt && /^năm$/u.test(w.text));
  const year = yearWord >= 0 ? line[yearWord + 1] : undefined;
  const m = year ? STROKE_IN_YEAR.exec(year.text) : null;
  if (!m || !/^(19|20)\d\d$/.test(m[1]! + m[2]!)) return line;
  return line.map((w) => (w === year ? { ...w, text: m[1]! + m[2]! + m[3]! } : w));
}

/** The figure between the word holding `left` (at a) and the word holding `right` (at b). */
/** Null when what stands between them is no blank's figure (a body line's phrase). */
function checkFigure(
  line: OcrWord[],
  a: number,
  b: number,
  left: RegExp,
  right: RegExp,
  shape: RegExp,
  illegible: string[],
  doubtful: DoubtfulFigure[],
  blanks: FigureBlank[],
  read: ReadFigure[],
  kind: FigureBlank['kind'],
): OcrWord[] | null {
  const leftWord = line[a]!;
  const rightWord = line[b]!;
  const l = left.exec(leftWord.text);
  const r = right.exec(rightWord.text)?.index ?? 0;
  const leftEnd = l ? l.index + l[0].length : leftWord.text.length;
  // What stands before "ngày" ("Ngãi, ngày") stays with it; what is glued after it is the figure.
  const headKeep = leftWord.text.slice(0, leftEnd);
  const headGlued = leftWord.text.slice(leftEnd);
  const tailGlued = rightWord.text.slice(0, r);
  const tailKeep = rightWord.text.slice(r);
  const between = line.slice(a + 1, b);
  const text = [headGlued, ...between.map((w) => w.text), tailGlued].join(' ').trim();
  // "ngày 19/6/2015; Luật … ngày 22 tháng": not a date line's blank.
  if (!fitsBlank(text)) return null;
  const involved = [...(headGlued ? [leftWord] : []), ...between, ...(tailGlued ? [rightWord] : [])];
  const confidence = Math.min(100, ...involved.map((w) => w.confidence));
  if (!text) {
    // Nothing spelt between them: a blank, unless a figure hides under a too-wide printed word.
    if (hidesFigure(leftWord, line) || hidesFigure(rightWord, line)) {
      illegible.push(`${leftWord.text} ${rightWord.text}`);
      blanks.push({ kind, text: '', confidence: 0, before: leftWord, after: rightWord, beforeKept: headKeep, afterKept: tailKeep, gluedBefore: false, gluedAfter: false });
      return [...line.slice(0, a), { ...leftWord, text: headKeep }, { ...leftWord, text: '...', x0: leftWord.x1, x1: rightWord.x0 }, ...line.slice(b)];
    }
    return line;
  }
  const shapeRead = digitsOf({ text, confidence }, shape);
  // "08" read as "2": a figure whose box has room for another figure was not read whole.
  const digits = shapeRead && !(between.length === 1 && !headGlued && !tailGlued && missesFigure(between[0]!, shapeRead, line)) ? shapeRead : null;
  const frame: FigureBlank = { kind, text, confidence, before: leftWord, after: rightWord, beforeKept: headKeep, afterKept: tailKeep, gluedBefore: !!headGlued, gluedAfter: !!tailGlued };
  if (!digits) {
    illegible.push(text);
    blanks.push(frame);
  }
  if (digits) read.push({ frame, holders: involved });
  const doubt = digits || shapeRead ? null : doubtfulFigure(text, confidence, involved, shape, frame);
  if (doubt) doubtful.push(doubt);
  if (digits && !headGlued && !tailGlued && between.length === 1 && between[0]!.text === digits) return line;
  // Sliced words keep their box: reading order only needs their x.
  return [...line.slice(0, a), { ...leftWord, text: headKeep }, { ...(between[0] ?? leftWord), text: digits ?? '...', confidence }, { ...rightWord, text: tailKeep }, ...line.slice(b + 1)];
}
