// `node --import tsx test/eval/garbled-breakdown.ts [--part N] [--list]`: where the restorer goes
// wrong on the real garbled OCR lines (test/gold/diacritics/garbled-lines.txt), per part of the gold
// file. Each gold word is aligned with the OCR token it was read from (letters compared through the
// look-alikes, so "phiic" sits under "phúc"), and the restored token at the same place is judged:
//   kept      the OCR token was already right and stays right
//   repaired  the OCR token was wrong and is now right
//   broken    the OCR token was right and is now wrong
//   unfixed   wrong before and after; split by what went wrong (same letters, other marks: "mark";
//             other letters: "letters"; the OCR token is debris-glued, split or joined: "shape")
//   missing   no OCR token stands for the gold word (dropped by the engine, or joined to another)
// --list prints every unfixed, broken and missing word with its line. Held-out parts are never read,
// not even as counts of these classes: which class of error is left is what picks the next fix, so
// their accuracy alone comes from `npm run eval:diacritics`.
import { foldVietnamese } from '../../normalizers/fold.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { unforeign } from '../../normalizers/diacritics/garbled.js';
import { isLetters, splitPieces } from '../../normalizers/diacritics/tokens.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';
import { alignWords, distance } from './align-words.js';
import { HELD_OUT_PARTS, garbledGroups } from './diacritics-real.js';

type Outcome = 'kept' | 'repaired' | 'broken' | 'unfixed-mark' | 'unfixed-letters' | 'unfixed-shape' | 'missing';

const same = (a: string, b: string) => canonicalToneForm(a.toLowerCase()) === canonicalToneForm(b.toLowerCase());



const partArg = process.argv.indexOf('--part');
const onlyPart = partArg > 0 ? Number(process.argv[partArg + 1]) : null;
const list = process.argv.includes('--list');
const restorer = new Restorer(loadModel());
const byPart = new Map<number, Map<Outcome, number>>();
const pairs = new Map<string, number>();
const listed: string[] = [];
const reachable = new Map<string, number>();
for (const group of garbledGroups()) {
  if (HELD_OUT_PARTS.has(group.part) || (onlyPart !== null && group.part !== onlyPart)) continue;
  const restored = restorer.restore(group.ocr.join('\n')).text.split('\n');
  const counts = byPart.get(group.part) ?? new Map<Outcome, number>();
  byPart.set(group.part, counts);
  group.gold.forEach((goldLine, li) => {
    const gold = splitPieces(goldLine).map((p) => p.text).filter(isLetters);
    const ocr = splitPieces(group.ocr[li]!).map((p) => p.text);
    const out = splitPieces(restored[li]!).map((p) => p.text);
    const at = alignWords(gold, ocr, (t) => foldVietnamese(unforeign(t)));
    // The restored line may have more or fewer pieces (a glued word split, specks joined): aligned on its own.
    const atOut = out.length === ocr.length ? at : alignWords(gold, out, (t) => foldVietnamese(unforeign(t)));
    gold.forEach((word, k) => {
      const j = at[k]!;
      let outcome: Outcome;
      const o = j >= 0 ? ocr[j]! : '';
      const r = atOut[k]! >= 0 ? out[atOut[k]!]! : '';
      if (j < 0) outcome = 'missing';
      else if (same(o, word)) outcome = same(r, word) ? 'kept' : 'broken';
      else if (same(r, word)) outcome = 'repaired';
      else if (!isLetters(o) || foldVietnamese(unforeign(o)).length !== foldVietnamese(word).length + 0 && foldVietnamese(r) === foldVietnamese(o)) outcome = 'unfixed-shape';
      else outcome = foldVietnamese(r) === foldVietnamese(word) ? 'unfixed-mark' : 'unfixed-letters';
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      // Could the decoder have chosen the gold word? (Among the token's candidates, read either way.)
      if (outcome.startsWith('unfixed') || outcome === 'broken') {
        const goldForm = canonicalToneForm(word.toLowerCase());
        // A lone consonant is read as a syllable whose vowel was dropped ("s" = số), as the restorer does.
        const lone = o.length === 1 ? restorer.reader.loneConsonantReading(o, true).forms : [];
        const forms = [...restorer.reader.garbledReading(o).forms, ...restorer.reader.reading(o, true, true).forms, ...lone];
        const reach = forms.some((f) => f !== null && canonicalToneForm(f) === goldForm) ? 'reachable' : 'unreachable';
        reachable.set(`${group.part} ${outcome} ${reach}`, (reachable.get(`${group.part} ${outcome} ${reach}`) ?? 0) + 1);
        if (process.argv.includes('--unreachable') && reach === 'unreachable') {
          const a = foldVietnamese(unforeign(o));
          const b = foldVietnamese(word);
          console.log(`UNREACH ${group.part} d=${distance(a, b)} valid=${restorer.reader.inventory.has(a) ? 1 : 0} ${o} → ${word}`);
        }
      }
      if (outcome !== 'kept' && outcome !== 'repaired') {
        const key = `${outcome.padEnd(15)} ${o || '∅'} → ${r || '∅'} (gold ${word})`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        if (list) listed.push(`${group.source}#${li}: ${key}\n    ocr : ${group.ocr[li]}\n    ours: ${restored[li]}\n    gold: ${goldLine}`);
      }
    });
  });
}
const order: Outcome[] = ['kept', 'repaired', 'broken', 'unfixed-mark', 'unfixed-letters', 'unfixed-shape', 'missing'];
console.log(`part  words  right%  ${order.map((o) => o.padStart(15)).join('')}`);
for (const [part, counts] of [...byPart].sort((a, b) => a[0] - b[0])) {
  const total = order.reduce((s, o) => s + (counts.get(o) ?? 0), 0);
  const right = (counts.get('kept') ?? 0) + (counts.get('repaired') ?? 0);
  console.log(`${String(part).padStart(4)}  ${String(total).padStart(5)}  ${((100 * right) / total).toFixed(2).padStart(6)}  ${order.map((o) => String(counts.get(o) ?? 0).padStart(15)).join('')}`);
}
console.log('\nGold word among the candidates (part outcome reach: words):');
for (const [k, n] of [...reachable].sort()) console.log(`  ${k}: ${n}`);
console.log('\nCommonest errors:');
for (const [k, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, list ? 40 : 120)) console.log(`${String(n).padStart(4)}  ${k}`);
if (list) console.log(`\n${listed.join('\n')}`);
