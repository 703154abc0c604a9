// Images (PNG, JPEG, TIFF, WebP, BMP): dimensions are read from the header first and an image
// over the pixel limit is refused before any decoding; otherwise each page (multi-page TIFF)
// is read by OCR.
import sharp, { type Metadata } from 'sharp';
import type { PageInfo, PageWords } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import { engineLabel, ocrEngineFor } from '../ocr/engine.js';
import { ocrPreparedPage } from '../ocr/page.js';
import { coarseScanInfo } from '../ocr/pixel-grid.js';
import { preparePage } from '../ocr/preprocess.js';
import { TaskPool } from '../ocr/pool.js';
import { joinPageWords } from '../ocr/word-boxes.js';
import type { Table } from '../../output/stage.js';
import type { Reader } from './reader.js';
import { pageList, PageMessages, reportFallbackOnce } from './page-report.js';
import { imageShapeProblem } from './image-shape.js';
import { getRestorer } from '../../normalizers/diacritics/index.js';

const LOW_CONFIDENCE = 60;

export const readImage: Reader = async ({ bytes, detected, firstPage = 1, options }, ctx) => {
  let meta: Metadata;
  try {
    // Header only: sharp's metadata() does not decode pixels.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    ctx.message(log.corruptFile(detected.description, (error as Error).message));
    return null;
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  const pages = Math.max(1, meta.pages ?? 1);
  const pixels = width * height;
  if (!width || !height) {
    ctx.message(log.corruptFile(detected.description, 'no image dimensions'));
    return null;
  }
  if (pixels > options.maxPixels) {
    ctx.message(log.imageTooLarge(pixels, options.maxPixels));
    return null;
  }
  const shapeProblem = imageShapeProblem(width, height);
  if (shapeProblem) {
    ctx.message(log.imageShape(width, height, shapeProblem));
    return null;
  }
  const dpi = meta.density && meta.density >= 100 ? meta.density : undefined;
  // Decode the first page before starting OCR: damaged pixel data is a corrupt file, not an OCR failure.
  const decode = (i: number) => sharp(bytes, { page: i, limitInputPixels: options.maxPixels }).png({ compressionLevel: 1 }).toBuffer();
  let first: Buffer | null;
  try {
    first = await decode(0);
  } catch (error) {
    ctx.message(log.corruptFile(detected.description, (error as Error).message.split('\n')[0]!));
    return null;
  }
  const { engine, fellBack } = await ocrEngineFor(ctx, options);
  if (fellBack) reportFallbackOnce(ctx);
  // The syllable model weighs the engine's choices of marks (ocr/tone-choices.ts).
  const lm = (await getRestorer(ctx)).lm;

  const read = Math.max(0, Math.min(pages, options.maxPages - firstPage + 1));
  if (read < pages) ctx.message(log.pagesOverLimit(pages, read));
  const texts: string[] = new Array(read).fill('');
  const tables: Table[][] = new Array(read).fill([]);
  const boxes: Array<PageWords | null> = new Array(read).fill(null);
  const pageInfo: PageInfo[] = [];
  // Pages are decoded only as workers free up: a 50-page TIFF never has all its pages in memory.
  const pool = new TaskPool(Math.max(1, options.ocrWorkers));
  const pageNotes = new PageMessages(ctx);
  await Promise.all(
    Array.from({ length: read }, (_, i) => pool.run(async () => {
      const n = firstPage + i;
      try {
        const png = i === 0 && first ? first : await decode(i);
        if (i === 0) first = null; // not kept while the other pages are read
        const prepared = await preparePage(png, { dpi, maxPixels: options.maxPixels, illumination: options.illumination });
        if (prepared.blank) {
          pageInfo[i] = { page: n, method: 'ocr', confidence: null, reason: 'blank', detail: 'no text on the page image' };
          return;
        }
        const r = await ocrPreparedPage(engine, prepared, { page: n, lm, header: n === 1 });
        texts[i] = r.text;
        tables[i] = r.tables;
        boxes[i] = r.wordBoxes;
        pageInfo[i] = {
          page: n,
          method: 'ocr',
          confidence: r.confidence,
          reason: 'image',
          engine: engineLabel(engine),
          ...(prepared.letterHeight !== null ? { detail: `letter height ${prepared.letterHeight} px` } : {}),
          ...(prepared.upscale > 1 ? { upscale: prepared.upscale } : {}),
          ...coarseScanInfo(prepared),
        };
        if (r.confidence !== null && r.confidence < LOW_CONFIDENCE) pageNotes.say(n, log.ocrLowConfidence(r.confidence), { page: n });
        if (r.illegible.length) pageNotes.say(n, log.ocrIllegible(r.illegible.map((w) => JSON.stringify(w)).join(', ')), { page: n });
        if (r.turned) pageNotes.say(n, log.pageUpsideDown(), { page: n });
        if (r.signatureWords) pageNotes.say(n, log.signatureBox(r.signatureWords), { page: n });
      } catch (error) {
        pageInfo[i] = { page: n, method: 'ocr', confidence: null, reason: 'ocr-failed', detail: (error as Error).message };
        pageNotes.say(n, log.ocrFailed(`page ${n}: ${(error as Error).message}`), { page: n });
      }
    })),
  );
  pageNotes.flush();
  const blank = pageInfo.filter((p) => p.reason === 'blank').map((p) => p.page);
  if (blank.length) ctx.message(log.blankPages(pageList(blank)));
  const upscaled = pageInfo.filter((p) => p.upscale).map((p) => p.page);
  if (upscaled.length) ctx.message(log.ocrUpscaled(pageList(upscaled)));
  return {
    text: texts.join('\f'),
    format: 'image',
    pages,
    ocr: true,
    pageInfo,
    tables: tables.flat(),
    wordBoxes: joinPageWords(texts.map((text, i) => ({ text, words: boxes[i] ? [boxes[i]!] : [] }))),
  };
};
