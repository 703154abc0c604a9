// Stage 2: text.original → text.normalized. The original is never touched.
import { normalizeText } from '../../normalizers/index.js';
import type { NormalizeOptions } from '../../output/options.js';
import type { Stage } from '../../output/stage.js';

/** Stage 2, built from its own options: whether to restore diacritics, and how to place tones. */
export function createNormalizeStage(options: NormalizeOptions): Stage {
  return async (doc, ctx) => {
    const result = await normalizeText(doc.original, ctx, options);
    return {
      ...doc,
      normalized: result.text,
      diacriticsRestored: result.diacriticsRestored,
      changes: result.changes,
    };
  };
}
