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

/** Words with their OCR confidences on one line from x = 0, 20 px per character, 10 px apart, 40 px high. */
export function scoredLine(...words: Array<[string, number]>): OcrWord[] {
  let x = 0;
  return words.map(([text, confidence]) => {
    const width = 20 * [...text].length;
    const word = { text, confidence, line: '1.1.1', x0: x, y0: 0, x1: x + width, y1: 40 };
    x += width + 10;
    return word;
  });
}
