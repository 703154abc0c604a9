// The pixel steps of preparePage as they were before they were made faster (issue #12: measure,
// sharpen, enlarge and red-ink drop under 10% of a page's OCR time): kept here, out of the
// product, so the OCR bench can time old and new side by side in one run and the tests can
// check that the new ones give the same output on real pages.
import type { PixelSteps } from '../../../pipeline/ocr/preprocess.js';
import { measureBend } from './dewarp.js';
import { enlargeBilinear } from './enlarge.js';
import { faintRedInk, grayWithoutRedInk } from './ink.js';
import { edgeWidth } from './sharpness.js';
import { measurePixelGrid, smoothGrid } from './pixel-grid.js';
import { measureTextSize } from './text-size.js';
import { unsharpMask } from './unsharp.js';

export const REFERENCE_STEPS: PixelSteps = Object.freeze({ grayWithoutRedInk, faintRedInk, measureTextSize, edgeWidth, measureBend, measurePixelGrid, unsharpMask, enlargeBilinear, smoothGrid });
