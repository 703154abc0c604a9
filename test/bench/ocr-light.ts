// bench:ocr --only light: what measuring and evening out uneven light (pipeline/ocr/illumination.ts)
// costs beside OCR: on evenly lit pages (the measure alone: generated 300-dpi scans and real
// scans of test/real/scans) and on unevenly lit ones (the real phone photos with a shadow, and a
// 300-dpi page given a shading gradient here, where the flattening runs at full size).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../../pipeline/ocr/engine-native.js';
import { TesseractJsEngine } from '../../pipeline/ocr/engine-js.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import type { ScanPage } from '../fixtures/scans.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const scans = path.join(here, '../real/scans');

/** The page with its light falling off to 40% toward the bottom right corner. */
async function shaded(png: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = 1 - 0.6 * ((x / width + y / height) / 2);
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = Math.round(data[(y * width + x) * channels + c]! * k);
    }
  }
  return sharp(data, { raw: { width, height, channels } }).png().toBuffer();
}

export async function lightCost(scanned: ScanPage[], report: Array<[string, string, string]>): Promise<void> {
  const engine = nativeTesseractAvailable() ? new NativeTesseractEngine(1) : new TesseractJsEngine(1);
  const real = async (name: string) => readFile(path.join(scans, name)).catch(() => null);
  const sets: Array<[string, Array<Buffer | null>]> = [
    ['evenly lit: generated 300-dpi scans', scanned.slice(0, 2).map((p) => p.png)],
    ['evenly lit: real scans', [await real('hungyen-288-KH-VP.p1.jpg'), await real('cp-nd-155-2020.p1.jpg'), await real('danang-photo-4_1.jpg')]],
    ['uneven: real phone photos', [await real('thanhhoa-tinhgia-photo.png'), await real('cp-nd-30-2020-photo.jpg')]],
    ['uneven: a 300-dpi scan shaded', scanned.length ? [await shaded(scanned[0]!.png)] : []],
  ];
  try {
    for (const [name, images] of sets) {
      const pages = images.filter((b): b is Buffer => b !== null);
      if (!pages.length) continue;
      let lightMs = 0;
      let ocrMs = 0;
      let evened = 0;
      for (const png of pages) {
        const prepared = await preparePage(png);
        lightMs += prepared.lightMs;
        if (prepared.lightEvened) evened++;
        const started = performance.now();
        await engine.recognize(prepared.png);
        ocrMs += performance.now() - started;
      }
      report.push([
        `light measure + evening out, ${name}`,
        `${((lightMs / ocrMs) * 100).toFixed(2)}%`,
        `of OCR time (${(lightMs / pages.length).toFixed(1)} ms vs ${(ocrMs / pages.length).toFixed(0)} ms a page; evened ${evened} of ${pages.length}; ${engine.name} engine)`,
      ]);
    }
  } finally {
    await engine.close();
  }
}
