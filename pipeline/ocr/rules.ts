// Table rules (ruling lines) on a grey page: long straight dark runs, merged across neighbouring
// rows (horizontal rules) or columns (vertical ones) into lines a few pixels thick. Both kinds
// are found in one row-major pass each, so a 300-dpi page is read in cache order.
import type { Rule } from './types.js';

export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
}

export type FoundRule = Rule & { from: number; to: number };

/** Darker than this counts as ink. */
export const DARK = 140;
/** A gap of a couple of pixels (noise, JPEG) does not break a rule. */
const MAX_GAP = 3;
/** Thicker than this, a dark band is a picture or a filled box, not a rule. */
const MAX_THICKNESS = 14;

interface Run {
  a: number;
  b: number;
}

/** Dark runs of at least minLength along each row. Index: row. */
function horizontalRuns(g: GrayImage, minLength: number): Run[][] {
  const { data, width, height } = g;
  const out: Run[][] = [];
  for (let y = 0; y < height; y++) {
    const runs: Run[] = [];
    const row = y * width;
    let start = -1;
    let gap = 0;
    for (let x = 0; x <= width; x++) {
      if (x < width && data[row + x]! < DARK) {
        if (start < 0) start = x;
        gap = 0;
      } else if (start >= 0) {
        if (x < width && gap < MAX_GAP) {
          gap++;
          continue;
        }
        const end = x - gap;
        if (end - start >= minLength) runs.push({ a: start, b: end });
        start = -1;
        gap = 0;
      }
    }
    out.push(runs);
  }
  return out;
}

/** Dark runs of at least minLength down each column, read row by row. Index: column. */
function verticalRuns(g: GrayImage, minLength: number): Run[][] {
  const { data, width, height } = g;
  const out: Run[][] = Array.from({ length: width }, () => []);
  const start = new Int32Array(width).fill(-1);
  const gap = new Uint8Array(width);
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (y < height && data[row + x]! < DARK) {
        if (start[x]! < 0) start[x] = y;
        gap[x] = 0;
      } else if (start[x]! >= 0) {
        if (y < height && gap[x]! < MAX_GAP) {
          gap[x] = gap[x]! + 1;
          continue;
        }
        const end = y - gap[x]!;
        if (end - start[x]! >= minLength) out[x]!.push({ a: start[x]!, b: end });
        start[x] = -1;
        gap[x] = 0;
      }
    }
  }
  return out;
}

/** Runs on neighbouring rows (columns) that overlap merge into one rule. */
function mergeRuns(kind: 'h' | 'v', runsAt: Run[][]): FoundRule[] {
  // `ink`: the runs' summed length. A rule's thickness is its ink over its length: a long rule
  // that leans (a sheet fed askew, its verticals sheared off the deskewed rows) spreads across
  // more rows (columns) than it is thick, a filled box does not.
  const open: Array<{ from: number; to: number; a: number; b: number; sum: number; n: number; ink: number }> = [];
  const done: FoundRule[] = [];
  const close = (l: (typeof open)[number]) => {
    if (l.ink / Math.max(1, l.b - l.a) <= MAX_THICKNESS) done.push({ kind, at: l.sum / l.n, a: l.a, b: l.b, from: l.from, to: l.to });
  };
  for (let o = 0; o < runsAt.length; o++) {
    for (const run of runsAt[o]!) {
      const line = open.find((l) => l.to >= o - 2 && Math.min(l.b, run.b) - Math.max(l.a, run.a) > 0.5 * (run.b - run.a));
      if (line) {
        line.to = o;
        line.a = Math.min(line.a, run.a);
        line.b = Math.max(line.b, run.b);
        line.sum += o;
        line.n++;
        line.ink += run.b - run.a;
      } else open.push({ from: o, to: o, a: run.a, b: run.b, sum: o, n: 1, ink: run.b - run.a });
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.to < o - 2) close(open.splice(k, 1)[0]!);
    }
  }
  open.forEach(close);
  return done;
}

/**
 * Horizontal rules span a good part of a column; vertical ones are taller than two text lines
 * of body type, which no glyph stroke is.
 */
export function findRules(g: GrayImage, dpi: number): FoundRule[] {
  return [
    ...mergeRuns('h', horizontalRuns(g, Math.round(dpi * 0.6))),
    ...mergeRuns('v', verticalRuns(g, Math.round(dpi * 0.3))),
  ];
}

/** Paint the rules white, with a two-pixel margin for their blurred edges. */
export function eraseRules(g: GrayImage, rules: readonly FoundRule[]): void {
  const { data, width, height } = g;
  for (const r of rules) {
    const [xs, ys] = r.kind === 'h' ? [[r.a, r.b], [r.from, r.to]] : [[r.from, r.to], [r.a, r.b]];
    const x0 = Math.max(0, xs[0]! - 2);
    const x1 = Math.min(width - 1, xs[1]! + 2);
    for (let y = Math.max(0, ys[0]! - 2); y <= Math.min(height - 1, ys[1]! + 2); y++) data.fill(255, y * width + x0, y * width + x1 + 1);
  }
}
