// The normalisation chain, in order. Each step is a pure string function except diacritic
// restoration, which needs the language model and reports what it changed.
import type { TextChange } from '../output/schema.js';
import type { NormalizeOptions } from '../output/options.js';
import type { StageContext } from '../output/stage.js';
import { removeMarkupDebris } from './debris.js';
import { removeGazetteRunningHeaders } from './gazette-furniture.js';
import { removeConverterPageMarkers } from './converter-page-markers.js';
import { getRestorer, restoreDocumentDiacritics, type TextOrigin } from './diacritics/index.js';
import { hasLetterSpacedRun, joinLetterSpacedWords, type SyllableWeight } from './letter-spacing.js';
import { joinSplitSyllables } from './split-syllables.js';
import { columnRowLines, rejoinWrappedLines } from './lines.js';
import { separateGluedDateWords } from './glued-date-words.js';
import { repairMisreadSubjectLabel } from './misread-subject-label.js';
import { repairMisreadHeaderGlyphs } from './misread-header-glyphs.js';
import { withCountryNameApart } from './country-name-apart.js';
import { breakLinesAtPageStarts } from './page-break-lines.js';
import { breakRunOnLines } from './run-on-lines.js';
import { splitHeadingFromFirstItem } from './heading-first-item.js';
import { countDirectionControls, normalizeUnicode } from './unicode.js';
import { log } from '../output/diagnostics.js';
import { UNK } from './diacritics/lm.js';

export interface NormalizedText {
  text: string;
  diacriticsRestored: boolean;
  changes: TextChange[];
}

export async function normalizeText(original: string, ctx: StageContext, options: NormalizeOptions, origin: TextOrigin = {}): Promise<NormalizedText> {
  const directionControls = countDirectionControls(original);
  if (directionControls) ctx.message(log.directionControls(directionControls));
  // The gazette's running headers and converters' page markers go first: they are page furniture, not lines of the document.
  // A document run together on one line then gets its lines back (run-on-lines.ts).
  const unicode = breakRunOnLines(removeConverterPageMarkers(removeGazetteRunningHeaders(normalizeUnicode(original))));
  // Column gaps are seen before runs of spaces are collapsed to one.
  const columnRows = columnRowLines(unicode);
  // Text not typed may be an OCR engine's: its tables' headers may be set tight (layout-tables.ts).
  const mayBeOcr = !origin.typed;
  const cleaned = removeMarkupDebris(unicode, mayBeOcr);
  // Spaced capitals are read with the language model's syllable frequencies when restoration loads it anyway.
  const weight = options.restore !== 'never' && hasLetterSpacedRun(cleaned) ? syllableWeight(await getRestorer(ctx)) : undefined;
  // Then the syllables a web copy split into pieces ("T hành phố", "Ngu y ễn").
  // An engine's glyph pairs in the header's capital words are put back before lines are rejoined,
  // so a line that opens with a body's head stays a line of its own (misread-header-glyphs.ts).
  const joined = joinSplitSyllables(joinLetterSpacedWords(cleaned, weight));
  // So is the country's name it ran together after a body's name ("XA HỘI VIETNAM", country-name-apart.ts).
  const spaced = mayBeOcr ? withCountryNameApart(repairMisreadHeaderGlyphs(joined)) : joined;
  // Line indices hold while no step before the rejoining adds or removes a line.
  const sameLines = lineCount(spaced) === lineCount(unicode);
  // Then a page that ends a line ends it before its page break (page-break-lines.ts), and a
  // heading run into its first sub-item's number is cut before it (heading-first-item.ts).
  const repaired = breakLinesAtPageStarts(splitHeadingFromFirstItem(rejoinWrappedLines(spaced, sameLines ? columnRows : undefined, mayBeOcr)));
  if (options.restore === 'never') return { text: repaired, diacriticsRestored: false, changes: [] };
  // A date line's words an engine glued to the scraps of handwritten figures are set apart first,
  // and a misread "V/v" label put back, or the restorer re-letters them (glued-date-words.ts,
  // misread-subject-label.ts); typed text is left as typed.
  return restoreDocumentDiacritics(mayBeOcr ? repairMisreadSubjectLabel(separateGluedDateWords(repaired)) : repaired, ctx, options.tones, origin);
}

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** A syllable's log10 share of the model's training text; unknown ones far below any known. */
function syllableWeight(restorer: { lm: { id(token: string): number; frequency: Float32Array } }): SyllableWeight {
  return (syllable) => {
    const id = restorer.lm.id(syllable);
    return id === UNK ? -20 : (restorer.lm.frequency[id] ?? -20);
  };
}

export { normalizeUnicode, removeGazetteRunningHeaders, removeConverterPageMarkers, removeMarkupDebris, joinLetterSpacedWords, rejoinWrappedLines };
export type { TextOrigin };
