// PDF: the text layer page by page (pdf-parse over pdf.js), with the page rebuilt from the
// positions of its text items (so a two-column header does not interleave) and ruled tables
// rebuilt from the lines the page draws (read from pdf.js's operator list, not from a
// rendering). A page whose text layer is missing, not Vietnamese, or thin over a scanned image
// is rendered at 300 dpi and read by OCR instead; a legacy-encoded (TCVN3/VNI) page is
// converted. Pages are handled one at a time, with at most as many rendered pages in memory as
// there are OCR workers.
import { keepNativeBuiltins } from './native-builtins.js';
import { PDFParse } from 'pdf-parse';
import { convertLegacy, detectLegacyEncoding, vietnameseShare, type LegacyEncoding } from '../../normalizers/legacy/index.js';
import type { PageInfo, PageWords } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import { engineLabel, ocrEngineFor } from '../ocr/engine.js';
import { layoutPage } from '../ocr/layout.js';
import { ocrPreparedPage } from '../ocr/page.js';
import { coarseScanInfo } from '../ocr/pixel-grid.js';
import type { KnownBlock } from '../ocr/known-blocks.js';
import type { DrawnBox } from '../ocr/drawn-boxes.js';
import { preparePage, rulesOfImage, type PreparedPage } from '../ocr/preprocess.js';
import { joinPageWords } from '../ocr/word-boxes.js';
import type { OcrWord, RawImage, Rule } from '../ocr/types.js';
import type { StageContext, Table } from '../../output/stage.js';
import type { Reader } from './reader.js';
import { isThinText, lacksMarks, textLayerProblem, worthOcr } from './page-quality.js';
import { graphicsOf, paintsAnything, type OperatorList } from './pdf-graphics.js';
import type { ReadOptions } from '../../output/options.js';
import { pageList, PageMessages } from './page-report.js';
import { inOrder, readingOrder, type PageOrder } from './page-order.js';
import { annotationText, type AnnotatedPage, type PdfTextItem } from './pdf-annotations.js';
import { drawForOcr } from './pdf-ocr-drawing.js';
import type { LeftOutAnnotation } from './pdf-annotation-choice.js';
import { withoutPageNumbers } from './pdf-furniture.js';
import { largestImage, MAX_RENDER_PIXELS, paperDpi, RENDER_DPI, renderScale } from './render-scale.js';
import { pdfjsAssetOptions } from './pdfjs-assets.js';
import { endsWithCombiningMark, itemWords, markAdvancesOf } from './pdf-words.js';
import { imageCodecsOf, undecodedImageName, undecodedImages, type RenderedObjects } from './pdf-images.js';
import { getRestorer } from '../../normalizers/diacritics/index.js';

keepNativeBuiltins();

export { itemWords } from './pdf-words.js';

const LOW_CONFIDENCE = 60;

/** The parts of pdf.js's document and page the reader uses. */
interface PdfPage extends AnnotatedPage, RenderedObjects {
  /** The document's store of shared objects (fonts, images used on several pages). */
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  getViewport(o: { scale: number }): PdfViewport;
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  render(o: { canvasContext: unknown; canvas: unknown; viewport: unknown; annotationMode?: number }): { promise: Promise<void> };
  cleanup(): void;
}
interface PdfViewport {
  width: number;
  height: number;
  transform: number[];
  /** A PDF rectangle [x0, y0, x1, y1] in the viewport's pixels. */
  convertToViewportRectangle(rect: number[]): number[];
}
/** pdf.js's canvas factory (over @napi-rs/canvas in Node). */
interface PdfCanvas {
  canvas: { width: number; height: number; data?(): Uint8Array };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  canvasFactory: { create(width: number, height: number): PdfCanvas; destroy(c: PdfCanvas): void };
  /** The document's annotation values; { noView: true } under an id hides that annotation when drawn as stored. */
  annotationStorage: { setValue(key: string, value: Record<string, unknown>): void };
}

interface PageResult {
  text: string;
  tables: Table[];
  info: PageInfo;
  /** An OCR'd page's word boxes, offsets into `text`. */
  wordBoxes?: PageWords;
}

/** pdf-parse loads the pdf.js document lazily and keeps it; its loader maps pdf.js errors. */
function loadDocument(parser: PDFParse): Promise<PdfDocument> {
  return (parser as unknown as { load(): Promise<PdfDocument> }).load();
}

/** Font names of legacy Vietnamese encodings (.VnTime, VNI-Times) declared in the file. */
export function legacyFontHint(bytes: Uint8Array): LegacyEncoding | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (/\/BaseFont\s*\/(?:[A-Z]{6}\+)?\.?Vn[A-Z]/.test(head)) return 'tcvn3';
  if (/\/BaseFont\s*\/(?:[A-Z]{6}\+)?VNI-/i.test(head)) return 'vni';
  return null;
}

/** Several lines split into three or more far-apart runs: the page probably holds a table. */
function tableLikely(words: OcrWord[]): boolean {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  let rows = 0;
  for (const line of byLine.values()) {
    line.sort((a, b) => a.x0 - b.x0);
    let runs = 1;
    for (let i = 1; i < line.length; i++) if (line[i]!.x0 - line[i - 1]!.x1 > (line[i]!.y1 - line[i]!.y0) * 0.6) runs++;
    if (runs >= 3) rows++;
  }
  return rows >= 2;
}

/** Rules from a rendering, for pages whose table lines are part of an image. */
const RULES_SCALE = 1.5;
/** Rules closer than this (points) are one line. */
const RULE_TOLERANCE = 4;
/**
 * Parts of a line this many word heights apart are columns (the recipients beside the signer's
 * block, 8–20 heights apart on real pages), kept apart as cells; the blank left for a serial or
 * a day ("Số:      /KH-UBND", 2–4 heights) is not.
 */
const COLUMN_GAP = 5;

interface TextLayer {
  text: string;
  tables: Table[];
  /** Share of the page covered by images; null when the drawing was not looked at. */
  imageShare: number | null;
  /** Whether the page paints anything; null when not looked at. */
  paints: boolean | null;
  /** Words put in from annotation boxes (signature widgets) that fill blanks of text lines. */
  fromAnnotations?: string[];
  /** Text of annotation boxes left out of the page's text. */
  annotationsLeftOut?: string[];
}

async function textLayerPage(parser: PDFParse, doc: PdfDocument, n: number): Promise<TextLayer> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const pageItems = withoutPageNumbers(
      content.items.filter((i): i is PdfTextItem => 'str' in i),
      viewport.transform,
      viewport.height,
    );
    // A broken annotation must not cost the page its text.
    const annotations = await annotationText(page, pageItems).catch(() => ({ placed: [], leftOut: [] }));
    const items = [...pageItems, ...annotations.placed];
    const fromAnnotations = annotations.placed.map((i) => i.str.trim());
    const noted = {
      ...(fromAnnotations.length ? { fromAnnotations } : {}),
      ...(annotations.leftOut.length ? { annotationsLeftOut: annotations.leftOut } : {}),
    };
    // The operator list is read at most once, and only where it is needed (it decodes the page's images).
    let list: OperatorList | null = null;
    const operators = async () => (list ??= await page.getOperatorList());
    // Glyphs with combining marks whose advance pdf.js's text content drops (pdf-words.ts); a
    // drawing that cannot be read must not cost the page its text.
    const marks = endsWithCombiningMark(items)
      ? await operators().then((ops) => markAdvancesOf(ops, (id) => fontMatrixOf(page, id)), () => undefined)
      : undefined;
    const words = itemWords(items, viewport.transform, marks);
    if (!words.length) {
      // No text: whether it draws anything at all tells a blank page from a scan without rendering.
      const list = await operators();
      return { text: '', tables: [], imageShare: graphicsOf(list, viewport).imageShare, paints: paintsAnything(list), ...noted };
    }
    const lay = (rules: Rule[]) => {
      const layout = layoutPage({ width: viewport.width, height: viewport.height, words }, rules, {
        header: n === 1,
        ruleTolerance: RULE_TOLERANCE,
        columnGap: COLUMN_GAP,
      });
      return { text: layout.text, tables: layout.tables.map((t) => ({ ...t, page: n })) };
    };
    // The drawing is read only where it can change the result: a page that may hold a ruled
    // table, or one whose text is too thin to trust without knowing whether it is a scan.
    // (Reading it decodes the page's images: a cost to pay only when needed.)
    const joined = words.map((w) => w.text).join(' ');
    if (!isThinText(joined) && !tableLikely(words) && !lacksMarks(joined)) return { ...lay([]), imageShare: null, paints: true, ...noted };
    const graphics = graphicsOf(await operators(), viewport);
    let result = lay(graphics.rules);
    // Table lines that are part of an image (a scan under its text layer): find them on a
    // small rendering, only when the text itself did not give a table.
    if (!graphics.rules.length && graphics.imageShare > 0 && !result.tables.length && tableLikely(words)) {
      const shot = await parser.getScreenshot({ partial: [n], scale: RULES_SCALE, imageDataUrl: false, imageBuffer: true });
      const data = shot.pages[0]?.data;
      if (data?.length) result = lay(await rulesOfImage(Buffer.from(data), 72 * RULES_SCALE, RULES_SCALE));
    }
    return { ...result, imageShare: graphics.imageShare, paints: true, ...noted };
  } finally {
    page.cleanup();
  }
}

/** A loaded font's matrix (pdf.js's font object in the document's store), where pdf.js has it. */
function fontMatrixOf(page: PdfPage, fontId: string): readonly number[] | undefined {
  try {
    if (!page.commonObjs.has(fontId)) return undefined;
    const matrix = (page.commonObjs.get(fontId) as { fontMatrix?: unknown } | null)?.fontMatrix;
    return Array.isArray(matrix) && typeof matrix[0] === 'number' ? matrix : undefined;
  } catch {
    return undefined;
  }
}

function convertTables(tables: Table[], encoding: LegacyEncoding): Table[] {
  return tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map((c) => convertLegacy(c, encoding))) }));
}

/**
 * The page at 300 dpi as raw RGBA pixels (a page far larger than paper at its scan's own
 * resolution: render-scale.ts), with the dpi that rendering stands for on paper. Rendered here
 * rather than through pdf-parse's getScreenshot, which leaves each 35 MB canvas to the garbage
 * collector (native memory V8 does not count, so it piles up) and round-trips the pixels through a
 * PNG that OCR decodes again.
 */
async function renderPage(
  doc: PdfDocument,
  n: number,
): Promise<{ image: RawImage; dpi: number; undecoded: number; annotationsLeftOut: LeftOutAnnotation[]; annotationsFailed: boolean; drawnBoxes: DrawnBox[] }> {
  const page = await doc.getPage(n);
  let target: PdfCanvas | null = null;
  try {
    const unit = page.getViewport({ scale: 1 });
    const standard = RENDER_DPI / 72;
    // The operator list (it decodes the images) is read only for a page too large to render at 300 dpi.
    const oversized = unit.width * unit.height * standard * standard > MAX_RENDER_PIXELS;
    const scan = oversized ? largestImage(await page.getOperatorList(), unit) : null;
    const scale = oversized ? renderScale(unit.width, unit.height, scan) : standard;
    const viewport = page.getViewport({ scale });
    const drawn = await drawForOcr(page, doc, viewport);
    target = drawn.target;
    const { width, height } = target.canvas;
    const pixels = target.canvas.data?.() ?? target.context.getImageData(0, 0, width, height).data;
    if (!width || !height || pixels.length !== width * height * 4) throw new Error(`page ${n} could not be rendered`);
    // Images that failed to decode were left out of the rendering (pdf-images.ts).
    const undecoded = undecodedImages(page);
    // canvas.data() is a view of the canvas: copy it out before the canvas is freed.
    // An oversized page's rendering stands for a sheet of paper photographed: its dpi is the sheet's.
    return {
      image: { data: Buffer.from(pixels), width, height, channels: 4 },
      dpi: oversized ? paperDpi(width, height) : RENDER_DPI,
      undecoded,
      annotationsLeftOut: drawn.leftOut,
      annotationsFailed: drawn.failed,
      drawnBoxes: drawn.drawnBoxes,
    };
  } finally {
    if (target) doc.canvasFactory.destroy(target);
    page.cleanup();
  }
}

export const readPdf: Reader = async ({ bytes, options }, ctx) => {
  // pdf.js takes ownership of the array it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, ...pdfjsAssetOptions });
  try {
    let doc: PdfDocument;
    try {
      doc = await loadDocument(parser);
    } catch (error) {
      const e = error as Error;
      if (e.name === 'PasswordException') ctx.message(log.encrypted());
      else ctx.message(log.corruptFile('PDF', e.message || String(error)));
      return null;
    }
    if (!doc.numPages) {
      ctx.message(log.noPages());
      return null;
    }
    return await readPages(parser, doc, bytes, ctx, options);
  } catch (error) {
    ctx.message(log.corruptFile('PDF', (error as Error).message || String(error)));
    return null;
  } finally {
    await parser.destroy().catch(() => {});
    // pdf.js's worker code, loaded with the first document, brings the polyfills again.
    keepNativeBuiltins();
  }
};

async function readPages(parser: PDFParse, doc: PdfDocument, bytes: Uint8Array, ctx: StageContext, options: ReadOptions) {
  const total = doc.numPages;
  const read = Math.min(total, options.maxPages);
  if (read < total) ctx.message(log.pagesOverLimit(total, read));
  const results: PageResult[] = new Array(read);
  const hint = legacyFontHint(bytes);
  let encoding = null as LegacyEncoding | null; // set by keep(), which TS does not follow
  const ocrReasons = new Map<string, number[]>();
  const poorKept: number[] = [];
  const blank: number[] = [];
  /** Pages with images pdf.js could not decode, by what to call the image. */
  const undecodedOn = new Map<string, number[]>();
  let codecs: string[] | null = null;
  const inFlight: Promise<void>[] = [];
  /** Pages read by OCR, by page number, with why: gathered in page order below, whatever order they finish in. */
  const ocrWhy: Array<string | undefined> = [];
  const pageNotes = new PageMessages(ctx);
  const limit = Math.max(1, options.ocrWorkers);
  const mode = options.ocr;

  for (let n = 1; n <= read; n++) {
    let layer: TextLayer;
    try {
      layer = await textLayerPage(parser, doc, n);
    } catch {
      layer = { text: '', tables: [], imageShare: null, paints: null };
    }
    const legacy = detectLegacyEncoding(layer.text) ?? hintedEncoding(layer.text, hint);
    if (legacy) layer = { ...layer, text: convertLegacy(layer.text, legacy), tables: convertTables(layer.tables, legacy) };
    const keep = (info: Omit<PageInfo, 'page' | 'method' | 'confidence'>) => {
      results[n - 1] = { text: layer.text, tables: layer.tables, info: { page: n, method: 'text', confidence: null, ...info } };
      // A converted layer that OCR replaced is not what the record reads: no LEGACY_ENCODING for it.
      if (legacy) encoding = legacy;
      // Reported only for a page whose text layer is what the record reads.
      const quoted = (texts: readonly string[]) => texts.map((t) => JSON.stringify(t.length > 80 ? `${t.slice(0, 80)}…` : t)).join(', ');
      if (layer.fromAnnotations) ctx.message(log.annotationTextPlaced(n, quoted(layer.fromAnnotations)), { page: n });
      if (layer.annotationsLeftOut) ctx.message(log.annotationTextLeftOut(n, layer.annotationsLeftOut.length, quoted(layer.annotationsLeftOut)), { page: n });
    };
    // A page that paints nothing at all is blank: nothing to render or read.
    if (!layer.text.trim() && layer.paints === false) {
      blank.push(n);
      keep({ reason: 'blank', detail: 'the page draws nothing' });
      continue;
    }
    const problem = mode === 'always' ? null : textLayerProblem(layer.text);
    if (mode === 'never') {
      if (problem && problem.code === 'text-layer-not-vietnamese') poorKept.push(n);
      keep({ reason: 'ocr-disabled', ...(problem ? { detail: problem.reason } : {}) });
      continue;
    }
    // A thin page without a scan behind it (the last lines of a signature block) is what it says.
    if (mode === 'auto' && (!problem || !worthOcr(problem, layer.imageShare))) {
      keep({ reason: 'text-layer-good', ...(problem ? { detail: `${problem.reason}, and no scan behind it` } : {}) });
      continue;
    }
    const why = problem ? problem.reason : 'every page OCR\'d (--ocr always)';
    const reason = problem ? problem.code : 'ocr-forced';
    const rendered = await renderPage(doc, n).catch(() => null);
    if (!rendered) {
      ctx.message(log.ocrFailed(`page ${n}: it could not be rendered`), { page: n });
      keep({ reason: 'ocr-failed', detail: 'the page could not be rendered' });
      continue;
    }
    // When drawing fell back to no annotations at all, only that is said (nothing stamped was kept).
    if (rendered.annotationsLeftOut.length && !rendered.annotationsFailed) {
      const shown = rendered.annotationsLeftOut.map((a) => JSON.stringify(a.shows.length > 80 ? `${a.shows.slice(0, 80)}…` : a.shows));
      ctx.message(log.annotationsNotDrawn(n, shown.join(', ')), { page: n });
    }
    if (rendered.annotationsFailed) ctx.message(log.annotationsUndrawable(n), { page: n });
    let undecodable: string | null = null;
    if (rendered.undecoded) {
      codecs ??= imageCodecsOf(bytes);
      undecodable = undecodedImageName(codecs);
      undecodedOn.set(undecodable, [...(undecodedOn.get(undecodable) ?? []), n]);
    }
    // Prepared now, so the 35 MB RGBA rendering is dropped before the page waits for a worker.
    const prepared = preparePage(rendered.image, { dpi: rendered.dpi, maxPixels: options.maxPixels, illumination: options.illumination });
    // Signature boxes left out of the drawing keep their text in the page's, where they stand.
    const known = knownBlocksOf(rendered);
    const job = ocrOne(prepared, n, layer, ctx, pageNotes, { reason, detail: why }, options, undecodable, known, rendered.drawnBoxes).then((r) => {
      results[n - 1] = r;
      if (r.info.reason === 'blank') blank.push(n);
      else if (r.info.method === 'ocr') ocrWhy[n - 1] = why;
    });
    inFlight.push(job);
    // Bound memory: no more rendered pages waiting than there are workers.
    if (inFlight.length >= limit) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const order = await readInReverse(doc, results, ctx, pageNotes, options);
  pageNotes.flush();
  if (order) ctx.message(log.pagesReordered(pageList(order.order), order.why));
  ocrWhy.forEach((why, i) => why !== undefined && ocrReasons.set(why, [...(ocrReasons.get(why) ?? []), i + 1]));

  for (const [reason, pages] of ocrReasons) ctx.message(log.ocrPage(`${pageList(pages.sort((a, b) => a - b))}: ${reason}`));
  if (blank.length) ctx.message(log.blankPages(pageList(blank.sort((a, b) => a - b))));
  for (const [image, pages] of undecodedOn) ctx.message(log.imageUndecodable(`a ${image}`, pageList(pages)));
  if (poorKept.length) ctx.message(log.poorTextLayerKept(pageList(poorKept)));
  const upscaled = results.filter((r) => r.info.upscale).map((r) => r.info.page);
  if (upscaled.length) ctx.message(log.ocrUpscaled(pageList(upscaled)));
  if (encoding) ctx.message(log.legacyEncoding(encoding.toUpperCase()));
  const ocr = results.some((r) => r.info.method === 'ocr');
  const pages = order ? inOrder(results, order.order) : results;
  return {
    text: pages.map((r) => r.text).join('\f'),
    format: 'pdf' as const,
    pages: total,
    ocr,
    ...(encoding ? { encoding } : {}),
    pageInfo: results.map((r) => r.info),
    ...(order ? { pageOrder: order.order } : {}),
    tables: pages.flatMap((r) => r.tables),
    wordBoxes: joinPageWords(pages.map((r) => ({ text: r.text, words: r.wordBoxes ? [r.wordBoxes] : [] }))),
  };
}

/** Signature boxes left out of the drawing keep their text in the page's, where they stand. */
function knownBlocksOf(rendered: { annotationsLeftOut: LeftOutAnnotation[]; annotationsFailed: boolean }): KnownBlock[] {
  if (rendered.annotationsFailed) return [];
  return rendered.annotationsLeftOut.flatMap((a) => (a.lines.length && a.top !== undefined ? [{ lines: a.lines, top: a.top }] : []));
}

/**
 * A scan whose pages the file holds last to first (page-order.ts), every page OCR'd: its opening
 * page is read again as a first page (the header's two columns, its handwritten figures), and the
 * order to read the pages in is returned. Null when the file's order stands.
 */
async function readInReverse(doc: PdfDocument, results: PageResult[], ctx: StageContext, notes: PageMessages, options: ReadOptions): Promise<PageOrder | null> {
  if (!results.length || !results.every((r) => r?.info.method === 'ocr')) return null;
  const order = readingOrder(results.map((r) => r.text));
  if (!order) return null;
  const n = order.order[0]!;
  const before = results[n - 1]!;
  const rendered = await renderPage(doc, n).catch(() => null);
  if (!rendered) return order;
  const prepared = preparePage(rendered.image, { dpi: rendered.dpi, maxPixels: options.maxPixels, illumination: options.illumination });
  const again = new PageMessages(ctx);
  const why = { reason: before.info.reason, ...(before.info.detail ? { detail: before.info.detail } : {}) } as Pick<PageInfo, 'reason' | 'detail'>;
  const r = await ocrOne(prepared, n, before, ctx, again, why, options, null, knownBlocksOf(rendered), rendered.drawnBoxes, true);
  // Read again only when the reading as a first page succeeded: its messages then replace the first reading's.
  if (r.info.method === 'ocr') {
    results[n - 1] = r;
    notes.replace(n, again);
  }
  return order;
}

/** The font names say legacy and converting clearly makes the text Vietnamese. */
function hintedEncoding(text: string, hint: LegacyEncoding | null): LegacyEncoding | null {
  if (!hint) return null;
  const before = vietnameseShare(text);
  const after = vietnameseShare(convertLegacy(text, hint));
  return after.words >= 3 && after.share >= 0.75 && after.share > before.share + 0.2 ? hint : null;
}

async function ocrOne(
  page: Promise<PreparedPage>,
  n: number,
  layer: { text: string; tables: Table[] },
  ctx: StageContext,
  /** Where this page's messages wait, to be said in page order. */
  notes: PageMessages,
  why: Pick<PageInfo, 'reason' | 'detail'>,
  options: ReadOptions,
  /** What to call the image of this page pdf.js could not decode, if any. */
  undecodable: string | null = null,
  /** Text the file gives for parts of the page left out of the image (ocr/known-blocks.ts). */
  knownBlocks: readonly KnownBlock[] = [],
  /** Signature widgets drawn into the image, with the text the file gives them (ocr/drawn-boxes.ts). */
  drawnBoxes: readonly DrawnBox[] = [],
  /** Read as the document's first page (its two-column header): the file's first page, unless the pages are reversed. */
  header = n === 1,
): Promise<PageResult> {
  try {
    // Awaited first: a page that cannot be prepared is reported here, never left unhandled.
    const prepared = await page;
    // White because its image could not be decoded: not a blank page.
    if (prepared.blank && undecodable) {
      return { ...layer, info: { page: n, method: 'text', confidence: null, reason: 'ocr-failed', detail: `its ${undecodable} could not be decoded` } };
    }
    if (prepared.blank) {
      return { ...layer, info: { page: n, method: 'text', confidence: null, reason: 'blank', detail: 'no text on the page image' } };
    }
    const { engine, fellBack } = await ocrEngineFor(ctx, options);
    if (fellBack) notes.engineFellBack();
    // The syllable model weighs the engine's choices of marks (ocr/tone-choices.ts).
    const lm = (await getRestorer(ctx)).lm;
    const r = await ocrPreparedPage(engine, prepared, { page: n, lm, header, knownBlocks, drawnBoxes });
    if (r.confidence !== null && r.confidence < LOW_CONFIDENCE) notes.say(n, log.ocrLowConfidence(r.confidence), { page: n });
    if (r.illegible.length) notes.say(n, log.ocrIllegible(r.illegible.map((w) => JSON.stringify(w)).join(', ')), { page: n });
    if (r.turned) notes.say(n, log.pageUpsideDown(), { page: n });
    if (r.signatureWords) notes.say(n, log.signatureBox(r.signatureWords), { page: n });
    return {
      text: r.text,
      tables: r.tables,
      info: { page: n, method: 'ocr', confidence: r.confidence, ...why, engine: engineLabel(engine), ...(prepared.upscale > 1 ? { upscale: prepared.upscale } : {}), ...coarseScanInfo(prepared) },
      ...(r.wordBoxes ? { wordBoxes: r.wordBoxes } : {}),
    };
  } catch (error) {
    notes.say(n, log.ocrFailed(`page ${n}: ${(error as Error).message}`), { page: n });
    return { ...layer, info: { page: n, method: 'text', confidence: null, reason: 'ocr-failed', detail: (error as Error).message } };
  }
}


