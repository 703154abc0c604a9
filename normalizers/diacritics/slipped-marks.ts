// An engine that reads Vietnamese (tesseract's Vietnamese model, run by whoever made a PDF's text layer) writes marked
// lines with the right letters and some wrong marks: "Chính phú", "thé chế", "QUYÉT ĐỊNH", "TONG CỤC THUE", "cua Bộ".
// Such lines are 'marked', so the decoder leaves them as they are. Our own OCR's are put right after the restorer
// (ocr-marks.ts, index.ts); another engine's layer shows itself by its slips: marked lines with a letter no Vietnamese
// word has, marks no syllable carries, or a bare word far rarer than its marked reading (garbled.ts). Typed documents
// have such a line now and then (a bare heading, a name): at most 3 in 100 marked lines over the real typed documents
// of the eval (test/real/text and the others of REAL_DIRS); the Tesseract-with-Vietnamese layers of the OCR-text sets
// have 10 to 38 in 100. Only the marked lines of such a layer are weighed again, by the same rule as our own OCR's.
import type { TextChange } from '../../output/schema.js';
import type { LineState } from './line-states.js';
import type { SyllableLM } from './lm.js';
import { correctOcrMarks } from './ocr-marks.js';
import { linkSpans } from './tokens.js';

/** Marked lines with a slip a layer needs, at least, before its marks are weighed again. */
export const SLIPPED_LINES = 3;
/** Share of its marked lines that must show a slip. */
export const SLIPPED_SHARE = 0.08;

/** Whether a layer's marked lines show a Vietnamese-reading engine's slips often enough to weigh their marks again. */
export function slippedMarksLayer(lines: readonly string[], states: readonly LineState[], slips: (line: string) => number): boolean {
  let marked = 0;
  let slipped = 0;
  states.forEach((s, i) => {
    if (s !== 'marked') return;
    marked++;
    if (slips(lines[i]!) > 0) slipped++;
  });
  return slipped >= SLIPPED_LINES && slipped >= SLIPPED_SHARE * marked;
}

/**
 * `text` with the marks of its marked lines weighed again (ocr-marks.ts); `states` are the lines' of `text`, line for
 * line (none changed when they are not). The changes keep every word's length, so spans made before stay valid.
 */
export function correctSlippedMarks(lm: SyllableLM, text: string, states: readonly LineState[]): { text: string; changes: TextChange[] } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts.length !== states.length) return { text, changes: [] };
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // A link's words are its site's as registered, never a syllable to re-mark ("…/ke-hoach-so-45").
  const links = new Map<number, Array<[number, number]>>();
  const inLink = (line: number, offset: number) => {
    let spans = links.get(line);
    if (!spans) {
      spans = linkSpans(text.slice(starts[line]!, line + 1 < starts.length ? starts[line + 1]! - 1 : text.length));
      links.set(line, spans);
    }
    const at = offset - starts[line]!;
    return spans.some(([from, to]) => from <= at && at < to);
  };
  return correctOcrMarks(lm, text, undefined, (offset) => {
    const line = lineAt(offset);
    return states[line] === 'marked' && !inLink(line, offset);
  });
}
