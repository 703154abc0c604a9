// `node --import tsx test/bench/restorer-ab-trees.ts OTHER_TREE [rounds]`: CPU time of the restorer of this tree (B)
// against the restorer of another checkout of the project (A, e.g. `git archive <commit> normalizers output | tar -x -C
// /tmp/a`, node_modules linked), A and B alternating, a fresh restorer (cold caches) each run: the tuning parts of the
// garbled gold as documents, one long line of them (the scaling case), and every fourth stripped real document.
// Prints the medians and the ratio B / A. For a round's "before → after" of a code change, not run by the tests.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { HELD_OUT_PARTS, garbledGroups, realDocuments } from '../eval/diacritics-real.js';
import { stripMarks } from '../eval/diacritics.js';

const other = process.argv[2];
if (!other) throw new Error('usage: restorer-ab-trees.ts OTHER_TREE [rounds]');
const rounds = Number(process.argv[3] ?? 7);
const at = (path: string) => pathToFileURL(resolve(other, path)).href;
const otherLm = (await import(at('normalizers/diacritics/lm.ts'))) as typeof import('../../normalizers/diacritics/lm.js');
const otherRestorer = (await import(at('normalizers/diacritics/restorer.ts'))) as typeof import('../../normalizers/diacritics/restorer.js');
const lmA = otherLm.loadModel();
const lmB = loadModel();
const make: Array<[string, () => { restore(text: string): unknown }]> = [
  ['A', () => new otherRestorer.Restorer(lmA)],
  ['B', () => new Restorer(lmB)],
];
const groups = garbledGroups().filter((g) => !HELD_OUT_PARTS.has(g.part));
const documents = groups.map((g) => g.ocr.join('\n'));
const oneLine = groups.flatMap((g) => g.ocr).join(' ');
const stripped = realDocuments()
  .filter((_, k) => k % 4 === 0)
  .map((d) => stripMarks(d.text));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, texts] of [
  [`${documents.length} garbled tuning layers`, documents],
  [`one line of ${oneLine.length} characters`, [oneLine]],
  [`${stripped.length} stripped real documents`, stripped],
] as Array<[string, string[]]>) {
  const times: number[][] = make.map(() => []);
  for (let r = 0; r < rounds; r++) {
    make.forEach(([, build], v) => {
      const restorer = build();
      const before = process.cpuUsage();
      for (const t of texts) restorer.restore(t);
      const used = process.cpuUsage(before);
      if (r > 0) times[v]!.push((used.user + used.system) / 1000);
    });
  }
  const m = times.map(median);
  process.stdout.write(`${name}: A ${m[0]!.toFixed(0)} ms, B ${m[1]!.toFixed(0)} ms; ratio ${(m[1]! / m[0]!).toFixed(2)}\n`);
}
