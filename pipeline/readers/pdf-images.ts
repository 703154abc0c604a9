// Images pdf.js could not decode. A page whose scan cannot be decoded renders white and would be
// taken for a blank page: the document is then lost without a word. pdf.js resolves a failed
// image's object to null (and only warns on the console); after a rendering, the operator list
// names every image the page painted, so the failed ones can be counted and reported.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, walkPainting, type Matrix, type OperatorList } from './pdf-graphics.js';

/** pdf.js's store of a page's decoded objects (page.objs, page.commonObjs). */
interface ObjectStore {
  has(id: string): boolean;
  get(id: string): unknown;
}
export interface RenderedObjects {
  objs: ObjectStore;
  commonObjs: ObjectStore;
}

export interface UndecodedImages {
  /** Images painted whose data pdf.js could not decode. */
  count: number;
  /** Share of the page they would have covered (0..1). */
  cover: number;
}

/** Images of the page that pdf.js failed to decode; call after the page was rendered (every image is then settled). */
export function undecodedImages(
  page: RenderedObjects,
  list: OperatorList,
  viewport: { transform: Matrix; width: number; height: number },
): UndecodedImages {
  let count = 0;
  let area = 0;
  walkPainting(list, (fn, args, ctm) => {
    if (fn !== OPS.paintImageXObject && fn !== OPS.paintImageXObjectRepeat) return;
    const id = args[0];
    if (typeof id !== 'string') return;
    // Images shared by several pages live in the document's store, named g_…
    const store = id.startsWith('g_') ? page.commonObjs : page.objs;
    if (!store.has(id) || store.get(id) !== null) return;
    count++;
    const m = multiply(viewport.transform, ctm);
    area += Math.abs(m[0]! * m[3]! - m[1]! * m[2]!);
  });
  return { count, cover: Math.min(1, area / Math.max(1, viewport.width * viewport.height)) };
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
