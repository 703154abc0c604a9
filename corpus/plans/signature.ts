// A text's MinHash signature: the word 5-gram shingles of its folded text (case, diacritics and
// punctuation ignored), each hashed under SIGNATURE_SIZE hash functions, the least value kept
// per function. The share of equal positions in two signatures estimates the Jaccard
// similarity of the two shingle sets (standard error about 0.03 at 128 functions), so texts are
// compared without keeping them side by side. Linear in the text.
import { foldVietnamese } from '../../normalizers/fold.js';

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 units. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The folded words of a text, letters and digits only. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text.normalize('NFC').toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The signature of a text; null when it has no words (nothing to compare). Each word is hashed
 * once and a shingle's hash mixes its five word hashes in order; the SIGNATURE_SIZE hash
 * functions are h1 + i·h2 of two mixes of the shingle hash (Kirsch–Mitzenmacher), so a shingle
 * costs one multiply-add per function instead of a full mix: ingest stores every document's
 * signature. The functions are fixed: a signature means the same in every store and every run.
 */
export function textSignature(text: string): Uint32Array | null {
  const words = foldedWords(text);
  if (words.length === 0) return null;
  const wordHashes = Uint32Array.from(words, hashString);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  const width = Math.min(SHINGLE_WORDS, words.length);
  for (let start = 0; start <= last; start++) {
    let shingle = 0x9747b28c;
    for (let k = 0; k < width; k++) shingle = fmix32(Math.imul(shingle ^ wordHashes[start + k]!, 0x01000193));
    const h1 = fmix32(shingle);
    const h2 = fmix32(shingle ^ 0x9e3779b9) | 1;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = (h1 + Math.imul(i, h2)) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (0 when either is missing). */
export function similarity(a: Uint32Array | null, b: Uint32Array | null): number {
  if (!a || !b || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export const signatureToBytes = (signature: Uint32Array | null): Buffer | null =>
  signature ? Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) : null;

export function signatureFromBytes(bytes: Uint8Array | null): Uint32Array | null {
  if (!bytes || bytes.byteLength !== SIGNATURE_SIZE * 4) return null;
  const copy = new Uint8Array(bytes); // aligned
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}

/** A short exact fingerprint of a text's words (sha-free: 2 × 32-bit FNV), for identity keys. */
export function wordsFingerprint(words: readonly string[]): string {
  const joined = words.join(' ');
  return `${hashString(joined).toString(16).padStart(8, '0')}${hashString(`#${joined}`).toString(16).padStart(8, '0')}`;
}

/** Bands of the signature for locality-sensitive hashing: 32 bands of 4 values. Two texts of
 * Jaccard similarity 0.8 share a band with probability 1 − (1 − 0.8⁴)³² > 0.999; of 0.3, 0.23. */
export const BANDS = 32;
export function signatureBands(signature: Uint32Array | null): number[] {
  if (!signature) return [];
  const rows = SIGNATURE_SIZE / BANDS;
  const bands: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let i = band * rows; i < (band + 1) * rows; i++) h = fmix32(Math.imul(h, 0x01000193) ^ signature[i]!);
    bands.push(h | 0);
  }
  return bands;
}
