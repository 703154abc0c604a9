// BOM-less UTF-16 told from its bytes: both format detection and the text reader ask.

/** 'utf-16le' / 'utf-16be' when the bytes look like BOM-less UTF-16: NULs on one side of each pair. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.2 && evenZero / pairs < 0.02) return 'utf-16le';
  if (evenZero / pairs > 0.2 && oddZero / pairs < 0.02) return 'utf-16be';
  return null;
}
