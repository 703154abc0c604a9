// A second look at the header's figures read without confidence. A printed serial or day on a
// degraded photo (noise, a dark or blurred page) may come out of the page's OCR as the right
// digits with confidence 0, and header-figures.ts leaves it blank, as it must for handwriting
// (most real first pages have their serial and day written by hand, which OCR reads as anything).
// Such a figure is taken only when both hold:
//  - its glyphs look printed: the digits stand on the baseline of the printed words beside them
//    ("Số:", the symbol, "ngày", "tháng", the year) and are as tall as their capitals and
//    ascenders; handwriting is larger and off the line;
//  - read again on its own (the box of those glyphs cropped from the prepared page, read as one
//    word), the engine gives the same digits with confidence.
// Then the word keeps its text and takes the second reading's confidence. The look costs one
// small OCR call per doubtful figure, and nothing on pages without one.
import sharp from 'sharp';
import { checkHeaderFigures, FIGURE_MIN_CONFIDENCE, lookalikeOnes, type DoubtfulFigure } from './header-figures.js';
import { HEADER_ZONE } from './header-marks.js';
import { clip, type BinaryPage } from './clip.js';
import { penSerial } from './stroke-width.js';
import { machineFailure, type Box, type OcrEngine, type OcrWord } from './types.js';

export { clip, type BinaryPage } from './clip.js';

/** Printed words beside the figure are looked for this many line heights away, at most. */
const NEIGHBOUR_SPAN = 8;
/** The figure's bottom may stand this share of the printed letters' height off their baseline. */
const BASELINE_TOLERANCE = 0.2;
/**
 * Printed digits are this many times as tall as the printed capitals and ascenders beside them,
 * at least and at most: 0.87–0.97 measured on printed serials and days of degraded photos; a
 * neat handwritten day on a real scan, on the line, stood 1.24 times as tall.
 */
const MIN_HEIGHT_RATIO = 0.75;
const MAX_HEIGHT_RATIO = 1.15;
/** Marks smaller than this share of the tallest component (accents, dots, commas) are not letters. */
export const BODY_SHARE = 0.4;

export interface SecondLook {
  words: OcrWord[];
  /** Figures confirmed as printed, as the second reading gave them. */
  confirmed: string[];
}

/** `words`: the page's words; those of doubtful header figures confirmed as printed come back with the second reading's confidence. */
export async function confirmPrintedFigures(engine: OcrEngine, page: BinaryPage, words: readonly OcrWord[]): Promise<SecondLook> {
  const zone = page.height * HEADER_ZONE;
  const { doubtful, blanks } = checkHeaderFigures(words.filter((w) => w.y0 < zone));
  if (!doubtful.length) return { words: [...words], confirmed: [] };
  const dayUnread = blanks.some((b) => b.kind === 'day');
  const confirmed: string[] = [];
  const raised = new Map<OcrWord, { confidence: number; text: string }>();
  for (const figure of doubtful) {
    const original = words.find((w) => sameWord(w, figure.word));
    if (!original) continue;
    const line = words.filter((w) => w.line === original.line && w !== original);
    const glyphs = await printedGlyphs(page, figure, line);
    if (!glyphs) continue;
    // A thin pen's serial beside an unread day stands as tall as the type and on its line: its
    // stroke says it is a hand's (handwritten-ink.ts doubted it for that), and it is not taken back.
    if (figure.frame.kind === 'serial' && dayUnread && (await penSerial(page, [glyphs], [figure.frame.before, figure.frame.after]))) continue;
    const second = await readAgain(engine, page, glyphs);
    // The second reading may spell a printed 1 as its look-alike too ("7l" for 71, a 100-dpi scan).
    if (!second || second.confidence < FIGURE_MIN_CONFIDENCE || lookalikeOnes(plain(second.text)) !== figure.digits) continue;
    // A look-alike 1 ("I57") confirmed as digits is written as the second reading spelt it.
    const at = figure.at === 'end' ? original.text.lastIndexOf(figure.raw) : original.text.indexOf(figure.raw);
    const text = at < 0 ? original.text : original.text.slice(0, at) + figure.digits + original.text.slice(at + figure.raw.length);
    raised.set(original, { confidence: second.confidence, text });
    confirmed.push(figure.digits);
  }
  return { words: words.map((w) => (raised.has(w) ? { ...w, ...raised.get(w)! } : w)), confirmed };
}

const sameWord = (a: OcrWord, b: OcrWord) => a.text === b.text && a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
const plain = (text: string) => text.trim().replace(/[.,]$/, '');

/**
 * The figure's glyphs read again alone: their box cut from the page (a glued printed word's
 * letters left out) and set on a white margin of a third of its height, read as one word.
 */
async function readAgain(engine: OcrEngine, page: BinaryPage, glyphs: Box): Promise<{ text: string; confidence: number } | null> {
  const region = clip({ x0: glyphs.x0 - 1, y0: glyphs.y0 - 1, x1: glyphs.x1 + 1, y1: glyphs.y1 + 1 }, page);
  if (!region) return null;
  const margin = Math.max(4, Math.round(region.height / 3));
  try {
    const crop = await sharp(page.png)
      .extract(region)
      .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#ffffff' })
      .png()
      .toBuffer();
    const read = await engine.recognize(crop, 'word');
    if (!read.words.length) return null;
    return { text: read.words.map((w) => w.text).join(''), confidence: Math.min(...read.words.map((w) => w.confidence)) };
  } catch (error) {
    // A crop the engine cannot read is no confirmation; an engine that could not run is no answer.
    if (machineFailure(error)) throw error;
    return null;
  }
}


/** A connected component of ink: its bounding box, in page pixels. */
type Component = Box;

/** The ink components of a region of the page, in page pixels. */
export async function componentsIn(page: BinaryPage, region: NonNullable<ReturnType<typeof clip>>): Promise<Component[]> {
  const { data, info } = await sharp(page.png).extract(region).greyscale().raw().toBuffer({ resolveWithObject: true });
  return inkComponents(data, info.width, info.height, info.channels).map((c) => ({
    x0: c.x0 + region.left,
    x1: c.x1 + region.left,
    y0: c.y0 + region.top,
    y1: c.y1 + region.top,
  }));
}

/**
 * The box of the figure's digits when they sit on the baseline of the printed words of its line,
 * as tall as their capitals and ascenders; null when they do not, or when there are no printed
 * words near to compare with.
 */
async function printedGlyphs(page: BinaryPage, figure: DoubtfulFigure, line: readonly OcrWord[]): Promise<Box | null> {
  const word = figure.word;
  const h = word.y1 - word.y0;
  const near = line.filter((w) => /\p{L}{2}|\d{4}/u.test(w.text) && Math.min(Math.abs(w.x0 - word.x1), Math.abs(word.x0 - w.x1)) < NEIGHBOUR_SPAN * h);
  if (!near.length) return null;
  const all = [word, ...near];
  const region = clip(
    { x0: Math.min(...all.map((w) => w.x0)), y0: Math.min(...all.map((w) => w.y0)) - h / 2, x1: Math.max(...all.map((w) => w.x1)), y1: Math.max(...all.map((w) => w.y1)) + h / 2 },
    page,
  );
  if (!region) return null;
  const components = await componentsIn(page, region);
  // A component belongs to the word whose box holds its centre (the box is the engine's, around its glyphs).
  const inside = (c: Component, b: Box) => (c.x0 + c.x1) / 2 >= b.x0 && (c.x0 + c.x1) / 2 <= b.x1 && (c.y0 + c.y1) / 2 >= b.y0 && (c.y0 + c.y1) / 2 <= b.y1;
  const printed = bodyOf(components.filter((c) => near.some((w) => inside(c, w))));
  const own = bodyOf(components.filter((c) => inside(c, word))).sort((a, b) => a.x0 - b.x0);
  const n = figure.digits.length;
  // Printed digits are one component each; glued to a word, they are its first or last ones.
  const digits = figure.at === 'start' ? own.slice(0, n) : figure.at === 'end' ? own.slice(-n) : own;
  if (printed.length < 3 || digits.length < Math.ceil(n / 2) || digits.length > n + 1) return null;
  const baseline = median(printed.map((c) => c.y1));
  const tall = quantile(printed.map((c) => c.y1 - c.y0), 0.75);
  const height = median(digits.map((c) => c.y1 - c.y0));
  const bottom = median(digits.map((c) => c.y1));
  const printedLike = tall > 0 && Math.abs(bottom - baseline) <= BASELINE_TOLERANCE * tall && height >= MIN_HEIGHT_RATIO * tall && height <= MAX_HEIGHT_RATIO * tall;
  if (!printedLike) return null;
  return { x0: Math.min(...digits.map((c) => c.x0)), y0: Math.min(...digits.map((c) => c.y0)), x1: Math.max(...digits.map((c) => c.x1)), y1: Math.max(...digits.map((c) => c.y1)) };
}

/** Components as tall as letters: accents, dots and specks left out. */
export function bodyOf(components: readonly Component[]): Component[] {
  const tallest = Math.max(0, ...components.map((c) => c.y1 - c.y0));
  return components.filter((c) => c.y1 - c.y0 >= BODY_SHARE * tallest);
}

export const median = (v: readonly number[]) => quantile(v, 0.5);
export function quantile(v: readonly number[], q: number): number {
  if (!v.length) return 0;
  const sorted = [...v].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

/** 8-connected components of dark pixels (≤ 127) of a small grey region, by flood fill (linear in its pixels). */
export function inkComponents(data: Uint8Array, width: number, height: number, channels = 1): Component[] {
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const out: Component[] = [];
  const dark = (i: number) => data[i * channels]! <= 127;
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || !dark(start)) continue;
    seen[start] = 1;
    stack.push(start);
    let [x0, y0, x1, y1] = [width, height, 0, 0];
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (!seen[j] && dark(j)) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    out.push({ x0, y0, x1: x1 + 1, y1: y1 + 1 });
  }
  return out;
}
