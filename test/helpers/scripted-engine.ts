// An OCR engine that answers each call with the next of the word lists it was given, for tests of second reads.
import sharp from 'sharp';
import type { PreparedPage } from '../../pipeline/ocr/preprocess.js';
import type { OcrEngine, OcrPage, OcrWord, SegmentMode } from '../../pipeline/ocr/types.js';
import { pageWith } from '../readers/glyph-page.js';

export class ScriptedEngine implements OcrEngine {
  readonly name = 'native' as const;
  /** Every call's image size and mode, in order: what the code under test asked to have read. */
  readonly calls: Array<{ width: number; height: number; mode?: SegmentMode }> = [];
  constructor(private readonly reads: OcrWord[][]) {}
  async recognize(image: Buffer, mode?: SegmentMode): Promise<OcrPage> {
    const meta = await sharp(image).metadata();
    this.calls.push({ width: meta.width!, height: meta.height!, mode });
    return { width: meta.width!, height: meta.height!, words: this.reads[this.calls.length - 1] ?? [] };
  }
  async close(): Promise<void> {}
}

/** A white colour page of the given size, as PNG. */
export function blankPage(size: { width: number; height: number }): Promise<Buffer> {
  return sharp({ create: { width: size.width, height: size.height, channels: 3, background: '#ffffff' } }).png().toBuffer();
}

/** An engine whose page reading is `page` and whose other readings come from `again`, in turn; `asked` lists the modes asked. */
export function pageScript(page: OcrPage, again: OcrPage[]): OcrEngine & { asked: SegmentMode[] } {
  const asked: SegmentMode[] = [];
  return {
    name: 'native',
    asked,
    async recognize(_image: Buffer, mode: SegmentMode = 'page') {
      asked.push(mode);
      return mode === 'page' ? page : (again.shift() ?? { width: 0, height: 0, words: [] });
    },
    async close() {},
  };
}

/** A prepared page of `width` × `height` with one glyph on it, as the OCR stage gets it after preprocessing. */
export async function preparedGlyphPage(width: number, height: number): Promise<PreparedPage> {
  const png = await pageWith([{ x0: 100, y0: 100, x1: 140, y1: 140 }], width, height);
  return {
    png, width, height, deskew: 0, upscale: 1, gridStep: 1, gridLean: 0, sourceWidth: width, sourceHeight: height, letterHeight: 30, blank: false,
    sharpened: 0, upscaleMs: 0, redShare: 0, inkMs: 0, unevenLight: 0, lightEvened: false, lightMs: 0, grey: false, lineBend: null,
    straightened: false, photoMs: 0, rules: [],
  };
}
