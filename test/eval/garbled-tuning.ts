// `node --import tsx test/eval/garbled-tuning.ts [--confusions FILE|none] [--parts 1,2,3,7,8,11,16,17]`: the
// syllable accuracy of the garbled gold's TUNING parts only (never the held-out 5, 6, 9, 10, 12, 13, 14 and 15), with the
// restorer's engine confusions taken from a learned file (or the listed ones alone: `none`), for
// comparing channels while tuning without ever looking at the held-out parts.
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { LISTED_ENGINE_CONFUSIONS, loadLearnedConfusions, withLearned } from '../../normalizers/diacritics/engine-confusions.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { HELD_OUT_PARTS, garbledGroups, garbledScores } from './diacritics-real.js';
import { scoreLines } from './diacritics.js';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const HELD_OUT = HELD_OUT_PARTS;
const parts = (arg('--parts') ?? '1,2,3,7,8,11,16,17,18,19').split(',').map(Number).filter((p) => !HELD_OUT.has(p));
const file = arg('--confusions');
const confusions = file === 'none' ? LISTED_ENGINE_CONFUSIONS : file ? withLearned(LISTED_ENGINE_CONFUSIONS, loadLearnedConfusions(file)) : undefined;
const lm = loadModel();
const restorer = new Restorer(lm, undefined, undefined, undefined, { engineConfusions: confusions });
const groups = garbledGroups();
const started = Date.now();
let correct = 0;
let total = 0;
for (const part of parts) {
  const s = garbledScores(restorer, groups.filter((g) => g.part === part), scoreLines).ours;
  correct += s.correct;
  total += s.total;
  process.stdout.write(`part ${part}: ${s.total} syllables, ${((100 * s.correct) / s.total).toFixed(2)}%\n`);
}
process.stdout.write(`tuning parts: ${((100 * correct) / total).toFixed(2)}% (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
