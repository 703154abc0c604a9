// What a PDF page draws besides text, read from pdf.js's operator list instead of a rendering:
// the ruling lines of tables (stroked lines and rectangles, and the thin filled rectangles that
// word processors draw cell borders with) and how much of the page images cover. Coordinates
// are page units with y down (pdf.js's viewport at scale 1), like the text items'.
import { keepNativeBuiltins } from './native-builtins.js';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rule } from '../ocr/types.js';

keepNativeBuiltins();

/** A 2-D affine matrix [a, b, c, d, e, f], as PDF and pdf.js write it. */
export type Matrix = readonly number[];

export interface PageGraphics {
  rules: Rule[];
  /** Share of the page area painted by images (0..1, overlaps counted twice). */
  imageShare: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/** pdf.js's path operators inside constructPath data (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/** A line thinner than this (page units) drawn as a filled rectangle is a rule. */
const THIN = 2.5;
/** Shorter than this, a segment is a tick or a glyph part, not a rule. */
const MIN_RULE = 4;
/** Off-axis drift tolerated for a horizontal or vertical segment. */
const SLANT = 0.8;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const BOTH = new Set<number>([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const IMAGES = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintSolidColorImageMask,
]);

export function multiply(m: Matrix, n: Matrix): number[] {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

/** A straight segment as a rule when it is horizontal or vertical and long enough. */
function segmentRule(x0: number, y0: number, x1: number, y1: number): Rule | null {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dy <= SLANT && dx >= MIN_RULE) return { kind: 'h', at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) };
  if (dx <= SLANT && dy >= MIN_RULE) return { kind: 'v', at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) };
  return null;
}

/** A filled subpath as a rule when its box is a thin bar. */
function barRule(points: Array<[number, number]>): Rule | null {
  if (points.length < 3) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (y1 - y0 <= THIN && x1 - x0 >= MIN_RULE) return { kind: 'h', at: (y0 + y1) / 2, a: x0, b: x1 };
  if (x1 - x0 <= THIN && y1 - y0 >= MIN_RULE) return { kind: 'v', at: (x0 + x1) / 2, a: y0, b: y1 };
  return null;
}

/** The rules a constructPath operator paints, in device (viewport) units. */
function pathRules(paint: number, data: ArrayLike<number>, toDevice: Matrix, out: Rule[]): void {
  const stroke = STROKES.has(paint) || BOTH.has(paint);
  const fill = FILLS.has(paint) || BOTH.has(paint);
  if (!stroke && !fill) return; // endPath: a clipping path, nothing painted
  let subpath: Array<[number, number]> = [];
  const flush = () => {
    if (fill) {
      const bar = barRule(subpath);
      if (bar) out.push(bar);
    }
    subpath = [];
  };
  let current: [number, number] | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE_TO) {
      flush();
      current = apply(toDevice, data[i++]!, data[i++]!);
      subpath.push(current);
    } else if (op === LINE_TO) {
      const next = apply(toDevice, data[i++]!, data[i++]!);
      if (stroke && current) {
        const rule = segmentRule(current[0], current[1], next[0], next[1]);
        if (rule) out.push(rule);
      }
      subpath.push(next);
      current = next;
    } else if (op === CURVE_TO) {
      i += 4;
      current = apply(toDevice, data[i++]!, data[i++]!);
      subpath.push(current);
    } else if (op === CLOSE_PATH) {
      const start = subpath[0];
      if (stroke && current && start) {
        const rule = segmentRule(current[0], current[1], start[0], start[1]);
        if (rule) out.push(rule);
      }
      current = start ?? null;
    } else break; // an operator this reader does not know: stop rather than misread
  }
  flush();
}

/** Collinear pieces of one line (a border drawn cell by cell) joined into one rule. */
export function mergeRules(rules: readonly Rule[], tolerance = 1.5): Rule[] {
  const out: Rule[] = [];
  for (const kind of ['h', 'v'] as const) {
    const sorted = rules.filter((r) => r.kind === kind).sort((p, q) => p.at - q.at || p.a - q.a);
    const lines: Rule[][] = [];
    for (const r of sorted) {
      const line = lines[lines.length - 1];
      if (line && Math.abs(r.at - line[0]!.at) <= tolerance) line.push(r);
      else lines.push([r]);
    }
    for (const line of lines) {
      line.sort((p, q) => p.a - q.a);
      let run: Rule = { ...line[0]! };
      for (const r of line.slice(1)) {
        if (r.a <= run.b + tolerance) run.b = Math.max(run.b, r.b);
        else {
          out.push(run);
          run = { ...r };
        }
      }
      out.push(run);
    }
  }
  return out;
}

/**
 * Walk the operator list with the current transformation matrix (save/restore, transform, form
 * XObjects, transparency groups), calling `paint` for every other operator with the matrix in force.
 */
export function walkPainting(list: OperatorList, paint: (fn: number, args: unknown[], ctm: number[]) => void): void {
  let ctm: number[] = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k]!;
    const args = (list.argsArray[k] ?? []) as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin || fn === OPS.beginGroup) {
      stack.push(ctm);
      const matrix = fn === OPS.beginGroup ? (args[0] as { matrix?: number[] } | undefined)?.matrix : (args[0] as number[] | null);
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd || fn === OPS.endGroup) ctm = stack.pop() ?? ctm;
    else paint(fn, args, ctm);
  }
}

/** The page's rules (ruled table lines) and the share of it images cover. */
export function graphicsOf(list: OperatorList, viewport: { transform: Matrix; width: number; height: number }): PageGraphics {
  const rules: Rule[] = [];
  let imageArea = 0;
  walkPainting(list, (fn, args, ctm) => {
    if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (data && typeof (data as ArrayLike<number>).length === 'number') {
        pathRules(paint, data as ArrayLike<number>, multiply(viewport.transform, ctm), rules);
      }
    } else if (IMAGES.has(fn)) {
      // An image fills the unit square of the current matrix.
      const m = multiply(viewport.transform, ctm);
      imageArea += Math.abs(m[0]! * m[3]! - m[1]! * m[2]!);
    }
  });
  const pageArea = Math.max(1, viewport.width * viewport.height);
  return { rules: mergeRules(rules), imageShare: Math.min(1, imageArea / pageArea) };
}

const PAINTS = new Set<number>([
  ...IMAGES,
  ...STROKES,
  ...FILLS,
  ...BOTH,
  OPS.constructPath,
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.shadingFill,
]);

/** Whether an operator paints an image (a scan, a logo, a signature or seal picture). */
export const paintsImage = (fn: number): boolean => IMAGES.has(fn);
/** Whether an operator paints anything (text, a path, an image). */
export const paintsInk = (fn: number): boolean => PAINTS.has(fn);

/** Whether the page paints anything at all (text, paths, images); a page that does not is blank. */
export function paintsAnything(list: OperatorList): boolean {
  return list.fnArray.some((fn) => PAINTS.has(fn));
}
