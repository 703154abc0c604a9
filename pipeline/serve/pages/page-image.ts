// A page of a plan's source file as a PNG, for the page-image panel. The file is the one the
// store recorded for that source (never a path from the request), and is read only when its
// bytes are still the ones that were ingested: a changed or missing file is said so, since the
// word boxes would not fit another page.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { PDFParse } from 'pdf-parse';
import { pdfjsAssetOptions } from '../../readers/pdfjs-assets.js';
import type { PlanRecord } from '../../../output/schema.js';

/** Widest page image sent, in pixels (enough to read a word box, small enough to send fast). */
const MAX_WIDTH = 1400;
/** pdf.js scale for a PDF page: 2 × 72 dpi. */
const PDF_SCALE = 2;

export type PageImage = { png: Buffer } | { problem: 'missing' | 'changed' | 'no-page' | 'unreadable'; message: string };

/** The file holding page `n` of the record's source, and the page inside that file (0-based). */
function fileOfPage(record: PlanRecord, n: number): { path: string; sha256: string; pageInFile: number } | null {
  const parts = record.source.parts;
  if (parts?.length) {
    const part = [...parts].reverse().find((p) => p.page <= n);
    return part ? { path: part.path, sha256: part.sha256, pageInFile: n - part.page } : null;
  }
  return { path: record.source.path, sha256: record.source.sha256, pageInFile: n - 1 };
}

type SourceFile = { bytes: Buffer; pageInFile: number } | { problem: 'missing' | 'changed' | 'no-page'; message: string };

/** The bytes of the file holding page `n`, when it is still the file that was ingested. */
export async function sourceFileOf(record: PlanRecord, n: number): Promise<SourceFile> {
  if (!Number.isInteger(n) || n < 1 || (record.source.pages !== null && n > record.source.pages)) {
    return { problem: 'no-page', message: `Tệp nguồn không có trang ${n} · the source has no page ${n}` };
  }
  if (record.source.format !== 'image' && record.source.format !== 'pdf') {
    return { problem: 'no-page', message: 'Nguồn này là văn bản, không có ảnh trang · this source has no page images' };
  }
  const file = fileOfPage(record, n);
  if (!file) return { problem: 'no-page', message: `Không có tệp cho trang ${n}` };
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch {
    return { problem: 'missing', message: `Tệp nguồn không còn ở ${file.path} · the source file is gone` };
  }
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    return { problem: 'changed', message: `Tệp ${file.path} đã thay đổi từ khi nạp · the file changed since it was ingested` };
  }
  return { bytes, pageInFile: file.pageInFile };
}

export async function renderSourcePage(record: PlanRecord, n: number): Promise<PageImage> {
  const file = await sourceFileOf(record, n);
  if ('problem' in file) return file;
  try {
    if (record.source.format === 'pdf') return { png: await pdfPage(file.bytes, file.pageInFile + 1) };
    return { png: await sharp(file.bytes, { page: file.pageInFile, limitInputPixels: 200_000_000 }).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true }).png().toBuffer() };
  } catch {
    return { problem: 'unreadable', message: 'Không đọc được ảnh trang · the page could not be rendered' };
  }
}

async function pdfPage(bytes: Buffer, page: number): Promise<Buffer> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, ...pdfjsAssetOptions });
  try {
    const shot = await parser.getScreenshot({ partial: [page], scale: PDF_SCALE, imageDataUrl: false, imageBuffer: true });
    const data = shot.pages[0]?.data;
    if (!data?.length) throw new Error('no page');
    return await sharp(Buffer.from(data)).resize({ width: MAX_WIDTH, withoutEnlargement: true }).png().toBuffer();
  } finally {
    await parser.destroy().catch(() => {});
  }
}
