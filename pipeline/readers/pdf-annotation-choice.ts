// Which annotations to draw on a page rendered for OCR. E-signed documents carry signature
// widgets whose appearance is drawn over the page: the signing body's box (logo, name, e-mail,
// timestamp), a signature or seal picture over the signer's block, a "SAO Y" copy stamp, and
// small widgets stamping the serial and the day into the blanks the typist left ("Số:    /TB-UBND",
// "ngày    tháng"), or the whole number or date ("123/UBND-VP", "13/11/2025"). OCR must see
// the stamped values. A box standing in a blank band of the page
// (the top margin) does no harm: OCR reads it as a block of its own, which the header reader
// knows (pipeline/ocr/header-marks.ts) and whose signing time can put a misread year right. A box
// standing beside lines of print (the Trung tâm Công báo's tall box in the left margin, level
// with the issuer block) has its lines read into theirs, and so the header is lost: such a box is
// left out of the image and reported.

/** One drawn annotation, as read from the page's operator list. */
export interface AnnotationBox {
  /** pdf.js's annotation id ("24R"). */
  id: string;
  /** Its subtype ("Widget", "FreeText", …), when known. */
  subtype?: string;
  /** Its rectangle [x0, y0, x1, y1] in PDF user space, when known. */
  rect?: number[];
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
  /** Its text runs in drawing order (a box's lines), none when it shows no text. */
  lines: string[];
  /** Pixel row of its top on the page as drawn, when its rectangle is known (pdf-ocr-drawing.ts). */
  top?: number;
}

export interface AnnotationChoice {
  /** Ids of the annotations to draw. */
  draw: string[];
  /** Annotations left out of the OCR image, in page order. */
  leftOut: LeftOutAnnotation[];
}

/**
 * A value stamped into a blank of a printed line: a serial, day, month or year, figures only and
 * at most six ("11", "2025"); or a date ("13/11/2025", "13.11.2025") or a document number with
 * its symbol ("123/UBND-VP", "45/2025/QĐ-UBND"): such figures, a separator, then only figures,
 * capitals and separators, at most 24 characters in all. A timestamp ("29.12.2017 09:19:16",
 * "10:21"), an e-mail, a name or a label ("Ký bởi:") is not one.
 */
const STAMPED_VALUE = /^\d{1,6}(?:[./-][\dA-ZĐ./-]{1,17})?$/u;

/**
 * Share of the page's ink (dark pixels) in the rows a box spans, beside it, from which the box
 * stands beside print: rows of text lines hold 4–6% ink, a blank margin band under 0.2% (scan
 * noise). Measured on the real signed scans of test/real (FINDINGS.md of heldout-fresh2-scans).
 */
export const BESIDE_PRINT = 0.02;

/**
 * Whether the annotation's appearance fills blanks of the printed lines (a stamped serial, day,
 * number or date). On a page with a text layer the runs say it (they stand in a blank of a text
 * line); on a scan there is no line to place them by, and the stamped text itself says it.
 */
export function fillsBlanks(box: AnnotationBox): boolean {
  if (!box.runs.length) return false;
  if (box.runs.every((r) => r.fillsBlank)) return true;
  return !box.paintsImage && box.runs.every((r) => STAMPED_VALUE.test(r.text));
}

/**
 * A signature widget that paints something other than stamped figures: left out when it stands
 * beside print. Other annotations (a reader's typed note, a link) are drawn as pdf.js draws them.
 */
export function mayCoverPrint(box: AnnotationBox): boolean {
  return box.subtype === 'Widget' && box.paints && !fillsBlanks(box);
}

function shows(box: AnnotationBox): string {
  if (box.runs.length) return box.runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ');
  return box.paintsImage ? 'an image' : 'a drawing';
}

/**
 * The annotations to draw and those to leave out, given the share of ink beside each box that
 * may cover print (`inkBeside`, by id; a box not measured is drawn).
 */
export function chooseAnnotations(boxes: readonly AnnotationBox[], inkBeside: ReadonlyMap<string, number>): AnnotationChoice {
  const draw: string[] = [];
  const leftOut: LeftOutAnnotation[] = [];
  for (const box of boxes) {
    if (mayCoverPrint(box) && (inkBeside.get(box.id) ?? 0) >= BESIDE_PRINT) leftOut.push({ id: box.id, shows: shows(box), lines: box.runs.map((r) => r.text) });
    else draw.push(box.id);
  }
  return { draw, leftOut };
}

/** A page image's pixels (RGBA or grey), as rendered. */
export interface PagePixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: number;
}

/** A box in pixels of the page image: columns x0..x1, rows y0..y1 (ends excluded). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Darker than this (luminance 0–255) is ink. */
const DARK = 128;

function isDark(image: PagePixels, i: number): boolean {
  const d = image.data;
  const luminance = image.channels >= 3 ? 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]! : d[i]!;
  return luminance < DARK;
}

/** Dark pixels of each row of the page, counted once for all the boxes measured on it. */
export function darkPerRow(image: PagePixels): Uint32Array {
  const out = new Uint32Array(image.height);
  const c = image.channels;
  for (let y = 0; y < image.height; y++) {
    let dark = 0;
    for (let x = 0, i = y * image.width * c; x < image.width; x++, i += c) if (isDark(image, i)) dark++;
    out[y] = dark;
  }
  return out;
}

/**
 * Share of dark pixels in the rows `box` spans, outside its columns: the print standing level
 * with the box. 0 when the band is empty (a box wider than the page, or off it). `rows` (from
 * darkPerRow) lets many boxes of one page be measured at the cost of their own areas only.
 */
export function inkBesideBox(image: PagePixels, box: PixelBox, rows: Uint32Array = darkPerRow(image)): number {
  const y0 = Math.max(0, Math.floor(Math.min(box.y0, box.y1)));
  const y1 = Math.min(image.height, Math.ceil(Math.max(box.y0, box.y1)));
  const x0 = Math.max(0, Math.floor(Math.min(box.x0, box.x1)));
  const x1 = Math.min(image.width, Math.ceil(Math.max(box.x0, box.x1)));
  const c = image.channels;
  const beside = image.width - Math.max(0, x1 - x0);
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    let inside = 0;
    for (let x = x0, i = (y * image.width + x0) * c; x < x1; x++, i += c) if (isDark(image, i)) inside++;
    dark += rows[y]! - inside;
  }
  const all = beside * Math.max(0, y1 - y0);
  return all ? dark / all : 0;
}
