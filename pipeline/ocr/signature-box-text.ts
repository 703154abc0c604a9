// A digital-signature box read again on its own. The box prints its three or four lines at about
// half the body's size (the signer "Ký bởi: Ủy ban nhân dân tỉnh …", "Cơ quan: …", "Thời gian ký:
// 17/01/2025 13:40:04"), in blue beside a seal: read with the page, its letters are 7–9 px and
// tesseract splits and garbles them ("Quả ng", "qịnh", a time set on the wrong line). The box cut
// out, enlarged twice and read as one block of text (--psm 6) with the large model (large-model.ts:
// on these crops 7 words fewer wrong than the standard one over five pages) keeps its lines and reads its
// letters; that reading replaces the page's when more of its words are Vietnamese syllables read
// with confidence (the engine is as sure of "Quả ng" and "Linh" as of the right words, so
// confidence alone does not tell the readings apart; misread small print splits and garbles syllables).
// One small crop's OCR per box, only on pages that carry one.
import { emailAtSigns } from './email-at.js';
import { clip, type BinaryPage } from './figure-second-look.js';
import { readEnlarged } from './enlarged-read.js';
import { wordsByEngineLine } from './engine-lines.js';
import { isVietnameseSyllable } from '../../normalizers/legacy/index.js';
import type { OcrEngine, OcrWord } from './types.js';

/** Enlargement of the box before it is read again. */
const SCALE = 2;
/** White margin around the cut box and the box's own padding, in its letter heights. */
const PAD = 0.4;

/** The boxes' text, each box its lines (blank line between); a box read better alone takes that reading. */
export async function signatureBoxesText(engine: OcrEngine, page: BinaryPage, boxes: readonly (readonly OcrWord[])[], asRead: readonly string[]): Promise<string> {
  const texts: string[] = [];
  for (const [i, words] of boxes.entries()) texts.push((await readBoxAgain(engine, page, words)) ?? asRead[i] ?? '');
  return texts.filter(Boolean).join('\n\n');
}

/** The box read alone, its lines top to bottom; null when that reading is no better than the page's. */
export async function readBoxAgain(engine: OcrEngine, page: BinaryPage, words: readonly OcrWord[]): Promise<string | null> {
  // A box whose every word spells is read as well as it will be: no second reading. Words of a
  // strip read again (unread-lines.ts, lines "u…") stand where the strip's reading put them, not
  // on the page's rows: their box is read again to get its lines.
  if (!words.length || !words.some((w) => misspelt(w) || w.line.startsWith('u'))) return null;
  const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const pad = Math.max(2, Math.round(PAD * heights[Math.floor(heights.length / 2)]!));
  const region = clip(
    {
      x0: Math.min(...words.map((w) => w.x0)) - pad,
      y0: Math.min(...words.map((w) => w.y0)) - pad,
      x1: Math.max(...words.map((w) => w.x1)) + pad,
      y1: Math.max(...words.map((w) => w.y1)) + pad,
    },
    page,
  );
  if (!region) return null;
  const margin = pad * SCALE;
  // A box the engine cannot read again keeps the page's reading.
  const found = (await readEnlarged(engine, page.png, region, SCALE, margin))?.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  // The box's e-mail line is read as the page's are (email-at.ts).
  const read = found && emailAtSigns(found);
  if (!read?.length || spelling(read) <= spelling(words)) return null;
  return wordsByEngineLine(read)
    .map((line) => [...line].sort((a, b) => a.x0 - b.x0))
    .sort((a, b) => a[0]!.y0 - b[0]!.y0)
    .map((line) => line.map((w) => w.text).join(' '))
    .join('\n');
}

/**
 * How well a reading spells: each word of letters counts its confidence (0..1) for when it is a
 * Vietnamese syllable or a capitalised abbreviation ("UBND"), against it when not ("ng", "Š");
 * figures and addresses count for nothing.
 */
export function spelling(words: readonly OcrWord[]): number {
  let score = 0;
  for (const w of words) {
    const spelt = spells(w);
    if (spelt !== null) score += (spelt ? 1 : -1) * (w.confidence / 100);
  }
  return score;
}

/** Whether a word of letters is a syllable or an abbreviation; null for figures, addresses and marks. */
function spells(word: OcrWord): boolean | null {
  const t = word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!/\p{L}/u.test(t) || /[\p{N}@]/u.test(t)) return null;
  return isVietnameseSyllable(t) || /^[A-ZĐ]{2,8}$/u.test(t);
}

const misspelt = (word: OcrWord) => spells(word) === false;
