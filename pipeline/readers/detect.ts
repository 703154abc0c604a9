// What a file is, by its content (magic bytes through `file-type`, then text sniffing), not by
// its name. A name that disagrees with the content is reported, and the content wins.
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

export type FormatKind = 'pdf' | 'docx' | 'image' | 'html' | 'text' | 'zip' | 'binary' | 'other';

export interface DetectedFormat {
  kind: FormatKind;
  /** MIME type when known. */
  mime: string | null;
  /** For messages: "PNG image", "ZIP archive", … */
  description: string;
  /** Set when the extension names another format than the content. */
  mislabelled?: { ext: string };
}

const IMAGE_MIMES = new Set(['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/bmp', 'image/x-ms-bmp']);

const EXT_KIND: Record<string, FormatKind> = {
  pdf: 'pdf',
  docx: 'docx',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  tif: 'image',
  tiff: 'image',
  webp: 'image',
  bmp: 'image',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  md: 'text',
  text: 'text',
};

/** Extensions the folder walker picks up. */
export const DOCUMENT_EXTENSIONS = new Set(Object.keys(EXT_KIND));

export async function detectFormat(bytes: Uint8Array, path: string): Promise<DetectedFormat> {
  const found = await detectByContent(bytes);
  const ext = extname(path).slice(1).toLowerCase();
  const claimed = EXT_KIND[ext];
  if (claimed && claimed !== found.kind && !(claimed === 'text' && found.kind === 'html')) {
    return { ...found, mislabelled: { ext } };
  }
  return found;
}

async function detectByContent(bytes: Uint8Array): Promise<DetectedFormat> {
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (type) {
    if (type.mime === 'application/pdf') return { kind: 'pdf', mime: type.mime, description: 'PDF' };
    if (type.ext === 'docx') return { kind: 'docx', mime: type.mime, description: 'DOCX' };
    if (IMAGE_MIMES.has(type.mime)) return { kind: 'image', mime: type.mime, description: `${type.ext.toUpperCase()} image` };
    if (type.ext === 'zip') return { kind: 'zip', mime: type.mime, description: 'ZIP archive' };
    if (type.mime.startsWith('text/') || type.ext === 'xml') return sniffText(bytes);
    return { kind: 'other', mime: type.mime, description: `${type.ext} (${type.mime})` };
  }
  return sniffText(bytes);
}

function sniffText(bytes: Uint8Array): DetectedFormat {
  if (!looksLikeText(bytes)) return { kind: 'binary', mime: null, description: 'binary data' };
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) {
    return { kind: 'html', mime: 'text/html', description: 'HTML' };
  }
  return { kind: 'text', mime: 'text/plain', description: 'plain text' };
}

/**
 * Text has a BOM, or few control bytes in its first 64 KiB. Legacy 8-bit Vietnamese encodings
 * use bytes 0x80-0xFF freely, so only C0 controls (other than tab, newlines, form feed) count.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return controls <= n * 0.01;
}
