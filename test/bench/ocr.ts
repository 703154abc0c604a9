// npm run bench:ocr [-- --quick] [--only ocr|upscale|text|memory|light|photo|smallprint] [--runs R] [--pages N]
//                   [--scan-pages N] [--soak-pages N] [--recycle N]
// OCR and PDF throughput and memory:
//  1. pages/s on the same scanned pages: our tesseract.js path (workers = cores) vs the tesseract
//     CLI run on all cores in parallel (OMP_THREAD_LIMIT=1 each), as a ratio in one run;
//  2. our native-engine path vs the raw CLI; then, to show where the ratios come from, both
//     engines alone on the pages as preparePage leaves them;
//  3. pages/s reading a text-layer PDF of 50+ pages (read stage, and the whole pipeline);
//  3b. what finding small text, sharpening soft pages, upscaling and dropping red ink cost beside OCR: the scanned pages shrunk to a
//     phone photo's size (576 px wide) and to a 150-dpi scan, measure + enlarge time against
//     the OCR time of the same page (target < 10%), the check alone on 300-dpi pages, and on 100-dpi
//     two-level scans drawn ×3 (their coarse grid measured and smoothed, the smoothing also alone), with
//     the earlier implementations of those steps timed beside the current ones (A/B); the
//     text-layer check of a PDF page against a 300-dpi page's OCR time; and
//     the second look at doubtful header figures on the real degraded photos, against their OCR time;
//  3c. what the photo steps cost (bend measure on every page; straightening and the grey hand-over
//     where they apply), A/B on the real page images (photoCost);
//  3d. what reading small print again costs (unread lines and signature boxes, on every first page
//     of the real scans) against the page's OCR time, and the large model on the grey photos, A/B
//     against the standard one (alternating order, page by page) (smallPrintCost);
//  4. in a fresh child process each (test/bench/ocr-memory.ts): peak RSS while ingesting a
//     50-page scanned PDF, and RSS growth over 200 OCR'd pages (a 10-page scan ingested 20
//     times with one engine, workers recycled), from after the first 10% to the end.
// Medians over R runs. Targets: js ≥ 0.8× CLI, native ≥ 0.95×, text ≥ 50 pages/s,
// peak RSS ≤ 1.5 GB, RSS growth < 10%. --quick: 1 run, fewer pages, recycling every 4 pages.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { OCR_MALLOC_ENV, TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { NativeTesseractEngine, nativeTesseractAvailable, runTesseractCli } from '../../pipeline/ocr/engine-native.js';
import { confirmPrintedFigures } from '../../pipeline/ocr/figure-second-look.js';
import { ocrPageImage, ocrPreparedPage } from '../../pipeline/ocr/page.js';
import { smoothGrid } from '../../pipeline/ocr/pixel-grid.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { textLayerProblem } from '../../pipeline/readers/page-quality.js';
import type { OcrEngine } from '../../pipeline/ocr/types.js';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { scanPdf, textPdf, type ScanPage } from '../fixtures/scans.js';
import { cpuClock, coarseDrawnLarger } from './bench-pages.js';
import { argValue, median, planTexts, scanSet } from '../eval/ocr-set.js';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
const part = (name: string) => !only || only === name;
const workers = cpus().length;
const runs = argValue('runs', quick ? 1 : 3);
const pagesPerPlan = argValue('pages', quick ? 1 : 2);
const scanPages = argValue('scan-pages', quick ? 6 : 50);
const soakPages = argValue('soak-pages', quick ? 12 : 200);
const recycleAfter = argValue('recycle', quick ? 4 : 0);
const report: Array<[string, string, string]> = [];
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const here = path.dirname(fileURLToPath(import.meta.url));

async function pagesPerSecond(n: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await task();
    times.push((performance.now() - t) / 1000);
  }
  return n / median(times);
}

let scanned: ScanPage[] = [];
async function scannedPages(): Promise<ScanPage[]> {
  if (!scanned.length) scanned = await scanSet(pagesPerPlan);
  return scanned;
}

async function ocrThroughput(): Promise<void> {
  const pages = await scannedPages();
  console.log(`${pages.length} scanned pages, ${workers} cores, ${runs} run(s) each`);
  const ours = (engine: OcrEngine) => () => Promise.all(pages.map((p, i) => ocrPageImage(engine, p.png, { page: 1, header: i === 0 })));
  const js = new TesseractJsEngine(workers);
  await js.recognize(await sharp(pages[0]!.png).extract({ left: 0, top: 0, width: 800, height: 300 }).png().toBuffer()); // warm up
  const jsRate = await pagesPerSecond(pages.length, ours(js));
  await js.close();
  report.push(['tesseract.js path (ours)', `${jsRate.toFixed(3)} pages/s`, '']);
  if (!nativeTesseractAvailable()) return;
  const cliAll = async () => {
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let p = queue.shift(); p; p = queue.shift()) await runTesseractCli(p.png, 'txt');
      }),
    );
  };
  const cliRate = await pagesPerSecond(pages.length, cliAll);
  const native = new NativeTesseractEngine(workers);
  const nativeRate = await pagesPerSecond(pages.length, ours(native));
  report.push(['tesseract CLI, all cores', `${cliRate.toFixed(3)} pages/s`, '']);
  report.push(['js path / CLI', `${(jsRate / cliRate).toFixed(2)}×`, 'target ≥ 0.8×']);
  report.push(['native path (ours)', `${nativeRate.toFixed(3)} pages/s`, '']);
  report.push(['native path / CLI', `${(nativeRate / cliRate).toFixed(2)}×`, 'target ≥ 0.95×']);
  // Where the ratios come from: the engines alone on the pages as preparePage leaves them
  // (prepared beforehand, untimed), the CLI again in parallel on all cores.
  const prepared = await Promise.all(pages.map(async (p) => (await preparePage(p.png)).png));
  const engineOnly = (engine: OcrEngine) => () => Promise.all(prepared.map((png) => engine.recognize(png)));
  const js2 = new TesseractJsEngine(workers);
  await js2.recognize(prepared[0]!);
  const jsEngineRate = await pagesPerSecond(prepared.length, engineOnly(js2));
  await js2.close();
  const cliPreparedRate = await pagesPerSecond(prepared.length, engineOnly(native));
  report.push(['  engines alone, on prepared pages: tesseract.js', `${jsEngineRate.toFixed(3)} pages/s`, `${(jsEngineRate / cliPreparedRate).toFixed(2)}× the CLI on the same pages`]);
  report.push(['  engines alone, on prepared pages: tesseract CLI', `${cliPreparedRate.toFixed(3)} pages/s`, `${(cliPreparedRate / cliRate).toFixed(2)}× the CLI on the raw scans`]);
}


/**
 * What finding the text size and soft edges, sharpening, upscaling and dropping red ink cost
 * beside OCR (preparePage's upscaleMs + inkMs), on the scanned pages shrunk to a phone photo's
 * size, to a 150-dpi scan, as 300-dpi pages, and as 100-dpi two-level scans drawn at 300 dpi
 * (their staircase smoothed: pixel-grid.ts). Each page is prepared with the earlier pixel
 * steps (A: test/bench/prep-reference) and the current ones (B), alternately (A B, B A, …: a
 * warming or loaded machine favours neither), `runs` times each (5 at least) timed by the wall
 * clock and as many by the CPU clock, and read once: the shares of OCR time before and after
 * come from the same run (wall clock, per-page medians), the A/B ratio from the CPU clock
 * (per-page medians; on a shared machine the wall clock counts other processes' time slices).
 * The two prepared pages must be the same bytes: the faster steps change nothing OCR gets, except
 * on the coarse pages, whose staircase libvips' Gaussian now rounds off in place of three box
 * blurs in JS (pixel-grid.ts): there the share of their ink pixels that differ is given, and the
 * smoothing alone is timed A/B as well (CPU time, alternately).
 */

/** Ink pixels (of either) that differ between two two-level pages of one size, and the ink pixels of the first. */
async function inkPixelsChanged(a: Buffer, b: Buffer): Promise<{ changed: number; ink: number }> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).grayscale().raw().toBuffer()));
  let changed = 0;
  let ink = 0;
  for (let i = 0; i < x!.length; i++) {
    if (x![i]! < 128) ink++;
    if (x![i]! < 128 !== y![i]! < 128) changed++;
  }
  return { changed, ink };
}

/** CPU milliseconds of the earlier smoothing (a) and the current one (b) on the page's grey, medians over `rounds` alternate runs. */
async function smoothingAlone(png: Buffer, step: number, earlier: typeof smoothGrid, rounds: number): Promise<{ a: number; b: number }> {
  const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  const gray = { data, width: info.width, height: info.height };
  const times = { a: [] as number[], b: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    for (const old of r % 2 ? [false, true] : [true, false]) {
      const started = cpuClock();
      await (old ? earlier : smoothGrid)(gray, step);
      (old ? times.a : times.b).push(cpuClock() - started);
    }
  }
  return { a: median(times.a), b: median(times.b) };
}

async function upscaleCost(): Promise<void> {
  const pages = (await scannedPages()).slice(0, quick ? 2 : 4);
  const engine = nativeTesseractAvailable() ? new NativeTesseractEngine(1) : new TesseractJsEngine(1);
  const { REFERENCE_STEPS } = await import('./prep-reference/index.js');
  const rounds = Math.max(5, runs);
  try {
    // As the engines are warmed up before they are timed: the first pages a process prepares run
    // the pixel loops before the JIT has compiled them (2–3× their later time over ~4 pages).
    for (const page of pages) {
      const small = await sharp(page.png).resize({ width: 576 }).png().toBuffer();
      await preparePage(small);
      await preparePage(small, { steps: REFERENCE_STEPS });
    }
    let pageOcrMs = 0;
    // -3: a 100-dpi two-level scan drawn at 300 dpi by repeating its pixels, whose staircase is smoothed (pixel-grid.ts);
    // -2: a 150-dpi one drawn ×2, which keeps the box blurs' bytes (pair averages a word at a time, pair-blur.ts).
    for (const width of [576, 1240, 0, -3, -2]) {
      let oldMs = 0;
      let newMs = 0;
      let ocrMs = 0;
      let factor = 0;
      let grid = 1;
      let differ = 0;
      /** Coarse pages: ink pixels of the two-level page OCR gets that the new smoothing changed, and all ink pixels. */
      const inkChange = { changed: 0, ink: 0 };
      const smoothing = { a: [] as number[], b: [] as number[] };
      const cpuRatios: number[] = [];
      for (const page of pages) {
        const png = width > 0 ? await sharp(page.png).resize({ width }).png().toBuffer() : width < 0 ? await coarseDrawnLarger(page.png, -width) : page.png;
        const wall = { a: [] as number[], b: [] as number[] };
        const cpu = { a: [] as number[], b: [] as number[] };
        let prepared: Awaited<ReturnType<typeof preparePage>> | null = null;
        let oldPng: Buffer | null = null;
        for (let r = 0; r < 2 * rounds; r++) {
          const clock = r < rounds ? undefined : cpuClock;
          const times = clock ? cpu : wall;
          for (const old of r % 2 ? [false, true] : [true, false]) {
            const p = await preparePage(png, old ? { steps: REFERENCE_STEPS, clock } : { clock });
            // What preparing adds for real scans: finding the text size, enlarging, dropping red ink.
            (old ? times.a : times.b).push(p.upscaleMs + p.inkMs);
            if (old) oldPng ??= p.png;
            else prepared ??= p;
          }
        }
        if (prepared!.gridStep > 1) {
          const changed = await inkPixelsChanged(oldPng!, prepared!.png);
          inkChange.changed += changed.changed;
          inkChange.ink += changed.ink;
          const alone = await smoothingAlone(png, prepared!.gridStep, REFERENCE_STEPS.smoothGrid, rounds);
          smoothing.a.push(alone.a);
          smoothing.b.push(alone.b);
        } else if (!oldPng!.equals(prepared!.png)) differ++;
        oldMs += median(wall.a);
        newMs += median(wall.b);
        cpuRatios.push(median(cpu.b) / median(cpu.a));
        factor = prepared!.upscale;
        grid = prepared!.gridStep;
        const started = performance.now();
        await engine.recognize(prepared!.png);
        ocrMs += performance.now() - started;
      }
      if (!width) pageOcrMs = ocrMs / pages.length;
      const what = `${width > 0 ? `${width} px wide` : width < 0 ? `${300 / -width}-dpi two-level drawn ×${-width}` : '300-dpi'} pages`;
      const steps = `text size and edge check${grid > 1 ? ' + coarse grid measure and smoothing' : ''} + sharpen + upscale + red-ink drop`;
      report.push([
        `${steps}, ${what}`,
        `${((newMs / ocrMs) * 100).toFixed(1)}%`,
        `of OCR time; target < 10% (${(newMs / pages.length).toFixed(0)} ms vs ${(ocrMs / pages.length).toFixed(0)} ms a page; ×${factor}${grid > 1 ? `, grid step ${grid} smoothed` : ''}; ${engine.name} engine)`,
      ]);
      const same = grid > 1
        ? `smoothing ${grid === 2 ? 'kept (three box blurs two wide, as pair averages in words)' : 'changed by design (libvips Gaussian for three box blurs)'}: ${((inkChange.changed / Math.max(1, inkChange.ink)) * 100).toFixed(2)}% of ink pixels differ${differ ? `; ${differ} other prepared pages DIFFER!` : ''}`
        : differ ? `${differ} prepared pages DIFFER!` : 'prepared pages identical';
      report.push([
        `  A/B earlier steps → current, ${what}`,
        `${median(cpuRatios).toFixed(2)}×`,
        `CPU time, median page (${cpuRatios.map((r) => r.toFixed(2)).join(' ')}); share of OCR time ${((oldMs / ocrMs) * 100).toFixed(1)}% → ${((newMs / ocrMs) * 100).toFixed(1)}%; ${same}`,
      ]);
      if (smoothing.a.length) {
        const ratios = smoothing.b.map((b, i) => b / smoothing.a[i]!);
        report.push([
          `  A/B smoothing alone (three box blurs in JS → ${grid === 2 ? 'pair averages in words' : 'libvips Gaussian'}), ${what}`,
          `${median(ratios).toFixed(2)}×`,
          `CPU time, median page (${ratios.map((r) => r.toFixed(2)).join(' ')}); ${median(smoothing.a).toFixed(0)} → ${median(smoothing.b).toFixed(0)} ms a page`,
        ]);
      }
    }
    textLayerCheckCost(pageOcrMs);
    await secondLookCost(engine);
  } finally {
    await engine.close();
  }
}

/**
 * The check of a PDF page's text layer (page-quality.ts: kept, or the page rendered and OCR'd),
 * on page-sized pieces of the plan texts and on the garbled layers of the real scanned PDFs in
 * test/real/scans: its time per page against a 300-dpi page's OCR time.
 */
function textLayerCheckCost(pageOcrMs: number): void {
  const dir = path.join(here, '../real/scans');
  const layers = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.layer.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')) : [];
  const pages = [...planTexts().flatMap((p) => p.text.match(/[^]{1,3000}/g) ?? []), ...layers];
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const started = performance.now();
    for (const page of pages) textLayerProblem(page);
    times.push((performance.now() - started) / pages.length);
  }
  const ms = median(times);
  report.push([`text-layer check, ${pages.length} PDF page layers`, `${((ms / pageOcrMs) * 100).toFixed(2)}%`, `of a 300-dpi page's OCR time (${ms.toFixed(2)} ms a page vs ${pageOcrMs.toFixed(0)} ms)`]);
}

/**
 * The second look at doubtful header figures (figure-second-look.ts) on the real degraded page
 * photos of test/real/scans/augmented, whose printed serial or day OCR reads without confidence:
 * its time against the page's OCR time. Pages without a doubtful figure cost nothing.
 */
async function secondLookCost(engine: OcrEngine): Promise<void> {
  const dir = path.join(here, '../real/scans/augmented');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /_1\.jpg$/.test(f)).sort();
  let lookMs = 0;
  let ocrMs = 0;
  let looked = 0;
  for (const f of files) {
    const prepared = await preparePage(await readFile(path.join(dir, f)));
    const started = performance.now();
    const page = await engine.recognize(prepared.png);
    ocrMs += performance.now() - started;
    const lookStarted = performance.now();
    const look = await confirmPrintedFigures(engine, prepared, page.words);
    lookMs += performance.now() - lookStarted;
    if (look.confirmed.length) looked++;
  }
  if (!files.length) return;
  report.push([
    `second look at header figures, ${files.length} degraded page photos`,
    `${((lookMs / ocrMs) * 100).toFixed(1)}%`,
    `of OCR time (${(lookMs / files.length).toFixed(0)} ms vs ${(ocrMs / files.length).toFixed(0)} ms a page; figures confirmed on ${looked} pages; ${engine.name} engine)`,
  ]);
}

/**
 * What the photo steps (dewarp.ts: the lines' bend measured on every page, straightened where
 * bent; a soft photo in uneven light handed over in grey) cost, on the page images of
 * test/real/scans, each prepared and read without them (A) and with them (B), in the order
 * A B on one page and B A on the next so that a warming or loaded machine favours neither.
 * Pages the steps leave as they are: the measure's time against the page's OCR time. Pages they
 * take: preparing + OCR with the steps against without (a grey page is read slower).
 */
async function photoCost(): Promise<void> {
  const dir = path.join(here, '../real/scans');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.(jpe?g|png)$/i.test(f)).sort();
  const engine = nativeTesseractAvailable() ? new NativeTesseractEngine(1) : new TesseractJsEngine(1);
  const measure: { photoMs: number; ocrMs: number }[] = [];
  const taken: { name: string; a: number; b: number; photoMs: number }[] = [];
  try {
    // Warmed up as the engines are: a fresh process's first pages run the pixel loops before the JIT compiles them.
    for (const f of files.slice(0, 3)) await preparePage(await readFile(path.join(dir, f)));
    for (const [i, f] of files.entries()) {
      const bytes = await readFile(path.join(dir, f));
      const run = async (photoSteps: boolean) => {
        const started = performance.now();
        const prepared = await preparePage(bytes, { photoSteps });
        const ocrStarted = performance.now();
        await engine.recognize(prepared.png);
        const ended = performance.now();
        return { total: ended - started, ocrMs: ended - ocrStarted, prepared };
      };
      const [first, second] = i % 2 ? [await run(true), await run(false)] : [await run(false), await run(true)];
      const [a, b] = i % 2 ? [second, first] : [first, second];
      if (b.prepared.grey || b.prepared.straightened) taken.push({ name: f, a: a.total, b: b.total, photoMs: b.prepared.photoMs });
      else measure.push({ photoMs: b.prepared.photoMs, ocrMs: b.ocrMs });
    }
  } finally {
    await engine.close();
  }
  const shares = measure.map((m) => m.photoMs / m.ocrMs);
  report.push([
    `photo steps, bend measure alone, ${measure.length} page images`,
    `${(median(shares) * 100).toFixed(1)}%`,
    `of OCR time, median page (${median(measure.map((m) => m.photoMs)).toFixed(0)} ms vs ${median(measure.map((m) => m.ocrMs)).toFixed(0)} ms; max ${(Math.max(...shares) * 100).toFixed(1)}%; ${engine.name} engine)`,
  ]);
  for (const t of taken) {
    report.push([`photo steps taken: ${t.name}`, `${(t.b / t.a).toFixed(2)}×`, `prepare + OCR with the steps vs without (${t.b.toFixed(0)} ms vs ${t.a.toFixed(0)} ms; the steps themselves ${t.photoMs.toFixed(0)} ms)`]);
  }
}

async function smallPrintCost(): Promise<void> {
  const dir = path.join(here, '../real/scans');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.(jpe?g|png|pdf)$/i.test(f) && !/\.p[2-9]\./.test(f)).sort();
  const engine = nativeTesseractAvailable() ? new NativeTesseractEngine(1) : new TesseractJsEngine(1);
  const shares: number[] = [];
  const reread: { name: string; ms: number; ocrMs: number }[] = [];
  const large: { name: string; standard: number; large: number }[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'kehoach-bench-small-'));
  try {
    for (const [i, f] of files.entries()) {
      let bytes = await readFile(path.join(dir, f));
      if (f.endsWith('.pdf')) {
        const out = path.join(work, 'page');
        await new Promise<void>((resolve, reject) =>
          spawn('pdftoppm', ['-r', '300', '-f', '1', '-l', '1', '-singlefile', '-png', path.join(dir, f), out]).on('close', (c) => (c === 0 ? resolve() : reject(new Error(`pdftoppm ${c}`)))),
        );
        bytes = await readFile(`${out}.png`);
      }
      const prepared = await preparePage(bytes);
      const started = performance.now();
      const page = await ocrPreparedPage(engine, prepared, { page: 1, header: true });
      const ocrMs = performance.now() - started - page.smallPrintMs;
      shares.push(page.smallPrintMs / ocrMs);
      if (page.smallPrintMs >= 5) reread.push({ name: f, ms: page.smallPrintMs, ocrMs });
      if (prepared.grey && engine.name === 'native') {
        const time = async (model: 'standard' | 'large') => {
          const t = performance.now();
          await engine.recognize(prepared.png, 'page', model);
          return performance.now() - t;
        };
        const [a, b] = i % 2 ? [await time('large'), await time('standard')] : [await time('standard'), await time('large')];
        large.push({ name: f, standard: i % 2 ? b : a, large: i % 2 ? a : b });
      }
    }
  } finally {
    await engine.close();
    await rm(work, { recursive: true, force: true });
  }
  report.push([
    `small print read again, ${shares.length} first pages`,
    `${(median(shares) * 100).toFixed(1)}%`,
    `of OCR time, median page; ${reread.length} pages read something again: ${reread.map((r) => `${r.name} ${((r.ms / r.ocrMs) * 100).toFixed(0)}%`).join(', ')} (${engine.name} engine)`,
  ]);
  for (const l of large) report.push([`large model on a grey photo: ${l.name}`, `${(l.large / l.standard).toFixed(2)}×`, `page OCR time, large vs standard model (${l.large.toFixed(0)} ms vs ${l.standard.toFixed(0)} ms)`]);
}

async function textLayerThroughput(): Promise<void> {
  // The plan texts one after another until the PDF has 50 pages.
  const plans = planTexts();
  let longText = '';
  let built: { pdf: Buffer; truth: string[] } = { pdf: Buffer.alloc(0), truth: [] };
  for (let k = 0; built.truth.length < 50; k++) {
    longText += `${plans[k % plans.length]!.text}\n`;
    built = await textPdf(longText);
  }
  const textPages = built.truth.length;
  const options = parseOptions({});
  const services = new PipelineServices(options);
  const readOnce = () => processBytes('long.pdf', built.pdf, { options, services });
  const first = await readOnce();
  const ocrPages = first.record?.source.pageInfo?.filter((p) => p.method === 'ocr').length ?? 0;
  const rate = await pagesPerSecond(textPages, readOnce);
  const readMs: number[] = [];
  for (let r = 0; r < Math.max(3, runs); r++) {
    const result = await readOnce();
    readMs.push(result.record?.pipeline.stages.find((s) => s.name === 'read')?.ms ?? NaN);
  }
  await services.close();
  const tasks = first.record?.tasks.length ?? 0;
  report.push([`text-layer PDF (${textPages} pages), read stage`, `${(textPages / (median(readMs) / 1000)).toFixed(1)} pages/s`, `target ≥ 50 (${median(readMs).toFixed(0)} ms; ${ocrPages} page(s) OCR'd; ${tasks} tasks)`]);
  report.push([`text-layer PDF (${textPages} pages), whole pipeline`, `${rate.toFixed(1)} pages/s`, '']);
}

interface ChildReport {
  before: number;
  peak: number;
  after: number[];
  pages: number;
  ocrPages: number;
  failed: number;
  seconds: number;
  recycled: number | null;
}

/** Run ocr-memory.ts in a fresh node process and read its JSON line. */
function child(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    // glibc settings for image work (see OCR_MALLOC_ENV in pipeline/ocr/engine-js.ts).
    const env = { ...OCR_MALLOC_ENV, ...process.env };
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'ocr-memory.ts'), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`ocr-memory.ts ${args[0]} exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line) as ChildReport);
    });
  });
}

async function memory(): Promise<void> {
  const pages = await scannedPages();
  const dir = await mkdtemp(path.join(tmpdir(), 'kehoach-bench-'));
  try {
    // Peak RSS over a scanned PDF of `scanPages` pages (the scanned pages repeated).
    const bigScan = path.join(dir, 'scan.pdf');
    await writeFile(bigScan, await scanPdf(Array.from({ length: scanPages }, (_, i) => pages[i % pages.length]!)));
    const peak = await child(['peak', bigScan]);
    const ok = peak.failed === 0 && peak.ocrPages === scanPages;
    report.push([
      `scanned PDF (${scanPages} pages, js engine) peak RSS`,
      mb(peak.peak),
      `target ≤ 1536 MB (fresh process: ${mb(peak.before)} before, +${mb(peak.peak - peak.before)}; ${(peak.ocrPages / peak.seconds).toFixed(3)} pages/s${ok ? '' : `; only ${peak.ocrPages} page(s) OCR'd!`})`,
    ]);

    // RSS growth over `soakPages` OCR'd pages: a scan of up to 10 pages ingested again and again
    // (10 times at least) with one engine, as a batch of files would be; every worker gets
    // pages from the first file on, so the early mark is taken with all of them loaded.
    const perFile = Math.max(workers, Math.min(10, Math.floor(soakPages / 10)));
    const times = Math.ceil(soakPages / perFile);
    const soakScan = path.join(dir, 'soak.pdf');
    await writeFile(soakScan, await scanPdf(Array.from({ length: perFile }, (_, i) => pages[i % pages.length]!)));
    const soak = await child(['soak', soakScan, String(times), ...(recycleAfter > 0 ? ['--recycle', String(recycleAfter)] : [])]);
    // From after the first 10% of the pages (workers loaded, first pages read) to the end.
    const early = soak.after[Math.max(0, Math.ceil(times * 0.1) - 1)]!;
    const late = soak.after[soak.after.length - 1]!;
    report.push([
      `RSS growth over ${soak.ocrPages} OCR'd pages (recycled ${soak.recycled}×)`,
      `${(((late - early) / early) * 100).toFixed(1)}%`,
      `target < 10% (${mb(early)} → ${mb(late)}; peak ${mb(soak.peak)}; ${(soak.ocrPages / soak.seconds).toFixed(3)} pages/s)`,
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (part('ocr')) await ocrThroughput();
if (part('upscale')) await upscaleCost();
if (part('text')) await textLayerThroughput();
if (part('memory')) await memory();
if (part('photo')) await photoCost();
if (part('smallprint')) await smallPrintCost();
if (part('light')) await (await import('./ocr-light.js')).lightCost(await scannedPages(), report);

console.log('');
for (const [what, value, note] of report) console.log(`${what.padEnd(52)} ${value.padStart(14)}  ${note}`);
