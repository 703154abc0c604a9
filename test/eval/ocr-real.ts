// Real scanned pages with hand transcriptions (<name>.p<N>.txt beside the image or PDF, in
// test/real/scans/ or a folder given with --dir): character and word error rates of
//  - ours: the product's own reading of the page, the read stage's text for it (a PDF page drawn
//    by pdf.js with the signature widgets the reader chooses, the image's own dpi, a later page
//    image of a document read as its page N), not a reading of another rendering;
//  - ours without upscaling (what an upscaled page read like before), on the page image below;
//  - the raw tesseract CLI on the page image (PDF pages rendered at 300 dpi by pdftoppm);
//  - the PDF's own text layer, when it has one (<name>.layer.txt is not used: pdftotext here);
// and the header fields of the full pipeline's record against <name>.gold.json.
// WER is order-sensitive; "bag WER" ignores word order (a two-column header may be transcribed
// column by column or line by line, both right). Target: our WER ≤ 10%.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createOcrEngine } from '../../pipeline/ocr/engine.js';
import { nativeTesseractAvailable, runTesseractCli } from '../../pipeline/ocr/engine-native.js';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { parseOptions } from '../../pipeline/options.js';
import { FileContext } from '../../pipeline/context.js';
import { detectFormat } from '../../pipeline/readers/detect.js';
import { readerFor } from '../../pipeline/readers/index.js';
import type { ReadOptions } from '../../output/options.js';
import type { PageInfo } from '../../output/schema.js';
import { processBytes, processParts } from '../../pipeline/run.js';
import { groupPages } from '../../pipeline/page-groups.js';
import { PipelineServices } from '../../output/services.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { correctOcrMarks } from '../../normalizers/diacritics/ocr-marks.js';
import { errorRates, median, repoRoot, squash } from './ocr-set.js';

export const TARGET_WER = 0.1;

export interface RealPage {
  name: string;
  /** The image or PDF the page is in. */
  source: string;
  page: number;
  truth: string;
}

/** Transcribed pages: <name>.p<N>.txt beside <name>.pdf, <name>.p<N>.<image>, or <name>.<image>. */
export function realPages(dir: string): RealPage[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  const out: RealPage[] = [];
  for (const f of files) {
    const m = /^(.*)\.p(\d+)\.txt$/.exec(f);
    if (!m) continue;
    const [, name = '', digits = ''] = m;
    const page = Number(digits);
    const candidates = [`${name}.pdf`, ...['jpg', 'jpeg', 'png', 'tif', 'tiff'].flatMap((e) => [`${name}.p${page}.${e}`, ...(page === 1 ? [`${name}.${e}`] : [])])];
    const source = candidates.find((c) => files.includes(c));
    if (source) out.push({ name: `${name}.p${page}`, source: path.join(dir, source), page, truth: readFileSync(path.join(dir, f), 'utf8') });
  }
  return out;
}

/** The page as a PNG: the image itself, or the PDF page rendered at 300 dpi by poppler. */
function pageImage(page: RealPage, work: string): Buffer {
  if (!page.source.endsWith('.pdf')) return readFileSync(page.source);
  const out = path.join(work, `${path.basename(page.name)}`);
  execFileSync('pdftoppm', ['-r', '300', '-f', String(page.page), '-l', String(page.page), '-singlefile', '-png', page.source, out]);
  return readFileSync(`${out}.png`);
}

function pdfTextLayer(page: RealPage): string | null {
  if (!page.source.endsWith('.pdf')) return null;
  try {
    const text = execFileSync('pdftotext', ['-f', String(page.page), '-l', String(page.page), '-layout', page.source, '-'], { encoding: 'utf8' });
    return text.trim() ? text : null;
  } catch {
    return null;
  }
}

/**
 * What the product reads on the page: the reader for the file's format, as the read stage runs
 * it, and that page's text. A PDF is read up to the page; a page image named .pN. is read as the
 * N-th page of its document (no header look after page 1), as when its parts are read together.
 */
async function productReading(page: RealPage, options: ReadOptions, services: PipelineServices): Promise<{ text: string; info: PageInfo | null }> {
  const bytes = readFileSync(page.source);
  const detected = await detectFormat(bytes, page.source);
  const reader = readerFor(detected.kind);
  if (!reader) return { text: '', info: null };
  const pdf = detected.kind === 'pdf';
  const firstPage = pdf ? 1 : page.page;
  const ctx = new FileContext(services);
  const read = await reader({ path: page.source, bytes, detected, firstPage, options: { ...options, maxPages: pdf ? page.page : firstPage } }, ctx);
  const index = pdf ? page.page - 1 : 0;
  return { text: read?.text.split('\f')[index] ?? '', info: read?.pageInfo?.[index] ?? null };
}

/** Word error rate ignoring order: words of the truth not matched in the hypothesis, and extra words. */
export function bagWer(hypothesis: string, truth: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const w of squash(s).split(' ').filter(Boolean)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const h = count(hypothesis);
  const t = count(truth);
  let matched = 0;
  let total = 0;
  let extra = 0;
  for (const [w, n] of t) {
    total += n;
    matched += Math.min(n, h.get(w) ?? 0);
  }
  for (const [w, n] of h) extra += Math.max(0, n - (t.get(w) ?? 0));
  return (total - matched + extra) / Math.max(1, total);
}

interface Score {
  chars: number;
  charErrors: number;
  words: number;
  wordErrors: number;
  bagErrors: number;
  ms: number;
  /** Each page's WER, for the median page. */
  pageWers: number[];
  pageCers: number[];
}
const empty = (): Score => ({ chars: 0, charErrors: 0, words: 0, wordErrors: 0, bagErrors: 0, ms: 0, pageWers: [], pageCers: [] });
function add(score: Score, hypothesis: string, truth: string, ms: number) {
  const r = errorRates(hypothesis, truth);
  score.chars += r.chars;
  score.charErrors += r.cer * r.chars;
  score.words += r.words;
  score.wordErrors += r.wer * r.words;
  score.bagErrors += bagWer(hypothesis, truth) * r.words;
  score.ms += ms;
  score.pageWers.push(r.wer);
  score.pageCers.push(r.cer);
  return r;
}
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

/** Header fields of a record against a gold document: right / compared. */
const FIELDS = ['typeCode', 'number', 'symbol', 'date', 'issuer.name', 'signer.name'] as const;
function fieldValue(o: Record<string, unknown>, field: string): unknown {
  return field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
}
const norm = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() : v);

export async function main(): Promise<void> {
  const dirAt = process.argv.indexOf('--dir');
  const dir = dirAt > 0 ? path.resolve(process.argv[dirAt + 1]!) : path.join(repoRoot, 'test/real/scans');
  const use = dir;
  // --page REGEX: only the pages (and gold documents) whose name matches; --no-fields: skip the
  // header fields of whole documents (a few minutes), for a quick look at a few pages' WER.
  const pageAt = process.argv.indexOf('--page');
  const pageFilter = pageAt > 0 ? new RegExp(process.argv[pageAt + 1]!) : null;
  const withFields = !process.argv.includes('--no-fields');
  // --dump DIR: each page's readings (ours, ours normalised, CLI) written beside its transcription, to diff.
  const dumpAt = process.argv.indexOf('--dump');
  const dump = dumpAt > 0 ? path.resolve(process.argv[dumpAt + 1]!) : null;
  if (dump) mkdirSync(dump, { recursive: true });
  const save = (page: RealPage, kind: string, text: string) => {
    if (dump) writeFileSync(path.join(dump, `${page.name}.${kind}.txt`), text);
  };
  const pages = realPages(use).filter((p) => !pageFilter || pageFilter.test(p.name));
  if (!pages.length) {
    console.log(`no transcribed pages (<name>.p<N>.txt) in ${use}`);
    return;
  }
  const workers = 2;
  const { engine } = createOcrEngine('auto', workers);
  const work = mkdtempSync(path.join(tmpdir(), 'kehoach-ocr-real-'));
  const scores = { ours: empty(), restored: empty(), noUpscale: empty(), cli: empty(), layer: empty() };
  // What the normalise stage makes of our text: diacritic restoration (OCR channel), then the marks
  // of words read with the wrong ones (normalizers/diacritics/ocr-marks.ts), as in the pipeline.
  const restorer = new Restorer(loadModel());
  const upscaleCost = { ms: 0, ocrMs: 0 };
  const rows: string[] = [];
  console.log(`${pages.length} transcribed real pages in ${use} (engine: ${engine.name})\n`);
  const options = parseOptions({});
  const readings = new PipelineServices(options);
  try {
    for (const page of pages) {
      let t = performance.now();
      const product = await productReading(page, options, readings);
      const readMs = performance.now() - t;
      upscaleCost.ocrMs += readMs;
      const r = add(scores.ours, product.text, page.truth, readMs);
      t = performance.now();
      const restored = correctOcrMarks(restorer.lm, restorer.restore(product.text, { ownOcr: true }).text).text;
      const n = add(scores.restored, restored, page.truth, performance.now() - t);
      save(page, 'truth', page.truth);
      save(page, 'ours', product.text);
      save(page, 'normalised', restored);
      const how = product.info ? `${product.info.method}${product.info.upscale ? ` ×${product.info.upscale}` : ''}` : 'not read';
      let line = `  ${page.name.padEnd(26)} ours CER ${pct(r.cer)} WER ${pct(r.wer)} bag ${pct(bagWer(product.text, page.truth))} restored WER ${pct(n.wer)}  (${how})`;
      // The page image, for the comparisons: the engine without upscaling, the raw CLI.
      const png = pageImage(page, work);
      const prepared = await preparePage(png);
      upscaleCost.ms += prepared.upscaleMs + prepared.inkMs;
      if (prepared.upscale > 1) {
        t = performance.now();
        const plain = await ocrPreparedPage(engine, await preparePage(png, { maxPixels: 1 }), { page: page.page, header: page.page === 1 });
        const p = add(scores.noUpscale, plain.text, page.truth, performance.now() - t);
        line += `; without upscaling (×${prepared.upscale}, letters ${prepared.letterHeight ?? '-'} px): WER ${pct(p.wer)}`;
      } else add(scores.noUpscale, product.text, page.truth, 0);
      if (nativeTesseractAvailable()) {
        t = performance.now();
        const cli = await runTesseractCli(png, 'txt');
        const c = add(scores.cli, cli, page.truth, performance.now() - t);
        save(page, 'cli', cli);
        line += `; CLI WER ${pct(c.wer)}`;
      }
      const layer = pdfTextLayer(page);
      if (layer) {
        const l = add(scores.layer, layer, page.truth, 0);
        line += `; text layer WER ${pct(l.wer)}`;
      }
      rows.push(line);
    }
  } finally {
    await engine.close();
    await readings.close();
    rmSync(work, { recursive: true, force: true });
  }
  const summary = (name: string, s: Score) =>
    s.words ? `${name.padEnd(30)} CER ${pct(s.charErrors / s.chars)}  WER ${pct(s.wordErrors / s.words)}  bag WER ${pct(s.bagErrors / s.words)}  median page WER ${pct(median(s.pageWers))} CER ${pct(median(s.pageCers))}  ${(s.ms / 1000).toFixed(1)} s` : null;
  console.log(rows.join('\n'));
  console.log('');
  for (const line of [
    summary('ours (the product\'s reading)', scores.ours),
    summary('ours, then normalised (marks)', scores.restored),
    summary('ours without upscaling', scores.noUpscale),
    summary('tesseract CLI (raw, vie)', scores.cli),
    summary('PDF text layers (pdftotext)', scores.layer),
  ]) {
    if (line) console.log(line);
  }
  console.log(`upscaling + red-ink drop cost: ${upscaleCost.ms.toFixed(0)} ms over ${(upscaleCost.ocrMs / 1000).toFixed(1)} s of the product's page readings (${((upscaleCost.ms / Math.max(1, upscaleCost.ocrMs)) * 100).toFixed(1)}%)`);
  const wer = scores.ours.wordErrors / Math.max(1, scores.ours.words);
  console.log(`target: WER ≤ ${TARGET_WER * 100}% on real scans: ${wer <= TARGET_WER ? 'PASS' : 'FAIL'}\n`);
  if (!withFields) return;

  // Header fields of whole documents (every scan with a gold header), through the pipeline.
  const services = new PipelineServices(options);
  let right = 0;
  let compared = 0;
  const docRows: string[] = [];
  try {
    const scans = readdirSync(use)
      .filter((f) => /\.(pdf|jpe?g|png|tiff?)$/i.test(f) && (!pageFilter || pageFilter.test(f)))
      .map((f) => path.join(use, f));
    for (const group of groupPages(scans)) {
      if (group.kind === 'continuation') continue;
      const first = group.kind === 'single' ? group.path : group.parts[0]!.path;
      const stem = path.basename(first).replace(/(\.p\d+)?\.[^.]+$/, '').replace(/[_-]\d+$/, (s) => (group.kind === 'parts' ? '' : s));
      const goldPath = [path.join(use, `${stem}.gold.json`), path.join(use, `${path.basename(first).replace(/\.[^.]+$/, '')}.gold.json`)].find(existsSync);
      if (!goldPath) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { document: Record<string, unknown>; signer?: Record<string, unknown> };
      const result =
        group.kind === 'single'
          ? await processBytes(first, readFileSync(first), { options, services })
          : await processParts(group.parts.map((p) => ({ path: p.path, page: p.page, bytes: readFileSync(p.path) })), { options, services });
      const record = result.record as unknown as Record<string, Record<string, unknown>> | null;
      const marks: string[] = [];
      for (const field of FIELDS) {
        const [from, key] = field === 'signer.name' ? ['signer', 'name'] : ['document', field];
        const want = fieldValue((gold as Record<string, Record<string, unknown>>)[from!] ?? {}, key!);
        if (want === undefined) continue;
        const got = record ? fieldValue(record[from!] ?? {}, key!) : undefined;
        compared++;
        const ok = norm(got ?? null) === norm(want);
        if (ok) right++;
        marks.push(`${field} ${ok ? 'ok' : `✗ (${JSON.stringify(got ?? null)} ≠ ${JSON.stringify(want)})`}`);
      }
      docRows.push(`  ${path.basename(first).padEnd(26)} ${result.status.padEnd(15)} ${marks.join('; ')}`);
    }
  } finally {
    await services.close();
  }
  console.log(`header fields of real scans: ${right}/${compared} right\n${docRows.join('\n')}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
