// Grey page from a colour scan, with red ink dropped. Vietnamese documents carry red seals over
// the signature and the header (the round seal, the "SAO Y" and incoming-mail stamps, the seal
// of the e-signing centre), and red stamps read as letters glued to the header and the signer's
// name ("Ủy ban nhân dân Êi"). In the red channel red ink is as light as paper while black
// print, and blue or violet handwriting (the serial and the day filled in by hand), stay dark.
// So each pixel's grey is the lighter of its luminance and its red value, for pixels redder
// than they are bright and redder than blue: black, grey, blue and violet pixels keep their
// luminance (violet ink, common for handwriting, thins out in the red channel).
// Cost: one pass over the pixels (about 1/50 of a page's OCR time at 300 dpi).
import type { GrayImage } from './rules.js';

export interface InkGray {
  gray: GrayImage;
  /** Share of the page's pixels that were red ink lifted to paper (0 for a grey scan). */
  redShare: number;
}

/** A pixel is counted as red ink when red exceeds both other channels by this much. */
const RED_MARGIN = 60;

/**
 * `data`: interleaved pixels with `channels` per pixel (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA;
 * alpha already flattened onto white). Grey input is copied as it is.
 */
export function grayWithoutRedInk(data: Uint8Array, width: number, height: number, channels: number): InkGray {
  const n = width * height;
  if (channels === 1) return { gray: { data: Buffer.from(data.buffer, data.byteOffset, n), width, height }, redShare: 0 };
  const out = Buffer.allocUnsafe(n);
  if (channels < 3) {
    for (let i = 0, j = 0; i < n; i++, j += channels) out[i] = data[j]!;
    return { gray: { data: out, width, height }, redShare: 0 };
  }
  let red = 0;
  let i = 0;
  // RGB pixels four at a time from three aligned 32-bit words (little-endian), written as one
  // word: a quarter of the loads and stores of reading byte by byte.
  if (channels === 3 && LITTLE_ENDIAN && data.byteOffset % 4 === 0 && out.byteOffset % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, Math.floor((n * 3) / 12) * 3);
    const into = new Uint32Array(out.buffer, out.byteOffset, words.length / 3);
    for (let w = 0, q = 0; q < into.length; q++, w += 3) {
      const a = words[w]!;
      const b = words[w + 1]!;
      const c = words[w + 2]!;
      // Grey pixels (r = g = b: paper, black print, a grey page saved in RGB) are their own
      // luma and never red: four of them are told from their three words at once. All twelve
      // bytes alike (white paper, a two-level page's ink) are the one word itself.
      if (a === b && a === c && a === (Math.imul(a & 255, 0x01010101) >>> 0)) {
        into[q] = a;
        continue;
      }
      if (fourGreyRgb(a, b, c)) {
        into[q] = ((a & 255) | ((a >>> 24) << 8) | (((b >>> 16) & 255) << 16) | ((c >>> 24) << 24)) >>> 0;
        continue;
      }
      // Pixel k's r, g, b: bytes 3k, 3k + 1, 3k + 2 of a‖b‖c.
      const g0 = grayOfRgb(a & 255, (a >>> 8) & 255, (a >>> 16) & 255);
      const g1 = grayOfRgb(a >>> 24, b & 255, (b >>> 8) & 255);
      const g2 = grayOfRgb((b >>> 16) & 255, b >>> 24, c & 255);
      const g3 = grayOfRgb((c >>> 8) & 255, (c >>> 16) & 255, c >>> 24);
      into[q] = ((g0 & 255) | ((g1 & 255) << 8) | ((g2 & 255) << 16) | ((g3 & 255) << 24)) >>> 0;
      red += (g0 >> 8) + (g1 >> 8) + (g2 >> 8) + (g3 >> 8);
    }
    i = into.length * 4;
  }
  // RGBA pixels (a PDF page as pdf.js renders it) one aligned 32-bit word each, four written as
  // one word; four grey pixels (r = g = b) are their own grey, never red.
  if (channels === 4 && LITTLE_ENDIAN && data.byteOffset % 4 === 0 && out.byteOffset % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, n & ~3);
    const into = new Uint32Array(out.buffer, out.byteOffset, words.length / 4);
    for (let w = 0, q = 0; q < into.length; q++, w += 4) {
      const a = words[w]!;
      const b = words[w + 1]!;
      const c = words[w + 2]!;
      const d = words[w + 3]!;
      if ((((a ^ (a >>> 8)) | (b ^ (b >>> 8)) | (c ^ (c >>> 8)) | (d ^ (d >>> 8))) & 0xffff) === 0) {
        into[q] = ((a & 255) | ((b & 255) << 8) | ((c & 255) << 16) | ((d & 255) << 24)) >>> 0;
        continue;
      }
      const g0 = grayOfRgb(a & 255, (a >>> 8) & 255, (a >>> 16) & 255);
      const g1 = grayOfRgb(b & 255, (b >>> 8) & 255, (b >>> 16) & 255);
      const g2 = grayOfRgb(c & 255, (c >>> 8) & 255, (c >>> 16) & 255);
      const g3 = grayOfRgb(d & 255, (d >>> 8) & 255, (d >>> 16) & 255);
      into[q] = ((g0 & 255) | ((g1 & 255) << 8) | ((g2 & 255) << 16) | ((g3 & 255) << 24)) >>> 0;
      red += (g0 >> 8) + (g1 >> 8) + (g2 >> 8) + (g3 >> 8);
    }
    i = into.length * 4;
  }
  for (let j = i * channels; i < n; i++, j += channels) {
    const v = grayOfRgb(data[j]!, data[j + 1]!, data[j + 2]!);
    out[i] = v & 255;
    red += v >> 8;
  }
  return { gray: { data: out, width, height }, redShare: red / Math.max(1, n) };
}

/** A pixel's Rec. 601 luma in integers. */
export function lumaOf(r: number, g: number, b: number): number {
  return (r * 77 + g * 150 + b * 29) >> 8;
}

/** Byte order of this machine's typed arrays (fixed at start: a constant, not state). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A pixel's grey with red ink lifted to paper (low byte), and 256 when it counts as red ink.
 * Each pixel's grey is its Rec. 601 luma in integers, or its red when redder than it is bright
 * and redder than blue (violet handwriting — the serial, the day, the signature — stays).
 */
function grayOfRgb(r: number, g: number, b: number): number {
  // lumaOf written out: this is every page's per-pixel loop, and the call measured slower here.
  const luma = (r * 77 + g * 150 + b * 29) >> 8;
  if (r > luma && r > b) return r - g > RED_MARGIN && r - b > RED_MARGIN ? r | 256 : r;
  return luma;
}

/** Red ink left after the drop is told by red exceeding both other channels by this much: above the colour noise of black print in JPEG scans and photos. */
const FAINT_RED_MARGIN = 8;

/**
 * A JPEG keeps colour at half resolution: the grey rim of a thin red stroke (a seal's ring, its
 * letters) carries little of its red. Red marks reach this many pixels around the red found.
 */
const RED_REACH = 2;

/**
 * Red ink that the drop put on paper's side of the ink threshold (1): pixels whose grey is lighter
 * than `threshold`, within RED_REACH of red, not orange or yellow (red exceeds green and blue by
 * FAINT_RED_MARGIN, green exceeds blue by less than half red's lead: warm paper and print under
 * lamplight are no seal). Sharpening must leave these where the drop put them: darkened, a
 * seal's ring and letters come back as ink over the signer's title and name. Print is darker
 * than the threshold and so never marked. null where the page shows no red (a grey page, most scans).
 */
export function faintRedInk(data: Uint8Array, channels: number, gray: GrayImage, threshold: number): Uint8Array | null {
  if (channels < 3) return null;
  const { width, height } = gray;
  const n = width * height;
  let mask: Uint8Array | null = null;
  // Most pages have no red at all: the mask is only made, and only marked around red, where some is found.
  const markAround = (i: number) => {
    const into = (mask ??= new Uint8Array(n));
    const x = i % width;
    const y = (i - x) / width;
    for (let yy = Math.max(0, y - RED_REACH); yy <= Math.min(height - 1, y + RED_REACH); yy++) {
      for (let k = yy * width + Math.max(0, x - RED_REACH), end = yy * width + Math.min(width - 1, x + RED_REACH); k <= end; k++) {
        if (gray.data[k]! > threshold) into[k] = 1;
      }
    }
  };
  let i = 0;
  // RGB pixels four at a time from three aligned 32-bit words, as in grayWithoutRedInk.
  if (channels === 3 && LITTLE_ENDIAN && data.byteOffset % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, Math.floor(n / 4) * 3);
    for (let w = 0; w < words.length; w += 3, i += 4) {
      const a = words[w]!;
      const b = words[w + 1]!;
      const c = words[w + 2]!;
      // Four grey pixels (paper, print) are no red.
      if (fourGreyRgb(a, b, c)) continue;
      if (faintRed(a & 255, (a >>> 8) & 255, (a >>> 16) & 255)) markAround(i);
      if (faintRed(a >>> 24, b & 255, (b >>> 8) & 255)) markAround(i + 1);
      if (faintRed((b >>> 16) & 255, b >>> 24, c & 255)) markAround(i + 2);
      if (faintRed((c >>> 8) & 255, (c >>> 16) & 255, c >>> 24)) markAround(i + 3);
    }
  }
  // RGBA pixels a word each: a grey one (r = g = b) is no red.
  if (channels === 4 && LITTLE_ENDIAN && data.byteOffset % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, n);
    for (; i < n; i++) {
      const w = words[i]!;
      if (((w ^ (w >>> 8)) & 0xffff) !== 0 && faintRed(w & 255, (w >>> 8) & 255, (w >>> 16) & 255)) markAround(i);
    }
  }
  for (let j = i * channels; i < n; i++, j += channels) if (faintRed(data[j]!, data[j + 1]!, data[j + 2]!)) markAround(i);
  return mask;
}

/** The four RGB pixels in the three little-endian words a‖b‖c are all grey (r = g = b in each). */
function fourGreyRgb(a: number, b: number, c: number): boolean {
  const v1 = a >>> 24;
  const v2 = (b >>> 16) & 255;
  return (
    a === ((Math.imul(a & 255, 0x010101) | (v1 << 24)) >>> 0) &&
    b === ((Math.imul(v1, 0x0101) | Math.imul(v2, 0x01010000)) >>> 0) &&
    c === ((v2 | Math.imul(c >>> 24, 0x01010100)) >>> 0)
  );
}

/** Red ink's colour however faint: red past green and blue by FAINT_RED_MARGIN, and not orange or yellow. */
function faintRed(r: number, g: number, b: number): boolean {
  return r - g > FAINT_RED_MARGIN && r - b > FAINT_RED_MARGIN && 2 * (g - b) < r - g;
}

/**
 * A pixel is coloured ink (a seal of any colour, a blue or violet signature) when its channels
 * spread this far apart: past the colour noise JPEG leaves on black print and grey paper.
 */
const COLOURED_MARGIN = 50;

function isColouredInk(r: number, g: number, b: number): boolean {
  return Math.max(r, g, b) - Math.min(r, g, b) > COLOURED_MARGIN;
}

/**
 * Grey of `data` (RGB or RGBA) with every coloured pixel lifted to paper: black and grey print
 * only. The signer's name printed under a seal and crossed by a blue signature reads clean here;
 * the page itself keeps them (violet handwriting, blue print), so this copy only serves the
 * signature's second read.
 */
export function grayOfPrintOnly(data: Uint8Array, width: number, height: number, channels: number): Buffer {
  const n = width * height;
  const out = Buffer.allocUnsafe(n);
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    const r = data[j]!;
    const g = data[j + 1]!;
    const b = data[j + 2]!;
    out[i] = isColouredInk(r, g, b) ? 255 : lumaOf(r, g, b);
  }
  return out;
}

/** Share of `data`'s pixels (sampled every `step`-th) that are coloured ink, for RGB(A); 0 for grey. */
export function colouredInkShare(data: Uint8Array, width: number, height: number, channels: number, step = 7): number {
  if (channels < 3) return 0;
  const n = width * height;
  let coloured = 0;
  let seen = 0;
  for (let i = 0; i < n; i += step, seen++) {
    const j = i * channels;
    if (isColouredInk(data[j]!, data[j + 1]!, data[j + 2]!)) coloured++;
  }
  return coloured / Math.max(1, seen);
}
