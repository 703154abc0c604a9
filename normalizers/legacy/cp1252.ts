// Windows-1252, the code page legacy-font text was typed in. Node's TextDecoder treats the label
// as Latin-1 (0x80-0x9F become C1 controls), so the curly quotes and dashes of that range are
// mapped here.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? C1[b - 0x80]! : String.fromCharCode(b);
  return out;
}

/** Characters outside the code page become '?'. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const c1 = C1.indexOf(ch);
    out[n++] = c1 >= 0 ? 0x80 + c1 : code < 0x100 && (code < 0x80 || code >= 0xa0) ? code : 0x3f;
  }
  return out.subarray(0, n);
}
