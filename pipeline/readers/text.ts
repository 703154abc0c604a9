// Plain text: decode the bytes, whatever Vietnamese Windows, DOS or a web form wrote them in.
// Order: a BOM; UTF-16 without BOM (told by its NUL bytes); UTF-8; a charset the caller knows
// (HTML <meta>); else the 8-bit candidates (Windows-1258, TCVN3, VNI), the one that reads best
// as Vietnamese winning. Text that decoded as Unicode is then checked for legacy mojibake
// (TCVN3 or VNI text pasted into a UTF-8 file) and converted.
import { log } from '../../output/diagnostics.js';
import {
  convertLegacy,
  decodeWindows1252,
  detectLegacyEncoding,
  vietnameseShare,
  type LegacyEncoding,
} from '../../normalizers/legacy/index.js';
import type { Reader } from './reader.js';
import { guessUtf16 } from './utf16.js';

export interface Decoded {
  text: string;
  /** utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, or the declared charset. */
  encoding: string;
  /** True when the text was converted from a legacy 8-bit encoding (not a Unicode form). */
  converted: boolean;
}

export interface DecodeOptions {
  /** A charset the container declares (HTML <meta>); used when the bytes are not UTF-8. */
  charset?: string | null;
  /** Look for TCVN3/VNI mojibake in Unicode text (default true). */
  detectLegacy?: boolean;
}


function unicode(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', converted: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', converted: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', converted: false };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, converted: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', converted: false };
  } catch {
    return null;
  }
}

function declared(bytes: Uint8Array, charset: string | null | undefined): Decoded | null {
  if (!charset || /^utf-?8$/i.test(charset)) return null;
  try {
    const decoder = new TextDecoder(charset);
    if (decoder.encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: 'windows-1252', converted: true };
    return { text: decoder.decode(bytes).normalize('NFC'), encoding: decoder.encoding, converted: true };
  } catch {
    return null; // a label TextDecoder does not know: guess instead
  }
}

/** The 8-bit candidates, scored by how much of the text reads as Vietnamese syllables. */
function eightBit(bytes: Uint8Array): Decoded {
  const windows1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const asBytes = decodeWindows1252(bytes);
  const candidates: Array<{ encoding: string; text: string }> = [
    { encoding: 'windows-1258', text: windows1258 },
    { encoding: 'tcvn3', text: convertLegacy(asBytes, 'tcvn3') },
    { encoding: 'vni', text: convertLegacy(asBytes, 'vni') },
  ];
  let best = candidates[0]!;
  let bestShare = vietnameseShare(best.text.slice(0, 200_000)).share;
  for (const c of candidates.slice(1)) {
    const share = vietnameseShare(c.text.slice(0, 200_000)).share;
    // Windows-1258 keeps the place unless a legacy reading is clearly better.
    if (share > bestShare + 0.1) {
      best = c;
      bestShare = share;
    }
  }
  return { text: best.text, encoding: best.encoding, converted: true };
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const decoded = unicode(bytes) ?? declared(bytes, options.charset) ?? eightBit(bytes);
  if (options.detectLegacy === false || decoded.encoding === 'tcvn3' || decoded.encoding === 'vni') return decoded;
  const legacy: LegacyEncoding | null = detectLegacyEncoding(decoded.text);
  if (!legacy) return decoded;
  return { text: convertLegacy(decoded.text, legacy), encoding: legacy, converted: true };
}

export const readText: Reader = async ({ bytes }, ctx) => {
  const { text, encoding, converted } = decodeBytes(bytes);
  if (converted) ctx.message(log.legacyEncoding(encoding));
  const json = jsonText(text);
  if (json !== null) ctx.message(log.jsonText());
  const clean = (json ?? text).replace(/\r\n?/g, '\n');
  return {
    text: clean,
    format: 'text',
    pages: clean.includes('\f') ? clean.split('\f').length : null,
    ocr: false,
    encoding,
  };
};

/** A key that names a field of the export ("Number", "Topic", "page_1"), not text of the document. */
const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The text of a JSON export (an OCR or extraction tool's output: {"heading": [y, "line", …]}):
 * its strings in document order, one a line, keys that are text (not field names) included;
 * numbers, booleans and nulls left out. Null when `text` is not a JSON object or array.
 * Iterative, so a deeply nested file cannot exhaust the stack.
 */
export function jsonText(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const lines: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.trim()) lines.push(item.trim());
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (item && typeof item === 'object') {
      const entries = Object.entries(item as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push(child);
        if (!FIELD_KEY.test(key)) stack.push(key);
      }
    }
  }
  return lines.join('\n');
}
