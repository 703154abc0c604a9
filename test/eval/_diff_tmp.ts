import { readFileSync } from 'node:fs';
import { loadModel } from '../../normalizers/diacritics/lm.ts';
import { Restorer } from '../../normalizers/diacritics/restorer.ts';
import { splitPieces, isLetters } from '../../normalizers/diacritics/tokens.ts';
import { canonicalToneForm } from '../../normalizers/syllables.ts';
import { stripMarks } from './diacritics.js';
const file = process.argv[2]!;
const text = readFileSync(file, 'utf8').normalize('NFC');
const r = new Restorer(loadModel(process.argv[3]));
const t0 = Date.now();
const out = r.restore(stripMarks(text)).text;
console.error('ms', Date.now() - t0);
const errs = new Map<string, number>();
const g = text.split('\n'), o = out.split('\n');
for (let i = 0; i < g.length; i++) {
  const a = splitPieces(g[i]!), b = splitPieces(o[i]!);
  if (a.length !== b.length) { console.log('LEN', i); continue; }
  a.forEach((p, k) => { if (isLetters(p.text) && canonicalToneForm(p.text) !== canonicalToneForm(b[k]!.text)) { const key = `${p.text} → ${b[k]!.text}`; if (process.env.SHOW && p.text === process.env.SHOW) console.log("CTX", o[i]!.slice(Math.max(0,b[k]!.start-60), b[k]!.end+30)); errs.set(key, (errs.get(key) ?? 0) + 1); } });
}
console.log([...errs].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join('\n'));
