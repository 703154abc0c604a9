// Plain text and Markdown: decode the bytes (UTF-8, UTF-16 with BOM, else Windows-1258).
import type { Reader } from './index.js';

export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the 8-bit code page Vietnamese Windows used.
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

export const readText: Reader = async ({ bytes }) => {
  const { text, encoding } = decodeBytes(bytes);
  return {
    text: text.replace(/\r\n?/g, '\n'),
    format: 'text',
    pages: text.includes('\f') ? text.split('\f').length : null,
    ocr: false,
    encoding,
  };
};
