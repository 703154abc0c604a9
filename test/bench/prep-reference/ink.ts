// Grey page from a colour scan, with red ink dropped. Vietnamese documents carry red seals over
// the signature and the header (the round seal, the "SAO Y" and incoming-mail stamps, the seal
// of the e-signing centre), and red stamps read as letters glued to the header and the signer's
// name ("Ủy ban nhân dân Êi"). In the red channel red ink is as light as paper while black
// print, and blue or violet handwriting (the serial and the day filled in by hand), stay dark.
// So each pixel's grey is the lighter of its luminance and its red value, for pixels redder
// than they are bright and redder than blue: black, grey, blue and violet pixels keep their
// luminance (violet ink, common for handwriting, thins out in the red channel).
// Cost: one pass over the pixels (about 1/50 of a page's OCR time at 300 dpi).
import type { GrayImage } from '../../../pipeline/ocr/rules.js';

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
 * than the threshold and so never marked. null where the page shows no red (a grey page, most scans).
 */
export function faintRedInk(data: Uint8Array, channels: number, gray: GrayImage, threshold: number): Uint8Array | null {
  if (channels < 3) return null;
  const { width, height } = gray;
  const n = width * height;
  let mask: Uint8Array | null = null;
  // Most pages have no red at all: the mask is only made, and only marked around red, where some is found.
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    const r = data[j]!;
    const g = data[j + 1]!;
    const b = data[j + 2]!;
    if (!(r - g > FAINT_RED_MARGIN && r - b > FAINT_RED_MARGIN && 2 * (g - b) < r - g)) continue;
    mask ??= new Uint8Array(n);
    const x = i % width;
    const y = (i - x) / width;
    for (let yy = Math.max(0, y - RED_REACH); yy <= Math.min(height - 1, y + RED_REACH); yy++) {
      for (let k = yy * width + Math.max(0, x - RED_REACH), end = yy * width + Math.min(width - 1, x + RED_REACH); k <= end; k++) {
        if (gray.data[k]! > threshold) mask[k] = 1;
      }
    }
  }
  return mask;
}
