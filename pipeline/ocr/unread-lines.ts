// Lines the engine found on the page but read nothing in, read again on their own. tesseract's
// page analysis groups small text standing apart (a digital-signature box's three lines of 7-px
// print beside a seal, a stamp's caption) into one "line" as tall as all of them, and its
// recogniser, fed that strip, gives back no word: the whole box is lost (qngai-23's signer box:
// 20 words). The same strip cut out, enlarged and read as a block of text (--psm 6, the large
// model: large-model.ts) reads its lines. Looked for in the header zone of a first page only, where
// such boxes stand: elsewhere the unread lines of the 24 real development pages were rules, seals,
// signatures and pictures (each read for nothing, 100–300 ms a crop). One small crop's OCR per strip.
import { readEnlarged } from './enlarged-read.js';
import { clip, type BinaryPage } from './figure-second-look.js';
import { HEADER_ZONE } from './header-marks.js';
import type { Box, OcrEngine, OcrWord } from './types.js';

/** Enlargement of the strip before it is read again: its letters are small for the page. */
const SCALE = 2;
/** At most this many strips a page are read again (largest first): a page of debris costs little. */
const MAX_STRIPS = 2;
/** A strip lower than this share of the page's word height is a rule or an underline, not lines of print. */
const MIN_HEIGHT_SHARE = 0.5;
/** A strip narrower than this many times its height is a mark, a figure or a picture, not a line of text. */
const MIN_ASPECT = 1.5;
/** The reading is kept when its words' mean confidence (weighted by length) reaches this: debris reads lower. */
const MIN_MEAN_CONFIDENCE = 70;
/** Within a kept reading, words below this confidence are dropped. */
const MIN_WORD_CONFIDENCE = 40;

/**
 * The strips worth reading again: in the header zone of a page `pageHeight` tall, at least half as
 * tall as the page's words (`wordHeight`, their median) and text-shaped, largest first, at most MAX_STRIPS.
 */
export function unreadStrips(unread: readonly Box[], pageHeight: number, wordHeight: number): Box[] {
  return unread
    .filter((b) => b.y0 < HEADER_ZONE * pageHeight && b.y1 - b.y0 >= Math.max(4, MIN_HEIGHT_SHARE * wordHeight) && b.x1 - b.x0 >= MIN_ASPECT * (b.y1 - b.y0))
    .sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0))
    .slice(0, MAX_STRIPS);
}

/** Words read in the page's unread lines, in page pixels, each strip's lines their own ("u<strip>.<line>"); `words`: the page's as read. */
export async function readUnreadLines(engine: OcrEngine, page: BinaryPage, unread: readonly Box[], words: readonly OcrWord[]): Promise<OcrWord[]> {
  const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const wordHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  const out: OcrWord[] = [];
  for (const [i, strip] of unreadStrips(unread, page.height, wordHeight).entries()) {
    const words = await readStrip(engine, page, strip);
    out.push(...words.map((w) => ({ ...w, line: `u${i}.${w.line}` })));
  }
  return out;
}

async function readStrip(engine: OcrEngine, page: BinaryPage, strip: Box): Promise<OcrWord[]> {
  const region = clip(strip, page);
  if (!region) return [];
  const margin = Math.max(4, Math.round(region.height / 4)) * SCALE;
  // A strip the engine cannot read stays unread.
  const words = await readEnlarged(engine, page.png, region, SCALE, margin);
  if (!words) return [];
  const toPage = (v: number, at: number) => Math.round((v - margin) / SCALE + at);
  return confidentReading(words).map((w) => ({ ...w, x0: toPage(w.x0, region.left), x1: toPage(w.x1, region.left), y0: toPage(w.y0, region.top), y1: toPage(w.y1, region.top) }));
}

/**
 * What a second read of small print keeps: its words holding a letter or a digit, none when their
 * mean confidence (weighted by length) falls short (debris reads low), and of the rest those sure enough.
 */
export function confidentReading(words: readonly OcrWord[]): OcrWord[] {
  const letters = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  if (!letters.length || weightedConfidence(letters) < MIN_MEAN_CONFIDENCE) return [];
  return letters.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE);
}

function weightedConfidence(words: readonly OcrWord[]): number {
  let sum = 0;
  let n = 0;
  for (const w of words) {
    const len = [...w.text].length;
    sum += w.confidence * len;
    n += len;
  }
  return n ? sum / n : 0;
}
