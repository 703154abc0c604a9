// OCR words laid out by hand for layout tests: a line of text as an engine would box it.
import type { OcrWord } from '../../pipeline/ocr/types.js';

/** Words of `text` laid from x at line y, 20 px per character, 40 px high. */
export function line(text: string, x: number, y: number, id: string): OcrWord[] {
  const words: OcrWord[] = [];
  let cx = x;
  for (const w of text.split(' ')) {
    words.push({ text: w, confidence: 90, x0: cx, x1: cx + w.length * 20, y0: y, y1: y + 40, line: id });
    cx += w.length * 20 + 15;
  }
  return words;
}
