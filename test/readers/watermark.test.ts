// A diagonal watermark ("BẢN SAO - TÀI LIỆU THAM KHẢO") drawn over a real page scan, across its
// header and body, in the inks archives use — light grey, dark grey, red — must not change the
// header the page gives, spill the watermark's words into the text, or cost much of the body.
import { readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processBytes, type PipelineResult } from '../../pipeline/run.js';
import { bagWer } from '../eval/ocr-real.js';

const require = createRequire(import.meta.url);
GlobalFonts.registerFromPath(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans-Bold.ttf'), 'WatermarkSans');

const PAGE = new URL('../real/scans/cp-nd-28-2021.p1.jpg', import.meta.url);
const TRUTH = readFileSync(new URL('../real/scans/cp-nd-28-2021.p1.txt', import.meta.url), 'utf8');
const GOLD = JSON.parse(readFileSync(new URL('../real/scans/cp-nd-28-2021.gold.json', import.meta.url), 'utf8'));

/** The page with three lines of watermark along its diagonal, in `ink`. */
async function watermarked(ink: string): Promise<Buffer> {
  const page = await loadImage(readFileSync(PAGE));
  const canvas = createCanvas(page.width, page.height);
  const g = canvas.getContext('2d');
  g.drawImage(page, 0, 0);
  g.translate(page.width / 2, page.height / 2);
  g.rotate(-Math.atan2(page.height, page.width));
  g.font = `${Math.round(page.width / 9)}px WatermarkSans`;
  g.fillStyle = ink;
  g.textAlign = 'center';
  for (const [line, y] of [['BẢN SAO - TÀI LIỆU', -1], ['THAM KHẢO', 0], ['BẢN SAO - TÀI LIỆU', 1]] as const) g.fillText(line, 0, (y * page.height) / 3.2);
  return canvas.encode('jpeg', 85);
}

const header = (r: PipelineResult) => {
  const d = r.record!.document;
  return { number: d.number, date: d.date, place: d.place, issuer: d.issuer.name, level: d.issuer.level, title: d.title };
};

describe('a diagonal watermark over a real scan', () => {
  let clean: PipelineResult;
  beforeAll(async () => {
    clean = await processBytes('clean.jpg', readFileSync(PAGE));
  });

  it.each([
    ['light grey', 'rgba(90, 90, 90, 0.22)'],
    ['dark grey', 'rgba(60, 60, 60, 0.45)'],
    ['red', 'rgba(220, 40, 40, 0.35)'],
  ])('%s: the header is read as printed, no watermark words, the body barely touched', async (_name, ink) => {
    const result = await processBytes('watermarked.jpg', await watermarked(ink));
    const gold = GOLD.document;
    expect(header(result)).toEqual({ number: gold.number, date: gold.date, place: gold.place, issuer: gold.issuer.name, level: gold.issuer.level, title: gold.title });
    expect(result.record!.text.normalized).not.toMatch(/BẢN SAO|THAM KHẢO|TÀI LIỆU/);
    const wer = bagWer(result.record!.text.normalized, TRUTH);
    expect(wer).toBeLessThan(bagWer(clean.record!.text.normalized, TRUTH) + 0.05);
  });
});
