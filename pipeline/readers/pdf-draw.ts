// Drawing one PDF page onto a canvas for OCR. A page is drawn with its annotations (the
// appearance of a digital-signature widget, a stamped serial), since what they show is part of
// the page a reader sees. When an annotation's appearance cannot be drawn (pdf.js over the Node
// canvas throws on some signature widgets: "Value is non of these types `String`, `Path`"), the
// page is drawn again without annotations rather than lost: the scan behind is what OCR needs,
// and the widget's text is read from the text layer anyway (pdf-annotations.ts).

/** pdf.js's AnnotationMode.DISABLE: draw the page's own content only. */
export const ANNOTATIONS_OFF = 0;

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
 * The page drawn on a new canvas of the viewport's size: with annotations, or without them when
 * drawing them failed (`annotationsDropped`). A failure without annotations is the caller's to
 * handle; the canvas is then destroyed here.
 */
export async function drawPage<T extends DrawTarget>(
  page: DrawablePage,
  canvases: CanvasMaker<T>,
  viewport: { width: number; height: number },
): Promise<{ target: T; annotationsDropped: boolean }> {
  let target = canvases.create(viewport.width, viewport.height);
  try {
    await page.render({ canvasContext: target.context, canvas: target.canvas, viewport }).promise;
    return { target, annotationsDropped: false };
  } catch {
    // A half-drawn canvas may hold the failed annotation's clip and transform: start afresh.
    canvases.destroy(target);
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
