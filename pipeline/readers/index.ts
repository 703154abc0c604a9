// One reader per format (docling's backends), all with the same shape, chosen by detectFormat.
import type { FormatKind } from './detect.js';
import type { Reader } from './reader.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readImage } from './image.js';
import { readPdf } from './pdf.js';
import { readRtf } from './rtf.js';
import { readText } from './text.js';


const READERS: Partial<Record<FormatKind, Reader>> = {
  text: readText,
  html: readHtml,
  pdf: readPdf,
  image: readImage,
  docx: readDocx,
  doc: readDoc,
  rtf: readRtf,
};

export function readerFor(kind: FormatKind): Reader | undefined {
  return READERS[kind];
}
