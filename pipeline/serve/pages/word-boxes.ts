// The OCR word boxes of a record, as the page-image panel draws them: for a span of
// text.normalized, the boxes of the words read there, on their page, in the page's pixels.
// Records made before word boxes were kept (or read from a text layer) have none: the panel
// then shows the page alone.
import type { PlanRecord, Span } from '../../../output/schema.js';

export interface PageBoxes {
  page: number;
  /** The size of the page image the boxes are measured on. */
  width: number;
  height: number;
  boxes: Array<{ x: number; y: number; w: number; h: number; text: string }>;
}

export interface RecordWords {
  /** Each OCR'd page: its size and its words with their offsets in text.normalized. */
  pages: Array<{ page: number; width: number; height: number; words: Array<{ start: number; end: number; x: number; y: number; w: number; h: number; text: string }> }>;
}

/** The record's word boxes, where the record keeps them; null when it does not. */
export function wordBoxesOf(_record: PlanRecord): RecordWords | null {
  return null;
}

/** The boxes of the words overlapping `span`, grouped by page (the first page with any first). */
export function boxesInSpan(words: RecordWords, span: Span): PageBoxes[] {
  const out: PageBoxes[] = [];
  for (const page of words.pages) {
    const boxes = page.words.filter((w) => w.start < span.end && w.end > span.start).map(({ x, y, w, h, text }) => ({ x, y, w, h, text }));
    if (boxes.length) out.push({ page: page.page, width: page.width, height: page.height, boxes });
  }
  return out;
}
