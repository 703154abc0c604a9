// Diacritic restoration entry point: loads the shared model once per run (ctx.services), restores
// the stretches of text whose marks are missing and reports what it did as diagnostics.
import type { TextChange } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { loadModel } from './lm.js';
import { correctOcrMarks } from './ocr-marks.js';
import { Restorer } from './restorer.js';
import type { TonePlacement } from '../../output/options.js';

export interface RestoredDocument {
  text: string;
  diacriticsRestored: boolean;
  changes: TextChange[];
}

/** Below this confidence an OCR repair is worth a reader's look. */
const LOW_CONFIDENCE = 0.5;
const MAX_LOW_CONFIDENCE_WARNINGS = 5;

/** The shared restorer (model loaded from the committed lm.bin on first use). */
export function getRestorer(ctx: Pick<StageContext, 'services'>): Promise<Restorer> {
  return ctx.services.get('lm', async () => new Restorer(loadModel()));
}

/**
 * What the text is: `typed` when it came from a typed document (Word, RTF, a web page), not from
 * an OCR engine or a PDF's text layer, so no line of it is repaired as garbled OCR; `ownOcr` when
 * every page of it is this pipeline's own OCR (no other engine's text layer).
 */
export interface TextOrigin {
  typed?: boolean;
  ownOcr?: boolean;
}

/**
 * Restore diacritics where they are missing or garbled; correctly marked text is returned unchanged.
 * `origin.typed`: typed text (Word, RTF, a web page), never repaired as garbled OCR; `origin.ownOcr`:
 * this pipeline's own OCR, whose lines are never judged a garbled layer as a whole (see Restorer).
 */
export async function restoreDocumentDiacritics(text: string, ctx: StageContext, tones: TonePlacement = 'modern', origin: TextOrigin = {}): Promise<RestoredDocument> {
  if (!/[A-Za-z]{2}/.test(text)) return { text, diacriticsRestored: false, changes: [] };
  let restorer: Restorer;
  try {
    restorer = await getRestorer(ctx);
  } catch (error) {
    ctx.message(log.languageModelMissing(error instanceof Error ? error.message : String(error)));
    return { text, diacriticsRestored: false, changes: [] };
  }
  const result = restorer.restore(text, { tones, typed: origin.typed ?? false, ownOcr: origin.ownOcr ?? false });
  // Our own OCR's marked words read with the wrong marks (ocr-marks.ts), after the restorer.
  const marks = (from: RestoredDocument): RestoredDocument => {
    if (!origin.ownOcr) return from;
    const checked = correctOcrMarks(restorer.lm, from.text);
    return checked.changes.length ? { text: checked.text, diacriticsRestored: from.diacriticsRestored, changes: [...from.changes, ...checked.changes].sort((a, b) => a.span.start - b.span.start) } : from;
  };
  if (result.restoredSyllables === 0) return marks({ text, diacriticsRestored: false, changes: [] });
  ctx.message(log.diacriticsRestored(result.restoredSyllables / Math.max(1, result.totalSyllables)));
  if (result.garbledLines) ctx.message(log.garbledTextLayer(result.garbledLines));
  if (result.strayMarks.length) ctx.message(log.strayMarks(result.strayMarks.join(' ')));
  const doubtful = result.changes
    .filter((c) => c.kind === 'ocr' && c.confidence < LOW_CONFIDENCE)
    .sort((a, b) => a.confidence - b.confidence)
    .slice(0, MAX_LOW_CONFIDENCE_WARNINGS);
  for (const c of doubtful) ctx.message(log.lowRestorationConfidence(c.original, c.replacement), { span: c.span });
  return marks({ text: result.text, diacriticsRestored: true, changes: result.changes });
}

export { Restorer } from './restorer.js';
export { loadModel } from './lm.js';
