// A header whose "Số" label an engine read in figures ("$6:245/TLD", "86:5619 SYT-NVY"): the text is
// OCR even where its motto and words came out clean enough for the normaliser and the motto test to
// miss it (an engine with Vietnamese, as Tesseract's vie). No typist writes the label so, and a
// number with its symbol after it is what the label opens: the pair is the engine's hand.
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from '../../normalizers/number-label.js';

/** How far into the text the number line can stand: the header's first lines. */
const LABEL_REACH = 1500;

const LABEL_AS_FIGURES = new RegExp(String.raw`(?:^|\n)[ \t]*${NUMBER_LABEL_AS_FIGURES_SOURCE}[ \t]*:[ \t]*\d{1,5}[ \t]*[/ ][ \t]*[A-ZĐ]{2}`);

/** True when the header's number label is an engine's reading of "Số" in figures. */
export function numberLabelShowsEngine(text: string): boolean {
  return LABEL_AS_FIGURES.test(text.slice(0, LABEL_REACH));
}
