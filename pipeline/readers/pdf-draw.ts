// Drawing one PDF page onto a canvas for OCR. A page is drawn with the annotations the caller
// chose (pdf-annotation-choice.ts: the stamped serial and day, not the signature boxes over the
// print). When an annotation's appearance cannot be drawn (pdf.js over the Node canvas throws on
// some signature widgets: "Value is non of these types `String`, `Path`"), the page is drawn
// again without annotations rather than lost: the scan behind is what OCR needs, and the
// widget's text is read from the text layer anyway (pdf-annotations.ts).

/** pdf.js's AnnotationMode.DISABLE: draw the page's own content only. */
export const ANNOTATIONS_OFF = 0;
/**
 * pdf.js's AnnotationMode.ENABLE_STORAGE: draw the annotations, save those the document's
 * annotation storage hides ({ noView: true } under their id).
 */
export const ANNOTATIONS_AS_STORED = 3;

export interface DrawablePage {
  render(o: { canvasContext: unknown; canvas: unknown; viewport: unknown; annotationMode?: number }): { promise: Promise<void> };
}
export interface DrawTarget {
  canvas: unknown;
  context: unknown;
}
export interface CanvasMaker<T extends DrawTarget> {
  create(width: number, height: number): T;
  destroy(target: T): void;
}

/**
 * The page drawn on a new canvas of the viewport's size: with its annotations as
 * `annotationMode` says (pdf.js's default, all of them, when not given), or without any when
 * drawing them failed (`annotationsDropped`). A failure without annotations is the caller's to
 * handle; the canvas is then destroyed here.
 */
export async function drawPage<T extends DrawTarget>(
  page: DrawablePage,
  canvases: CanvasMaker<T>,
  viewport: { width: number; height: number },
  annotationMode?: number,
): Promise<{ target: T; annotationsDropped: boolean }> {
  let target = canvases.create(viewport.width, viewport.height);
  const mode = annotationMode === undefined ? {} : { annotationMode };
  try {
    await page.render({ canvasContext: target.context, canvas: target.canvas, viewport, ...mode }).promise;
    return { target, annotationsDropped: annotationMode === ANNOTATIONS_OFF };
  } catch (error) {
    // A half-drawn canvas may hold the failed annotation's clip and transform: start afresh.
    canvases.destroy(target);
    if (annotationMode === ANNOTATIONS_OFF) throw error;
  }
  target = canvases.create(viewport.width, viewport.height);
  try {
    await page.render({ canvasContext: target.context, canvas: target.canvas, viewport, annotationMode: ANNOTATIONS_OFF }).promise;
    return { target, annotationsDropped: true };
  } catch (error) {
    canvases.destroy(target);
    throw error;
  }
}
