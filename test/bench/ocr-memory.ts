// Child process of `npm run bench:ocr` for the memory figures, so they are measured in a fresh
// process that holds nothing but the pipeline's modules:
//   peak <pdf>                      ingest one scanned PDF (tesseract.js engine); peak RSS
//   soak <pdf> <times> [recycle N]  ingest it <times> over with one engine (workers recycled
//                                   every N pages, default the engine's); RSS after each file
// Prints one JSON line on stdout.
import { readFile } from 'node:fs/promises';
import { RECYCLE_AFTER_PAGES, TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { ocrServiceKey } from '../../pipeline/ocr/engine.js';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';

const [mode, file, timesArg] = process.argv.slice(2);
const recycleAt = process.argv.indexOf('--recycle');
const recycle = recycleAt > 0 ? Number(process.argv[recycleAt + 1]) : RECYCLE_AFTER_PAGES;
if ((mode !== 'peak' && mode !== 'soak') || !file) {
  process.stderr.write('usage: ocr-memory.ts peak <pdf> | soak <pdf> <times> [--recycle N]\n');
  process.exit(2);
}

const pdf = await readFile(file);
const options = parseOptions({ ocrEngine: 'js' });
const services = new PipelineServices(options);
let engine: TesseractJsEngine | null = null;
if (mode === 'soak') {
  // Hand the pipeline an engine whose recycling can be counted (under the key engine.ts uses).
  engine = new TesseractJsEngine(options.ocrWorkers, recycle);
  const own = engine;
  await services.get(ocrServiceKey(options), async () => ({ engine: own, fellBack: false, close: () => own.close() }));
}

const rss = () => process.memoryUsage().rss;
const before = rss();
let sampled = before;
const sampler = setInterval(() => (sampled = Math.max(sampled, rss())), 50);
const t0 = performance.now();
const after: number[] = [];
let pages = 0;
let ocrPages = 0;
let failed = 0;
const times = mode === 'peak' ? 1 : Math.max(1, Number(timesArg) || 1);
for (let i = 0; i < times; i++) {
  const result = await processBytes(`scan-${i}.pdf`, pdf, { options, services });
  if (result.status === 'failure') failed++;
  const info = result.record?.source.pageInfo ?? [];
  pages += info.length;
  ocrPages += info.filter((p) => p.method === 'ocr').length;
  after.push(rss());
  // Where the memory is, per file, on stderr: JS heap and buffers vs native (RSS minus those).
  const m = process.memoryUsage();
  const mb = (b: number) => Math.round(b / 1048576);
  process.stderr.write(
    `  file ${i + 1}/${times}: rss ${mb(m.rss)} MB (heap ${mb(m.heapUsed)}, external ${mb(m.external)}, arrayBuffers ${mb(m.arrayBuffers)}), ` +
      `peak ${mb(sampled)} MB, ${ocrPages} OCR'd pages, recycled ${engine?.recycled ?? '-'}, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
  );
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
const recycled = engine?.recycled ?? null;
await services.close();
// maxRSS (kB) is the kernel's own peak for the process, between samples too.
const peak = Math.max(sampled, process.resourceUsage().maxRSS * 1024);
process.stdout.write(`${JSON.stringify({ mode, before, peak, after, pages, ocrPages, failed, seconds, recycled })}\n`);
