// Page-image clean-up before OCR, with sharp for the pixel work: grey, contrast-stretched,
// straightened (projection-profile deskew, cheap on a subsample), and with table rules found
// and erased: tesseract reads ruling as "|" and "_" noise, while the rules themselves tell the
// layout step where the table cells are.
import sharp, { type Sharp } from 'sharp';
import type { RawImage, Rule } from './types.js';

// Every page image is read once: libvips' operation cache would only hold on to pixels.
sharp.cache(false);

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Degrees the page was turned to straighten it (0 when it was straight). */
  deskew: number;
  rules: Rule[];
}

const DARK = 140;

interface Gray {
  data: Buffer;
  width: number;
  height: number;
}

async function toGray(image: Sharp): Promise<Gray> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  if (info.channels === 1) return { data, width: info.width, height: info.height };
  // rotate() may add an alpha channel: keep the first (grey) one.
  const one = Buffer.allocUnsafe(info.width * info.height);
  for (let i = 0, j = 0; i < one.length; i++, j += info.channels) one[i] = data[j]!;
  return { data: one, width: info.width, height: info.height };
}

/** Skew of text lines, in degrees (positive: lines fall to the right), from a subsample. */
export function estimateSkew(g: Gray, maxDegrees = 3): number {
  const step = 3;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < g.height; y += step) {
    const row = y * g.width;
    for (let x = 0; x < g.width; x += step) {
      if (g.data[row + x]! < DARK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 500) return 0;
  const bins = new Float64Array(Math.ceil(g.height / step) + 64);
  const score = (degrees: number): number => {
    bins.fill(0);
    const t = Math.tan((degrees * Math.PI) / 180);
    const offset = 32 * step;
    for (let i = 0; i < xs.length; i++) {
      const b = Math.floor((ys[i]! - xs[i]! * t + offset) / step);
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i]! * bins[i]!;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.2) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  for (let d = best - 0.2; d <= best + 0.2 + 1e-9; d += 0.04) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 100) / 100;
}

interface Run {
  at: number;
  a: number;
  b: number;
}

/** Long straight dark runs merged into lines; `along` walks x for horizontal rules. */
function findRules(g: Gray, kind: 'h' | 'v', minLength: number): Array<Rule & { from: number; to: number }> {
  const outer = kind === 'h' ? g.height : g.width;
  const inner = kind === 'h' ? g.width : g.height;
  const px = kind === 'h' ? (o: number, i: number) => g.data[o * g.width + i]! : (o: number, i: number) => g.data[i * g.width + o]!;
  const open: Array<{ from: number; to: number; a: number; b: number; sum: number; n: number }> = [];
  const done: Array<Rule & { from: number; to: number }> = [];
  for (let o = 0; o < outer; o++) {
    const runs: Run[] = [];
    let start = -1;
    // A gap of a couple of pixels (noise, JPEG) does not break a rule.
    let gap = 0;
    for (let i = 0; i <= inner; i++) {
      const dark = i < inner && px(o, i) < DARK;
      if (dark) {
        if (start < 0) start = i;
        gap = 0;
      } else if (start >= 0) {
        if (i < inner && gap < 3) {
          gap++;
          continue;
        }
        const end = i - gap;
        if (end - start >= minLength) runs.push({ at: o, a: start, b: end });
        start = -1;
        gap = 0;
      }
    }
    for (const run of runs) {
      const line = open.find((l) => l.to >= o - 2 && Math.min(l.b, run.b) - Math.max(l.a, run.a) > 0.5 * (run.b - run.a));
      if (line) {
        line.to = o;
        line.a = Math.min(line.a, run.a);
        line.b = Math.max(line.b, run.b);
        line.sum += o;
        line.n++;
      } else open.push({ from: o, to: o, a: run.a, b: run.b, sum: o, n: 1 });
    }
    for (let k = open.length - 1; k >= 0; k--) {
      const l = open[k]!;
      if (l.to < o - 2) {
        open.splice(k, 1);
        if (l.to - l.from <= 14) done.push({ kind, at: l.sum / l.n, a: l.a, b: l.b, from: l.from, to: l.to });
      }
    }
  }
  for (const l of open) if (l.to - l.from <= 14) done.push({ kind, at: l.sum / l.n, a: l.a, b: l.b, from: l.from, to: l.to });
  return done;
}

function eraseRules(g: Gray, rules: Array<Rule & { from: number; to: number }>): void {
  for (const r of rules) {
    for (let o = Math.max(0, r.from - 2); o <= r.to + 2; o++) {
      for (let i = Math.max(0, r.a - 2); i <= r.b + 2; i++) {
        const idx = r.kind === 'h' ? o * g.width + i : i * g.width + o;
        if (idx < g.data.length && (r.kind === 'h' ? i < g.width && o < g.height : o < g.width && i < g.height)) g.data[idx] = 255;
      }
    }
  }
}

export interface PrepareOptions {
  /** Pixels per inch of the image, to scale rule lengths; 300 when unknown. */
  dpi?: number;
}

export async function preparePage(image: Buffer | RawImage, options: PrepareOptions = {}): Promise<PreparedPage> {
  const dpi = options.dpi && options.dpi >= 100 && options.dpi <= 1200 ? options.dpi : 300;
  const input = Buffer.isBuffer(image) ? sharp(image) : sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
  let gray = await toGray(input.rotate().flatten({ background: '#ffffff' }).grayscale().normalise());
  const skew = estimateSkew(gray);
  if (Math.abs(skew) >= 0.1) {
    gray = await toGray(
      sharp(gray.data, { raw: { width: gray.width, height: gray.height, channels: 1 } }).rotate(-skew, { background: '#ffffff' }),
    );
  }
  // Rules: horizontal ones span a good part of a column; vertical ones are taller than two text
  // lines of body type, which no glyph stroke is.
  const horizontal = findRules(gray, 'h', Math.round(dpi * 0.6));
  const vertical = findRules(gray, 'v', Math.round(dpi * 0.3));
  eraseRules(gray, [...horizontal, ...vertical]);
  const png = await sharp(gray.data, { raw: { width: gray.width, height: gray.height, channels: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return {
    png,
    width: gray.width,
    height: gray.height,
    deskew: skew,
    rules: [...horizontal, ...vertical].map(({ kind, at, a, b }) => ({ kind, at, a, b })),
  };
}

/** Table rules of a rendered (clean, straight) page, in units of `1 / scale` pixels. */
export async function rulesOfImage(image: Buffer, dpi: number, scale = 1): Promise<Rule[]> {
  const gray = await toGray(sharp(image).flatten({ background: '#ffffff' }).grayscale());
  const found = [...findRules(gray, 'h', Math.round(dpi * 0.6)), ...findRules(gray, 'v', Math.round(dpi * 0.3))];
  return found.map(({ kind, at, a, b }) => ({ kind, at: at / scale, a: a / scale, b: b / scale }));
}
