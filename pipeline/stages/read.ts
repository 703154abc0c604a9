// Stage 1: bytes → text with provenance, by the reader for the format the content really is.
import { log } from '../diagnostics.js';
import { detectFormat, type FormatKind } from '../readers/detect.js';
import type { Reader } from '../readers/index.js';
import { readText } from '../readers/text.js';
import type { Stage } from '../types.js';

export const readStage: Stage = async (doc, ctx) => {
  if (doc.bytes.length === 0) {
    ctx.message(log.emptyFile());
    return doc;
  }
  const detected = await detectFormat(doc.bytes, doc.path);
  if (detected.mislabelled) ctx.message(log.mislabelled(detected.mislabelled.ext, detected.kind));
  const reader = await loadReader(detected.kind);
  if (!reader) {
    ctx.message(detected.kind === 'binary' ? log.binaryGarbage() : log.unsupportedFormat(detected.description));
    return doc;
  }
  const read = await reader({ path: doc.path, bytes: doc.bytes, detected }, ctx);
  if (!read) return doc; // the reader reported why
  if (read.text.trim().length === 0) {
    ctx.message(log.noText());
    return doc;
  }
  return { ...doc, read, original: read.text };
};

/**
 * The reader for a format. Plain text, the bulk of an archive's converted plans, is read without
 * loading the other readers: they bring in pdf.js, mammoth and sharp, which a run over text files
 * never needs.
 */
async function loadReader(kind: FormatKind): Promise<Reader | undefined> {
  if (kind === 'text') return readText;
  const { readerFor } = await import('../readers/index.js');
  return readerFor(kind);
}
