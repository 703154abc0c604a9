// Three box blurs two pixels wide each way, bit for bit as the running sums that did it before
// (test/bench/prep-reference/box-blur.ts) give them, at a sixth of their time: how a 150-dpi scan
// drawn ×2 is smoothed (pixel-grid.ts). A box two wide is the average of a pixel and the next, rounded half up, (a + b + 1) >> 1: no running sum, and four
// pixels at once in a 32-bit word, (a | b) − (((a ^ b) & 0xfefefefe) >>> 1), exact in every byte
// (the mask keeps each byte's low bit from shifting into the byte below, and a byte of a | b is
// never less than half its a ^ b, so nothing borrows across bytes). The three running-sum blurs
// each way in JS cost ~200–260 ms on a 300-dpi page, a fifth of its OCR time (issue #12 keeps
// preparing under a tenth); these word passes ~30 ms.
import type { GrayImage } from './rules.js';

/** Rounds of (pairs along the rows, pairs down the columns): three come near a Gaussian of sigma ~0.87. */
const ROUNDS = 3;

/** Each byte's low bit cleared: what keeps a word's four halved bytes apart. */
const HIGH_BITS = ~0x01010101;

/** Whether a word's first byte in memory is its lowest (the next pixel along a row is then the word's next byte up). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Per byte of `a` and `b`, (a + b + 1) >> 1. */
function wordAverage(a: number, b: number): number {
  return ((a | b) - (((a ^ b) & HIGH_BITS) >>> 1)) | 0;
}

/**
 * Every pixel of `src` averaged with its right-hand neighbour, into `dst` (rows `stride` bytes
 * apart, a whole number of words): the word's pixels shifted one along, the next word's first
 * pixel brought in at its end. A row's last pixel meets the padding after it, which repeats it;
 * the padding's last byte meets the next row's first pixel, and the caller sets it back.
 */
function pairsAlongRows(src: Int32Array, dst: Int32Array, words: number): void {
  for (let i = 0; i < words; i++) {
    const word = src[i]!;
    const next = src[i + 1]!;
    const shifted = LITTLE_ENDIAN ? (word >>> 8) | (next << 24) : (word << 8) | (next >>> 24);
    dst[i] = wordAverage(word, shifted);
  }
}

/** Every pixel of `src` averaged with the one below it (`rowWords` words on), into `dst`; the last row with itself. */
function pairsDownColumns(src: Int32Array, dst: Int32Array, words: number, rowWords: number): void {
  const last = words - rowWords;
  for (let i = 0; i < last; i++) dst[i] = wordAverage(src[i]!, src[i + rowWords]!);
  dst.set(src.subarray(last, words), last);
}

/**
 * The page blurred by three boxes two pixels wide each way, rows then columns in turn, edges
 * extended (a new image): exactly the running sums' tripleBoxBlur(g, 2). The page is copied into
 * rows of whole words with at least one byte of padding that repeats the row's last pixel, so
 * that pixel is averaged with itself, as the edge extended gives; a pass along the rows turns
 * the padding's last byte into an average with the next row, and it is set back after each.
 */
export function tripleBoxBlurOfTwo(g: GrayImage): GrayImage {
  const { width, height } = g;
  const out = Buffer.allocUnsafe(width * height);
  if (width === 0 || height === 0) return { data: out, width, height };
  const stride = (width + 4) & ~3;
  const rowWords = stride >> 2;
  const words = rowWords * height;
  // One word more than the rows: the pass along the rows reads one word past the last.
  const a = new Int32Array(words + 1);
  const b = new Int32Array(words + 1);
  const aBytes = new Uint8Array(a.buffer);
  const bBytes = new Uint8Array(b.buffer);
  const padRows = (bytes: Uint8Array) => {
    for (let y = 0, at = 0; y < height; y++, at += stride) bytes.fill(bytes[at + width - 1]!, at + width, at + stride);
  };
  for (let y = 0; y < height; y++) aBytes.set(g.data.subarray(y * width, (y + 1) * width), y * stride);
  padRows(aBytes);
  for (let round = 0; round < ROUNDS; round++) {
    pairsAlongRows(a, b, words);
    padRows(bBytes);
    // Down the columns the padding stays a copy of each row's last pixel: averaged as that pixel is.
    pairsDownColumns(b, a, words, rowWords);
  }
  for (let y = 0; y < height; y++) out.set(aBytes.subarray(y * stride, y * stride + width), y * width);
  return { data: out, width, height };
}
