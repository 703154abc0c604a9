// The PDF reader on generated PDFs: a text layer, an image-only scan, and broken files.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { renderScanPages, scanPdf, textPdf } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { readAs } from './helpers.js';
import { cer, seed } from './ocr-helpers.js';
import { pdfkitBytes, zeroPagePdf } from './pdf-fixtures.js';
import { nativeTesseractAvailable } from '../../pipeline/ocr/engine-native.js';

const require = createRequire(import.meta.url);
const FONT = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSerif.ttf');

/**
 * A page as word processors write it: a frame around the page, a paragraph, a table whose
 * borders are thin filled bars drawn cell by cell (one cell's text wrapped over two lines);
 * then a page that holds only the signer's name.
 */
function wordProcessorPdf(): Promise<Buffer> {
  const rows = [
    ['TT', 'Nội dung công việc', 'Thời gian'],
    ['1.', ['Xây dựng kế hoạch thi đua', 'năm 2024'], 'Tháng 01/2024'],
    ['2.', 'Tổ chức sơ kết phong trào', 'Tháng 6/2024'],
  ] as const;
  const xs = [70, 110, 400, 530];
  const ys = [200, 225, 265, 290];
  return pdfkitBytes({ size: 'A4', margin: 0 }, (doc) => {
    doc.font(FONT).fontSize(11);
    doc.rect(40, 40, 515, 760).lineWidth(1).stroke();
    doc.text('Các đơn vị thực hiện những nội dung sau theo đúng thời gian:', 70, 160, { lineBreak: false });
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const lines = typeof cell === 'string' ? [cell] : cell;
        lines.forEach((line, k) => doc.text(line, xs[c]! + 4, ys[r]! + 5 + k * 14, { lineBreak: false }));
      });
    });
    for (const y of ys) for (let c = 0; c < 3; c++) doc.rect(xs[c]!, y - 0.25, xs[c + 1]! - xs[c]!, 0.5).fill();
    for (const x of xs) for (let r = 0; r < 3; r++) doc.rect(x - 0.25, ys[r]!, 0.5, ys[r + 1]! - ys[r]!).fill();
    doc.addPage({ size: 'A4', margin: 0 });
    doc.font(FONT).fontSize(13).text('Nguyễn Văn Bình', 380, 100, { lineBreak: false });
  });
}

const options = parseOptions({});
const services = new PipelineServices(options);
const read = (name: string, bytes: Uint8Array) => processBytes(name, bytes, { options, services });

let dir: string;
const plan = compactPlan(seed('003'));
let text: { pdf: Buffer; truth: string[] };
let scan: Buffer;
let scanTruth: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kehoach-pdf-'));
  text = await textPdf(plan);
  const pages = await renderScanPages(plan, { maxPages: 1, seed: 3 });
  scanTruth = pages[0]!.truth;
  scan = await scanPdf(pages);
});

afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

describe('readPdf', () => {
  it("leaves V8's Array.prototype.push in place after pdf.js has read a document", async () => {
    // pdf.js's polyfills replace it with a much slower one, at import and again with its worker.
    const push = Array.prototype.push;
    await read('plan.pdf', text.pdf);
    expect(Array.prototype.push).toBe(push);
    expect(push.toString()).toMatch(/\[native code\]/);
  });

  it('reads a text layer page by page without OCR, header columns not interleaved', async () => {
    const result = await read('plan.pdf', text.pdf);
    const source = result.record!.source;
    expect(source.ocr).toBe(false);
    expect(source.pages).toBe(text.truth.length);
    expect(source.pageInfo!.every((p) => p.method === 'text' && p.confidence === null)).toBe(true);
    const pages = result.record!.text.original.split('\f');
    expect(pages).toHaveLength(text.truth.length);
    // The laid-out page text is the text drawn, in reading order.
    pages.forEach((p, i) => expect(cer(p, text.truth[i]!)).toBeLessThan(0.01));
  });

  it('reads an image-only page by OCR and records method and confidence', async () => {
    const result = await read('scan.pdf', scan);
    const source = result.record!.source;
    expect(source.ocr).toBe(true);
    expect(source.pageInfo).toEqual([
      { page: 1, method: 'ocr', confidence: expect.any(Number), reason: 'text-layer-missing', detail: 'the page has no text layer', engine: nativeTesseractAvailable() ? 'tesseract' : 'tesseract.js' },
    ]);
    expect(source.pageInfo![0]!.confidence!).toBeGreaterThan(60);
    expect(result.diagnostics.map((d) => d.code)).toContain('OCR_PAGE');
    expect(cer(result.record!.text.original, scanTruth)).toBeLessThan(0.05);
  });

  it('rebuilds a table from the lines the page draws (filled bars), not from the page frame', async () => {
    const { read, codes } = await readAs('plan.pdf', await wordProcessorPdf());
    expect(read!.tables).toEqual([
      {
        page: 1,
        rows: [
          ['TT', 'Nội dung công việc', 'Thời gian'],
          ['1.', 'Xây dựng kế hoạch thi đua năm 2024', 'Tháng 01/2024'],
          ['2.', 'Tổ chức sơ kết phong trào', 'Tháng 6/2024'],
        ],
      },
    ]);
    expect(read!.text.split('\f')[0]!.split('\n')).toEqual([
      'Các đơn vị thực hiện những nội dung sau theo đúng thời gian:',
      'TT\tNội dung công việc\tThời gian',
      '1.\tXây dựng kế hoạch thi đua năm 2024\tTháng 01/2024',
      '2.\tTổ chức sơ kết phong trào\tTháng 6/2024',
    ]);
    // The page with only the signer's name has no scan behind it: its text is all there is.
    expect(read!.pageInfo).toEqual([
      { page: 1, method: 'text', confidence: null, reason: 'text-layer-good' },
      { page: 2, method: 'text', confidence: null, reason: 'text-layer-good', detail: 'the page has too little text for a page, and no scan behind it' },
    ]);
    expect(read!.text.split('\f')[1]).toBe('Nguyễn Văn Bình');
    expect(codes).not.toContain('OCR_PAGE');
  });

  const broken: Array<[string, () => Promise<Buffer> | Buffer, string]> = [
    ['encrypted', () => pdfkitBytes({ userPassword: 'secret', ownerPassword: 'owner' }, (d) => d.text('x')), 'ENCRYPTED'],
    ['corrupt', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n', 'latin1'), 'CORRUPT_FILE'],
    ['truncated', async () => text.pdf.subarray(0, 400), 'CORRUPT_FILE'],
    ['zero pages', () => zeroPagePdf(), 'NO_PAGES'],
  ];
  it.each(broken)('a %s PDF fails with its code', async (_, make, code) => {
    const result = await read('bad.pdf', await make());
    expect(result.status).toBe('failure');
    expect(result.diagnostics.filter((d) => d.fatal).map((d) => d.code)).toEqual([code]);
  });
});

describe('the same plan as .txt, text PDF and scan', () => {
  it('yields the same number, date, issuer and task count', { timeout: 240_000 }, async () => {
    const source = compactPlan(seed('000'), 3);
    const pages = await renderScanPages(source, { maxPages: 2, seed: 5 });
    const fromText = await read('plan.txt', Buffer.from(source));
    const fromPdf = await read('plan.pdf', (await textPdf(source)).pdf);
    const fromScan = await read('plan.scan.pdf', await scanPdf(pages));
    const key = (r: typeof fromText) => ({
      number: r.record?.document.number,
      date: r.record?.document.date,
      issuer: r.record?.document.issuer.name,
      tasks: r.record?.tasks.length,
    });
    expect(key(fromText).tasks).toBeGreaterThan(0);
    expect(key(fromPdf)).toEqual(key(fromText));
    expect(key(fromScan)).toEqual(key(fromText));
  });
});
