import { readFileSync } from 'node:fs';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { stripMarks } from './diacritics.js';
const r = new Restorer(loadModel());
const doc = stripMarks(readFileSync('../shared/seeds/002_11193dad341833c5.txt', 'utf8').normalize('NFC'));
let n = 0, k = 0, k3 = 0, prev = [1, 1];
for (const p of splitPieces(doc)) { const c = r.syllableCandidates(foldVietnamese(p.text)); const K = c ? c.forms.length : 1; n++; k += K; k3 += prev[0]! * prev[1]! * K; prev = [prev[1]!, K]; }
console.log(n, (k / n).toFixed(2), (k3 / n).toFixed(1));
