import { loadModel } from '../../normalizers/diacritics/lm.js';
const lm = loadModel(process.argv[2]);
const seqs = process.argv.slice(3);
for (const s of seqs) {
  const w = s.split(' ');
  let total = 0; const parts: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const a = i >= 2 ? lm.id(w[i-2]!) : 0, b = i >= 1 ? lm.id(w[i-1]!) : 0, c = lm.id(w[i]!);
    const p = lm.logProb(a, b, c); total += p; parts.push(`${w[i]}:${p.toFixed(2)}(u${lm.unigram[c]!.toFixed(1)})`);
  }
  console.log(total.toFixed(2), parts.join(' '));
}
