// A scanned page drawn for OCR with the annotations chosen by pdf-annotation-choice.ts: a page
// whose widgets all stamp figures or stand in blank margins is drawn once, as before; a page with
// a widget that may stand beside print is first drawn without annotations, the ink beside each
// such widget measured on that drawing, and drawn again only when some annotation is to be kept
// (the left-out ones hidden through pdf.js's annotation storage, { noView: true }).
import { annotationBoxes, type AnnotatedPage, type PdfTextItem } from './pdf-annotations.js';
import { chooseAnnotations, darkPerRow, inkBesideBox, mayCoverPrint, type AnnotationBox, type LeftOutAnnotation, type PagePixels } from './pdf-annotation-choice.js';
import { ANNOTATIONS_AS_STORED, ANNOTATIONS_OFF, drawPage, type DrawablePage } from './pdf-draw.js';
import type { DrawnBox } from '../ocr/drawn-boxes.js';

export interface Canvas {
  canvas: { width: number; height: number; data?(): Uint8Array };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface Page extends AnnotatedPage, DrawablePage {
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
}
interface Document {
  canvasFactory: { create(width: number, height: number): Canvas; destroy(c: Canvas): void };
  /** { noView: true } under an id hides that annotation when the page is drawn as stored. */
  annotationStorage: { setValue(key: string, value: Record<string, unknown>): void };
}
interface Viewport {
  width: number;
  height: number;
  convertToViewportRectangle(rect: number[]): number[];
}

export interface OcrDrawing<T> {
  /** The drawn canvas: the caller frees it. */
  target: T;
  /** Annotations left out of the drawing by choice. */
  leftOut: LeftOutAnnotation[];
  /** The annotations to draw could not be drawn: the page was drawn without any. */
  failed: boolean;
  /** Signature widgets with text drawn into the image, with their lines and pixel rectangles (ocr/drawn-boxes.ts). */
  drawnBoxes: DrawnBox[];
}

/** The canvas's pixels (a view: read them before the canvas is freed). */
export function pixelsOf(target: Canvas): { data: Uint8Array | Uint8ClampedArray; width: number; height: number; channels: number } {
  const { width, height } = target.canvas;
  return { data: target.canvas.data?.() ?? target.context.getImageData(0, 0, width, height).data, width, height, channels: 4 };
}

/** The page's annotations, or none when they cannot be read (then pdf.js draws them as it would). */
async function boxesOf(page: Page): Promise<AnnotationBox[]> {
  try {
    // Most pages carry no annotation: their text layer is then not asked for (pdf.js keeps the
    // annotations it read, so the second ask below costs nothing).
    if (!(await page.getAnnotations()).length) return [];
    const content = await page.getTextContent();
    return await annotationBoxes(page, content.items.filter((i): i is PdfTextItem => 'str' in i));
  } catch {
    return [];
  }
}

/** Signature boxes measured on one page; real pages carry one to a few. */
const MEASURED_AT_MOST = 32;

/** Share of ink beside each candidate box, by id, on the page drawn without annotations. */
function inkBesideBoxes(image: PagePixels, candidates: readonly AnnotationBox[], viewport: Viewport): Map<string, number> {
  const ink = new Map<string, number>();
  const rows = darkPerRow(image);
  // A box not measured is drawn as pdf.js draws it: the cap keeps a page of thousands of widgets
  // (a broken or hostile file) from costing a pass over the page for each.
  for (const box of candidates.slice(0, MEASURED_AT_MOST)) {
    if (box.rect?.length !== 4) continue;
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(box.rect) as [number, number, number, number];
    ink.set(box.id, inkBesideBox(image, { x0, y0, x1, y1 }, rows));
  }
  return ink;
}

/** The row of a box's top on the drawn page, when its rectangle is known. */
function topOf(box: AnnotationBox | undefined, viewport: Viewport): { top: number } | Record<string, never> {
  if (box?.rect?.length !== 4) return {};
  const [, y0, , y1] = viewport.convertToViewportRectangle(box.rect) as [number, number, number, number];
  return { top: Math.min(y0, y1) };
}

/** The widgets among `candidates` that are drawn and show text: their lines, where they stand on the drawn page. */
function drawnBoxesOf(candidates: readonly AnnotationBox[], kept: ReadonlySet<string>, viewport: Viewport): DrawnBox[] {
  return candidates.flatMap((box) => {
    if (!kept.has(box.id) || !box.runs.length || box.rect?.length !== 4) return [];
    const [ax, ay, bx, by] = viewport.convertToViewportRectangle(box.rect) as [number, number, number, number];
    return [{ lines: box.runs.map((r) => r.text), x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }];
  });
}

/** The page drawn for OCR on a new canvas (the caller frees it), with what was left out. */
export async function drawForOcr(page: Page, doc: Document, viewport: Viewport): Promise<OcrDrawing<Canvas>> {
  const canvases = doc.canvasFactory;
  const boxes = await boxesOf(page);
  const candidates = boxes.filter(mayCoverPrint);
  if (!candidates.length) {
    const drawn = await drawPage(page, canvases, viewport);
    return { target: drawn.target, leftOut: [], failed: drawn.annotationsDropped, drawnBoxes: [] };
  }
  const bare = await drawPage(page, canvases, viewport, ANNOTATIONS_OFF);
  let choice: ReturnType<typeof chooseAnnotations>;
  try {
    choice = chooseAnnotations(boxes, inkBesideBoxes(pixelsOf(bare.target), candidates, viewport));
  } catch (error) {
    canvases.destroy(bare.target);
    throw error;
  }
  const kept = new Set(choice.draw);
  const leftOut = choice.leftOut.map((a) => ({ ...a, ...topOf(boxes.find((b) => b.id === a.id), viewport) }));
  // Nothing that paints is kept: the drawing without annotations is the one.
  if (!boxes.some((b) => b.paints && kept.has(b.id))) return { target: bare.target, leftOut, failed: false, drawnBoxes: [] };
  doc.canvasFactory.destroy(bare.target);
  for (const a of leftOut) doc.annotationStorage.setValue(a.id, { noView: true });
  const drawn = await drawPage(page, canvases, viewport, leftOut.length ? ANNOTATIONS_AS_STORED : undefined);
  return { target: drawn.target, leftOut, failed: drawn.annotationsDropped, drawnBoxes: drawn.annotationsDropped ? [] : drawnBoxesOf(candidates, kept, viewport) };
}
