import { loadModel, NUM } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
const lm = loadModel(process.argv[2]);
const r = new Restorer(lm);
for (const s of process.argv.slice(3)) console.log(r.restore(s).text);
const ids = (s: string) => s.split(' ').map((w) => (w === '<n>' ? NUM : lm.id(w)));
for (const s of ['thành phố năm <n>', 'thành phố nam <n>', 'trong năm <n>', 'của phường', 'của phương']) {
  const w = ids(s); let t = 0; for (let i = 2; i < w.length; i++) t += lm.logProb(w[i-2]!, w[i-1]!, w[i]!); console.log(s, t.toFixed(2), w.join(','), lm.bigramLogProb(w[w.length-2]!, w[w.length-1]!));
}
