// A page image has the shape of a page: a 1 × 60,000,000-pixel PNG is under the pixel limit
// yet decodes into gigabytes of scanlines and OCR tiles. Shapes no scanner or camera produces
// are refused from the header, before any decoding.

/** Longest side accepted: a 600 dpi scan of an A0 sheet is ~28,000 px. */
export const MAX_IMAGE_SIDE = 30_000;
/** Longest side over shortest: a strip of several pages stitched is ~1:10, a receipt ~1:20. */
export const MAX_IMAGE_ASPECT = 40;
/** A side shorter than this cannot hold a line of text. */
export const MIN_IMAGE_SIDE = 16;

/** Why an image of these dimensions is refused, or null when its shape is a page's. */
export function imageShapeProblem(width: number, height: number): string | null {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  if (long > MAX_IMAGE_SIDE) return `a side is over ${MAX_IMAGE_SIDE} pixels`;
  if (short < MIN_IMAGE_SIDE) return `a side is under ${MIN_IMAGE_SIDE} pixels, too small to hold text`;
  if (long / short > MAX_IMAGE_ASPECT) return `its sides differ more than ${MAX_IMAGE_ASPECT} to 1, no page has that shape`;
  return null;
}
