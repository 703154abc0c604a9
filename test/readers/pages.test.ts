// Real pages: small text upscaled before OCR, blank pages never OCR'd, a page limit, and the
// per-page decision to keep a PDF's text layer or OCR the page (--ocr auto|always|never).
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrEngine, ocrServiceKey } from '../../pipeline/ocr/engine.js';
import type { OcrEngine } from '../../pipeline/ocr/types.js';
import { parseOptions } from '../../pipeline/options.js';
import { brokenSyllables, lostOnsets, MIN_BROKEN_SYLLABLES, poorVietnamese, textLayerProblem, textLayerQuality } from '../../pipeline/readers/page-quality.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { foreignOcrReading, sandwichPdf } from '../fixtures/bad-layer.js';
import { emptyPdf } from '../fixtures/empty-pdf.js';
import { renderScanPages, scanPdf, textPdf, type ScanPage } from '../fixtures/scans.js';
import { compactPlan } from './compact-plan.js';
import { cer, seed } from './ocr-helpers.js';

const services = new PipelineServices(parseOptions({}));
const run = (name: string, bytes: Uint8Array, raw: Parameters<typeof parseOptions>[0] = {}) =>
  processBytes(name, bytes, { options: parseOptions(raw), services });
const stripMarks = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const codes = (r: { diagnostics: Array<{ code: string }> }) => r.diagnostics.map((d) => d.code);

let page: ScanPage;
let white: Buffer;
beforeAll(async () => {
  [page] = (await renderScanPages(compactPlan(seed('004')), { maxPages: 1, degrade: 'clean' })) as [ScanPage];
  white = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } }).png().toBuffer();
});
afterAll(() => services.close());

describe('text-layer quality', () => {
  const good = seed('003');
  it.each([
    ['good Vietnamese', good, false],
    ['horn letters read as umlauts', foreignOcrReading(good), true],
    ['stacked and doubled marks', good.replace(/ệ/g, 'ệ\u0301').replace(/ộ/g, 'ộ\u0300'), true],
    ['marks dropped from every other word', good.replace(/[\p{L}]+/gu, (w, i: number) => (i % 2 ? w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : w)), false],
    ['too few marked words to judge', 'Số: 12/KH-UBND Hà Nội', false],
    ['read without Vietnamese (all marks stripped)', good.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'), true],
  ])('%s → poor: %s', (_name, text, poor) => {
    expect(poorVietnamese(text) !== null).toBe(poor);
  });

  // A font whose ToUnicode maps some capitals to spaces: the letters are drawn, not in the layer.
  const dropCapitals = (text: string, letters: RegExp) => text.replace(letters, ' ');
  it.each([
    ['good Vietnamese', good, false],
    ['N, H, T dropped wherever they start a word', dropCapitals(good, /(?<![\p{L}])[NHT](?=\p{Ll})/gu), true],
    ['one "ội" in a long page (a typo)', `${good} ội`, false],
  ])('lost letters: %s', (_name, text, lost) => {
    expect(lostOnsets(text) !== null).toBe(lost);
    expect(textLayerProblem(text)?.code === 'text-layer-not-vietnamese').toBe(lost);
  });

  // Another engine's layer over a scan (ABBYY on a mixed-raster page): syllables cut after their
  // onset, a 1 among figures read as a marked letter.
  const cutEvery = (text: string, n: number) => {
    let k = 0;
    return text.replace(/(?<![\p{L}])([BSTLbstl])([ộốưậ]\p{L}*)/gu, (w, onset: string, rhyme: string) => (k++ % n === 0 ? `${onset} ${rhyme}` : w));
  };
  it.each([
    ['good Vietnamese', good, 0],
    ['syllables cut after their onset', cutEvery(good, 1), 4],
    ['figures holding a marked letter', `${good} Nghị định số 95/20Ỉ2/NĐ-CP ngày 12 tháng 11 năm 20ỉ 2; số 52/20ỉS/NĐ-CP; năm 20ỉ 3; 1ộ2`, 4],
    ['a heading set letter by letter', `${good} Q U Y Ế T Đ Ị N H V Ề V I Ệ C B Ộ S Ố`, 0],
    ['list letters and money', `${good} điểm b khoản 2, điểm đ khoản 3, mức 500.000đ, phụ lục c ấn định`, 0],
  ])('cut syllables: %s → at least %i', (_name, text, atLeast) => {
    const { count } = brokenSyllables(text);
    if (atLeast === 0) expect(count).toBeLessThan(MIN_BROKEN_SYLLABLES);
    else expect(count).toBeGreaterThanOrEqual(atLeast);
    const problem = textLayerProblem(text);
    // Read again only over a scan (thin): a drawn page cut so would read no better.
    if (atLeast) expect(problem).toMatchObject({ code: 'text-layer-not-vietnamese', thin: true });
    else expect(problem).toBeNull();
  });

  it('counts foreign letters and impossible marks', () => {
    const q = textLayerQuality('Kế hoạch thi đüa năm 2024 hội nghị cö quan ệ\u0301');
    expect(q.foreignLetters).toBe(2);
    expect(q.impossibleMarks).toBe(1);
    expect(q.syllableShare).toBeLessThan(1);
  });
});

describe('small text is upscaled before OCR', () => {
  it('a 576-pixel-wide photo of a page reads as a plan, page enlarged and recorded', async () => {
    const small = await sharp(page.png).resize({ width: 576 }).jpeg({ quality: 85 }).toBuffer();
    const result = await run('photo.jpg', small);
    expect(result.record).not.toBeNull();
    const info = result.record!.source.pageInfo![0]!;
    expect(info.upscale).toBeGreaterThan(2);
    expect(info.reason).toBe('image');
    expect(codes(result)).toContain('OCR_UPSCALED');
    expect(cer(result.record!.text.original, page.truth)).toBeLessThan(0.05);
  });

  it('a page scanned at 300 dpi is not enlarged', async () => {
    const result = await run('scan.png', page.png);
    expect(result.record!.source.pageInfo![0]!.upscale).toBeUndefined();
    expect(codes(result)).not.toContain('OCR_UPSCALED');
  });
});

describe('blank pages and the page limit', () => {
  it('blank scanned pages and pages that draw nothing are not OCR\'d', async () => {
    const pdf = await scanPdf([{ png: white, truth: '' }, page, { png: white, truth: '' }]);
    const result = await run('scan.pdf', pdf);
    const info = result.record!.source.pageInfo!;
    expect(info.map((p) => p.reason)).toEqual(['blank', 'text-layer-missing', 'blank']);
    expect(info.map((p) => p.method)).toEqual(['text', 'ocr', 'text']);
    expect(result.diagnostics.find((d) => d.code === 'BLANK_PAGE')?.message).toContain('p1, p3');
  });

  // How its time grows with the pages: `npm run bench -- scaling --only "blank PDF"`.
  it('a 300-page blank PDF is read without OCR and fails as having no text', async () => {
    const result = await run('blank.pdf', await emptyPdf(300));
    expect(result.status).toBe('failure');
    expect(codes(result)).toEqual(['BLANK_PAGE', 'NO_TEXT']);
    expect(result.diagnostics[0]!.message).toContain('p1–300');
  });

  it('pages past --max-pages are left out with a diagnostic naming the limit', async () => {
    const { pdf, truth } = await textPdf(`${seed('003')}\n${seed('004')}`);
    expect(truth.length).toBeGreaterThan(2);
    const result = await run('long.pdf', pdf, { maxPages: 2 });
    expect(result.record!.source.pageInfo).toHaveLength(2);
    expect(result.record!.source.pages).toBe(truth.length);
    const over = result.diagnostics.find((d) => d.code === 'PAGES_OVER_LIMIT');
    expect(over?.message).toContain(`${truth.length} pages`);
    expect(over?.message).toContain('--max-pages');
  });
});

describe('a page OCR cannot read', () => {
  it('is reported with its page number and the rest of the document is kept', async () => {
    const own = new PipelineServices(parseOptions({}));
    const real = createOcrEngine('auto', 1).engine;
    let calls = 0;
    const flaky: OcrEngine = {
      name: real.name,
      recognize: (png) => (++calls === 2 ? Promise.reject(new Error('engine crashed')) : real.recognize(png)),
      close: () => real.close(),
    };
    const options = parseOptions({ ocrWorkers: 1 });
    await own.get(ocrServiceKey(options), async () => ({ engine: flaky, fellBack: false, close: () => flaky.close() }));
    try {
      const result = await processBytes('scan.pdf', await scanPdf([page, page]), { options, services: own });
      const info = result.record!.source.pageInfo!;
      expect(info.map((p) => p.reason)).toEqual(['text-layer-missing', 'ocr-failed']);
      const failed = result.diagnostics.find((d) => d.code === 'OCR_FAILED')!;
      expect(failed.page).toBe(2);
      expect(failed.message).toContain('page 2: engine crashed');
      expect(result.status).toBe('partial_success');
      expect(cer(result.record!.text.original.split('\f')[0]!, page.truth)).toBeLessThan(0.05);
    } finally {
      await own.close();
    }
  });
});

describe('--ocr: keep the text layer or OCR the page', () => {
  let sandwich: Buffer;
  beforeAll(async () => {
    sandwich = await sandwichPdf([page], [foreignOcrReading(page.truth)]);
  });

  it('auto: a poor Vietnamese layer is replaced by OCR of the page', async () => {
    const result = await run('scan.pdf', sandwich, { ocr: 'auto' });
    const info = result.record!.source.pageInfo![0]!;
    expect(info).toMatchObject({ method: 'ocr', reason: 'text-layer-not-vietnamese' });
    expect(info.detail).toMatch(/valid syllables/);
    expect(result.record!.text.original).not.toMatch(/[öüä]/);
    expect(cer(result.record!.text.original, page.truth)).toBeLessThan(0.05);
  });

  it('never: the layer is kept, with a warning', async () => {
    const result = await run('scan.pdf', sandwich, { ocr: 'never' });
    expect(result.record!.source.pageInfo![0]).toMatchObject({ method: 'text', reason: 'ocr-disabled' });
    expect(result.record!.text.original).toMatch(/[öü]/);
    expect(codes(result)).toContain('TEXT_LAYER_POOR');
  });

  it('auto: a layer without Vietnamese marks is OCR\'d over a scan, kept on a born-digital page', async () => {
    const overScan = await run('scan.pdf', await sandwichPdf([page], [stripMarks(page.truth)]), { ocr: 'auto' });
    expect(overScan.record!.source.pageInfo![0]).toMatchObject({ method: 'ocr', reason: 'text-layer-not-vietnamese' });
    expect(overScan.record!.source.pageInfo![0]!.detail).toMatch(/almost no Vietnamese marks/);
    const typed = await run('typed.pdf', (await textPdf(stripMarks(compactPlan(seed('004'))))).pdf, { ocr: 'auto' });
    expect(typed.record!.source.pageInfo![0]).toMatchObject({ method: 'text', reason: 'text-layer-good' });
    expect(typed.record!.source.pageInfo![0]!.detail).toMatch(/no scan behind it/);
  });

  it('auto keeps a good layer; always OCRs it', async () => {
    const { pdf } = await textPdf(compactPlan(seed('004')));
    const auto = await run('text.pdf', pdf, { ocr: 'auto' });
    expect(auto.record!.source.pageInfo!.every((p) => p.method === 'text' && p.reason === 'text-layer-good')).toBe(true);
    const always = await run('text.pdf', pdf, { ocr: 'always', maxPages: 1 });
    expect(always.record!.source.pageInfo![0]).toMatchObject({ method: 'ocr', reason: 'ocr-forced' });
  });

  it.each([['sometimes'], ['']])('rejects --ocr %j', (value) => {
    expect(() => parseOptions({ ocr: value })).toThrow(/--ocr must be one of auto, always, never/);
  });
});
