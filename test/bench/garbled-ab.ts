// `node --import tsx test/bench/garbled-ab.ts [rounds]`: CPU time of restoring garbled layers with the
// restorer as shipped (learned confusions, header formulas, capital odds) against the listed confusions
// alone and no formulas, A and B alternating, a fresh restorer (cold caches) each run: the tuning parts
// of the garbled gold as documents, then one long line of them (the scaling case), then stripped real
// documents (every fourth of the eval's, marks stripped) with and without the capital odds.
// Prints the medians and the ratio (last variant over first).
import { LISTED_ENGINE_CONFUSIONS } from '../../normalizers/diacritics/engine-confusions.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer, type RestorerOptions } from '../../normalizers/diacritics/restorer.js';
import { garbledGroups, realDocuments } from '../eval/diacritics-real.js';
import { stripMarks } from '../eval/diacritics.js';

const rounds = Number(process.argv[2] ?? 7);
const lm = loadModel();
const groups = garbledGroups().filter((g) => [1, 2, 3, 7, 8].includes(g.part));
const documents = groups.map((g) => g.ocr.join('\n'));
const oneLine = groups.flatMap((g) => g.ocr).join(' ').repeat(8);
const variants: Array<[string, RestorerOptions]> = [
  ['listed confusions, no formulas', { engineConfusions: LISTED_ENGINE_CONFUSIONS, formulas: [] }],
  ['shipped, no formulas', { formulas: [] }],
  ['shipped, capitals not leaned', { capitalLean: 'none' }],
  ['shipped', {}],
];
const stripped = realDocuments()
  .filter((_, k) => k % 4 === 0)
  .map((d) => stripMarks(d.text));
const strippedVariants: Array<[string, RestorerOptions]> = [
  ['capitals not leaned', { capitalLean: 'none' }],
  ['shipped', {}],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sets: Array<[string, string[], Array<[string, RestorerOptions]>]> = [
  ['documents', documents, variants],
  [`one line of ${oneLine.length} characters`, [oneLine], variants],
  [`${stripped.length} stripped real documents`, stripped, strippedVariants],
];
for (const [name, texts, variants] of sets) {
  const times: number[][] = variants.map(() => []);
  for (let r = 0; r < rounds; r++) {
    variants.forEach(([, options], v) => {
      const restorer = new Restorer(lm, undefined, undefined, undefined, options);
      const before = process.cpuUsage();
      for (const t of texts) restorer.restore(t);
      const used = process.cpuUsage(before);
      if (r > 0) times[v]!.push((used.user + used.system) / 1000);
    });
  }
  const m = times.map(median);
  process.stdout.write(`${name}: ${variants.map(([n], v) => `${n} ${m[v]!.toFixed(0)} ms`).join(', ')}; ratio ${(m[m.length - 1]! / m[0]!).toFixed(2)}\n`);
}
