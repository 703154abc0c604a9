// A page fed into the scanner upside down. A clerk scanning a stack turns a sheet the wrong way
// round now and then: the file then holds that page rotated half a turn, and the engine reads it
// as rows of nonsense at low confidence (about 40 where the same page upright reads 90 and more),
// losing every citation and name on it. Only a page read that poorly is read again turned half a
// turn, and the turned reading is kept only when it is far more confident: a poor but upright
// page (a faint photo, a blurred copy) reads even worse upside down and stays as it was. A page
// turned a quarter is not looked for here: a scan stored sideways carries its turn in the PDF's
// /Rotate, which the renderer applies.
import sharp from 'sharp';
import { encodeBinaryPng } from './binary-png.js';
import { meanConfidence } from './tsv.js';
import type { PreparedPage } from './preprocess.js';
import type { OcrEngine, OcrModel, OcrPage, OcrWord, Rule } from './types.js';

/** Mean confidence under which a page's reading is doubted (an upside-down page reads about 40). */
export const DOUBTED_BELOW = 60;
/** How much more confident the turned reading must be to be kept (upright pages read 85-95). */
export const TURNED_GAIN = 25;
/** Fewer words than this are not judged: a page of a few stamps or a signature reads poorly either way. */
const MIN_WORDS = 20;

/** A reading poor enough to try the page the other way up. */
export function worthTurning(read: OcrPage): boolean {
  const confidence = meanConfidence(read);
  return confidence !== null && confidence < DOUBTED_BELOW && read.words.length >= MIN_WORDS;
}

/** The turned reading is kept when it is far more confident than the first. */
export function turnedReadsBetter(first: OcrPage, turned: OcrPage): boolean {
  const before = meanConfidence(first);
  const after = meanConfidence(turned);
  return before !== null && after !== null && after >= before + TURNED_GAIN;
}

/** A ruling line of a page `width` × `height` as it stands on the page turned half a turn. */
export function turnedRule(rule: Rule, width: number, height: number): Rule {
  return rule.kind === 'h'
    ? { kind: 'h', at: height - rule.at, a: width - rule.b, b: width - rule.a }
    : { kind: 'v', at: width - rule.at, a: height - rule.b, b: height - rule.a };
}

/** A word box of the turned page where it stands on the page as given (turning half a turn twice is no turn). */
export function unturnedWord(word: OcrWord, width: number, height: number): OcrWord {
  return { ...word, x0: width - word.x1, y0: height - word.y1, x1: width - word.x0, y1: height - word.y0 };
}

/** A page image turned half a turn, kept two-level (1-bit) unless it was handed over in grey. */
async function turnedPng(png: Buffer, grey: boolean): Promise<Buffer> {
  const turned = sharp(png).rotate(180).greyscale();
  if (grey) return turned.png().toBuffer();
  const { data, info } = await turned.raw().toBuffer({ resolveWithObject: true });
  return encodeBinaryPng(data, info.width, info.height, 127);
}

/** The prepared page turned half a turn: its images and its ruling lines (same size, same scale). */
export async function turnedPage(page: PreparedPage): Promise<PreparedPage> {
  const printOnly = page.printOnlyPng;
  return {
    ...page,
    png: await turnedPng(page.png, page.grey),
    rules: page.rules.map((r) => turnedRule(r, page.width, page.height)),
    ...(page.redKeptPng ? { redKeptPng: await turnedPng(page.redKeptPng, false) } : {}),
    ...(printOnly ? { printOnlyPng: async () => turnedPng(await printOnly(), false) } : {}),
  };
}

export interface Oriented {
  prepared: PreparedPage;
  read: OcrPage;
  /** The page was read turned half a turn. */
  turned: boolean;
}

/** The middle third of the page's rows: the same rows turned half a turn, and mostly body text. */
function middleBand(height: number): { top: number; rows: number } {
  const top = Math.floor(height / 3);
  return { top, rows: Math.max(1, Math.floor((2 * height) / 3) - top) };
}

/** The words of a reading whose middle stands in rows [top, top + rows). */
function wordsInBand(read: OcrPage, band: { top: number; rows: number }): OcrPage {
  return { ...read, words: read.words.filter((w) => (w.y0 + w.y1) / 2 >= band.top && (w.y0 + w.y1) / 2 < band.top + band.rows) };
}

/**
 * The page and its reading the right way up: turned half a turn when it reads far better so. The
 * turned page's middle third is read first, against the first reading's words of the same rows:
 * a poor page that is upright (a faint photo, a blurred copy) costs a third of a page read, not a
 * whole one, and only a page whose band reads far better turned is read whole again.
 */
export async function readRightWayUp(engine: OcrEngine, prepared: PreparedPage, read: OcrPage, model: OcrModel): Promise<Oriented> {
  if (!worthTurning(read)) return { prepared, read, turned: false };
  const turned = await turnedPage(prepared);
  const band = middleBand(turned.height);
  const strip = await sharp(turned.png).extract({ left: 0, top: band.top, width: turned.width, height: band.rows }).png().toBuffer();
  const bandTurned = await engine.recognize(strip, 'page', model);
  if (!turnedReadsBetter(wordsInBand(read, band), bandTurned)) return { prepared, read, turned: false };
  const again = await engine.recognize(turned.png, 'page', model);
  return turnedReadsBetter(read, again) ? { prepared: turned, read: again, turned: true } : { prepared, read, turned: false };
}
