// What the page-image panel shows for a value: the page of the primary source it was read on,
// whether that page's image can be shown (the file still there and unchanged), and the OCR word
// boxes of the value, which corpus/word-boxes.ts maps to the pixels of the page image as given
// (the frame the page route renders). A record read from a text layer, or made before word
// boxes were kept, has none: the panel then shows the page alone.
import { wordBoxesForSpan, type SpanBoxes } from '../../../corpus/word-boxes.js';
import type { PlanRecord, Span } from '../../../output/schema.js';
import { sourceFileOf } from './page-image.js';

export interface PageView {
  page: number;
  /** The page image's address, or null when it cannot be shown (then `problem` says why). */
  image: string | null;
  problem: string | null;
  /** The record keeps word boxes at all. */
  boxesKept: boolean;
  /** The value's boxes on this page; null when it has none there. */
  boxes: SpanBoxes | null;
}

export async function pageView(planId: string, record: PlanRecord, page: number, span: Span): Promise<PageView> {
  const file = await sourceFileOf(record, page);
  const boxesKept = (record.text.wordBoxes?.length ?? 0) > 0;
  const boxes = boxesKept ? (wordBoxesForSpan(record, span).find((b) => b.page === page) ?? null) : null;
  return {
    page,
    image: 'problem' in file ? null : `/plans/${planId}/sources/${record.id}/pages/${page}.png`,
    problem: 'problem' in file ? file.message : null,
    boxesKept,
    boxes,
  };
}
