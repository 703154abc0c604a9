// The header-OCR tests' one fixture: a header read with no signer, from text an OCR engine wrote
// (`ocrOrigin`, the default) or typed text, as the pipeline calls extractHeader for either.
import { extractHeader } from '../../extractors/header/header.js';
import type { DocumentInfo, Signer } from '../../output/schema.js';
import { testContext } from './context.js';

export const noSigner: Signer = { name: null, title: null, authority: null };

/** The header of `text` (or of its lines joined). `marksFromOcr`: the text's marks are an engine's too. */
export function headerOf(text: string | readonly string[], ocrOrigin = true, marksFromOcr = false): DocumentInfo {
  return extractHeader(typeof text === 'string' ? text : text.join('\n'), testContext(), noSigner, undefined, marksFromOcr, undefined, ocrOrigin);
}
