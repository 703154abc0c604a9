// Where a value stands on the page image: the OCR word boxes of text.wordBoxes that a span of
// text.normalized covers, mapped back to the pixels of the page image as given (OCR read it
// enlarged by `upscale` and turned by `deskew` about its centre). The plan page draws them over
// the image; width and height say the image size the boxes are in.
import type { PageWords, PlanRecord, Span } from '../output/schema.js';

export interface ImageBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SpanBoxes {
  page: number;
  /** The page image as given, pixels (a PDF page: rendered at 300 dpi): the boxes' frame. */
  width: number;
  height: number;
  boxes: ImageBox[];
}

/** The boxes of the words a span covers, page by page, in text order; none for a span off every OCR'd page. */
export function wordBoxesForSpan(record: { text: Pick<PlanRecord['text'], 'wordBoxes'> }, span: Span): SpanBoxes[] {
  const out: SpanBoxes[] = [];
  if (span.end <= span.start) return out;
  for (const page of record.text.wordBoxes ?? []) {
    const boxes: ImageBox[] = [];
    for (const [start, end, x0, y0, x1, y1] of page.words) {
      if (start < span.end && end > span.start) boxes.push(toImageBox(page, { x0, y0, x1, y1 }));
    }
    if (boxes.length) out.push({ page: page.page, width: page.imageWidth, height: page.imageHeight, boxes });
  }
  return out;
}

/**
 * A box of the image OCR read in the pixels of the page image as given: turned back by `deskew`
 * about the centre (the bounding box of the turned corners), then divided by the enlargement.
 */
export function toImageBox(page: Omit<PageWords, 'words' | 'page'>, box: ImageBox): ImageBox {
  const { width, height, deskew } = page;
  const angle = (deskew * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // The enlarged image before it was turned: turning by θ made it (w|cos| + h|sin|) × (w|sin| + h|cos|).
  const c = Math.abs(cos);
  const s = Math.abs(sin);
  const det = c * c - s * s;
  const w = det > 0.5 ? (width * c - height * s) / det : width;
  const h = det > 0.5 ? (height * c - width * s) / det : height;
  const scaleX = page.imageWidth / w;
  const scaleY = page.imageHeight / h;
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => {
    const u = x! - width / 2;
    const v = y! - height / 2;
    return [(cos * u - sin * v + w / 2) * scaleX, (sin * u + cos * v + h / 2) * scaleY] as const;
  });
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));
  return {
    x0: clamp(Math.min(...xs), page.imageWidth),
    y0: clamp(Math.min(...ys), page.imageHeight),
    x1: clamp(Math.max(...xs), page.imageWidth),
    y1: clamp(Math.max(...ys), page.imageHeight),
  };
}
