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
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    const r = data[j]!;
    const g = data[j + 1]!;
    const b = data[j + 2]!;
    // Rec. 601 luma in integers.
    const luma = (r * 77 + g * 150 + b * 29) >> 8;
    // Redder than blue too: violet handwriting (the serial, the day, the signature) stays.
    if (r > luma && r > b) {
      out[i] = r;
      if (r - g > RED_MARGIN && r - b > RED_MARGIN) red++;
    } else out[i] = luma;
  }
  return { gray: { data: out, width, height }, redShare: red / Math.max(1, n) };
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
 * than the threshold and so never marked. null for a grey page.
 */
export function faintRedInk(data: Uint8Array, channels: number, gray: GrayImage, threshold: number): Uint8Array | null {
  if (channels < 3) return null;
  const n = gray.width * gray.height;
  const red = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    const r = data[j]!;
    const g = data[j + 1]!;
    const b = data[j + 2]!;
    if (r - g > FAINT_RED_MARGIN && r - b > FAINT_RED_MARGIN && 2 * (g - b) < r - g) red[i] = 1;
  }
  const near = dilate(red, gray.width, gray.height, RED_REACH);
  for (let i = 0; i < n; i++) if (near[i] === 1 && gray.data[i]! <= threshold) near[i] = 0;
  return near;
}

/** The mask grown by `radius` pixels in every direction (a square): max filter along rows, then columns. */
function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let last = -Infinity;
    // Distance to the nearest marked pixel on the left, then on the right.
    for (let x = 0; x < width; x++) {
      if (mask[row + x] === 1) last = x;
      if (x - last <= radius) rows[row + x] = 1;
    }
    last = Infinity;
    for (let x = width - 1; x >= 0; x--) {
      if (mask[row + x] === 1) last = x;
      if (last - x <= radius) rows[row + x] = 1;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) {
    let last = -Infinity;
    for (let y = 0; y < height; y++) {
      if (rows[y * width + x] === 1) last = y;
      if (y - last <= radius) out[y * width + x] = 1;
    }
    last = Infinity;
    for (let y = height - 1; y >= 0; y--) {
      if (rows[y * width + x] === 1) last = y;
      if (last - y <= radius) out[y * width + x] = 1;
    }
  }
  return out;
}
