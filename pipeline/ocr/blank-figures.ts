// A second look at the header figures the first reading left blank as unreadable. Not every such
// figure is handwritten: the serial and the date are often FILLED IN AFTER PRINTING, typed in a
// separate run (a smaller or larger face, bold italic), stamped by a numbering machine, or butted
// against the next word ("12tháng"), and the page's OCR reads them as junk ("72", "/2", "M#U»ä8").
// Handwriting must still never become a figure. So a blank's figure is taken only when both hold:
//  - its ink looks printed: the glyphs between the printed words that frame it ("ngày" … "tháng")
//    stand on the baseline of those words and are about as tall as their capitals and ascenders,
//    one component per figure (figure-second-look.ts measures the same on a doubtful figure);
//    handwriting is taller, off the line, or joined;
//  - read again with its frame ("ngày 12 tháng", cut from the page, the line's italic set upright
//    when it leans: tesseract reads an italic 1 as 7 or /), the engine gives a figure of the
//    blank's shape with confidence, framed by the printed words.
// Then the blank's words are rewritten with the figure and the second reading's confidence, and the
// figure check (header-figures.ts) takes it as read; otherwise it stays blank and is reported.
import sharp from 'sharp';
import { checkHeaderFigures, lookalikeOnes, lookalikeZeros, type FigureBlank } from './header-figures.js';
import { HEADER_ZONE } from './header-marks.js';
import { BODY_SHARE, bodyOf, clip, componentsIn, median, quantile, type BinaryPage } from './figure-second-look.js';
import { machineFailure, type Box, type OcrEngine, type OcrWord } from './types.js';

/** Printed words beside the figure are looked for this many line heights away, at most. */
const NEIGHBOUR_SPAN = 8;
/**
 * The figure's bottom may stand this share of the printed letters' height off their baseline;
 * stricter than for a doubtful figure (figure-second-look.ts), as what is looked at here is any
 * junk OCR made of a blank. Measured on 66 real first pages: figures typed in after printing
 * stood 0.00–0.11 off the line; handwriting that stood closer than 0.2 was also too tall.
 */
const BASELINE_TOLERANCE = 0.15;
/**
 * Printed figures are this many times as tall as the printed capitals and ascenders beside them
 * (`letterHeight`), at least and at most. Typed-in days and serials measured 0.91–1.03; neat
 * handwriting on the line 1.14 and more (most of it 1.2–2.0). A day and month typed in bold a point
 * larger on an italic date line (a screenshot) measured 1.10 against the line's capitals.
 */
const MIN_HEIGHT_RATIO = 0.8;
const MAX_HEIGHT_RATIO = 1.1;
/**
 * The second reading's figure is taken from this confidence: a printed figure read whole came back
 * at 72–85; a printed 5 misread as 3 at 59.
 */
const FRAMED_MIN_CONFIDENCE = 70;
/**
 * Two readings that agree (the page's and the framed one give the same digits, each without
 * confidence: a printed 5 of a scan at 43 and 53; "I57" and 157 at 63) are taken from this confidence.
 */
const AGREEING_MIN_CONFIDENCE = 50;
/** The horizontal shear that sets an italic line upright (italic type leans about 12°: tan ≈ 0.2). */
const ITALIC_SHEAR = 0.21;

/** The figure shapes of each blank, and the values a printed form can hold there. */
const SHAPE: Record<FigureBlank['kind'], RegExp> = {
  serial: /^\d{1,6}$/,
  day: /^(0?[1-9]|[12]\d|3[01])$/,
  month: /^(0?[1-9]|1[0-2])$/,
};

export interface BlankInk {
  /** The figure's glyphs (one component each when printed), in page pixels. */
  glyphs: Box[];
  /** Median bottom and upper-quartile height of the printed letters of the frame. */
  baseline: number;
  tall: number;
  /** The glyphs' median height over `tall`, and their median bottom's distance from the baseline over `tall`. */
  heightRatio: number;
  offBaseline: number;
  /**
   * The glyphs' median height over the frame's letter height as its text says where to find it
   * (`letterHeight`): what a figure must match to be taken as printed.
   */
  printedRatio: number;
  /** How far the glyphs stand off one line, over `tall`: one run of type shares one, a hand's digits drift (glyphDrift). */
  drift: number;
}

export interface BlankReading {
  blank: FigureBlank;
  ink: BlankInk | null;
  printedLike: boolean;
  /** The second reading's figure and its confidence, null when it found none framed by the printed words. */
  figure: { digits: string; confidence: number } | null;
  /** Taken: the figure replaces the blank. */
  taken: boolean;
}

export interface BlankLook {
  words: OcrWord[];
  readings: BlankReading[];
}

/** `words`: the page's words; blanks of the header's number and date lines whose figure is found printed come back filled. */
export async function readBlankFigures(engine: OcrEngine, page: BinaryPage, words: readonly OcrWord[]): Promise<BlankLook> {
  const zone = page.height * HEADER_ZONE;
  const readings: BlankReading[] = [];
  const tried = new Set<FigureBlank['kind']>();
  let out = [...words];
  // One blank at a time, the lines checked again after each: a day filled in gives the month its frame.
  for (;;) {
    const blank = checkHeaderFigures(out.filter((w) => w.y0 < zone)).blanks.find((b) => !tried.has(b.kind));
    if (!blank) break;
    tried.add(blank.kind);
    // The check hands back the page's words or pieces of them cut at a figure: the same boxes.
    const before = out.find((w) => sameBox(w, blank.before));
    const after = out.find((w) => sameBox(w, blank.after));
    if (!before || !after) continue;
    const line = out.filter((w) => w.line === before.line || w.line === after.line);
    const ink = await blankInk(page, blank, line);
    const printedLike = !!ink && looksPrinted(ink, blank);
    const figure = printedLike ? await readFramed(engine, page, blank, ink!) : null;
    const agrees = !!figure && lookalikeZeros(lookalikeOnes(blank.text.replace(/\s+/g, '').replace(/[.,]$/, ''))) === figure.digits;
    const confident = !!figure && figure.confidence >= (agrees ? AGREEING_MIN_CONFIDENCE : FRAMED_MIN_CONFIDENCE);
    const taken = confident && SHAPE[blank.kind].test(figure!.digits) && fitsGlyphs(figure!.digits, ink!);
    readings.push({ blank, ink, printedLike, figure, taken });
    // Agreeing readings are one figure read twice: its confidence is that of either being right.
    const confidence = agrees ? 100 - ((100 - blank.confidence) * (100 - figure!.confidence)) / 100 : figure?.confidence ?? 0;
    if (taken) out = fillBlank(out, blank, before, after, { digits: figure!.digits, confidence }, ink!);
  }
  return { words: out, readings };
}

const sameBox = (a: Box, b: Box) => a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;

/** Printed digits are one component each (two touching at most make one fewer; a broken one, one more). */
function fitsGlyphs(digits: string, ink: BlankInk): boolean {
  return ink.glyphs.length >= digits.length - 1 && ink.glyphs.length <= digits.length + 1 && ink.glyphs.length >= 1;
}

function looksPrinted(ink: BlankInk, blank: FigureBlank): boolean {
  const most = blank.kind === 'serial' ? 7 : 3;
  return (
    ink.glyphs.length >= 1 &&
    ink.glyphs.length <= most &&
    ink.offBaseline <= BASELINE_TOLERANCE &&
    ink.drift < HAND_DRIFT &&
    ink.printedRatio >= MIN_HEIGHT_RATIO &&
    ink.printedRatio <= MAX_HEIGHT_RATIO
  );
}

/** Where the blank's figure stands along the line: after the printed letters of `before`, before those of `after`. */
function figureSpan(blank: FigureBlank): { x0: number; x1: number } {
  const share = (word: OcrWord, kept: string) => ((word.x1 - word.x0) * [...kept].length) / Math.max(1, [...word.text].length);
  const x0 = blank.gluedBefore ? blank.before.x0 + share(blank.before, blank.beforeKept) : blank.before.x1;
  const x1 = blank.gluedAfter ? blank.after.x1 - share(blank.after, blank.afterKept) : blank.after.x0;
  // The same word on both sides ("Số:632/TB"): the label's share, then the symbol's.
  return sameBox(blank.before, blank.after)
    ? { x0: blank.before.x0 + share(blank.before, blank.beforeKept), x1: blank.after.x1 - share(blank.after, blank.afterKept) }
    : { x0, x1 };
}

/** The ink of the blank's figure and of the printed words that frame it, measured on the page. */
export async function blankInk(page: BinaryPage, blank: FigureBlank, line: readonly OcrWord[]): Promise<BlankInk | null> {
  const span = figureSpan(blank);
  if (span.x1 - span.x0 < 2) return null;
  const h = Math.max(blank.before.y1 - blank.before.y0, blank.after.y1 - blank.after.y0);
  const near = line.filter(
    (w) => /\p{L}{2}|\d{4}/u.test(w.text) && Math.min(Math.abs(w.x0 - span.x1), Math.abs(span.x0 - w.x1), Math.abs((w.x0 + w.x1) / 2 - (span.x0 + span.x1) / 2)) < NEIGHBOUR_SPAN * h,
  );
  if (!near.length) return null;
  const y0 = Math.min(blank.before.y0, blank.after.y0, ...near.map((w) => w.y0)) - h / 2;
  const y1 = Math.max(blank.before.y1, blank.after.y1, ...near.map((w) => w.y1)) + h / 2;
  const region = clip({ x0: Math.min(span.x0, ...near.map((w) => w.x0)), y0, x1: Math.max(span.x1, ...near.map((w) => w.x1)), y1 }, page);
  if (!region) return null;
  const components = await componentsIn(page, region);
  const cx = (c: Box) => (c.x0 + c.x1) / 2;
  const cy = (c: Box) => (c.y0 + c.y1) / 2;
  const inSpan = (c: Box) => cx(c) > span.x0 && cx(c) < span.x1;
  const inBand = (c: Box) => cy(c) >= Math.min(blank.before.y0, blank.after.y0) - h / 4 && cy(c) <= Math.max(blank.before.y1, blank.after.y1) + h / 4;
  const inside = (c: Box, b: Box) => cx(c) >= b.x0 && cx(c) <= b.x1 && cy(c) >= b.y0 && cy(c) <= b.y1;
  const printed = bodyOf(components.filter((c) => !inSpan(c) && near.some((w) => inside(c, w))));
  if (printed.length < 3) return null;
  const tallest = Math.max(...printed.map((c) => c.y1 - c.y0));
  const glyphs = components.filter((c) => inSpan(c) && inBand(c) && c.y1 - c.y0 >= BODY_SHARE * tallest).sort((a, b) => a.x0 - b.x0);
  // For the drift, a printed glyph the threshold broke into stacked pieces (a 5 whose flag came
  // off) is one glyph: joined before the small pieces are dropped, else its body alone would stand
  // off the line by the missing piece's height and a typed run would drift like a hand's.
  const whole = stackedPiecesJoined(components.filter((c) => inSpan(c) && inBand(c))).filter((c) => c.y1 - c.y0 >= BODY_SHARE * tallest);
  if (!glyphs.length) return null;
  const baseline = median(printed.map((c) => c.y1));
  const heights = printed.map((c) => c.y1 - c.y0);
  const tall = quantile(heights, 0.75);
  const letters = letterHeight(heights, near.map((w) => w.text));
  const height = median(glyphs.map((c) => c.y1 - c.y0));
  const bottom = median(glyphs.map((c) => c.y1));
  return {
    glyphs,
    baseline,
    tall,
    heightRatio: tall > 0 ? height / tall : 0,
    offBaseline: tall > 0 ? Math.abs(bottom - baseline) / tall : Infinity,
    printedRatio: letters > 0 ? height / letters : 0,
    drift: glyphDrift(whole, tall),
  };
}

/** Capitals, figures and letters with an ascender: as tall as a printed figure (a descender's g or y is shorter). */
const TALL_LETTER = /[\p{Lu}\p{N}bdđhklf]/u;
/** Below this share of tall letters, a line is in lower case. */
const LOWER_CASE_SHARE = 0.5;

/**
 * The height of the capitals, figures and ascenders of the printed words (`texts`, as OCR read
 * them) among the heights of their letters' components. In a line of capitals ("Số: /UBND-KTTH")
 * the upper quartile is a capital's. In a line in lower case (the italic "Hà Nội, ngày tháng năm
 * 2026") three letters in four are short or hang below the line (x-height letters, the g and y
 * of "ngày", "tháng"), so the upper quartile lands on those, shorter than a figure, and a printed
 * figure typed in bold or a point larger measured 1.17 times "the letters" (handwriting's range);
 * there the tallest tenth are the capitals, the year's figures and the ascenders.
 */
export function letterHeight(heights: readonly number[], texts: readonly string[]): number {
  const chars = [...texts.join('')].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
  const tallShare = chars.length ? chars.filter((ch) => TALL_LETTER.test(ch.normalize('NFD')[0]!)).length / chars.length : 1;
  return quantile(heights, tallShare < LOWER_CASE_SHARE ? 0.9 : 0.75);
}

/**
 * From this drift of the glyphs off one line (over the printed letters' height) a figure's digits
 * are a hand's. Printed digits of one run share their tops and their bottoms (a glyph the scan
 * broke loses one end, not both: a bitonal "12" whose 2 lost its foot drifts 0.00); a hand's "115",
 * two slanted hooks and a raised 5, drifts 0.20, and its hooks, as tall as the type and on the
 * line on the median, passed every other measure.
 */
export const HAND_DRIFT = 0.15;

/**
 * How far the glyphs' tops, and their bottoms, stand apart over `tall`: the smaller (0 for one
 * glyph). Pieces standing over each other (overlapping in x) are one glyph the threshold broke, a
 * thin printed 1 in two: measured as one box, else the upper piece's bottom and the lower's top
 * would drift by half the type's height.
 */
export function glyphDrift(glyphs: readonly Box[], tall: number): number {
  const merged = stackedPiecesJoined(glyphs);
  if (merged.length < 2 || tall <= 0) return 0;
  const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
  return Math.min(spread(merged.map((g) => g.y0)), spread(merged.map((g) => g.y1))) / tall;
}

/** Glyphs sorted by x, and those overlapping the one before by half the narrower's width joined into one box. */
function stackedPiecesJoined(glyphs: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const g of [...glyphs].sort((a, b) => a.x0 - b.x0)) {
    const last = out.at(-1);
    const overlap = last ? Math.min(last.x1, g.x1) - Math.max(last.x0, g.x0) : 0;
    if (last && overlap > 0 && overlap >= Math.min(last.x1 - last.x0, g.x1 - g.x0) / 2) {
      out[out.length - 1] = { x0: Math.min(last.x0, g.x0), y0: Math.min(last.y0, g.y0), x1: Math.max(last.x1, g.x1), y1: Math.max(last.y1, g.y1) };
    } else out.push({ x0: g.x0, y0: g.y0, x1: g.x1, y1: g.y1 });
  }
  return out;
}

/**
 * The blank read again with its frame: from the word before it to the word after it, cut from the
 * page, set upright when the line leans (italic), on a white margin, read as one line. The figure
 * is what stands between the frame's words; null when the reading does not show the frame.
 */
async function readFramed(engine: OcrEngine, page: BinaryPage, blank: FigureBlank, ink: BlankInk): Promise<{ digits: string; confidence: number } | null> {
  const x0 = Math.min(blank.before.x0, blank.after.x0);
  const x1 = Math.max(blank.before.x1, blank.after.x1);
  const y0 = Math.min(blank.before.y0, blank.after.y0, ...ink.glyphs.map((g) => g.y0));
  const y1 = Math.max(blank.before.y1, blank.after.y1, ...ink.glyphs.map((g) => g.y1));
  const pad = Math.round((y1 - y0) / 4);
  const region = clip({ x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad }, page);
  if (!region) return null;
  try {
    const { data, info } = await sharp(page.png).extract(region).greyscale().raw().toBuffer({ resolveWithObject: true });
    // Set upright: each row moved right by its depth's share, the bottoms of the letters under their tops.
    const upright = leansRight(data, info.width, info.height) ? shearRows(data, info.width, info.height, ITALIC_SHEAR) : { data, width: info.width };
    const margin = Math.max(6, Math.round(region.height / 3));
    const crop = await sharp(upright.data, { raw: { width: upright.width, height: info.height, channels: 1 } })
      .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#ffffff' }).png().toBuffer();
    const read = await engine.recognize(crop, 'line');
    return framedFigure(read.words, blank.kind);
  } catch (error) {
    // A crop the engine cannot read is no reading; an engine that could not run is no answer.
    if (machineFailure(error)) throw error;
    return null;
  }
}

/** The figure of a `kind` blank in a second reading of its frame, with the confidence of the words holding it. */
export function framedFigure(words: readonly OcrWord[], kind: FigureBlank['kind']): { digits: string; confidence: number } | null {
  const sorted = [...words].sort((a, b) => a.x0 - b.x0);
  const text = sorted.map((w) => w.text).join(' ');
  // A day or month of 10-19 set in italic: its 1 is a slash to the engine ("ngày /2tháng" for 12),
  // upright or not. Only as the first of two figures, between the date's own words. A serial's
  // symbol opens with its letters or, in a legal document's number, with the year ("Số: 89 /2026/QĐ-CT").
  // A round 0 of printed ink read as the letter O ("ngày O2 tháng", a numbering machine's 02) is a
  // 0 beside a digit: the ink was found printed before this reading was asked for.
  const frame =
    kind === 'day'
      ? /ng\S{1,3}\s*(\/\d|[\dOo]{1,2})\s*th\S{1,3}ng/du
      : kind === 'month'
        ? /th\S{1,3}ng\s*(\/\d|[\dOo]{1,2})\s*n\S{1,2}m/du
        : /^\S*?[Ss]\S{0,2}?[:;]?\s*([\dOo]{1,6})\s*\/\s*(?:\p{L}|(?:19|20)\d\d\s*\/\s*\p{L})/du;
  const m = frame.exec(text);
  if (!m || !/\d/.test(m[1]!)) return null;
  // The words whose characters the figure spans.
  const [start, end] = m.indices![1]!;
  let at = 0;
  const holders: OcrWord[] = [];
  for (const w of sorted) {
    const from = at;
    at += w.text.length + 1;
    if (from < end && at - 1 > start) holders.push(w);
  }
  if (!holders.length) return null;
  return { digits: lookalikeZeros(m[1]!.replace(/^\//, '1')), confidence: Math.min(...holders.map((w) => w.confidence)) };
}

/** `data` (grey, one byte a pixel) sheared by `shear`: each row moved right by shear × its distance from the top. */
export function shearRows(data: Uint8Array, width: number, height: number, shear: number): { data: Uint8Array; width: number } {
  const extra = Math.ceil(Math.abs(shear) * height);
  const out = new Uint8Array((width + extra) * height).fill(255);
  const w = width + extra;
  for (let y = 0; y < height; y++) {
    const shift = Math.round(shear >= 0 ? shear * y : -shear * (height - 1 - y));
    out.set(data.subarray(y * width, (y + 1) * width), y * w + shift);
  }
  return { data: out, width: w };
}

/** Empty columns between the first and the last inked one. */
function emptyColumns(data: Uint8Array, width: number, height: number): number {
  const inked = new Uint8Array(width);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (data[y * width + x]! <= 127) inked[x] = 1;
  const first = inked.indexOf(1);
  const last = inked.lastIndexOf(1);
  let n = 0;
  for (let x = first; x >= 0 && x <= last; x++) if (!inked[x]) n++;
  return n;
}

/**
 * Whether the ink leans right (italic): sheared upright, its letters part by more empty columns
 * than as it stands (upright letters leave gaps that slanted ones cover).
 */
export function leansRight(data: Uint8Array, width: number, height: number): boolean {
  const upright = shearRows(data, width, height, ITALIC_SHEAR);
  return emptyColumns(upright.data, upright.width, height) > emptyColumns(data, width, height) * 1.1;
}

/** The blank's words rewritten: the printed words around it as they are, the figure between them with the second reading's confidence. */
function fillBlank(words: OcrWord[], blank: FigureBlank, before: OcrWord, after: OcrWord, figure: { digits: string; confidence: number }, ink: BlankInk): OcrWord[] {
  const glyphs: Box = {
    x0: Math.min(...ink.glyphs.map((g) => g.x0)),
    y0: Math.min(...ink.glyphs.map((g) => g.y0)),
    x1: Math.max(...ink.glyphs.map((g) => g.x1)),
    y1: Math.max(...ink.glyphs.map((g) => g.y1)),
  };
  const figureWord: OcrWord = { ...before, ...glyphs, text: figure.digits, confidence: figure.confidence, line: before.line };
  const between = (w: OcrWord) => w.line === before.line && w.x0 >= before.x1 && w.x1 <= after.x0 && w !== before && w !== after;
  const out: OcrWord[] = [];
  for (const w of words) {
    if (w === before && w === after) {
      out.push({ ...w, text: blank.beforeKept, x1: glyphs.x0 - 1 }, figureWord, { ...w, text: blank.afterKept, x0: glyphs.x1 + 1 });
    } else if (w === before) {
      out.push(blank.gluedBefore ? { ...w, text: blank.beforeKept, x1: Math.min(w.x1, glyphs.x0 - 1) } : w, figureWord);
    } else if (w === after) {
      out.push(blank.gluedAfter ? { ...w, text: blank.afterKept, x0: Math.max(w.x0, glyphs.x1 + 1) } : w);
    } else if (!between(w)) out.push(w);
  }
  return out;
}

