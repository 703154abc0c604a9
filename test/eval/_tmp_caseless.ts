import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { garbledGroups } from './diacritics-real.js';
import { scoreLines } from './diacritics.js';
const restorer = new Restorer(loadModel());
for (const part of [5, 6, 7, 8, 1, 2, 3]) {
  let a = { c: 0, t: 0 }, b = { c: 0, t: 0 };
  for (const g of garbledGroups().filter((x) => x.part === part)) {
    const out = restorer.restore(g.ocr.join('\n')).text.split('\n');
    const s = scoreLines(g.gold, out);
    const l = scoreLines(g.gold.map((x) => x.toLowerCase()), out.map((x) => x.toLowerCase()));
    a.c += s.correct; a.t += s.total; b.c += l.correct; b.t += l.total;
  }
  console.log(part, (100 * a.c / a.t).toFixed(2), 'caseless', (100 * b.c / b.t).toFixed(2));
}
