// What an OCR engine gives back: words with boxes and confidences, kept internal (the record
// only carries per-page mean confidence). Layout is rebuilt from these boxes, not from the
// engine's own reading order, which interleaves the two header columns of a scan.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord extends Box {
  text: string;
  /** 0..100 */
  confidence: number;
  /** The engine's own line: block, paragraph and line numbers joined. */
  line: string;
  /**
   * For each letter of `text`, the characters the engine weighed for it, best (the letter written)
   * first (symbol-choices.ts); absent when the engine does not say.
   */
  choices?: readonly (readonly SymbolChoice[])[];
}

/** One character the engine weighed for a letter, with its confidence 0..100. */
export interface SymbolChoice {
  text: string;
  confidence: number;
}

export interface OcrPage {
  width: number;
  height: number;
  words: OcrWord[];
  /**
   * Lines the engine's page analysis found but gave no word for (text too small for the line it
   * was grouped into, such as a few lines of a digital-signature box taken as one): unread-lines.ts
   * reads them again. Absent when the engine's output does not say.
   */
  unread?: Box[];
}

/** Straight ruling lines found on the page image (table borders), in page pixels. */
export interface Rule {
  /** 'h': y is the line's position, from a to b along x; 'v': x is the position, a..b along y. */
  kind: 'h' | 'v';
  at: number;
  a: number;
  b: number;
}

/** Decoded pixels (a rendered PDF page), handed on without encoding them to an image file. */
export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/**
 * How the engine segments the image: 'page' finds blocks and lines itself (tesseract's page
 * segmentation mode 3); 'block' reads the image as one block of text (mode 6), for a crop whose
 * text the page analysis took for a picture (the signature column under a black seal); 'word'
 * reads it as one word (mode 8), for a second look at a crop of the page around one word box;
 * 'line' reads it as one line of text (mode 7), for a second look at a figure with the printed
 * words around it ("ngày 12 tháng").
 */
export type SegmentMode = 'page' | 'block' | 'word' | 'line';
/** tesseract's page segmentation mode for each of ours. */
export const PSM: Readonly<Record<SegmentMode, string>> = { page: '3', block: '6', word: '8', line: '7' };

/**
 * Which Vietnamese model reads: the engine's own ('standard'), or the larger one ('large', the
 * native engine only: large-model.ts), for pages whose letters the standard one reads worst.
 */
export type OcrModel = 'standard' | 'large';

export interface OcrEngine {
  readonly name: 'js' | 'native';
  /** `image` is an encoded image (PNG), already preprocessed. */
  recognize(image: Buffer, mode?: SegmentMode, model?: OcrModel): Promise<OcrPage>;
  close(): Promise<void>;
}

/**
 * An engine failure of the machine's making (the process could not start, or was killed), marked
 * `transient` by the engine after its own retries. A crop reader that takes a failed reading for
 * "nothing there" passes these on instead: quietly dropped, they made the record depend on load.
 */
export function machineFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { transient?: unknown }).transient === true;
}
