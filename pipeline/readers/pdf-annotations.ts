// Text that a PDF page shows only through its annotations' appearance streams. Electronic
// document systems sign a finished document and stamp its serial and day into the header at
// signing time, as digital-signature widgets placed over the blanks the typist left
// ("Số:    /TB-UBND", "ngày    tháng 01"): the page content says "Số: /TB-UBND" and only the
// widget's appearance holds "11". pdf.js's text layer leaves annotations out, so the widgets'
// drawing is read from its operator list (with annotations enabled) and their text runs are
// rebuilt from the text operators.
// A run is put into the page's text only where it fills a blank of a text line: the line has
// text on both sides of it on the same baseline and none under it. Every other box (the signing
// body's name, e-mail and timestamp in a corner, a certified-copy stamp, a signature image over
// the signer's block) stays out of the text, so it cannot break the header.
import { keepNativeBuiltins } from './native-builtins.js';
import { AnnotationMode, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, paintsImage, paintsInk, type Matrix } from './pdf-graphics.js';
import type { AnnotationBox } from './pdf-annotation-choice.js';

keepNativeBuiltins();

/** A pdf.js text item (page text or a run rebuilt from an appearance), in PDF user space. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  /** The font's id, as the operator list's setFont names it. */
  fontName?: string;
}

/** What pdf.js's getAnnotations gives that is used here. */
export interface PdfAnnotation {
  /** pdf.js's id ("24R"), the key of its annotation storage. */
  id?: string;
  subtype?: string;
  fieldType?: string;
  rect?: number[];
  hasAppearance?: boolean;
  hidden?: boolean;
  noView?: boolean;
}

export interface AnnotatedPage {
  getAnnotations(): Promise<PdfAnnotation[]>;
  getOperatorList(options?: { annotationMode?: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

export interface AnnotationText {
  /** Runs that fill a blank of a text line, snapped to that line's baseline. */
  placed: PdfTextItem[];
  /** Text of the annotation boxes left out of the page's text, one string a box. */
  leftOut: string[];
}

const NONE: AnnotationText = { placed: [], leftOut: [] };
/** Annotations that never draw document text. */
const SKIPPED = new Set(['Link', 'Popup']);
/** A run and a line are one baseline within this share of the font size. */
const SAME_BASELINE = 0.4;

/** Word boxes of an item (x range and text), split at whitespace like the page layout does. */
function wordSpans(item: PdfTextItem): Array<{ x0: number; x1: number; text: string }> {
  const chars = [...item.str];
  const per = item.width / Math.max(1, chars.length);
  const out: Array<{ x0: number; x1: number; text: string }> = [];
  let offset = 0;
  for (const part of item.str.split(/(\s+)/)) {
    const n = [...part].length;
    if (part.trim()) out.push({ x0: item.transform[4]! + offset * per, x1: item.transform[4]! + (offset + n) * per, text: part });
    offset += n;
  }
  return out;
}

const sizeOf = (item: PdfTextItem) => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 10;
const isUpright = (item: PdfTextItem) => (item.transform[0] ?? 0) > 0 && Math.abs(item.transform[1] ?? 0) <= Math.abs(item.transform[0] ?? 0) * 0.1;

/**
 * The run's text trimmed, with its ink's x range; null when it has no text. Leading and trailing
 * spaces of a field's appearance ("   11") are padding, not part of the run.
 */
function trimmedSpan(run: PdfTextItem): { x0: number; x1: number; text: string } | null {
  const spans = wordSpans(run);
  const text = run.str.trim();
  if (!spans.length || !text) return null;
  return { x0: spans[0]!.x0, x1: spans.at(-1)!.x1, text };
}

/**
 * The page line a run fills a blank of: page text ends before it and starts again after it on
 * the same baseline, and no page word lies under it. Returns that line's baseline, or null.
 */
export function blankItFills(run: PdfTextItem, pageItems: readonly PdfTextItem[]): number | null {
  const span = trimmedSpan(run);
  if (!span || !isUpright(run)) return null;
  const size = sizeOf(run);
  const y = run.transform[5]!;
  const tolerance = size * 0.25;
  let left: number | null = null;
  let leftWord = '';
  let right: number | null = null;
  let baseline: number | null = null;
  for (const item of pageItems) {
    if (!item.str.trim() || !isUpright(item)) continue;
    if (Math.abs(item.transform[5]! - y) > SAME_BASELINE * Math.max(size, sizeOf(item))) continue;
    for (const w of wordSpans(item)) {
      if (w.x1 <= span.x0 + tolerance) {
        if (left === null || w.x1 > left) leftWord = w.text;
        left = Math.max(left ?? -Infinity, w.x1);
      } else if (w.x0 >= span.x1 - tolerance) right = Math.min(right ?? Infinity, w.x0);
      else return null; // a word under the run: the box is over text, not in a blank
      baseline ??= item.transform[5]!;
    }
  }
  if (left !== null && right !== null) return baseline;
  // "Hà Nội, ngày 29 tháng 4 năm ____": the blank the typist left may end the line. Only a figure
  // just after the date or number word it completes fills it; a box beside other text stays out.
  const endsLine = left !== null && right === null && LINE_END_BLANK_WORD.test(leftWord) && /^\d{1,4}$/.test(span.text) && span.x0 - left <= LINE_END_BLANK_EMS * size;
  return endsLine ? baseline : null;
}

/** The words a figure completes at a line's end ("năm", "ngày", "tháng", "Số:"). */
const LINE_END_BLANK_WORD = /^(?:năm|ngày|tháng|số:?)$/iu;
/** How far, in font sizes, a line-end blank runs after its word. */
const LINE_END_BLANK_EMS = 8;

interface TextState {
  ctm: number[];
  font: number;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
  leading: number;
  rise: number;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];
const translate = (m: Matrix, x: number, y: number) => multiply(m, [1, 0, 0, 1, x, y]);
const matrixArg = (arg: unknown): number[] => Array.from(arg as ArrayLike<number>, Number).slice(0, 6);

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/** What one annotation's appearance draws, as read from the operator list. */
export interface AnnotationDrawing {
  /** pdf.js's annotation id ("24R"), as getAnnotations gives it. */
  id: string;
  /** Its text runs, in PDF user space. */
  runs: PdfTextItem[];
  /** It paints an image (a logo, a signature or seal picture). */
  paintsImage: boolean;
  /** It paints anything at all (text, paths, images). */
  paints: boolean;
}

/**
 * Text runs drawn between beginAnnotation and endAnnotation, one list per annotation, in PDF
 * user space.
 */
export function annotationRuns(list: { fnArray: number[]; argsArray: unknown[][] }): PdfTextItem[][] {
  return annotationDrawings(list).map((d) => d.runs);
}

/**
 * What each annotation between beginAnnotation and endAnnotation draws: its text runs and
 * whether it paints images or anything at all. A small interpreter of the operators that place
 * text: the graphics state stack, form XObjects, text matrices and glyph advances (font units of
 * 1/1000 em).
 */
export function annotationDrawings(list: { fnArray: number[]; argsArray: unknown[][] }): AnnotationDrawing[] {
  const out: AnnotationDrawing[] = [];
  let current: AnnotationDrawing | null = null;
  let runs: PdfTextItem[] | null = null;
  let state: TextState = { ctm: IDENTITY, font: 0, charSpacing: 0, wordSpacing: 0, scale: 1, leading: 0, rise: 0 };
  const stack: TextState[] = [];
  let tm: number[] = IDENTITY;
  let tlm: number[] = IDENTITY;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] ?? [];
    if (fn === OPS.beginAnnotation) {
      runs = [];
      current = { id: String(args[0] ?? ''), runs, paintsImage: false, paints: false };
      const transform = args[2] ? matrixArg(args[2]) : IDENTITY;
      const matrix = args[3] ? matrixArg(args[3]) : IDENTITY;
      state = { ctm: multiply(transform, matrix), font: 0, charSpacing: 0, wordSpacing: 0, scale: 1, leading: 0, rise: 0 };
      stack.length = 0;
      continue;
    }
    if (!runs || !current) continue;
    if (paintsImage(fn)) current.paintsImage = true;
    if (paintsInk(fn)) current.paints = true;
    switch (fn) {
      case OPS.endAnnotation:
        out.push(current);
        runs = null;
        current = null;
        break;
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, matrixArg(args));
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...state });
        if (args[0]) state.ctm = multiply(state.ctm, matrixArg(args[0]));
        break;
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.beginText:
        tm = tlm = IDENTITY;
        break;
      case OPS.setTextMatrix:
        tm = tlm = matrixArg(args[0] && typeof args[0] === 'object' ? args[0] : args);
        break;
      case OPS.moveText:
        tm = tlm = translate(tlm, Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        state.leading = -(Number(args[1]) || 0);
        tm = tlm = translate(tlm, Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.nextLine:
        tm = tlm = translate(tlm, 0, -state.leading);
        break;
      case OPS.setLeading:
        state.leading = Number(args[0]) || 0;
        break;
      case OPS.setFont:
        state.font = Number(args[1]) || 0;
        break;
      case OPS.setCharSpacing:
        state.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        state.scale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        state.rise = Number(args[0]) || 0;
        break;
      case OPS.showText: {
        const glyphs = (args[0] ?? []) as Array<Glyph | number | null>;
        const size = state.font;
        let text = '';
        let advance = 0;
        for (const g of glyphs) {
          if (typeof g === 'number') advance -= (g / 1000) * size * state.scale;
          else if (g) {
            text += g.unicode ?? '';
            advance += (((g.width ?? 500) / 1000) * size + state.charSpacing + (g.isSpace ? state.wordSpacing : 0)) * state.scale;
          }
        }
        const place = multiply(state.ctm, multiply(tm, [size * state.scale, 0, 0, size, 0, state.rise]));
        const end = multiply(state.ctm, translate(tm, advance, 0));
        const origin = multiply(state.ctm, tm);
        if (text) runs.push({ str: text, transform: place, width: Math.hypot(end[4]! - origin[4]!, end[5]! - origin[5]!), height: Math.hypot(place[2]!, place[3]!) });
        tm = translate(tm, advance, 0);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Annotations that could hold document text: drawn, visible, not links or popups. */
function drawn(a: PdfAnnotation): boolean {
  return !!a.hasAppearance && !a.hidden && !a.noView && !SKIPPED.has(a.subtype ?? '') && Array.isArray(a.rect) && a.rect.length === 4;
}

/**
 * The page's annotation text: runs that fill a blank of a text line (snapped to it) and the
 * text of the other boxes. The operator list (which parses the page again) is asked only when
 * an annotation sits where a blank of a text line could be.
 */
export async function annotationText(page: AnnotatedPage, pageItems: readonly PdfTextItem[]): Promise<AnnotationText> {
  const annotations = (await page.getAnnotations()).filter(drawn);
  if (!annotations.length) return NONE;
  const onALine = annotations.some((a) => {
    const [, y0, , y1] = a.rect!.map(Number) as [number, number, number, number];
    return pageItems.some((item) => item.str.trim() && item.transform[5]! >= Math.min(y0, y1) && item.transform[5]! <= Math.max(y0, y1));
  });
  if (!onALine) return NONE;
  const list = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  const placed: PdfTextItem[] = [];
  const leftOut: string[] = [];
  for (const runs of annotationRuns(list)) {
    const stays: string[] = [];
    for (const run of runs) {
      const baseline = blankItFills(run, pageItems);
      if (baseline === null) {
        if (run.str.trim()) stays.push(run.str.trim());
        continue;
      }
      const t = [...run.transform];
      t[5] = baseline;
      placed.push({ ...run, transform: t });
    }
    if (stays.length) leftOut.push(stays.join(' ').replace(/\s+/g, ' '));
  }
  return { placed, leftOut };
}

/**
 * Each drawn annotation of the page, with its text runs marked as filling a blank of a text line
 * of `pageItems` or not: what chooseAnnotations (pdf-annotation-choice.ts) decides from. Empty
 * when the page has no annotation with an appearance (the operator list is not read then).
 */
export async function annotationBoxes(page: AnnotatedPage, pageItems: readonly PdfTextItem[]): Promise<AnnotationBox[]> {
  const annotations = (await page.getAnnotations()).filter(drawn);
  if (!annotations.length) return [];
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const list = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  return annotationDrawings(list).map((d) => ({
    id: d.id,
    subtype: byId.get(d.id)?.subtype,
    rect: byId.get(d.id)?.rect?.map(Number),
    runs: d.runs.filter((r) => r.str.trim()).map((r) => ({ text: r.str.trim(), fillsBlank: blankItFills(r, pageItems) !== null })),
    paintsImage: d.paintsImage,
    paints: d.paints,
  }));
}
