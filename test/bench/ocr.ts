// npm run bench:ocr [-- --pages N --runs R --quick]: OCR and PDF throughput and memory.
//  1. pages/s on the same scanned pages: our tesseract.js path (workers = cores) vs the tesseract
//     CLI run on all cores in parallel (OMP_THREAD_LIMIT=1 each), as a ratio in one run;
//  2. our native-engine path vs the raw CLI;
//  3. pages/s reading a 50-page text-layer PDF;
//  4. peak RSS while ingesting a 50-page scanned PDF, and RSS growth over 200 OCR'd pages.
// Medians over R runs. Targets: js ≥ 0.8× CLI, native ≥ 0.95×, text ≥ 50 pages/s,
// peak RSS ≤ 1.5 GB, RSS growth < 10%.
import { cpus } from 'node:os';
import sharp from 'sharp';
import { TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { NativeTesseractEngine, nativeTesseractAvailable, runTesseractCli } from '../../pipeline/ocr/engine-native.js';
import { ocrPageImage } from '../../pipeline/ocr/page.js';
import type { OcrEngine } from '../../pipeline/ocr/types.js';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../pipeline/services.js';
import { scanPdf, textPdf } from '../fixtures/scans.js';
import { argValue, median, planTexts, scanSet } from '../eval/ocr-set.js';

const quick = process.argv.includes('--quick');
const workers = cpus().length;
const runs = argValue('runs', quick ? 1 : 3);
const pagesPerPlan = argValue('pages', quick ? 1 : 2);
const report: Array<[string, string, string]> = [];
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

async function pagesPerSecond(n: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await task();
    times.push((performance.now() - t) / 1000);
  }
  return n / median(times);
}

const pages = await scanSet(pagesPerPlan);
console.log(`${pages.length} scanned pages, ${workers} cores, ${runs} run(s) each`);
const ours = (engine: OcrEngine) => () => Promise.all(pages.map((p, i) => ocrPageImage(engine, p.png, { page: 1, header: i === 0 })));

const js = new TesseractJsEngine(workers);
await js.recognize((await sharp(pages[0]!.png).extract({ left: 0, top: 0, width: 800, height: 300 }).png().toBuffer()).subarray(0)); // warm up
const jsRate = await pagesPerSecond(pages.length, ours(js));
await js.close();
report.push(['tesseract.js path (ours)', `${jsRate.toFixed(3)} pages/s`, '']);

if (nativeTesseractAvailable()) {
  const cliAll = async () => {
    const queue = [...pages];
    await Promise.all(Array.from({ length: workers }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await runTesseractCli(p.png, 'txt');
    }));
  };
  const cliRate = await pagesPerSecond(pages.length, cliAll);
  const native = new NativeTesseractEngine(workers);
  const nativeRate = await pagesPerSecond(pages.length, ours(native));
  report.push(['tesseract CLI, all cores', `${cliRate.toFixed(3)} pages/s`, '']);
  report.push(['js path / CLI', `${(jsRate / cliRate).toFixed(2)}×`, 'target ≥ 0.8×']);
  report.push(['native path (ours)', `${nativeRate.toFixed(3)} pages/s`, '']);
  report.push(['native path / CLI', `${(nativeRate / cliRate).toFixed(2)}×`, 'target ≥ 0.95×']);
}

// Text-layer PDF of 50 pages.
const plans = planTexts();
let longText = '';
let textPages = 0;
let built: { pdf: Buffer; truth: string[] } = { pdf: Buffer.alloc(0), truth: [] };
for (let k = 0; textPages < 50; k++) {
  longText += `${plans[k % plans.length]!.text}\n`;
  built = await textPdf(longText);
  textPages = built.truth.length;
}
const options = parseOptions({});
const textServices = new PipelineServices(options);
const readPdfOnce = () => processBytes('long.pdf', built.pdf, { options, services: textServices });
await readPdfOnce();
const textRate = await pagesPerSecond(textPages, readPdfOnce);
const readMs: number[] = [];
for (let r = 0; r < runs; r++) {
  const result = await readPdfOnce();
  readMs.push(result.record?.pipeline.stages.find((s) => s.name === 'read')?.ms ?? NaN);
}
await textServices.close();
report.push([`text-layer PDF (${textPages} pages), read stage`, `${(textPages / (median(readMs) / 1000)).toFixed(1)} pages/s`, 'target ≥ 50']);
report.push([`text-layer PDF (${textPages} pages), whole pipeline`, `${textRate.toFixed(1)} pages/s`, '']);

// Peak RSS over a 50-page scanned PDF (the scanned pages repeated), tesseract.js engine.
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const scanPages = Array.from({ length: quick ? 10 : 50 }, (_, i) => pages[i % pages.length]!);
const bigScan = await scanPdf(scanPages);
const jsOptions = parseOptions({ ocrEngine: 'js' });
const jsServices = new PipelineServices(jsOptions);
const before = process.memoryUsage().rss;
const t0 = performance.now();
await processBytes('scan50.pdf', bigScan, { options: jsOptions, services: jsServices });
const scanSeconds = (performance.now() - t0) / 1000;
await jsServices.close();
clearInterval(sampler);
report.push([`scanned PDF (${scanPages.length} pages, js engine) peak RSS`, mb(peak), `target ≤ 1536 MB (process held ${mb(before)} before; +${mb(peak - before)}; ${(scanPages.length / scanSeconds).toFixed(3)} pages/s)`]);

// RSS growth over 200 OCR'd pages with worker recycling (quarter-page crops keep it short).
const crop = await sharp(pages[0]!.png).extract({ left: 0, top: 700, width: 2480, height: 800 }).png().toBuffer();
const soak = new TesseractJsEngine(workers);
const total = quick ? 60 : 200;
let early = 0;
let done = 0;
await Promise.all(Array.from({ length: workers }, async () => {
  while (done < total) {
    done++;
    await ocrPageImage(soak, crop, { page: 1, header: false });
    if (done === Math.round(total * 0.1)) early = process.memoryUsage().rss;
  }
}));
const late = process.memoryUsage().rss;
await soak.close();
report.push([`RSS growth over ${total} pages (recycled ${soak.recycled}×)`, `${(((late - early) / early) * 100).toFixed(1)}%`, `target < 10% (${mb(early)} → ${mb(late)})`]);

console.log('');
for (const [what, value, note] of report) console.log(`${what.padEnd(52)} ${value.padStart(14)}  ${note}`);
