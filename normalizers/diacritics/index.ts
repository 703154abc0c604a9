// Diacritic restoration entry point (issue 4 builds the model and decoder behind it).
import type { TextChange } from '../../output/schema.js';
import type { StageContext } from '../../pipeline/types.js';

export interface RestoredDocument {
  text: string;
  diacriticsRestored: boolean;
  changes: TextChange[];
}

/** Restore diacritics where they are missing; text that has them is returned unchanged. */
export async function restoreDocumentDiacritics(text: string, _ctx: StageContext): Promise<RestoredDocument> {
  return { text, diacriticsRestored: false, changes: [] };
}
