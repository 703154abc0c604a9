// Small hand-made PDFs and images for the readers' bad-input cases.
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export function pdfkitBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** A well-formed PDF whose page tree is empty. */
export function zeroPagePdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PNG whose header claims `width` × `height` pixels, with one row of data: decoding it fails. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0))]);
}

/** An image stream to place on a page of `imagePdf`. */
export interface PdfImage {
  /** The stream's bytes, as stored (already encoded by `filter`). */
  data: Buffer;
  width: number;
  height: number;
  /** /JPXDecode, /DCTDecode …; JPEG 2000 carries its own colour space and depth. */
  filter: string;
  /** Further dictionary entries (/ColorSpace /DeviceGray /BitsPerComponent 8). */
  entries?: string;
}

/**
 * A one-page A4 PDF with no text layer that draws `image` at 300 dpi from the top left margin
 * (a scanner's page, reduced to what matters), written by hand so any filter can be stored.
 */
export function imagePdf(image: PdfImage): Buffer {
  const w = (image.width * 72) / 300;
  const h = (image.height * 72) / 300;
  const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 50 ${(842 - 60 - h).toFixed(2)} cm /Im1 Do Q`;
  const dict = `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /Filter ${image.filter} ${image.entries ?? ''} /Length ${image.data.length} >>`;
  const objects: Array<string | [string, Buffer]> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    [`<< /Length ${content.length} >>`, Buffer.from(content, 'latin1')],
    [dict, image.data],
  ];
  return writePdf(objects);
}

/** Width and height of a JP2 file, from its image header box (ihdr: height, then width, big-endian). */
export function jp2Size(jp2: Buffer): { width: number; height: number } {
  const at = jp2.indexOf('ihdr', 0, 'latin1');
  if (at < 0) throw new Error('not a JP2 file: no ihdr box');
  return { height: jp2.readUInt32BE(at + 4), width: jp2.readUInt32BE(at + 8) };
}

/** Tone marks, which the glyphs of `markGlyphPdf` carry as a combining mark after their letter. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * A one-page text PDF written the way Word for Microsoft 365 writes Vietnamese: each letter with a
 * tone is one glyph whose ToUnicode is the letter and a combining tone mark ("U" + U+0309 for "Ủ"),
 * drawn in a run of its own, in a font of its own, each run placed at its advance (Tm); the other
 * letters are single code points. Fonts are Helvetica by name with their own widths (text
 * extraction needs no glyph outlines). `lines`: text (NFC) and the baseline's start.
 */
export function markGlyphPdf(lines: ReadonlyArray<{ text: string; x: number; y: number; size?: number }>): Buffer {
  const codes = new Map<string, number>([[' ', 0x20]]);
  const codeOf = (ch: string) => {
    if (!codes.has(ch)) codes.set(ch, 0x21 + codes.size - 1);
    return codes.get(ch)!;
  };
  const widthOf = (ch: string) => (ch === ' ' ? 250 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 700 : 500);
  const marked = (ch: string) => TONE.test(ch.normalize('NFD'));
  let content = '';
  for (const { text, x, y, size = 12 } of lines) {
    // Runs: a marked letter alone (font F2), the rest together (F1).
    const runs: Array<{ font: string; chars: string[] }> = [];
    for (const ch of text.normalize('NFC')) {
      const font = marked(ch) ? 'F2' : 'F1';
      const last = runs[runs.length - 1];
      if (last && font === 'F1' && last.font === 'F1') last.chars.push(ch);
      else runs.push({ font, chars: [ch] });
    }
    let at = x;
    for (const run of runs) {
      const hex = run.chars.map((ch) => codeOf(ch).toString(16).padStart(2, '0')).join('');
      content += `BT /${run.font} ${size} Tf 1 0 0 1 ${at.toFixed(2)} ${y} Tm <${hex}> Tj ET\n`;
      at += run.chars.reduce((sum, ch) => sum + (widthOf(ch) * size) / 1000, 0);
    }
  }
  if (codes.size > 0xff - 0x20) throw new Error('too many distinct letters for one simple font');
  const utf16 = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  const entries = [...codes].map(([ch, code]) => {
    // A marked letter's text: the letter without its tone, then the tone as a combining mark.
    const nfd = ch.normalize('NFD');
    const tone = nfd.match(TONE)?.[0];
    const text = tone ? nfd.replace(tone, '').normalize('NFC') + tone : ch;
    return `<${code.toString(16).padStart(2, '0')}> <${utf16(text)}>`;
  });
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Marks def 1 begincodespacerange <00> <FF> endcodespacerange ${entries.length} beginbfchar ${entries.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const maxCode = Math.max(...codes.values());
  const widths = Array.from({ length: maxCode - 0x20 + 1 }, (_, i) => {
    const ch = [...codes].find(([, c]) => c === i + 0x20)?.[0];
    return ch ? widthOf(ch) : 0;
  });
  const font = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar ${maxCode} /Widths [${widths.join(' ')}] /ToUnicode 6 0 R >>`;
  const objects: Array<string | [string, Buffer]> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> /Contents 4 0 R >>',
    [`<< /Length ${Buffer.byteLength(content, 'latin1')} >>`, Buffer.from(content, 'latin1')],
    font,
    [`<< /Length ${cmap.length} >>`, Buffer.from(cmap, 'latin1')],
    font,
  ];
  return writePdf(objects);
}

/** Objects (dictionaries, or a stream's dictionary and bytes) as a PDF file, object n at index n − 1. */
function writePdf(objects: ReadonlyArray<string | readonly [string, Buffer]>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    if (typeof o === 'string') push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    else {
      push(Buffer.from(`${i + 1} 0 obj\n${o[0]}\nstream\n`, 'latin1'));
      push(o[1]);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}
