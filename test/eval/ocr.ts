// npm run eval:ocr [-- --pages N] [--only generated|real] [--dir FOLDER] [--page REGEX] [--no-fields] [--dump DIR]: character and word
// error rates of our OCR path (preprocess, engine, layout) on generated degraded scans, against
// the text drawn on them; beside it the native engine through our code and the raw tesseract CLI,
// when installed. Target: CER ≤ 3%. Then the same on real scanned pages with hand transcriptions,
// and the header fields of their records (test/eval/ocr-real.ts; target WER ≤ 10%).
import { cpus } from 'node:os';
import { TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { NativeTesseractEngine, nativeTesseractAvailable, runTesseractCli } from '../../pipeline/ocr/engine-native.js';
import { ocrPageImage } from '../../pipeline/ocr/page.js';
import type { OcrEngine } from '../../pipeline/ocr/types.js';
import { argValue, errorRates, scanSet } from './ocr-set.js';

const TARGET_CER = 0.03;
const pagesPerPlan = argValue('pages', 2);
const workers = cpus().length;

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
const pages = only === 'real' ? [] : await scanSet(pagesPerPlan);
console.log(`${pages.length} degraded scanned pages (${pagesPerPlan} per plan), ${workers} workers\n`);

type Runner = { name: string; read: (png: Buffer, header: boolean) => Promise<string>; close?: () => Promise<void> };
const ours = (name: string, engine: OcrEngine): Runner => ({
  name,
  read: async (png, header) => (await ocrPageImage(engine, png, { page: 1, header })).text,
  close: () => engine.close(),
});
const runners: Runner[] = [ours('ours (tesseract.js)', new TesseractJsEngine(workers))];
if (nativeTesseractAvailable()) {
  runners.push(ours('ours (native engine)', new NativeTesseractEngine(workers)));
  runners.push({ name: 'tesseract CLI (raw)', read: (png) => runTesseractCli(png, 'txt') });
}

const rows: string[] = [];
let failed = false;
for (const runner of pages.length ? runners : []) {
  const results = await Promise.all(
    pages.map(async (p) => ({ p, r: errorRates(await runner.read(p.png, /-p1$/.test(p.name)), p.truth) })),
  );
  await runner.close?.();
  let chars = 0;
  let charErrors = 0;
  let words = 0;
  let wordErrors = 0;
  for (const { p, r } of results) {
    chars += r.chars;
    charErrors += r.cer * r.chars;
    words += r.words;
    wordErrors += r.wer * r.words;
    rows.push(`  ${runner.name.padEnd(22)} ${p.name.padEnd(48)} CER ${(r.cer * 100).toFixed(2).padStart(6)}%  WER ${(r.wer * 100).toFixed(2).padStart(6)}%`);
  }
  const cer = charErrors / chars;
  const wer = wordErrors / words;
  const verdict = runner.name.startsWith('ours') ? (cer <= TARGET_CER ? 'PASS' : 'FAIL') : '';
  if (verdict === 'FAIL') failed = true;
  console.log(`${runner.name.padEnd(22)} CER ${(cer * 100).toFixed(2)}%  WER ${(wer * 100).toFixed(2)}%  ${verdict}`);
}
if (pages.length) {
  console.log(`\nper page:\n${rows.join('\n')}`);
  console.log(`\ntarget: CER ≤ ${TARGET_CER * 100}% on degraded scans\n`);
} else await Promise.all(runners.map((r) => r.close?.()));
if (only !== 'generated') {
  console.log('--- real scanned pages ---');
  await (await import('./ocr-real.js')).main();
}
process.exitCode = failed ? 1 : 0;
