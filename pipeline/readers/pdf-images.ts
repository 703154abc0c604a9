// Images pdf.js could not decode. A page whose scan cannot be decoded renders white and would be
// taken for a blank page: the document is then lost without a word. pdf.js resolves a failed
// image's object to null in the page's object store (and only warns on the console); after a
// rendering every image the page painted is settled there, so the failed ones can be counted
// without reading the operator list again (which would decode the page's images a second time).

/** pdf.js's store of a page's decoded objects (page.objs): [id, data] of every settled object. */
export interface RenderedObjects {
  objs: Iterable<[string, unknown]>;
}

/**
 * Images of the page pdf.js failed to decode; call after the page was rendered. (An image shared
 * by several pages lives in the document's store instead and is not counted: scans give every
 * page its own.)
 */
export function undecodedImages(page: RenderedObjects): number {
  let count = 0;
  for (const [id, data] of page.objs) if (data === null && id.includes('img')) count++;
  return count;
}

/** Image codecs a PDF may use that need more than a plain decoder, by their filter names. */
const CODECS: ReadonlyArray<readonly [string, string]> = [
  ['/JPXDecode', 'JPEG 2000'],
  ['/JBIG2Decode', 'JBIG2'],
  ['/CCITTFaxDecode', 'CCITT fax'],
  ['/DCTDecode', 'JPEG'],
];

/**
 * The image codecs the file declares, in the order above. These filters are only ever used on
 * images, and stream dictionaries are never inside compressed object streams, so their names
 * are in the file's bytes as written.
 */
export function imageCodecsOf(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return CODECS.filter(([filter]) => buffer.includes(filter, 0, 'latin1')).map(([, name]) => name);
}

/**
 * What to call an image that could not be decoded: by its codec when the file uses one codec, or
 * one besides plain JPEG (a JPEG 2000 scan with a JPEG logo), else in general words with the
 * codecs the file holds.
 */
export function undecodedImageName(codecs: readonly string[]): string {
  const uncommon = codecs.filter((c) => c !== 'JPEG');
  if (codecs.length === 1) return `${codecs[0]} image`;
  if (uncommon.length === 1) return `${uncommon[0]} image`;
  if (codecs.length) return `image (the file holds ${codecs.join(', ')} images)`;
  return 'image';
}
