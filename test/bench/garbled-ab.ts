// `node --import tsx test/bench/garbled-ab.ts [rounds]`: CPU time of restoring garbled layers with the
// restorer as shipped (learned confusions, header formulas) against the listed confusions alone and
// no formulas, A and B alternating, a fresh restorer (cold caches) each run: the tuning parts of the
// garbled gold as documents, then one long line of them (the scaling case). Prints the medians and the ratio.
import { LISTED_ENGINE_CONFUSIONS } from '../../normalizers/diacritics/engine-confusions.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer, type RestorerOptions } from '../../normalizers/diacritics/restorer.js';
import { garbledGroups } from '../eval/diacritics-real.js';

const rounds = Number(process.argv[2] ?? 7);
const lm = loadModel();
const groups = garbledGroups().filter((g) => [1, 2, 3, 7, 8].includes(g.part));
const documents = groups.map((g) => g.ocr.join('\n'));
const oneLine = groups.flatMap((g) => g.ocr).join(' ').repeat(8);
const variants: Array<[string, RestorerOptions]> = [
  ['listed confusions, no formulas', { engineConfusions: LISTED_ENGINE_CONFUSIONS, formulas: [] }],
  ['shipped, no formulas', { formulas: [] }],
  ['shipped', {}],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, texts] of [['documents', documents], [`one line of ${oneLine.length} characters`, [oneLine]]] as const) {
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
