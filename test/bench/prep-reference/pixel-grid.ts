// Smoothing of a coarse scan drawn larger as it was before it went to libvips (issue #12: the
// smoothing cost ~25-37% of that page's OCR time): three running-sum box blurs a step wide each
// way, in JS, for every step. The product gives exactly these blurs' bytes for a step of 2
// (pipeline/ocr/pair-blur.ts); here they stand for every step, so the OCR bench can time old and
// new side by side.
import type { GrayImage } from '../../../pipeline/ocr/rules.js';
import { tripleBoxBlur } from './box-blur.js';

/**
 * The page with its coarse pixels' staircase rounded off (a new image): box blurs a step wide,
 * three each way. A step of 1 returns the page as it is.
 */
export async function smoothGrid(g: GrayImage, step: number): Promise<GrayImage> {
  return step <= 1 ? g : tripleBoxBlur(g, step);
}
