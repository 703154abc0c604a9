// One reader per format (docling's backends), all with the same shape, chosen by detectFormat.
import type { StageContext, ReadOutput } from '../types.js';
import type { DetectedFormat, FormatKind } from './detect.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readImage } from './image.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

export interface ReaderInput {
  path: string;
  bytes: Uint8Array;
  detected: DetectedFormat;
  /** Number of this file's first page in the document (a later part of a multi-file document); 1 by default. */
  firstPage?: number;
}

/** Returns the text, or null after reporting through ctx why there is none. */
export type Reader = (input: ReaderInput, ctx: StageContext) => Promise<ReadOutput | null>;

const READERS: Partial<Record<FormatKind, Reader>> = {
  text: readText,
  html: readHtml,
  pdf: readPdf,
  image: readImage,
  docx: readDocx,
  doc: readDoc,
};

export function readerFor(kind: FormatKind): Reader | undefined {
  return READERS[kind];
}
