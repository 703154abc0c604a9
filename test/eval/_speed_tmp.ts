import { readFileSync } from 'node:fs';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { stripMarks } from './diacritics.js';
let t = Date.now();
const r = new Restorer(loadModel());
console.log('load', Date.now() - t);
const doc = stripMarks(readFileSync('../shared/seeds/002_11193dad341833c5.txt', 'utf8').normalize('NFC'));
for (let i = 0; i < 5; i++) { t = Date.now(); const out = r.restore(doc); console.log('run', Date.now() - t, out.restoredSyllables); }
