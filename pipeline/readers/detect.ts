// What a file is, by its content (magic bytes through `file-type`, then text sniffing), not by
// its name. A name that disagrees with the content is reported, and the content wins.
// Two exceptions where the name decides which reader explains the problem: a ".docx" that is
// a broken ZIP or not a ZIP at all goes to the DOCX reader (→ "corrupt DOCX"), and an OLE file
// holding an EncryptedPackage is a password-protected DOCX (→ "encrypted").
// As tolerant as the reference readers: a PDF header anywhere in the first 1024 bytes (Acrobat,
// pdf.js and poppler accept junk before it), a byte-order mark before HTML, an OLE compound
// file holding a WordDocument stream is a Word 97–2003 .doc, a DOCX named .doc is a DOCX (and
// the reverse), an RTF file named .doc is read as RTF, and a .doc that Word or a web application wrote as HTML (a fragment too) or
// as an MHTML web archive is read as the web page it is (with the mislabelling notice).
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { guessUtf16 } from './utf16.js';
import { isMhtml } from './mhtml.js';

export type FormatKind = 'pdf' | 'docx' | 'doc' | 'rtf' | 'image' | 'html' | 'text' | 'zip' | 'binary' | 'other';

export interface DetectedFormat {
  kind: FormatKind;
  /** MIME type when known. */
  mime: string | null;
  /** For messages: "PNG image", "ZIP archive", … */
  description: string;
  /** Set when the extension names another format than the content. */
  mislabelled?: { ext: string };
  /** A password-protected Office document. */
  encrypted?: boolean;
}

const IMAGE_MIMES = new Set(['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/bmp', 'image/x-ms-bmp']);

const EXT_KIND: Record<string, FormatKind> = {
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  rtf: 'rtf',
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
  mht: 'html',
  mhtml: 'html',
  txt: 'text',
  md: 'text',
  text: 'text',
};

/** Names for formats we recognise but do not read, so the message says what to do. */
const UNSUPPORTED: Record<string, string> = {
  xlsx: 'Excel workbook (.xlsx)',
  xls: 'Excel workbook (.xls)',
  pptx: 'PowerPoint presentation (.pptx)',
  odt: 'OpenDocument text (.odt): save it as .docx or PDF',
  ods: 'OpenDocument spreadsheet (.ods)',
  cfb: 'legacy Office document (.xls/.ppt, OLE compound file): save it as .docx or PDF',
  epub: 'EPUB book',
  mp3: 'MP3 audio',
  mp4: 'MP4 video',
  wav: 'WAV audio',
  gz: 'gzip archive',
  rar: 'RAR archive',
  '7z': '7-Zip archive',
  exe: 'Windows executable',
};

/** Extensions the folder walker picks up. */
export const DOCUMENT_EXTENSIONS = new Set(Object.keys(EXT_KIND));

export async function detectFormat(bytes: Uint8Array, path: string): Promise<DetectedFormat> {
  const ext = extname(path).slice(1).toLowerCase();
  const claimed = EXT_KIND[ext];
  let found = await detectByContent(bytes);
  // An HTML fragment without <html>: a page, or a "Word" file a web application wrote as markup.
  const markupClaimed = claimed === 'html' || claimed === 'doc' || claimed === 'docx';
  if (markupClaimed && found.kind === 'text' && /<\/?[a-z][a-z0-9]*[\s>/]/i.test(textHead(bytes))) {
    found = { kind: 'html', mime: 'text/html', description: 'HTML' };
  }
  if (claimed === 'docx' && (found.kind === 'zip' || found.kind === 'binary')) {
    return { ...found, kind: 'docx', description: 'DOCX' };
  }
  // Word's formats are one family to people: a DOCX or RTF saved as .doc (or the reverse) is not mislabelled.
  const wordFamily = (claimed === 'doc' || claimed === 'docx') && (found.kind === 'doc' || found.kind === 'docx' || found.kind === 'rtf');
  if (claimed && claimed !== found.kind && !(claimed === 'text' && found.kind === 'html') && !wordFamily) {
    return { ...found, mislabelled: { ext } };
  }
  return found;
}

function hasTextBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

async function detectByContent(bytes: Uint8Array): Promise<DetectedFormat> {
  // Magic-byte sniffers take a UTF-16 BOM for MPEG audio: text marks decide first.
  if (hasTextBom(bytes) || guessUtf16(bytes)) return sniffText(bytes);
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (type?.mime !== 'application/pdf' && pdfHeaderOffset(bytes) >= 0) return { kind: 'pdf', mime: 'application/pdf', description: 'PDF' };
  if (type) {
    if (type.mime === 'application/pdf') return { kind: 'pdf', mime: type.mime, description: 'PDF' };
    if (type.ext === 'docx') return { kind: 'docx', mime: type.mime, description: 'DOCX' };
    if (IMAGE_MIMES.has(type.mime)) return { kind: 'image', mime: type.mime, description: `${type.ext.toUpperCase()} image` };
    if (type.ext === 'zip') return { kind: 'zip', mime: type.mime, description: 'ZIP archive' };
    if (type.ext === 'rtf') return { kind: 'rtf', mime: type.mime, description: 'RTF document' };
    if (type.ext === 'cfb' && containsUtf16(bytes, 'EncryptedPackage')) {
      return { kind: 'docx', mime: type.mime, description: 'encrypted Office document', encrypted: true };
    }
    if (type.ext === 'cfb' && containsUtf16(bytes, 'WordDocument')) {
      return { kind: 'doc', mime: 'application/msword', description: 'Word 97–2003 document' };
    }
    if (type.mime.startsWith('text/') || type.ext === 'xml') return sniffText(bytes);
    return { kind: 'other', mime: type.mime, description: UNSUPPORTED[type.ext] ?? `${type.ext} (${type.mime})` };
  }
  return sniffText(bytes);
}

/** Where the PDF header search of the reference readers looks: the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

/** Offset of `%PDF-` in the first 1024 bytes, or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WINDOW + 5));
  const at = head.indexOf('%PDF-', 0, 'latin1');
  return at >= 0 && at < PDF_HEADER_WINDOW ? at : -1;
}

function textHead(bytes: Uint8Array): string {
  const utf16 = guessUtf16(bytes) ?? (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null);
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes.subarray(0, 8192)).toLowerCase();
}

function sniffText(bytes: Uint8Array): DetectedFormat {
  if (!looksLikeText(bytes)) return { kind: 'binary', mime: null, description: 'binary data' };
  if (isMhtml(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1'))) {
    return { kind: 'html', mime: 'multipart/related', description: 'MHTML web archive' };
  }
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(textHead(bytes))) {
    return { kind: 'html', mime: 'text/html', description: 'HTML' };
  }
  return { kind: 'text', mime: 'text/plain', description: 'plain text' };
}

function containsUtf16(bytes: Uint8Array, needle: string): boolean {
  const pattern = Buffer.from(needle, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(pattern);
}

/**
 * Text has a BOM, is UTF-16 by its NUL pattern, or has few control bytes in its first 64 KiB.
 * Legacy 8-bit Vietnamese encodings use bytes 0x80-0xFF freely, so only C0 controls (other
 * than tab, newlines, form feed) count.
 */
const C0_CONTROLS = /[\x01-\x08\x0b\x0e-\x1f]/g;

export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  if (guessUtf16(bytes)) return true;
  const n = Math.min(bytes.length, 65536);
  const head = bytes.subarray(0, n);
  if (head.indexOf(0) >= 0) return false;
  // Native scans (Latin-1 keeps one character per byte): a byte loop here cost more than reading the file.
  const controls = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1').match(C0_CONTROLS)?.length ?? 0;
  return controls <= n * 0.01;
}
