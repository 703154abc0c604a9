// The scanned-page set shared by eval:ocr and bench:ocr: the plan samples (and the seeds beside
// the repository when present) rendered as degraded 300-dpi scans; the drawn text is the truth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderScanPages, type ScanPage } from '../fixtures/scans.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function planTexts(): Array<{ name: string; text: string }> {
  const dirs = [path.join(repoRoot, 'corpus/samples'), path.resolve(repoRoot, '../shared/seeds')];
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      // Seed 001 is stripped OCR output: as ground truth it would measure nothing useful.
      if (!/[ăâđêôơư]/i.test(text)) continue;
      out.push({ name: f.replace(/\.txt$/, ''), text });
    }
  }
  return out;
}

export async function scanSet(maxPagesPerPlan: number): Promise<Array<ScanPage & { name: string }>> {
  const pages: Array<ScanPage & { name: string }> = [];
  for (const [i, plan] of planTexts().entries()) {
    const rendered = await renderScanPages(plan.text, { maxPages: maxPagesPerPlan, seed: 100 + i * 10 });
    rendered.forEach((p, k) => pages.push({ ...p, name: `${plan.name}-p${k + 1}` }));
  }
  return pages;
}

export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function editDistance<T>(x: readonly T[], y: readonly T[]): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

export function errorRates(hypothesis: string, truth: string): { cer: number; wer: number; chars: number; words: number } {
  const h = squash(hypothesis);
  const t = squash(truth);
  const tc = [...t];
  const tw = t.split(' ');
  return {
    cer: editDistance([...h], tc) / Math.max(1, tc.length),
    wer: editDistance(h.split(' '), tw) / Math.max(1, tw.length),
    chars: tc.length,
    words: tw.length,
  };
}

export const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

export function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
