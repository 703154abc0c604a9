// How thick the strokes of some ink are: the mean length of its horizontal runs (a run crosses a
// vertical stroke from edge to edge). A thin pen's figures written into a printed form's blank
// stand as tall as the type and on its line, so height and baseline do not tell them (a "12" in a
// fine pen read "42" with confidence); their strokes do: measured on real scans, a thin pen's
// serial ran 0.54 of the printed label and symbol beside it, printed serials 0.84–1.10.
import sharp from 'sharp';
import { clip, type BinaryPage } from './clip.js';
import type { Box } from './types.js';

/** Below this share of the printed words' stroke, figures are a pen's (printed measured ≥ 0.84, a thin pen 0.54). */
export const THIN_STROKE_SHARE = 0.7;

/** Mean horizontal run of ink (value < 128) inside `box` of a one-channel image `width` wide; 0 when no ink. */
export function meanInkRun(data: Uint8Array, width: number, box: Box): number {
  let ink = 0;
  let runs = 0;
  for (let y = Math.max(0, box.y0); y < box.y1; y++) {
    let inRun = false;
    for (let x = Math.max(0, box.x0); x < Math.min(width, box.x1); x++) {
      const on = data[y * width + x]! < 128;
      if (on) {
        ink++;
        if (!inRun) runs++;
      }
      inRun = on;
    }
  }
  return runs ? ink / runs : 0;
}

/** The mean stroke width of each group of boxes on the page (pixels), 0 for a group without ink. */
export async function strokeWidths(page: BinaryPage, groups: ReadonlyArray<readonly Box[]>): Promise<number[]> {
  const all = groups.flat();
  if (!all.length) return groups.map(() => 0);
  const region = clip({ x0: Math.min(...all.map((b) => b.x0)), y0: Math.min(...all.map((b) => b.y0)), x1: Math.max(...all.map((b) => b.x1)), y1: Math.max(...all.map((b) => b.y1)) }, page);
  if (!region) return groups.map(() => 0);
  const { data, info } = await sharp(page.png).extract(region).greyscale().raw().toBuffer({ resolveWithObject: true });
  const local = (b: Box): Box => ({ x0: Math.round(b.x0 - region.left), x1: Math.round(b.x1 - region.left), y0: Math.round(b.y0 - region.top), y1: Math.min(info.height, Math.round(b.y1 - region.top)) });
  return groups.map((boxes) => {
    const runs = boxes.map((b) => meanInkRun(data, info.width, local(b))).filter((r) => r > 0);
    return runs.length ? runs.reduce((a, b) => a + b, 0) / runs.length : 0;
  });
}

/** Whether figures of stroke `figure` are a thin pen's beside printed words of stroke `printed`. */
export function thinnerThanPrint(figure: number, printed: number): boolean {
  return figure > 0 && printed > 0 && figure < THIN_STROKE_SHARE * printed;
}

/**
 * A thin pen's serial: its glyphs drawn in strokes far finer than the printed words that frame it
 * (the label and the symbol). Taken only where the day beside it was left blank as unreadable: the
 * registry fills serial and day in together (handwritten-ink.ts, figure-second-look.ts).
 */
export async function penSerial(page: BinaryPage, glyphs: readonly Box[], frame: readonly Box[]): Promise<boolean> {
  const [figure, printed] = await strokeWidths(page, [glyphs, frame]);
  return thinnerThanPrint(figure!, printed!);
}
