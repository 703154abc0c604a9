// Stage 1: bytes → text with provenance, by the reader for the format the content really is.
// A document made of several files (page images) is read part by part, in page order, and the
// parts' pages numbered on from one another.
import { log } from '../../output/diagnostics.js';
import { detectFormat, type FormatKind } from '../readers/detect.js';
import type { Reader } from '../readers/reader.js';
import { readText } from '../readers/text.js';
import { joinPageWords } from '../ocr/word-boxes.js';
import type { ReadOptions } from '../../output/options.js';
import type { PlanDoc, ReadOutput, Stage, StageContext } from '../../output/stage.js';

/** Stage 1, built from its own options: the limits and OCR choices every reader follows. */
export function createReadStage(options: ReadOptions): Stage {
  return (doc, ctx) => readDocument(doc, ctx, options);
}

async function readDocument(doc: PlanDoc, ctx: StageContext, options: ReadOptions): Promise<PlanDoc> {
  if (doc.parts?.length) return readParts(doc, ctx, options);
  if (doc.bytes.length === 0) {
    ctx.message(log.emptyFile());
    return doc;
  }
  const read = await readOne(doc.path, doc.bytes, 1, ctx, options);
  if (!read) return doc; // the reader reported why
  if (read.text.trim().length === 0) {
    ctx.message(log.noText());
    return doc;
  }
  return { ...doc, read, original: read.text };
}

async function readOne(path: string, bytes: Uint8Array, firstPage: number, ctx: StageContext, options: ReadOptions): Promise<ReadOutput | null> {
  const detected = await detectFormat(bytes, path);
  if (detected.mislabelled) ctx.message(log.mislabelled(detected.mislabelled.ext, detected.kind));
  const reader = await loadReader(detected.kind);
  if (!reader) {
    ctx.message(detected.kind === 'binary' ? log.binaryGarbage() : log.unsupportedFormat(detected.description));
    return null;
  }
  return reader({ path, bytes, detected, firstPage, options }, ctx);
}

async function readParts(doc: PlanDoc, ctx: StageContext, options: ReadOptions): Promise<PlanDoc> {
  const outputs: ReadOutput[] = [];
  const named = doc.parts!.map((p) => p.page).filter((p): p is number => p !== undefined);
  const missing: number[] = [];
  for (let n = 1, k = 0; named.length && n <= named[named.length - 1]!; n++) {
    if (named[k] === n) k++;
    else missing.push(n);
  }
  if (missing.length) ctx.message(log.partsMissing(missing.map((n) => `p${n}`).join(', ')));
  let next = 1;
  for (const part of doc.parts!) {
    if (next > options.maxPages) break;
    if (part.bytes.length === 0) {
      ctx.message(log.emptyFile());
      return doc;
    }
    const read = await readOne(part.path, part.bytes, next, ctx, options);
    // A part that cannot be read makes the document incomplete: it is not stored half.
    if (!read) return doc;
    outputs.push(read);
    next += read.pages ?? 1;
  }
  const total = doc.parts!.length;
  if (outputs.length < total) ctx.message(log.pagesOverLimit(next - 1 + (total - outputs.length), options.maxPages));
  const text = outputs.map((o) => o.text).join('\f');
  if (text.replace(/\f/g, '').trim().length === 0) {
    ctx.message(log.noText());
    return doc;
  }
  const read: ReadOutput = {
    text,
    format: outputs.every((o) => o.format === outputs[0]!.format) ? outputs[0]!.format : 'image',
    pages: next - 1,
    ocr: outputs.some((o) => o.ocr),
    pageInfo: outputs.flatMap((o) => o.pageInfo ?? []),
    tables: outputs.flatMap((o) => o.tables ?? []),
    partPages: outputs.map((o) => o.pages ?? 1),
    wordBoxes: joinPageWords(outputs.map((o) => ({ text: o.text, words: o.wordBoxes ?? [] }))),
  };
  return { ...doc, read, original: text };
}

/**
 * The reader for a format. Plain text, the bulk of an archive's converted plans, is read without
 * loading the other readers: they bring in pdf.js, mammoth and sharp, which a run over text files
 * never needs.
 */
async function loadReader(kind: FormatKind): Promise<Reader | undefined> {
  if (kind === 'text') return readText;
  const { readerFor } = await import('../readers/index.js');
  return readerFor(kind);
}
