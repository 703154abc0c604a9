// Tesseract's TSV output (both engines can produce it) → words with boxes.
import type { Box, OcrPage, OcrWord } from './types.js';

/** Columns: level page block par line word left top width height conf text. Level 5 is a word. */
export function parseTesseractTsv(tsv: string): OcrPage {
  const words: OcrWord[] = [];
  // Lines the page analysis found, by id, and the ids of those that gave a word (see OcrPage.unread).
  const lines = new Map<string, Box>();
  const read = new Set<string>();
  let width = 0;
  let height = 0;
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12) continue;
    const level = Number(f[0]);
    const left = Number(f[6]);
    const top = Number(f[7]);
    const w = Number(f[8]);
    const h = Number(f[9]);
    if (level === 1) {
      width = w;
      height = h;
      continue;
    }
    const line = `${f[2]}.${f[3]}.${f[4]}`;
    if (level === 4) lines.set(line, { x0: left, y0: top, x1: left + w, y1: top + h });
    if (level !== 5) continue;
    const text = f.slice(11).join('\t').trim();
    const confidence = Number(f[10]);
    if (!text || !Number.isFinite(confidence) || confidence < 0) continue;
    words.push({ text, confidence, x0: left, y0: top, x1: left + w, y1: top + h, line });
    read.add(line);
  }
  const unread = [...lines].filter(([id]) => !read.has(id)).map(([, box]) => box);
  return { width, height, words, unread };
}

export function meanConfidence(page: OcrPage): number | null {
  if (page.words.length === 0) return null;
  // Weighted by length: a long word misread matters more than a stray mark.
  let sum = 0;
  let n = 0;
  for (const w of page.words) {
    const len = [...w.text].length;
    sum += w.confidence * len;
    n += len;
  }
  return Math.round((sum / n) * 10) / 10;
}
