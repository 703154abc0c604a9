import { readFileSync, readdirSync } from 'node:fs';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { stripMarks, scoreLines } from './diacritics.js';
const r = new Restorer(loadModel(process.argv[2]));
let c = 0, t = 0, ms = 0, syl = 0;
for (const f of readdirSync('../shared/seeds').filter((f) => !f.startsWith('001'))) {
  const text = readFileSync('../shared/seeds/' + f, 'utf8').normalize('NFC');
  const t0 = performance.now(); const out = r.restore(stripMarks(text)); ms += performance.now() - t0; syl += out.restoredSyllables;
  const s = scoreLines(text.split('\n'), out.text.split('\n')); c += s.correct; t += s.total;
}
console.log('acc', (100 * c / t).toFixed(2), 'syl/s', Math.round(syl / ms * 1000));
