// Three box blurs two pixels wide each way, bit for bit as the running sums that did it before
// (test/bench/prep-reference/box-blur.ts) give them, at a fraction of their time: how a 150-dpi
// scan drawn ×2 is smoothed (pixel-grid.ts). A box two wide is the average of a pixel and the
// next, rounded half up, (a + b + 1) >> 1: no running sum, and four pixels at once in a 32-bit
// word, (a | b) − (((a ^ b) & 0xfefefefe) >>> 1), exact in every byte (the mask keeps each byte's
// low bit from shifting into the byte below, and a byte of a | b is never less than half its
// a ^ b, so nothing borrows across bytes). A round (pairs along the rows, then down the columns)
// is one pass over the page, a row's pairs kept for the row above it to meet; rows of bare paper
// on either side give paper, unread. The three running-sum blurs each way in JS cost ~200–260 ms
// on a 300-dpi page, a fifth of its OCR time (issue #12 keeps preparing under a tenth).
import type { GrayImage } from './rules.js';

/** Rounds of (pairs along the rows, pairs down the columns): three come near a Gaussian of sigma ~0.87. */
const ROUNDS = 3;

/** Each byte's low bit cleared: what keeps a word's four halved bytes apart. */
const HIGH_BITS = ~0x01010101;

/** A word of four paper pixels (255 each). */
const PAPER = -1;

/** Whether a word's first byte in memory is its lowest (the next pixel along a row is then the word's next byte up). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Per byte of `a` and `b`, (a + b + 1) >> 1. */
function wordAverage(a: number, b: number): number {
  return ((a | b) - (((a ^ b) & HIGH_BITS) >>> 1)) | 0;
}

/**
 * Per pixel of `word`, its average with the next pixel along the row: the word's own next, or
 * `next` word's first. The byte order is a parameter so that both orders are tested; the page
 * is always read in the machine's own.
 */
export function pairsAlong(word: number, next: number, littleEndian = LITTLE_ENDIAN): number {
  return wordAverage(word, littleEndian ? (word >>> 8) | (next << 24) : (word << 8) | (next >>> 24));
}

/**
 * The page as rows of whole words, each with at least one byte of padding after its pixels that
 * repeats its last pixel: a pair along the row at its end is then that pixel with itself, as the
 * page's edge extended gives. The padding's last byte meets the next row's first pixel in a pair
 * along the row, so it is set back after each row's pairs.
 */
interface WordRows {
  words: Int32Array;
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Bytes from one row to the next (a whole number of words, more than `width`). */
  stride: number;
  /** Rows all paper (255), padding too: 1. */
  paper: Uint8Array;
}

function wordRows(g: GrayImage): WordRows {
  const { width, height, data } = g;
  const stride = (width + 4) & ~3;
  // One word more than the rows: a pair along the last row reads one word past it.
  const words = new Int32Array((stride >> 2) * height + 1);
  const bytes = new Uint8Array(words.buffer);
  const paper = new Uint8Array(height);
  const paperRow = Buffer.alloc(width, 255);
  for (let y = 0, from = 0, at = 0; y < height; y++, from += width, at += stride) {
    bytes.set(data.subarray(from, from + width), at);
    bytes.fill(data[from + width - 1]!, at + width, at + stride);
    paper[y] = paperRow.compare(data, from, from + width) === 0 ? 1 : 0;
  }
  return { words, bytes, width, height, stride, paper };
}

/** The padding after row `at` (a byte offset) set back to the row's last pixel. */
function padRow(bytes: Uint8Array, at: number, width: number, stride: number): void {
  bytes.fill(bytes[at + width - 1]!, at + width, at + stride);
}

/**
 * One round in place: every pixel averaged with the next along its row, then with the pair
 * below it (the last row's pairs with themselves). Row y + 1's pairs are made as row y is
 * written, and kept (`pairs`) for row y + 1's turn; row y is read only before it is written.
 * Row y comes out paper where rows y and y + 1 were: it is filled, not worked out.
 */
function blurRound(page: WordRows, pairs: Int32Array, pairBytes: Uint8Array): void {
  const { words, bytes, width, height, stride, paper } = page;
  const rowWords = stride >> 2;
  for (let i = 0, word = words[0]!; i < rowWords; i++) {
    const next = words[i + 1]!;
    pairs[i] = pairsAlong(word, next);
    word = next;
  }
  padRow(pairBytes, 0, width, stride);
  for (let y = 0, at = 0; y < height - 1; y++, at += rowWords) {
    const below = at + rowWords;
    if (paper[y] && paper[y + 1]) {
      // Row y + 1's pairs are paper, as row y's kept ones are.
      words.fill(PAPER, at, below);
      continue;
    }
    paper[y] = 0;
    for (let i = 0, word = words[below]!; i < rowWords; i++) {
      const next = words[below + i + 1]!;
      const pair = pairsAlong(word, next);
      words[at + i] = wordAverage(pairs[i]!, pair);
      pairs[i] = pair;
      word = next;
    }
    padRow(pairBytes, 0, width, stride);
    padRow(bytes, at * 4, width, stride);
  }
  words.set(pairs.subarray(0, rowWords), (height - 1) * rowWords);
}

/**
 * The page blurred by three boxes two pixels wide each way, rows then columns in turn, edges
 * extended (a new image): exactly the running sums' tripleBoxBlur(g, 2).
 */
export function tripleBoxBlurOfTwo(g: GrayImage): GrayImage {
  const { width, height } = g;
  const out = Buffer.allocUnsafe(width * height);
  if (width === 0 || height === 0) return { data: out, width, height };
  const page = wordRows(g);
  const pairs = new Int32Array(page.stride >> 2);
  const pairBytes = new Uint8Array(pairs.buffer);
  for (let round = 0; round < ROUNDS; round++) blurRound(page, pairs, pairBytes);
  for (let y = 0, at = 0; y < height; y++, at += page.stride) out.set(page.bytes.subarray(at, at + width), y * width);
  return { data: out, width, height };
}
