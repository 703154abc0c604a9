// npm run bench:prep-ab [-- --base <git rev>] [--rounds R] [--pages N] [--real]
// What a change to the page preparation (pipeline/ocr) saves, measured in one run: preparePage as
// it was at `--base` (default main; its pipeline/ocr exported to a temporary directory) against
// the worktree's, on the page kinds of the OCR bench's upscale part (bench:ocr --only upscale):
// the scanned pages shrunk to a phone photo's width (576 px) and to 1240 px, as 300-dpi pages,
// and as 100- and 150-dpi two-level scans drawn ×3 and ×2. Each page is prepared by the two
// alternately (A B, B A, …: a warming or loaded machine favours neither), `rounds` times each by
// the wall clock and as many by the CPU clock, and read once by the native engine: per kind the
// share of OCR time of what the bench counts (upscaleMs + inkMs, wall-clock medians per page)
// before and after, the CPU-time ratio (median page), and whether the PNGs handed to OCR (and the
// red-kept copies) are the same bytes. --real: instead, whether the two give the same bytes on
// the real page images of test/real/*scans* and the first two pages of their PDFs (drawn at 300
// dpi by pdftoppm, handed over as PNG and as RGBA pixels, as the PDF reader hands them over).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../../pipeline/ocr/engine-native.js';
import { TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { preparePage, type PreparedPage } from '../../pipeline/ocr/preprocess.js';
import { cpuClock, coarseDrawnLarger } from './bench-pages.js';
import { argValue, median, scanSet } from '../eval/ocr-set.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const baseAt = process.argv.indexOf('--base');
const base = baseAt > 0 ? process.argv[baseAt + 1]! : 'main';
const rounds = Math.max(3, argValue('rounds', 5));
const pageCount = argValue('pages', 4);



/** Whether the two preparations give the same bytes on every real page image and PDF page. */
async function realPages(before: typeof preparePage, work: string): Promise<void> {
  const real = path.join(root, 'test/real');
  const dirs = readdirSync(real).filter((d) => d.includes('scans')).map((d) => path.join(real, d));
  let same = 0;
  const differ: string[] = [];
  const compare = async (name: string, input: Parameters<typeof preparePage>[0]) => {
    const [a, b] = [await before(input), await preparePage(input)];
    if (digest(a) === digest(b)) same++;
    else differ.push(name);
  };
  for (const dir of dirs) {
    for (const f of readdirSync(dir).sort()) {
      const file = path.join(dir, f);
      const name = `${path.basename(dir)}/${f}`;
      if (/\.(jpe?g|png|tiff?)$/i.test(f)) await compare(name, readFileSync(file));
      else if (/\.pdf$/i.test(f) && existsSync(file)) {
        const out = path.join(work, 'page');
        try {
          execFileSync('pdftoppm', ['-r', '300', '-f', '1', '-l', '2', '-png', file, out]);
        } catch {
          continue;
        }
        for (const png of readdirSync(work).filter((p) => p.startsWith('page')).sort()) {
          const bytes = readFileSync(path.join(work, png));
          await compare(`${name} ${png}`, bytes);
          const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
          await compare(`${name} ${png} (RGBA)`, { data, width: info.width, height: info.height, channels: 4 });
          rmSync(path.join(work, png));
        }
      }
    }
  }
  console.log(`real pages: ${same} prepared the same (sha256 of the PNG handed to OCR and the red-kept copy), ${differ.length} differ${differ.length ? `: ${differ.join(', ')}` : ''}`);
}

const digest = (p: PreparedPage) => createHash('sha256').update(p.png).update(p.redKeptPng ?? Buffer.alloc(0)).digest('hex');

const dir = mkdtempSync(path.join(tmpdir(), 'kehoach-prep-ab-'));
try {
  execFileSync('sh', ['-c', `git -C "${root}" archive "${base}" pipeline/ocr | tar -x -C "${dir}"`]);
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const before = (await import(pathToFileURL(path.join(dir, 'pipeline/ocr/preprocess.ts')).href)) as { preparePage: typeof preparePage };
  if (process.argv.includes('--real')) {
    const work = mkdtempSync(path.join(tmpdir(), 'kehoach-prep-ab-pages-'));
    try {
      await realPages(before.preparePage, work);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
    process.exit(0);
  }
  const pages = (await scanSet(2)).slice(0, pageCount);
  const engine = nativeTesseractAvailable() ? new NativeTesseractEngine(1) : new TesseractJsEngine(1);
  const rev = execFileSync('git', ['-C', root, 'rev-parse', '--short', base]).toString().trim();
  console.log(`preparePage at ${base} (${rev}) vs the worktree, ${pages.length} pages a kind, ${rounds} rounds each clock, ${engine.name} engine`);
  // Warmed up as bench:ocr warms up: the pixel loops compiled before anything is timed.
  for (const page of pages) {
    const small = await sharp(page.png).resize({ width: 576 }).png().toBuffer();
    await before.preparePage(small);
    await preparePage(small);
  }
  const lines: string[] = [];
  try {
    for (const width of [576, 1240, 0, -3, -2]) {
      const what = width > 0 ? `${width} px wide` : width < 0 ? `${300 / -width}-dpi two-level ×${-width}` : '300-dpi';
      let oldMs = 0;
      let newMs = 0;
      let ocrMs = 0;
      let differ = 0;
      const ratios: number[] = [];
      for (const page of pages) {
        const png = width > 0 ? await sharp(page.png).resize({ width }).png().toBuffer() : width < 0 ? await coarseDrawnLarger(page.png, -width) : page.png;
        const wall = { a: [] as number[], b: [] as number[] };
        const cpu = { a: [] as number[], b: [] as number[] };
        let a: PreparedPage | null = null;
        let b: PreparedPage | null = null;
        for (let r = 0; r < 2 * rounds; r++) {
          const clock = r < rounds ? undefined : cpuClock;
          const times = clock ? cpu : wall;
          for (const old of r % 2 ? [false, true] : [true, false]) {
            const p = await (old ? before.preparePage : preparePage)(png, { clock });
            (old ? times.a : times.b).push(p.upscaleMs + p.inkMs);
            if (old) a ??= p;
            else b ??= p;
          }
        }
        if (digest(a!) !== digest(b!)) differ++;
        oldMs += median(wall.a);
        newMs += median(wall.b);
        ratios.push(median(cpu.b) / median(cpu.a));
        const started = performance.now();
        await engine.recognize(b!.png);
        ocrMs += performance.now() - started;
      }
      const n = pages.length;
      lines.push(
        `${what.padEnd(26)} share of OCR time ${((oldMs / ocrMs) * 100).toFixed(1).padStart(5)}% → ${((newMs / ocrMs) * 100).toFixed(1).padStart(5)}%` +
          `  (${(oldMs / n).toFixed(0)} → ${(newMs / n).toFixed(0)} ms vs OCR ${(ocrMs / n).toFixed(0)} ms a page)` +
          `  CPU ×${median(ratios).toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(' ')})  ${differ ? `${differ} pages' OCR input DIFFERS` : 'OCR input identical (sha256)'}`,
      );
      console.log(lines.at(-1));
    }
  } finally {
    await engine.close();
  }
  console.log(`\n${lines.join('\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
