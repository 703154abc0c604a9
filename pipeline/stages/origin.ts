// Where a document's text came from, as the normalise and extract stages both need to know it.
import type { PlanDoc } from '../../output/stage.js';

/** Formats whose text a person typed: no OCR engine ever garbled it. */
const TYPED_FORMATS: ReadonlySet<string> = new Set(['doc', 'docx', 'rtf', 'html']);

/** The text was typed (Word, RTF, a web page), not read by an OCR engine or from a PDF's layer. */
export function isTypedText(read: PlanDoc['read']): boolean {
  return read !== undefined && !read.ocr && TYPED_FORMATS.has(read.format);
}
