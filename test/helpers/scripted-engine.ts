// An OCR engine that answers each call with the next of the word lists it was given, for tests of second reads.
import sharp from 'sharp';
import type { OcrEngine, OcrPage, OcrWord, SegmentMode } from '../../pipeline/ocr/types.js';

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
