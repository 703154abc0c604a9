// The PDF reader on generated PDFs: a text layer, an image-only scan, and broken files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../pipeline/services.js';
import { renderScanPages, scanPdf, textPdf } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { cer, seed } from './ocr-helpers.js';
import { pdfkitBytes, zeroPagePdf } from './pdf-fixtures.js';

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
    expect(source.pageInfo).toEqual([{ page: 1, method: 'ocr', confidence: expect.any(Number) }]);
    expect(source.pageInfo![0]!.confidence!).toBeGreaterThan(60);
    expect(result.diagnostics.map((d) => d.code)).toContain('OCR_PAGE');
    expect(cer(result.record!.text.original, scanTruth)).toBeLessThan(0.05);
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
