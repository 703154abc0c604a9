// Stage 2: text.original → text.normalized. The original is never touched.
import { normalizeText } from '../../normalizers/index.js';
import type { Stage } from '../../output/stage.js';

export const normalizeStage: Stage = async (doc, ctx) => {
  const result = await normalizeText(doc.original, ctx);
  return {
    ...doc,
    normalized: result.text,
    diacriticsRestored: result.diacriticsRestored,
    changes: result.changes,
  };
};
