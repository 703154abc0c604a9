import { loadModel } from '/work/wt/garbled/normalizers/diacritics/lm.js';
import { Restorer } from '/work/wt/garbled/normalizers/diacritics/restorer.js';
import { garbledGroups } from '/work/wt/garbled/test/eval/diacritics-real.js';
const r = new Restorer(loadModel());
const want = process.argv[2] ? Number(process.argv[2]) : 1;
for (const g of garbledGroups()) {
  if (g.part !== want) continue;
  const states = r.lineStates(g.ocr);
  const out = r.restore(g.ocr.join('\n')).text.split('\n');
  g.ocr.forEach((l, i) => console.log(`${g.source} [${states[i]}]\n  ocr : ${l}\n  ours: ${out[i]}\n  gold: ${g.gold[i]}`));
}
