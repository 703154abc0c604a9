import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { garbledGroups, garbledScores } from './diacritics-real.js';
import { scoreLines } from './diacritics.js';
const parts = process.argv.slice(2).map(Number);
const restorer = new Restorer(loadModel());
for (const p of parts) {
  const groups = garbledGroups().filter((g) => g.part === p);
  const bySource = new Map<string, typeof groups>();
  for (const g of groups) bySource.set(g.source, [...(bySource.get(g.source) ?? []), g]);
  for (const [src, gs] of bySource) {
    const s = garbledScores(restorer, gs, scoreLines);
    console.log(p, src, s.lines, s.ours.total, (100 * s.ours.correct / s.ours.total).toFixed(2), (100 * s.asIs.correct / s.asIs.total).toFixed(2));
  }
}
