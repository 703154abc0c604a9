// Grey levels of a page: one histogram serves both the contrast stretch and the threshold.

/**
 * Pixel count per grey level. Read four bytes at a time, a word of white paper (most of a page
 * once stretched) counted at once, and the rest into two tables taken in turn: counted one by one
 * into one table, each count of a page that is mostly one grey waits on the last (~4× the time).
 */
export function histogram(data: Uint8Array): Float64Array {
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  const n = data.length;
  // Bytes before the first aligned word, the words, the bytes after the last.
  const start = Math.min(n, (4 - (data.byteOffset & 3)) & 3);
  const words = new Uint32Array(data.buffer, data.byteOffset + start, (n - start) >> 2);
  for (let i = 0; i < start; i++) even[data[i]!]!++;
  let paper = 0;
  for (let w = 0; w < words.length; w++) {
    const v = words[w]!;
    if (v === 0xffffffff) {
      paper++;
      continue;
    }
    even[v & 255]!++;
    odd[(v >>> 8) & 255]!++;
    even[(v >>> 16) & 255]!++;
    odd[v >>> 24]!++;
  }
  for (let i = start + words.length * 4; i < n; i++) even[data[i]!]!++;
  const counts = new Float64Array(256);
  for (let v = 0; v < 256; v++) counts[v] = even[v]! + odd[v]!;
  counts[255]! += 4 * paper;
  return counts;
}

/** The lightest grey the stretch may take for black. */
export const MAX_DARK_END = 96;

/** Ink is never lighter than this once the page is stretched (paper is 255): Otsu's level on a page of paper alone falls in its grain. */
export const MAX_INK_LEVEL = 200;

/**
 * A lookup table stretching grey levels so that the darkest and lightest 1% of pixels become
 * black and white; null when the page is (nearly) one flat grey.
 */
export function stretchTable(h: Float64Array): Uint8Array | null {
  let total = 0;
  for (let v = 0; v < 256; v++) total += h[v]!;
  const cut = total * 0.01;
  let lo = 0;
  for (let sum = 0; lo < 255 && (sum += h[lo]!) < cut; ) lo++;
  // A page with little or no ink (a blank back page with a seal showing through, a page with a
  // signature only) has paper in its darkest 1%: stretched to black, the paper's grain would read
  // as text. The dark end is never taken lighter than a faded print's grey.
  lo = Math.min(lo, MAX_DARK_END);
  let hi = 255;
  for (let sum = 0; hi > 0 && (sum += h[hi]!) < cut; ) hi--;
  if (hi - lo < 8) return null;
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) table[v] = Math.max(0, Math.min(255, Math.round(((v - lo) * 255) / (hi - lo))));
  return table;
}

export function applyTable(data: Uint8Array, table: Uint8Array): void {
  for (let i = 0; i < data.length; i++) data[i] = table[data[i]!]!;
}

/** The histogram the pixels will have once `table` is applied, without reading them again. */
export function mapHistogram(h: Float64Array, table: Uint8Array): Float64Array {
  const out = new Float64Array(256);
  for (let v = 0; v < 256; v++) out[table[v]!]! += h[v]!;
  return out;
}

/** Otsu's threshold, never above MAX_INK_LEVEL: on a page of paper alone it would split the grain. */
export function inkThreshold(h: Float64Array): number {
  return Math.min(otsuThreshold(h), MAX_INK_LEVEL);
}

/** Otsu's threshold: the grey level that best separates ink from paper. */
export function otsuThreshold(h: Float64Array): number {
  let total = 0;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) {
    total += h[v]!;
    sumAll += v * h[v]!;
  }
  let best = 128;
  let bestVariance = -1;
  let weight = 0;
  let sum = 0;
  for (let v = 0; v < 255; v++) {
    weight += h[v]!;
    sum += v * h[v]!;
    if (weight === 0 || weight === total) continue;
    const meanDark = sum / weight;
    const meanLight = (sumAll - sum) / (total - weight);
    const variance = weight * (total - weight) * (meanDark - meanLight) ** 2;
    if (variance > bestVariance) [best, bestVariance] = [v, variance];
  }
  return best;
}
