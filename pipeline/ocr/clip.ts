// The prepared page and a box of it in whole pixels, for cutting it out: its own module so that the
// measures of ink (stroke-width.ts) and the second looks that use them (figure-second-look.ts)
// need not import each other.
import type { Box } from './types.js';

/** The prepared page: a two-level PNG (ink black) and its size. */
export interface BinaryPage {
  png: Buffer;
  width: number;
  height: number;
}

/** The box inside the page in whole pixels, or null when too small to read (under 4 px a side). */
export function clip(box: Box, page: BinaryPage): { left: number; top: number; width: number; height: number } | null {
  const left = Math.max(0, Math.floor(box.x0));
  const top = Math.max(0, Math.floor(box.y0));
  const right = Math.min(page.width, Math.ceil(box.x1));
  const bottom = Math.min(page.height, Math.ceil(box.y1));
  return right - left >= 4 && bottom - top >= 4 ? { left, top, width: right - left, height: bottom - top } : null;
}
