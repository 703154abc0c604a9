// Stage 2: text.original → text.normalized. The original is never touched.
import { normalizeText } from '../../normalizers/index.js';
import { mapRanges } from '../../normalizers/offsets.js';
import type { PageWords, WordBox } from '../../output/schema.js';
import type { NormalizeOptions } from '../../output/options.js';
import type { Stage } from '../../output/stage.js';
import { isTypedText } from './origin.js';

/** Stage 2, built from its own options: whether to restore diacritics, and how to place tones. */
export function createNormalizeStage(options: NormalizeOptions): Stage {
  return async (doc, ctx) => {
    const typed = isTypedText(doc.read);
    // Text our own engine OCR'd on every page: its lines are judged one by one, never as another
    // engine's garbled layer (a misread word or two on a degraded photo is no sign of one).
    const ownOcr = !!doc.read?.ocr && !!doc.read.pageInfo?.length && doc.read.pageInfo.every((p) => p.method === 'ocr');
    const result = await normalizeText(doc.original, ctx, options, { typed, ownOcr });
    return {
      ...doc,
      normalized: result.text,
      diacriticsRestored: result.diacriticsRestored,
      changes: result.changes,
      ...(doc.read?.wordBoxes?.length ? { wordBoxes: boxesInNormalized(doc.read.wordBoxes, doc.original, result.text) } : {}),
    };
  };
}

/** Word boxes placed in the text as read, moved to where their words stand in the normalised text. */
export function boxesInNormalized(pages: readonly PageWords[], original: string, normalized: string): PageWords[] {
  const mapped = mapRanges(original, normalized, pages.flatMap((p) => p.words.map(([s, e]) => [s, e] as const)));
  let k = 0;
  return pages.map((page) => ({
    ...page,
    words: page.words.flatMap(([, , ...box]): WordBox[] => {
      const range = mapped[k++];
      return range ? [[range[0], range[1], ...box]] : [];
    }),
  }));
}
