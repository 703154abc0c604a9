// A signature widget drawn into the image OCR reads (it stands in a blank band of the page:
// pdf-annotation-choice.ts) whose lines the file gives. OCR reads such a box as a block of its own
// on most pages (header-marks.ts finds it by its labels and signing time); beside the box's seal
// picture, in print a few pixels high, tesseract may read it as debris instead (broken syllables for
// "Người ký: …" and the signing time), and those words then stand in the header column beside it. Where no box was found among the words read inside the widget's
// rectangle, those words are taken out and the file's lines written in as a known block
// (known-blocks.ts), as for a widget left out of the image. Looked for in the header zone only,
// where header-marks.ts looks for boxes: a widget lower down (a seal or a name over the signer's
// block) is left to the page's reading.
import { HEADER_ZONE } from './header-marks.js';
import type { KnownBlock } from './known-blocks.js';
import type { Box, OcrWord } from './types.js';

/** A widget drawn into the page image: its lines, and its rectangle in that image's pixels. */
export interface DrawnBox extends Box {
  lines: readonly string[];
}

/**
 * Shares of the page's width and height past which a widget's rectangle is no signature box (those
 * take a quarter of the width and a tenth of the height): a rectangle spread over the header would
 * take its print with it.
 */
const MAX_WIDTH_SHARE = 0.5;
const MAX_HEIGHT_SHARE = 0.2;

const centreIn = (w: Box, b: Box) => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
};

/**
 * The page's words without those read inside a drawn box OCR did not find (`found`: the boxes
 * header-marks.ts took out, their words), and the blocks of the file's lines written in for it.
 */
export function unfoundDrawnBoxes(
  words: readonly OcrWord[],
  found: readonly (readonly OcrWord[])[],
  drawn: readonly DrawnBox[],
  page: { width: number; height: number },
): { words: OcrWord[]; blocks: KnownBlock[] } {
  const boxSized = (d: Box) => d.x1 - d.x0 <= MAX_WIDTH_SHARE * page.width && d.y1 - d.y0 <= MAX_HEIGHT_SHARE * page.height;
  const missed = drawn.filter(
    (d) => d.lines.some((l) => l.trim()) && boxSized(d) && d.y0 < HEADER_ZONE * page.height && !found.some((box) => box.some((w) => centreIn(w, d))),
  );
  if (!missed.length) return { words: [...words], blocks: [] };
  return {
    words: words.filter((w) => !missed.some((d) => centreIn(w, d))),
    blocks: missed.map((d) => ({ lines: d.lines, top: d.y0 })),
  };
}
