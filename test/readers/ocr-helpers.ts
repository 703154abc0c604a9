// Shared by the OCR tests: seed texts and a whitespace-blind character error rate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seed = (prefix: string): string => {
  const dir = path.resolve(repoRoot, '../shared/seeds');
  const file = readFileSync(`${dir}/${prefix}_${{ '000': 'e33a46f756994b3d', '002': '11193dad341833c5', '003': 'c48f5550e49a9653', '004': '642cb17b6a89c38d' }[prefix]}.txt`, 'utf8');
  return file;
};

export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Levenshtein distance over code points, O(n·m) time, O(m) memory. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

export const cer = (hypothesis: string, truth: string) => editDistance(squash(hypothesis), squash(truth)) / Math.max(1, squash(truth).length);
