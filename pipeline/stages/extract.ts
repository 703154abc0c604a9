// Stage 3: text.normalized → structured fields, each with its span.
import { extractPlan } from '../../extractors/index.js';
import type { Stage } from '../../output/stage.js';
import { isTypedText } from './origin.js';

export const extractStage: Stage = (doc, ctx) => ({
  ...doc,
  ...extractPlan(doc.normalized, ctx, doc.read?.tables ?? [], { ocr: doc.read?.ocr ?? false, typed: isTypedText(doc.read) }),
});
