// A header figure OCR read WITH confidence may still be handwriting: a neat hand's "3499" in a
// colour scan came back as "3229" at high confidence and was taken as the printed serial (an
// invented figure, the one thing the header must never hold). Its ink says what it is: printed
// figures (typed with the form or filled in after printing) stand on the baseline of the printed
// words that frame them and are about as tall as their capitals (0.91–1.03 measured, blank-figures.ts);
// a hand writes taller (1.2–2.0) and off the line (descenders of 9s and 4s, a rising stroke).
// A figure whose ink is clearly handwriting has its words' confidence dropped to nothing, so the
// figure check that follows leaves it blank and reports it (and the second looks, which ask for
// printed ink, do not take it back). Figures on the border stay as read.
// A thin pen's serial stands as tall as the type and on its line: the one sign left is its stroke,
// far finer than the printed label and symbol beside it (stroke-width.ts). That sign is taken for
// the serial alone, and only where the day beside it was left blank as unreadable: the registry
// fills serial and day in together, and a printed serial beside an unread day (a blurred
// screenshot, a day stamped small) has the stroke of its print.
import { blankInk, HAND_DRIFT } from './blank-figures.js';
import { checkHeaderFigures, type FigureBlank, type ReadFigure } from './header-figures.js';
import { HEADER_ZONE } from './header-marks.js';
import type { BinaryPage } from './figure-second-look.js';
import { penSerial, strokeWidths } from './stroke-width.js';
import type { Box, OcrWord } from './types.js';

/** From this height over the printed capitals and ascenders, the figure is a hand's (typed-in measured ≤ 1.03). */
export const HANDWRITTEN_HEIGHT_RATIO = 1.2;
/** From this distance off the printed baseline, over the letters' height, likewise (typed-in measured ≤ 0.11). */
export const HANDWRITTEN_OFF_BASELINE = 0.3;

export interface InkLook {
  words: OcrWord[];
  /** Figures read with confidence whose ink is a hand's: left for the figure check to blank. */
  doubted: string[];
}

/** Whether measured ink is clearly handwriting rather than type. */
export function inkLooksHandwritten(ink: { heightRatio: number; offBaseline: number; drift?: number }): boolean {
  return ink.heightRatio >= HANDWRITTEN_HEIGHT_RATIO || ink.offBaseline >= HANDWRITTEN_OFF_BASELINE || (ink.drift ?? 0) >= HAND_DRIFT;
}

const sameBox = (a: Box, b: Box) => a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;

/** `words`: the page's words; those holding a confident header figure whose ink is a hand's come back with confidence 0. */
export async function doubtHandwrittenFigures(page: BinaryPage, words: readonly OcrWord[]): Promise<InkLook> {
  const zone = page.height * HEADER_ZONE;
  const { read, blanks } = checkHeaderFigures(words.filter((w) => w.y0 < zone));
  if (!read.length) return { words: [...words], doubted: [] };
  const dayUnread = blanks.some((b) => b.kind === 'day');
  const doubtedBoxes: Box[] = [];
  const doubted: string[] = [];
  for (const figure of read) {
    const { before, after } = figure.frame;
    const line = words.filter((w) => w.line === before.line || w.line === after.line);
    // The engine may box a printed word over the hand's figure beside it ("tháng" boxed across
    // "02 năm"): the frame then leaves no room to measure in, and the figure's own box is the room.
    const ink = (await blankInk(page, figure.frame, line)) ?? (await inkOfOwnBox(page, figure, line));
    if (!ink) continue;
    const thinPen = figure.frame.kind === 'serial' && dayUnread && (await penSerial(page, ink.glyphs, [before, after]));
    if (!inkLooksHandwritten(ink) && !thinPen) continue;
    doubted.push(figure.frame.text);
    doubtedBoxes.push(...figure.holders);
  }
  if (!doubtedBoxes.length) return { words: [...words], doubted };
  return { words: words.map((w) => (doubtedBoxes.some((b) => sameBox(b, w)) ? { ...w, confidence: 0 } : w)), doubted };
}

/** The figure's ink measured between the edges of its own words, when its frame's boxes run over them. */
async function inkOfOwnBox(page: BinaryPage, figure: ReadFigure, line: readonly OcrWord[]) {
  const frame = frameClearOf(figure);
  return frame ? blankInk(page, frame, line) : null;
}

/**
 * The figure's frame with the printed words' boxes cut back to where the figure's own words begin
 * and end; null when the figure is glued to a printed word or the frame stands clear of it.
 */
export function frameClearOf(figure: ReadFigure): FigureBlank | null {
  const { before, after, gluedBefore, gluedAfter } = figure.frame;
  if (gluedBefore || gluedAfter || !figure.holders.length) return null;
  const x0 = Math.min(...figure.holders.map((w) => w.x0));
  const x1 = Math.max(...figure.holders.map((w) => w.x1));
  if (before.x1 <= x0 && after.x0 >= x1) return null;
  return { ...figure.frame, before: { ...before, x1: Math.min(before.x1, x0) }, after: { ...after, x0: Math.max(after.x0, x1) } };
}
