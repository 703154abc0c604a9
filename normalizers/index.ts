// The normalisation chain, in order. Each step is a pure string function except diacritic
// restoration, which needs the language model and reports what it changed.
import type { TextChange } from '../output/schema.js';
import type { NormalizeOptions } from '../output/options.js';
import type { StageContext } from '../output/stage.js';
import { removeMarkupDebris } from './debris.js';
import { restoreDocumentDiacritics, type TextOrigin } from './diacritics/index.js';
import { joinLetterSpacedWords } from './letter-spacing.js';
import { rejoinWrappedLines } from './lines.js';
import { countDirectionControls, normalizeUnicode } from './unicode.js';
import { log } from '../output/diagnostics.js';

export interface NormalizedText {
  text: string;
  diacriticsRestored: boolean;
  changes: TextChange[];
}

export async function normalizeText(original: string, ctx: StageContext, options: NormalizeOptions, origin: TextOrigin = {}): Promise<NormalizedText> {
  const directionControls = countDirectionControls(original);
  if (directionControls) ctx.message(log.directionControls(directionControls));
  const repaired = rejoinWrappedLines(joinLetterSpacedWords(removeMarkupDebris(normalizeUnicode(original))));
  if (options.restore === 'never') return { text: repaired, diacriticsRestored: false, changes: [] };
  return restoreDocumentDiacritics(repaired, ctx, options.tones, origin);
}

export { normalizeUnicode, removeMarkupDebris, joinLetterSpacedWords, rejoinWrappedLines };
export type { TextOrigin };
