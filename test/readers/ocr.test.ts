// OCR engines on one small crop of a generated scan (the header region), and TSV parsing.
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { NativeTesseractEngine, nativeTesseractAvailable, runTesseractCli } from '../../pipeline/ocr/engine-native.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { meanConfidence, parseTesseractTsv } from '../../pipeline/ocr/tsv.js';
import { renderScanPages } from '../fixtures/scans.js';
import { cer, seed } from './ocr-helpers.js';

let crop: Buffer;
const js = new TesseractJsEngine(1, 2);

beforeAll(async () => {
  const [page] = await renderScanPages(seed('003'), { maxPages: 1, degrade: { rotate: 0.8, blur: 0.7, noise: 15, jpegQuality: 60 } });
  crop = await sharp(page!.png).extract({ left: 0, top: 0, width: 2480, height: 700 }).png().toBuffer();
});
afterAll(() => js.close());

const HEADER_WORDS = ['CỘNG', 'HÒA', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM', 'Độc', 'lập', 'Tự', 'do', 'Hạnh', 'phúc'];

describe('OCR engines', () => {
  it('straightens a rotated page before recognition', async () => {
    const prepared = await preparePage(crop);
    expect(Math.abs(prepared.deskew + 0.8)).toBeLessThan(0.25);
  });

  it('tesseract.js reads Vietnamese from the package model, with word boxes and confidences', async () => {
    const prepared = await preparePage(crop);
    const page = await js.recognize(prepared.png);
    expect(page.words.length).toBeGreaterThan(15);
    for (const w of page.words) expect(w.x1).toBeGreaterThan(w.x0);
    const text = page.words.map((w) => w.text).join(' ');
    expect(cer(HEADER_WORDS.filter((w) => text.includes(w)).join(' '), HEADER_WORDS.join(' '))).toBeLessThan(0.1);
    expect(meanConfidence(page)!).toBeGreaterThan(70);
  });

  it('recycles a worker after its page budget and keeps reading', async () => {
    const prepared = await preparePage(crop);
    const small = await sharp(prepared.png).extract({ left: 0, top: 0, width: 1200, height: 400 }).toBuffer();
    await js.recognize(small);
    expect(js.recycled).toBeGreaterThanOrEqual(1);
    expect((await js.recognize(small)).words.length).toBeGreaterThan(3);
  });

  it.runIf(nativeTesseractAvailable())('the native engine gives the same kind of words', async () => {
    const native = new NativeTesseractEngine(1);
    const page = await native.recognize((await preparePage(crop)).png);
    const text = page.words.map((w) => w.text).join(' ');
    expect(HEADER_WORDS.filter((w) => text.includes(w)).length).toBeGreaterThan(HEADER_WORDS.length - 2);
  });

  it.runIf(nativeTesseractAvailable())('the native engine reads with the large model when asked, and with a folder given', async () => {
    const native = new NativeTesseractEngine(1);
    const page = await native.recognize((await preparePage(crop)).png, 'page', 'large');
    const text = page.words.map((w) => w.text).join(' ');
    expect(HEADER_WORDS.filter((w) => text.includes(w)).length).toBeGreaterThan(HEADER_WORDS.length - 2);
    // The folder reaches the command line: one without a model fails.
    await expect(runTesseractCli(crop, 'tsv', 'page', tmpdir())).rejects.toThrow();
  });

  it('parses tesseract TSV: words only, boxes from left/top/width/height, no empty or -1 rows', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t10\t20\t300\t40\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t20\t100\t40\t91.5\tKế',
      '5\t1\t1\t1\t1\t2\t120\t20\t150\t40\t80\thoạch',
      '5\t1\t1\t1\t1\t3\t280\t20\t10\t40\t95\t ',
    ].join('\n');
    const page = parseTesseractTsv(tsv);
    expect(page).toMatchObject({ width: 2480, height: 3508 });
    expect(page.words).toEqual([
      { text: 'Kế', confidence: 91.5, x0: 10, y0: 20, x1: 110, y1: 60, line: '1.1.1' },
      { text: 'hoạch', confidence: 80, x0: 120, y0: 20, x1: 270, y1: 60, line: '1.1.1' },
    ]);
  });
});
