// `node --import tsx test/eval/learn-confusions.ts [--parts 1,2,3,7,8,11,16] [--out FILE] [--min N]`: the
// letter confusions of garbling engines, learned from the TUNING parts of the garbled gold
// (test/gold/diacritics/garbled-lines.txt; never the held-out parts 5, 6, 9, 10, 12, 13, 14 and 15). Each gold word is
// aligned with the OCR token it was read from (as garbled-breakdown.ts does), both folded (marks,
// case and look-alikes aside); the letters of the two are aligned by edit distance and each run of
// edits between agreeing letters is one confusion (what the engine wrote → the letters meant:
// "tt" → "d" of "tt6i" = đổi, "i" → "a" of "cii" = cải). A confusion's cost is -log10 of how often
// the written letters stood for the meant ones where they were written (counted over every aligned
// token that holds them), so a confusion the engines make every time costs little and one that is
// seldom what the letters mean costs much. Written to normalizers/diacritics/model/learned-confusions.json,
// which the restorer adds to its engine confusions (engine-confusions.ts).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldVietnamese } from '../../normalizers/fold.js';
import { unforeign } from '../../normalizers/diacritics/garbled.js';
import { isLetters, splitPieces } from '../../normalizers/diacritics/tokens.js';
import { alignWords, distance } from './align-words.js';
import { HELD_OUT_PARTS, garbledGroups } from './diacritics-real.js';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** The held-out parts (HELD_OUT_PARTS) are never learned from, whatever is asked. */
const HELD_OUT = HELD_OUT_PARTS;
const parts = (arg('--parts') ?? '1,2,3,7,8,11,16').split(',').map(Number).filter((p) => !HELD_OUT.has(p));
const out = arg('--out') ?? resolve(here, '../../normalizers/diacritics/model/learned-confusions.json');
/** A confusion seen fewer times than this is chance, not the engine's habit. */
const MIN_COUNT = Number(arg('--min') ?? 2);
/** Longest written or meant run of a confusion: longer runs are debris or two words. */
const MAX_RUN = 3;
/** Cost bounds (log10): no confusion is free, and a rarer one than this is not worth proposing. */
const MIN_COST = 0.5;
const MAX_COST = 2;

const fold = (t: string) => foldVietnamese(unforeign(t)).toLowerCase();



/** The runs of edits between agreeing letters of `read` (written) and `meant`: [written, meant] pairs. */
export function editRuns(read: string, meant: string): Array<[string, string]> {
  const n = read.length;
  const m = meant.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (read[i - 1] === meant[j - 1] ? 0 : 1));
  // Trace back, marking which letters agree.
  const ops: Array<['=' | 'x', string, string]> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && read[i - 1] === meant[j - 1] && d[i]![j] === d[i - 1]![j - 1]) {
      ops.push(['=', read[i - 1]!, meant[j - 1]!]);
      i--;
      j--;
    } else if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + 1) {
      ops.push(['x', read[i - 1]!, meant[j - 1]!]);
      i--;
      j--;
    } else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) {
      ops.push(['x', read[i - 1]!, '']);
      i--;
    } else {
      ops.push(['x', '', meant[j - 1]!]);
      j--;
    }
  }
  ops.reverse();
  const runs: Array<[string, string]> = [];
  let r = '';
  let mt = '';
  for (const [op, a, b] of [...ops, ['=', '', ''] as ['=', string, string]]) {
    if (op === 'x') {
      r += a;
      mt += b;
      continue;
    }
    if (r || mt) runs.push([r, mt]);
    r = '';
    mt = '';
  }
  return runs;
}

const counts = new Map<string, number>();
const pairs: Array<[string, string]> = [];
for (const group of garbledGroups()) {
  if (!parts.includes(group.part)) continue;
  group.gold.forEach((goldLine, li) => {
    const gold = splitPieces(goldLine).map((p) => p.text).filter(isLetters);
    const ocr = splitPieces(group.ocr[li]!).map((p) => p.text);
    const at = alignWords(gold, ocr, fold);
    gold.forEach((word, k) => {
      if (at[k]! < 0) return;
      const read = fold(ocr[at[k]!]!);
      const meant = fold(word);
      // Debris-glued or joined tokens are no confusion of letters.
      if (!read || Math.abs(read.length - meant.length) > 2 || distance(read, meant) > 3) return;
      pairs.push([read, meant]);
      for (const [r, m] of editRuns(read, meant)) {
        // An insertion needs letters written; a run too long is no confusion.
        if (!r || r.length > MAX_RUN || m.length > MAX_RUN) continue;
        const key = `${r}\u0000${m}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
  });
}

// How often each written run stands in the aligned tokens at all (meaning itself or anything else).
const occurrences = new Map<string, number>();
const written = new Set([...counts.keys()].map((k) => k.split('\u0000')[0]!));
for (const [read] of pairs) {
  for (const w of written) {
    for (let at = read.indexOf(w); at >= 0; at = read.indexOf(w, at + 1)) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
  }
}

const learned = [...counts]
  .filter(([, n]) => n >= MIN_COUNT)
  .map(([key, n]) => {
    const [read, meant] = key.split('\u0000') as [string, string];
    const p = n / Math.max(n, occurrences.get(read) ?? n);
    const cost = Math.min(MAX_COST, Math.max(MIN_COST, -Math.log10(p)));
    return { read, meant, cost: Math.round(cost * 100) / 100, count: n };
  })
  .filter((c) => c.cost < MAX_COST)
  .sort((a, b) => a.cost - b.cost || b.count - a.count);
writeFileSync(out, `${JSON.stringify({ parts, minCount: MIN_COUNT, confusions: learned }, null, 1)}\n`);
process.stdout.write(`${learned.length} confusions from ${pairs.length} aligned words of parts ${parts.join(',')} → ${out}\n`);
for (const c of learned) process.stdout.write(`  ${c.read.padEnd(4)} → ${c.meant.padEnd(4)} ${c.cost.toFixed(2)}  (${c.count})\n`);
