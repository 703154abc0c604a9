// Synthetic page images for the header-figure looks: black boxes for glyphs (one ink component
// each) on white, and OCR words boxed around them.
import sharp from 'sharp';
import type { Box, OcrWord } from '../../pipeline/ocr/types.js';

/** A page of `width` × `height` with the glyphs drawn, as a two-level PNG. */
export async function pageWith(glyphs: readonly Box[], width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height, 255);
  for (const g of glyphs) for (let y = g.y0; y < g.y1; y++) data.fill(0, y * width + g.x0, y * width + g.x1);
  return sharp(data, { raw: { width, height, channels: 1 } }).png().toBuffer();
}

/** `n` glyphs from x, each 20 px wide with 6 px between, `height` tall, standing on `bottom`. */
export function glyphRow(x: number, n: number, height: number, bottom: number): Box[] {
  return Array.from({ length: n }, (_, i) => ({ x0: x + i * 26, x1: x + i * 26 + 20, y0: bottom - height, y1: bottom }));
}

/** An OCR word boxed 2 px around its glyphs, on line 1.1.1. */
export const wordOver = (text: string, glyphs: readonly Box[], confidence: number): OcrWord => ({
  text,
  confidence,
  x0: Math.min(...glyphs.map((g) => g.x0)) - 2,
  y0: Math.min(...glyphs.map((g) => g.y0)) - 2,
  x1: Math.max(...glyphs.map((g) => g.x1)) + 2,
  y1: Math.max(...glyphs.map((g) => g.y1)) + 2,
  line: '1.1.1',
});
