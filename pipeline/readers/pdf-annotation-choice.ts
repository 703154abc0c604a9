// Which annotations to draw on a page rendered for OCR. E-signed documents carry signature
// widgets whose appearance is drawn over the page: the signing body's box (logo, name, e-mail,
// timestamp) in a corner, often over the issuer block; a signature or seal picture over the
// signer's block; and small widgets stamping the serial and the day into the blanks the typist
// left ("Số:    /TB-UBND", "ngày    tháng"). OCR must see the stamped figures and must not see
// the boxes over the page's own print. So a widget is drawn when all its text fills blanks of
// the printed lines (read from the text layer: pdf-annotations.ts blankItFills), or, with no
// image, when its text is only a stamped figure (a scan has no text layer to judge blanks by);
// every other widget that paints something is left out and reported.

/** One drawn annotation, as read from the page's operator list. */
export interface AnnotationBox {
  /** pdf.js's annotation id ("24R"). */
  id: string;
  /** Its text runs (trimmed, none empty), each marked whether it fills a blank of a printed line. */
  runs: Array<{ text: string; fillsBlank: boolean }>;
  /** It paints an image (a logo, a signature or seal picture). */
  paintsImage: boolean;
  /** It paints anything at all. */
  paints: boolean;
}

export interface LeftOutAnnotation {
  id: string;
  /** What it shows, for the archivist: its text, or "an image" / "a drawing" when it has none. */
  shows: string;
}

export interface AnnotationChoice {
  /** Ids of the annotations to draw. */
  draw: string[];
  /** Annotations left out of the OCR image, in page order. */
  leftOut: LeftOutAnnotation[];
}

/**
 * A serial, day, month or year stamped into a blank: figures only, at most six. A timestamp
 * ("29.12.2017 09:19:16"), an e-mail or a name is not one.
 */
const STAMPED_FIGURE = /^\d{1,6}$/;

/** Whether the annotation's appearance belongs in the page image OCR reads. */
export function fillsBlanks(box: AnnotationBox): boolean {
  if (!box.runs.length) return false;
  if (box.runs.every((r) => r.fillsBlank)) return true;
  return !box.paintsImage && box.runs.every((r) => STAMPED_FIGURE.test(r.text));
}

function shows(box: AnnotationBox): string {
  if (box.runs.length) return box.runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ');
  return box.paintsImage ? 'an image' : 'a drawing';
}

/**
 * The annotations to draw and those to leave out. One that paints nothing is drawn (nothing to
 * hide, nothing to report).
 */
export function chooseAnnotations(boxes: readonly AnnotationBox[]): AnnotationChoice {
  const draw: string[] = [];
  const leftOut: LeftOutAnnotation[] = [];
  for (const box of boxes) {
    if (!box.paints || fillsBlanks(box)) draw.push(box.id);
    else leftOut.push({ id: box.id, shows: shows(box) });
  }
  return { draw, leftOut };
}
