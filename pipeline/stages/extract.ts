// Stage 3: text.normalized → structured fields, each with its span.
import { extractPlan } from '../../extractors/index.js';
import type { TextChange } from '../../output/schema.js';
import type { Stage } from '../../output/stage.js';
import { isTypedText } from './origin.js';

export const extractStage: Stage = (doc, ctx) => ({
  ...doc,
  ...extractPlan(doc.normalized, ctx, doc.read?.tables ?? [], {
    ocr: doc.read?.ocr ?? false,
    typed: isTypedText(doc.read),
    garbled: looksGarbled(doc.changes),
    changes: doc.changes,
    // Word 97 (word-extractor) and plain text keep a merged cell's text in its first row only.
    mergedCellsLost: doc.read?.format === 'doc' || doc.read?.format === 'text',
  }),
});

/** OCR repairs the normaliser made: a few mean an engine's garbled layer, whatever the file's format said. */
const GARBLED_REPAIRS = 3;

function looksGarbled(changes: readonly TextChange[]): boolean {
  let n = 0;
  for (const c of changes) if (c.kind === 'ocr' && ++n >= GARBLED_REPAIRS) return true;
  return false;
}
