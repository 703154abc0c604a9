// One page image → text, tables and mean confidence: preprocess, recognise, rebuild layout.
import { restoreBasisSemicolons } from './basis-semicolons.js';
import { restoreCommaTails } from './comma-tails.js';
import { readBlankFigures } from './blank-figures.js';
import { ampersandSpecks, codeTailOnes, plainSlashes, vietnameseD } from './slashes.js';
import { emailAtSigns } from './email-at.js';
import { confirmPrintedFigures } from './figure-second-look.js';
import { doubtHandwrittenFigures } from './handwritten-ink.js';
import { cleanHeaderMarks } from './header-marks.js';
import { repairHeader, repairHeadingLines } from './header-repair.js';
import { signatureBoxesText } from './signature-box-text.js';
import { withSignatureColumn } from './signature-column.js';
import { withSignatureName } from './signature-name.js';
import { placeKnownBlocks, type KnownBlock } from './known-blocks.js';
import { unfoundDrawnBoxes, type DrawnBox } from './drawn-boxes.js';
import { layoutPage } from './layout.js';
import { preparePage, type PreparedPage } from './preprocess.js';
import { meanConfidence } from './tsv.js';
import type { OcrEngine, OcrWord, RawImage } from './types.js';
import { readUnreadLines } from './unread-lines.js';
import { readUncoveredLines } from './uncovered-lines.js';
import { tallVowelsSmall } from './tall-vowel-case.js';
import { toneChoices } from './tone-choices.js';
import type { SyllableLM } from '../../normalizers/diacritics/lm.js';
import { placeWords, shiftBoxes } from './word-boxes.js';
import { readRightWayUp, unturnedWord } from './upside-down.js';
import type { PageWords, WordBox } from '../../output/schema.js';
import type { Table } from '../../output/stage.js';

export interface OcrPageResult {
  text: string;
  tables: Table[];
  /** Mean word confidence 0..100, null when no word was found. */
  confidence: number | null;
  words: number;
  /** Header figures too unclear to read (handwritten serial or day), written as "..." in the text. */
  illegible: string[];
  /** Words of a digital-signature box, taken out of the header and written before it. */
  signatureWords: number;
  /** Where each word of `text` stands on the image; null when the words could not be placed in the text. */
  wordBoxes: PageWords | null;
  /** Milliseconds spent reading small print again (unread lines, signature boxes): bench:ocr --only smallprint. */
  smallPrintMs: number;
  /** The page was upside down and was read turned half a turn (upside-down.ts); its word boxes are on the page as given. */
  turned: boolean;
}

export interface OcrPageOptions {
  /** 1-based page number, stamped on the tables. */
  page: number;
  /** Look for a two-column header (first page). */
  header: boolean;
  dpi?: number;
  /**
   * Text the file itself gives for parts of the page left out of the image (a signature widget's
   * box), with the row of their top on the page image as given: written into the page's text
   * where they stand (known-blocks.ts).
   */
  knownBlocks?: readonly KnownBlock[];
  /** Signature widgets drawn into the image with the lines the file gives (pixels of the image as given): written in where OCR read no box there (drawn-boxes.ts). */
  drawnBoxes?: readonly DrawnBox[];
  /** The syllable model that weighs the engine's choices of marks (tone-choices.ts); without it words keep the engine's marks. */
  lm?: SyllableLM;
}

/** `image`: an encoded image file, or raw pixels. */
export async function ocrPageImage(engine: OcrEngine, image: Buffer | RawImage, options: OcrPageOptions): Promise<OcrPageResult> {
  return ocrPreparedPage(engine, await preparePage(image, { dpi: options.dpi }), options);
}

/**
 * A page already cleaned up by preparePage. Callers that hold a large decoded page prepare it
 * themselves and drop it, so only the small grey PNG waits for a free worker.
 */
export async function ocrPreparedPage(engine: OcrEngine, given: PreparedPage, options: OcrPageOptions): Promise<OcrPageResult> {
  // A soft photo handed over in grey reads better with the larger model (large-model.ts).
  const model = given.grey ? 'large' : 'standard';
  // A page scanned upside down is read, and worked on from here, turned the right way up.
  const { prepared, read, turned } = await readRightWayUp(engine, given, await engine.recognize(given.png, 'page', model), model);
  // Lines of the header zone the engine found but read nothing in (small print grouped into one tall strip) read on their own.
  let smallPrintMs = 0;
  let started = performance.now();
  const found = options.header && read.unread?.length ? { ...read, words: [...read.words, ...(await readUnreadLines(engine, prepared, read.unread, read.words))] } : read;
  // Lines of the header zone it never found (a stamp over them made the band a picture) read from their ink.
  const recognised = options.header ? { ...found, words: [...found.words, ...(await readUncoveredLines(engine, prepared, found.words))] } : found;
  smallPrintMs += performance.now() - started;
  // Commas whose faint tails the threshold dropped, read as full stops, are put back first (comma-tails.ts),
  // and semicolons closing a basis clause whose upper dot it dropped, read as commas (basis-semicolons.ts);
  // small vowels read as capitals for their tall marks are made small (tall-vowel-case.ts).
  // Marks are chosen first among the engine's own choices (tone-choices.ts), on the words as it wrote them.
  const marked = options.lm ? toneChoices(recognised.words, options.lm) : recognised.words;
  let page = { ...recognised, words: emailAtSigns(restoreBasisSemicolons(restoreCommaTails(tallVowelsSmall(ampersandSpecks(codeTailOnes(vietnameseD(plainSlashes(marked)))))))), width: recognised.width || prepared.width, height: recognised.height || prepared.height };
  // Header figures read with confidence whose ink is a hand's (taller than the type, off its line)
  // lose that confidence first: a neat handwritten serial must not pass as printed.
  if (options.header) page = { ...page, words: (await doubtHandwrittenFigures(prepared, page.words)).words };
  // Header figures read without confidence get a second look before they are judged (a printed
  // serial on a noisy photo), on the page the engine read.
  if (options.header) page = { ...page, words: (await confirmPrintedFigures(engine, prepared, page.words)).words };
  // Figures still unreadable get a look at their ink and a reading with their frame: a day or
  // serial typed in after printing (another face, italic, glued to "tháng") is read, handwriting not.
  if (options.header) page = { ...page, words: (await readBlankFigures(engine, prepared, page.words)).words };
  const marks = options.header ? cleanHeaderMarks(page.words, page.height) : { words: page.words, illegible: [], signatureWords: 0, signatureText: '', signatureBoxes: [] };
  // Each signature box read again alone, enlarged: its small print reads better than with the page.
  started = performance.now();
  const signatureText = marks.signatureBoxes.length ? await signatureBoxesText(engine, prepared, marks.signatureBoxes, marks.signatureText.split('\n\n')) : '';
  smallPrintMs += performance.now() - started;
  // A box drawn from the file that OCR read as debris gives way to the file's lines (drawn-boxes.ts);
  // boxes are looked for on a header page, as header-marks.ts looks, and a turned page's left to its reading.
  const up = prepared.upscale;
  const drawn = turned || !options.header ? [] : (options.drawnBoxes ?? []).map((d) => ({ ...d, x0: d.x0 * up, y0: d.y0 * up, x1: d.x1 * up, y1: d.y1 * up }));
  const unfound = unfoundDrawnBoxes(marks.words, marks.signatureBoxes, drawn, page);
  page = { ...page, words: unfound.words };
  page = await withSignatureColumn(engine, prepared.png, page);
  // The name under the signer's title, read again where the seal or the signature hid it.
  page = await withSignatureName(engine, prepared.png, page, prepared.redKeptPng, prepared.printOnlyPng);
  const layout = layoutPage(page, prepared.rules, { header: options.header });
  // The header's known lines (motto, body, unit) put back where OCR got their marks wrong.
  const repaired = options.header ? repairHeader(layout.text) : { text: layout.text, dropped: [] };
  // A known block's top is a row of the page as given: on a turned page its edge stands that far from the foot.
  const blocks = [...(options.knownBlocks ?? []).map((b) => ({ ...b, top: turned ? prepared.height - b.top * prepared.upscale : b.top * prepared.upscale })), ...unfound.blocks];
  const placed = blocks.length ? placeKnownBlocks(layout.text, layout.words, repaired, blocks) : null;
  // Type headings and the decision line read with wrong marks ("QUYÉT ĐỊNH:"), anywhere on the page.
  const laid = repairHeadingLines(placed ? placed.text : repaired.text);
  // The signature boxes stand over the header: their text opens the page as its own block, where
  // the header extraction knows to step over it (extractors/header/header-zone.ts signatureBoxEnd).
  const prefix = signatureText ? `${signatureText}\n\n` : '';
  const text = prefix + laid;
  return {
    text,
    tables: layout.tables.map((t) => ({ ...t, page: options.page })),
    confidence: meanConfidence(page),
    words: page.words.length,
    illegible: marks.illegible,
    signatureWords: marks.signatureWords,
    // A turned page's boxes are put back where the words stand on the page as given.
    wordBoxes: pageWords(layout.text, turned ? layout.words.map((w) => unturnedWord(w, page.width, page.height)) : layout.words, page, prepared, options.page, prefix.length, placed?.moveBoxes),
    smallPrintMs,
    turned,
  };
}

/** The page's word boxes with what maps them back to the page image as given. */
function pageWords(
  text: string,
  words: readonly OcrWord[],
  size: { width: number; height: number },
  prepared: PreparedPage,
  page: number,
  offset: number,
  pastBlocks: (boxes: readonly WordBox[]) => WordBox[] = (b) => [...b],
): PageWords | null {
  // Placed in the layout's text, moved past the blocks written into it and the signature boxes' block written before it.
  const placed = placeWords(text, words);
  const boxes = placed && shiftBoxes(pastBlocks(placed), offset);
  if (!boxes || !size.width || !size.height) return null;
  return {
    page,
    width: Math.round(size.width),
    height: Math.round(size.height),
    upscale: prepared.upscale,
    deskew: prepared.deskew,
    imageWidth: prepared.sourceWidth,
    imageHeight: prepared.sourceHeight,
    words: boxes,
  };
}
