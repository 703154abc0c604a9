// Page-image clean-up before OCR: grey, contrast-stretched, straightened (projection-profile
// deskew, cheap on a subsample), table rules found and erased (tesseract reads ruling as "|" and
// "_" noise, while the rules themselves tell the layout step where the table cells are), then
// binarised with Otsu's threshold, the global method tesseract itself uses by default.
// Why binarise here when tesseract would: given a grey page, tesseract keeps it for recognising
// the lines and reads it slower at the same error rate (measured on the degraded scans of
// eval:ocr: native tesseract takes ~40% less time on the two-level page, tesseract.js ~10–20%
// less); a two-level page is also a 1-bit PNG of ~0.7 MB instead of ~13 MB to hand over.
// sharp decodes and rotates; the stretch and threshold are one histogram here, because sharp's
// normalise() costs ~0.8 s on a 300-dpi page.
// Text too small for tesseract (a phone photo of a page, a 100-dpi scan) is found by the letter
// height of the page's ink (text-size.ts) and the grey page enlarged before thresholding: a
// 576×960 photo of an A4 page goes from 20% to 2% word errors, at ~5% of the page's OCR time.
// Soft letter edges (a phone photo, a blurred or rotated copy) are sharpened with an unsharp mask
// first (sharpness.ts): on the degraded copies of a real page photo in test/real/scans/augmented
// the bag-of-words error of page 1 falls from 28–52% to 24–31%; 200–300-dpi scans are left as they are.
// The mask and the enlargement run on the one grey channel here (unsharp.ts, enlarge.ts): sharp
// would take the page through colour spaces and three channels for them, and cost twice the time.
import sharp, { type Sharp } from 'sharp';
import { encodeBinaryPng } from './binary-png.js';
import { measureBend, STRAIGHTER, straighten } from './dewarp.js';
import { enlargeBilinear } from './enlarge.js';
import { evenOutLight, UNEVEN_LIGHT, type IlluminationMode } from './illumination.js';
import { colouredInkShare, faintRedInk, grayOfPrintOnly, grayWithoutRedInk, lumaOf } from './ink.js';
import { applyTable, histogram, inkThreshold, mapHistogram, stretchTable } from './levels.js';
import { DARK, eraseRules, findRules, type GrayImage } from './rules.js';
import { edgeWidth, sharpenSigma } from './sharpness.js';
import { measureTextSize, upscaleFactor } from './text-size.js';
import { measurePixelGrid, smoothGrid } from './pixel-grid.js';
import { unsharpMask } from './unsharp.js';
import type { RawImage, Rule } from './types.js';

// Every page image is read once: libvips' operation cache would only hold on to pixels.
sharp.cache(false);

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Degrees the page was turned to straighten it (0 when it was straight). */
  deskew: number;
  /** Step (pixels) of the coarse grid the page was drawn from and smoothed for (pixel-grid.ts); 1: at its own resolution. */
  gridStep: number;
  /** How far the page's ink runs leaned to whole steps of that grid (pixel-grid.ts GRID_SHARE); 0 when the grid was not measured or the page is at its own resolution. */
  gridLean: number;
  /** Factor the page was enlarged by because its text was too small to read (1: not enlarged). */
  upscale: number;
  /** The page image as given (after EXIF orientation), before enlarging and straightening: word boxes map back to it. */
  sourceWidth: number;
  sourceHeight: number;
  /** Letter height found on the page as given (pixels), null when no text was found. */
  letterHeight: number | null;
  /** Too little ink for a page of text: nothing to OCR. */
  blank: boolean;
  /** Radius (sigma, pixels) of the unsharp mask a page with soft letter edges was sharpened with; 0: not sharpened. */
  sharpened: number;
  /** Milliseconds spent measuring the text and its edges, sharpening and enlarging the page. */
  upscaleMs: number;
  /** Share of the page's pixels that were red ink (seals, stamps) dropped before OCR. */
  redShare: number;
  /** Milliseconds spent making the grey page and dropping its red ink. */
  inkMs: number;
  /** How uneven the paper's light was (illumination.ts: 0 even), and whether it was evened out before the rest. */
  unevenLight: number;
  lightEvened: boolean;
  /** Milliseconds spent measuring (and evening out) the page's light. */
  lightMs: number;
  /** Handed to the engine in grey, not thresholded: a photo of a page in uneven light with soft letters (greyPhoto). */
  grey: boolean;
  /** How much sharper the page's lines came out straightened than turned (dewarp.ts); null when not measured. */
  lineBend: number | null;
  /** The page's bent lines were straightened (lineBend ≥ STRAIGHTER); its word boxes are then off by up to the bend (a letter height or two). */
  straightened: boolean;
  /** Milliseconds spent on the photo steps: measuring the lines' bend, straightening them, encoding a grey page. */
  photoMs: number;
  rules: Rule[];
  /**
   * The page as above but with its red ink kept (the plain luminance), two-level, in the same
   * pixels as `png`; only for pages that showed red ink. The signer's name read again
   * (signature-name.ts) looks at it where the red drop took print with the seal: a name printed
   * in a reddish black, or black print the seal's red covered.
   */
  redKeptPng?: Buffer;
  /**
   * The page as above with all its coloured ink (seals of any colour, a blue signature) lifted
   * to paper, two-level, in the same pixels as `png`; made on demand, only for colour pages that
   * show coloured ink. The signer's name read again (signature-name.ts) looks at it where a seal
   * or a signature crossed the printed name.
   */
  printOnlyPng?: () => Promise<Buffer>;
}

/** Share of red-ink pixels above which a page keeps a two-level copy with its red (a seal, a stamp). */
const RED_KEPT_MIN_SHARE = 0.0005;

/** Share of coloured-ink pixels above which a colour page offers a print-only copy (a seal, a signature). */
const PRINT_ONLY_MIN_SHARE = 0.0005;

/** `pixels`' luminance, stretched, enlarged and turned as the page was, two-level: the page with its red ink kept. */
async function redKeptPage(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
  size: { width: number; height: number },
  skew: number,
  enlarge: typeof enlargeBilinear,
): Promise<Buffer> {
  const n = width * height;
  const data = Buffer.allocUnsafe(n);
  for (let i = 0, j = 0; i < n; i++, j += channels) data[i] = lumaOf(pixels[j]!, pixels[j + 1]!, pixels[j + 2]!);
  return twoLevelLike({ data, width, height }, size, skew, enlarge);
}

/** `gray` (the source page's pixels) stretched, enlarged and turned as the page was, two-level. */
async function twoLevelLike(gray: GrayImage, size: { width: number; height: number }, skew: number, enlarge: typeof enlargeBilinear): Promise<Buffer> {
  let levels = histogram(gray.data);
  const stretch = stretchTable(levels);
  if (stretch) {
    applyTable(gray.data, stretch);
    levels = mapHistogram(levels, stretch);
  }
  if (size.width !== gray.width || size.height !== gray.height) gray = enlarge(gray, size.width, size.height);
  if (skew !== 0) {
    gray = await toGray(sharp(gray.data, { raw: { width: gray.width, height: gray.height, channels: 1 } }).rotate(-skew, { background: '#ffffff' }).toColourspace('b-w'));
  }
  return encodeBinaryPng(gray.data, gray.width, gray.height, inkThreshold(levels));
}

async function toGray(image: Sharp): Promise<GrayImage> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  if (info.channels === 1) return { data, width: info.width, height: info.height };
  // rotate() may add an alpha channel: keep the first (grey) one.
  const one = Buffer.allocUnsafe(info.width * info.height);
  for (let i = 0, j = 0; i < one.length; i++, j += info.channels) one[i] = data[j]!;
  return { data: one, width: info.width, height: info.height };
}

/** Skew of text lines, in degrees (positive: lines fall to the right), from a subsample. */
export function estimateSkew(g: GrayImage, maxDegrees = 3): number {
  const step = 3;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < g.height; y += step) {
    const row = y * g.width;
    for (let x = 0; x < g.width; x += step) {
      if (g.data[row + x]! < DARK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 500) return 0;
  const bins = new Float64Array(Math.ceil(g.height / step) + 64);
  const score = (degrees: number): number => {
    bins.fill(0);
    const t = Math.tan((degrees * Math.PI) / 180);
    const offset = 32 * step;
    for (let i = 0; i < xs.length; i++) {
      const b = Math.floor((ys[i]! - xs[i]! * t + offset) / step);
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i]! * bins[i]!;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.2) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  for (let d = best - 0.2; d <= best + 0.2 + 1e-9; d += 0.04) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 100) / 100;
}

export interface PrepareOptions {
  /** Pixels per inch of the image, to scale rule lengths; 300 when unknown. */
  dpi?: number;
  /** Largest page (pixels) an upscale may produce. */
  maxPixels?: number;
  /** Evening out of uneven light (illumination.ts): when measured uneven (default), always or never. */
  illumination?: IlluminationMode;
  /** The steps for photos of pages (bent lines straightened, a soft photo in uneven light read in grey): on (default), or off to compare. */
  photoSteps?: boolean;
  /** The pixel steps' implementations (default: PIXEL_STEPS); the OCR bench passes earlier ones to time them side by side. */
  steps?: PixelSteps;
  /** Round off the staircase of a coarse scan drawn larger (pixel-grid.ts): on (default), or off to compare. */
  gridSmoothing?: boolean;
  /** Milliseconds the step times (upscaleMs, inkMs, …) are read from: wall time by default; the bench passes CPU time, steadier on a shared machine. */
  clock?: () => number;
}

/** The pixel loops of the measure, sharpen, enlarge, coarse-grid measure and smoothing and red-ink steps: swappable only so that they can be compared. */
export interface PixelSteps {
  grayWithoutRedInk: typeof grayWithoutRedInk;
  faintRedInk: typeof faintRedInk;
  measureTextSize: typeof measureTextSize;
  edgeWidth: typeof edgeWidth;
  measureBend: typeof measureBend;
  measurePixelGrid: typeof measurePixelGrid;
  unsharpMask: typeof unsharpMask;
  enlargeBilinear: typeof enlargeBilinear;
  smoothGrid: typeof smoothGrid;
}

export const PIXEL_STEPS: PixelSteps = Object.freeze({ grayWithoutRedInk, faintRedInk, measureTextSize, edgeWidth, measureBend, measurePixelGrid, unsharpMask, enlargeBilinear, smoothGrid });

/**
 * A photo of a page: its light was measured uneven and evened out (not merely forced by
 * `--illumination always`), and its letter edges are soft (`sigma` > 0: it would be sharpened).
 * Such a page goes to the engine in grey, unsharpened: once the light is divided out, the ink's
 * contrast still varies with the light and blur it had (strokes faint in the soft, darker parts,
 * the sensor's noise lifted there), so one threshold cuts the strokes thick in one place and
 * broken in another, and the unsharp mask sharpens that noise too. Tesseract finds the lines on
 * its own threshold and recognises the letters on the grey, which keeps what the blur left.
 * Measured on the three photos of test/real/scans (the only pages it takes): WER 82.4 → 53.4%,
 * 3.5 → 1.9%, 9.5 → 9.5%; an evenly lit soft page (a scan, a photo's degraded copies) keeps the
 * two-level path, whose header figures and signers read better there.
 */
export function greyPhoto(light: { unevenness: number; flattened: boolean }, sigma: number): boolean {
  return light.flattened && light.unevenness >= UNEVEN_LIGHT && sigma > 0;
}

/** Largest page an upscale may produce (an A3 page at 300 dpi is 17.5 Mpx). */
export const MAX_UPSCALED_PIXELS = 36_000_000;

/** Letter-sized components below which a page holds no text worth OCR (a page number has ~3). */
export const BLANK_MAX_LETTERS = 8;
/** And less ink than this share of the page: a page whose ink did not come apart into letters is still read. */
export const BLANK_MAX_INK = 0.003;
/** A page with less ink than this (a few words' worth) whose dark marks are smaller than letters is blank. */
export const BLANK_MAX_SPECK_INK = 0.001;
/** Gain of the unsharp mask on a soft page (sharp's m2): measured on page photos, 3 sharpens too little and 10 too much. */
const SHARPEN_GAIN = 6;

/** Letters are at least this tall (pixels), even on a phone photo of a page. */
export const MIN_LETTER_PX = 8;

export async function preparePage(image: Buffer | RawImage, options: PrepareOptions = {}): Promise<PreparedPage> {
  const steps = options.steps ?? PIXEL_STEPS;
  const now = options.clock ?? (() => performance.now());
  const dpi = options.dpi && options.dpi >= 100 && options.dpi <= 1200 ? options.dpi : 300;
  const input = Buffer.isBuffer(image) ? sharp(image) : sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
  // Colour kept until the grey is made here: red seals and stamps are dropped on the way (ink.ts).
  // A grey scan has no red to drop: libvips makes its grey, as it did before colour was looked at.
  const channels = Buffer.isBuffer(image) ? ((await input.metadata()).channels ?? 3) : image.channels;
  const colour = channels >= 3;
  const flat = input.rotate().flatten({ background: '#ffffff' });
  const { data: pixels, info } = await (colour ? flat : flat.grayscale()).raw().toBuffer({ resolveWithObject: true });
  const inkStarted = now();
  const ink = steps.grayWithoutRedInk(pixels, info.width, info.height, info.channels);
  let gray = ink.gray;
  const inkMs = now() - inkStarted;
  // Uneven light (a phone photo, a shadow) is taken out first: every step below reads the page as a scan.
  const lightStarted = now();
  const light = evenOutLight(gray, options.illumination);
  const lightMs = now() - lightStarted;
  const source = { width: gray.width, height: gray.height };
  let levels = histogram(gray.data);
  const stretch = stretchTable(levels);
  if (stretch) {
    applyTable(gray.data, stretch);
    levels = mapHistogram(levels, stretch);
  }
  // Text too small for tesseract (a phone photo, a low-resolution scan) is enlarged to what a
  // 300-dpi scan gives, in grey before thresholding, where interpolation still has the detail.
  const measuring = now();
  let threshold = inkThreshold(levels);
  // A coarse scan drawn larger (a 100-dpi page at 300 dpi) has its pixels' staircase rounded off
  // first (pixel-grid.ts). Measured on the 100-dpi scan with three box blurs (since replaced by a
  // Gaussian as wide: 9.7% and 11.4%): drawn by poppler (interpolated), smoothed alone 13.1% word
  // errors, smoothed and sharpened 10.7%; drawn by pdf.js (pixels repeated) 11.9% either way, and
  // sharpening a page this size costs ~1.5 s, a fifth of its OCR time.
  const grid = options.gridSmoothing === false ? null : steps.measurePixelGrid(gray, threshold);
  const gridStep = grid?.step ?? 1;
  // Whether the coarse page came drawn with soft edges (interpolated) or with its pixels repeated.
  // Soft: a grey band around the ink at least a third of a coarse pixel wide (repeated pixels have none).
  const drawnSoft = gridStep > 1 && steps.edgeWidth(gray, threshold) >= gridStep / 3;
  if (gridStep > 1) {
    gray = await steps.smoothGrid(gray, gridStep);
    levels = histogram(gray.data);
    threshold = inkThreshold(levels);
  }
  let size = steps.measureTextSize(gray, threshold);
  // Soft letter edges (a photo, a blurred scan) are sharpened first: the threshold then cuts the
  // strokes where they are, and the letters, no longer thickened by the blur, are measured right.
  // A smoothed coarse page is sharpened only when it came soft: smoothing its interpolated edges
  // again leaves them too soft, while on repeated pixels it leaves them as soft as they should be.
  const drawnSharp = gridStep > 1 && !drawnSoft;
  let sigma = drawnSharp ? 0 : sharpenSigma(steps.edgeWidth(gray, threshold), size.letterHeight);
  const photoSteps = options.photoSteps ?? true;
  // A photo of a page — light measured uneven and letter edges soft — goes to the engine in grey,
  // unsharpened (see greyPhoto).
  const grey = photoSteps && greyPhoto(light, sigma);
  if (grey) sigma = 0;
  // Red ink the drop lifted to paper stays paper (ink.ts): sharpened, a seal comes back as ink.
  let keepLight = sigma > 0 ? steps.faintRedInk(pixels, info.channels, gray, threshold) : null;
  // Lines bent across the page (a curled sheet) are straightened before anything reads them (dewarp.ts).
  const photoStarted = now();
  const bend = photoSteps && size.letterHeight ? steps.measureBend(gray, threshold, size.letterHeight) : null;
  const curved = bend !== null && bend.gain >= STRAIGHTER;
  if (curved) {
    const moved = straighten(gray, bend, [keepLight]);
    gray = moved.page;
    keepLight = moved.masks[0] ?? null;
  }
  const photoMs = now() - photoStarted;
  if (sigma > 0) {
    gray = steps.unsharpMask(gray, { sigma, gain: SHARPEN_GAIN, keepLight });
    levels = histogram(gray.data);
    size = steps.measureTextSize(gray, inkThreshold(levels));
  }
  // Specks only (dust, a seal showing through from the back, its red dropped): no letter-sized ink.
  const specks = size.ink < BLANK_MAX_SPECK_INK && (size.letterHeight ?? 0) < MIN_LETTER_PX;
  const blank = (size.letters < BLANK_MAX_LETTERS && size.ink < BLANK_MAX_INK) || specks;
  let upscale = blank ? 1 : upscaleFactor(size);
  // Never past the image limit, nor past an A3 page at 300 dpi: OCR memory grows with pixels.
  const maxPixels = Math.min(options.maxPixels ?? MAX_UPSCALED_PIXELS, MAX_UPSCALED_PIXELS);
  upscale = Math.min(upscale, Math.sqrt(maxPixels / (gray.width * gray.height)));
  let ruleDpi = dpi;
  if (upscale > 1.05) {
    const width = Math.round(gray.width * upscale);
    const height = Math.round(gray.height * upscale);
    gray = steps.enlargeBilinear(gray, width, height);
    // Rules scale with the page: their lengths are judged at the page's effective resolution.
    ruleDpi = options.dpi ? dpi * upscale : 300;
  } else upscale = 1;
  const upscaleMs = now() - measuring;
  const found = estimateSkew(gray);
  // Under a tenth of a degree the page is left as it is (and reported straight).
  const skew = Math.abs(found) >= 0.1 ? found : 0;
  if (skew !== 0) {
    gray = await toGray(
      sharp(gray.data, { raw: { width: gray.width, height: gray.height, channels: 1 } }).rotate(-skew, { background: '#ffffff' }).toColourspace('b-w'),
    );
  }
  const redKeptPng =
    ink.redShare > RED_KEPT_MIN_SHARE && !blank ? await redKeptPage(pixels, info.width, info.height, info.channels, { width: Math.round(source.width * upscale), height: Math.round(source.height * upscale) }, skew, steps.enlargeBilinear) : undefined;
  const target = { width: Math.round(source.width * upscale), height: Math.round(source.height * upscale) };
  const printOnlyPng =
    colour && !blank && colouredInkShare(pixels, info.width, info.height, info.channels) > PRINT_ONLY_MIN_SHARE
      ? () => twoLevelLike({ data: grayOfPrintOnly(pixels, info.width, info.height, info.channels), width: info.width, height: info.height }, target, skew, steps.enlargeBilinear)
      : undefined;
  const rules = findRules(gray, Math.min(1200, ruleDpi));
  eraseRules(gray, rules);
  // The threshold comes from the page before it was turned: the white corners turning adds
  // would only pull it toward paper.
  const encodeStarted = now();
  const png = grey
    ? await sharp(gray.data, { raw: { width: gray.width, height: gray.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer()
    : encodeBinaryPng(gray.data, gray.width, gray.height, inkThreshold(levels));
  const greyMs = grey ? now() - encodeStarted : 0;
  return {
    png,
    width: gray.width,
    height: gray.height,
    deskew: skew,
    upscale: Math.round(upscale * 100) / 100,
    gridStep,
    gridLean: gridStep > 1 ? grid!.shares[gridStep]! : 0,
    sharpened: sigma,
    sourceWidth: source.width,
    sourceHeight: source.height,
    letterHeight: size.letterHeight,
    blank,
    upscaleMs,
    redShare: ink.redShare,
    inkMs,
    unevenLight: light.unevenness,
    lightEvened: light.flattened,
    lightMs,
    grey,
    lineBend: bend?.gain ?? null,
    straightened: curved,
    photoMs: photoMs + greyMs,
    rules: rules.map(({ kind, at, a, b }) => ({ kind, at, a, b })),
    ...(redKeptPng ? { redKeptPng } : {}),
    ...(printOnlyPng ? { printOnlyPng } : {}),
  };
}

/** Table rules of a rendered (clean, straight) page, in units of `1 / scale` pixels. */
export async function rulesOfImage(image: Buffer, dpi: number, scale = 1): Promise<Rule[]> {
  const gray = await toGray(sharp(image).flatten({ background: '#ffffff' }).grayscale());
  return findRules(gray, dpi).map(({ kind, at, a, b }) => ({ kind, at: at / scale, a: a / scale, b: b / scale }));
}
