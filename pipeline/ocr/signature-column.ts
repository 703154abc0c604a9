// The signature column beside the recipients, read again when the page's OCR lost it. Bilevel
// scans print the seal black: tesseract's page analysis takes the seal, the signature and the
// lines they touch (the title, the name) for a picture and reads nothing there, though the
// recipients' list beside them reads well. Where the page holds "Nơi nhận" and no office
// ("CHỦ TỊCH", "THỦ TƯỚNG", "KT.") stands to the right of the list, that column alone is read again as one block of
// text (--psm 6), which reads the lines through the seal. Costs one small crop's OCR, only on
// such pages (a last page whose block was lost).
import sharp from 'sharp';
import { namesSignerOffice } from '../../extractors/closing/signature-lines.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { isRecipientsLabel, LIST_LINE } from './layout.js';
import { wordsByEngineLine } from './engine-lines.js';
import type { Box, OcrEngine, OcrPage, OcrWord } from './types.js';

interface EngineLine extends Box {
  words: OcrWord[];
}

function engineLines(words: readonly OcrWord[]): EngineLine[] {
  return wordsByEngineLine(words).map((ws) => {
    const sorted = [...ws].sort((a, b) => a.x0 - b.x0);
    return {
      words: sorted,
      x0: sorted[0]!.x0,
      x1: Math.max(...sorted.map((w) => w.x1)),
      y0: Math.min(...sorted.map((w) => w.y0)),
      y1: Math.max(...sorted.map((w) => w.y1)),
    };
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * The box of the signature column when the page has a recipients' list and no title was read
 * beside it; null when there is no list or the column was read.
 */
export function unreadSignatureColumn(page: OcrPage): Box | null {
  if (!page.words.length || !page.width || !page.height) return null;
  const h = median(page.words.map((w) => w.y1 - w.y0)) || 40;
  const lines = engineLines(page.words).sort((a, b) => a.y0 - b.y0);
  const startsLabel = (l: EngineLine) =>
    [2, 3].some((n) => l.words.length >= n - 1 && isRecipientsLabel(l.words.slice(0, n).map((w) => w.text).join(' ')));
  const label = lines.find(startsLabel);
  if (!label) return null;
  const margin = label.x0 + 3 * h;
  // The recipients' part of each line: its words from the left margin up to a column gap.
  let listRight = label.x0;
  let listBottom = label.y1;
  let textResumes = page.height;
  const beside: OcrWord[] = [];
  for (const line of lines) {
    if (line.y1 < label.y0 - 3 * h) continue;
    const above = line.y0 < label.y0 - h / 2;
    // Above the label only what stands right of the margin (a title set higher) counts.
    if (above && line.x0 <= margin) continue;
    const text = line.words.map((w) => w.text).join(' ');
    // The list ends at a full-width line that is not a list line (text resuming).
    if (!above && line !== label && line.x0 <= margin && line.x1 - line.x0 > page.width * 0.5 && !LIST_LINE.test(text)) {
      textResumes = line.y0;
      break;
    }
    let k = 0;
    // A line at the margin that is no list line (a block set under the list): all of it counts.
    if (line.x0 <= margin && (line === label || LIST_LINE.test(text))) {
      k = 1;
      while (k < line.words.length && line.words[k]!.x0 - line.words[k - 1]!.x1 < 2 * h) k++;
      listRight = Math.max(listRight, line.words[k - 1]!.x1);
      listBottom = Math.max(listBottom, line.y1);
    }
    beside.push(...line.words.slice(k));
  }
  if (namesSignerOffice(foldVietnamese(beside.map((w) => w.text).join(' ').toLowerCase()))) return null;
  const x0 = Math.max(listRight + h / 2, page.width * 0.35);
  // From a little above the label (a title may stand higher), below the body's last line across.
  let y0 = Math.max(0, label.y0 - 3 * h);
  for (const line of lines) if (line.y1 <= label.y0 + h / 2 && line !== label && line.x1 > x0 && line.x0 < x0) y0 = Math.max(y0, line.y1 + 2);
  // Down past the list (a name may stand lower than a short list), never into text that resumes.
  const y1 = Math.min(page.height, textResumes - 2, Math.max(listBottom, label.y0 + 14 * h) + 2 * h);
  if (page.width - x0 < 6 * h || y1 - y0 < 4 * h) return null;
  return { x0: Math.floor(x0), y0: Math.floor(y0), x1: page.width, y1: Math.floor(y1) };
}

/**
 * The page's words with its signature column read again where the page's OCR lost it (see
 * above); the page as it was otherwise. `png`: the page image the words were read from.
 */
export async function withSignatureColumn(engine: OcrEngine, png: Buffer, page: OcrPage): Promise<OcrPage> {
  const box = unreadSignatureColumn(page);
  if (!box) return page;
  const crop = await sharp(png)
    .extract({ left: box.x0, top: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 })
    .png()
    .toBuffer();
  const read = await engine.recognize(crop, 'block');
  const shifted = read.words.map((w) => ({ ...w, x0: w.x0 + box.x0, x1: w.x1 + box.x0, y0: w.y0 + box.y0, y1: w.y1 + box.y0, line: `signature.${w.line}` }));
  const inside = (w: OcrWord) => {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    return cx >= box.x0 && cx <= box.x1 && cy >= box.y0 && cy <= box.y1;
  };
  const kept = keptFirstReading(page.words.filter(inside), shifted);
  return { ...page, words: [...page.words.filter((w) => !inside(w) || kept.has(w)), ...shifted] };
}

/** Mean confidence at which a run of the first reading that the block read lost is print, not debris. */
const SURE_RUN = 70;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** A word of the block read this many times as tall as a page's word over it is a stroke read as letters, not a reading of that word. */
const STROKE_HEIGHTS = 2;

/**
 * The page's words in the column that the block read lost, kept. The block read reads the lines
 * the seal hid, but it may lose one the page read well: the printed head of a block signed with a
 * red stamp ("VIỄN THÔNG HẢI DƯƠNG" read by the page at 60–93; the block read gives "VIỄN" and the
 * signature's stroke across the rest as one tall "KV"). On each of the page's lines, the words no
 * word of the block read stands for (overlaps, at most STROKE_HEIGHTS as tall) are kept when their
 * mean confidence is a sure reading's; strokes and seal debris read lower and still give way.
 */
export function keptFirstReading(first: readonly OcrWord[], again: readonly OcrWord[]): Set<OcrWord> {
  const readAgain = (w: OcrWord) => again.some((a) => overlaps(w, a) && a.y1 - a.y0 <= STROKE_HEIGHTS * (w.y1 - w.y0));
  const lost = first.filter((w) => !readAgain(w));
  const kept = new Set<OcrWord>();
  for (const line of wordsByEngineLine(lost)) {
    const mean = line.reduce((sum, w) => sum + w.confidence, 0) / line.length;
    if (mean >= SURE_RUN) for (const w of line) kept.add(w);
  }
  return kept;
}
