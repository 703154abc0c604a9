// `node --import tsx test/eval/garbled-families.ts [--examples N]`: the restorer's mistakes on the
// tuning parts of the garbled gold split by cause: the gold syllable is among the readings the
// restorer generates for its OCR token and the decoder chose another ("chosen"), or it is not
// ("unreached"); the unreached ones sorted by the garble family that hid them (garbleFamily).
// Held-out parts (HELD_OUT_PARTS) are never read here: which family is left picks the next rule.
import { foldVietnamese } from '../../normalizers/fold.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { hasForeignLetter, unforeign } from '../../normalizers/diacritics/garbled.js';
import { isLetters } from '../../normalizers/diacritics/tokens.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';
import { distance } from './align-words.js';
import { HELD_OUT_PARTS, garbledGroups } from './diacritics-real.js';
import { eachGoldWord } from './garbled-kinds.js';

export const FAMILIES = [
  'no-token', // the gold word has no OCR token of its own (dropped, or run into a neighbour)
  'not-syllable', // the gold word is a code, a numeral or a loan word
  'other-alphabet', // letters outside the Vietnamese alphabet left after the look-alikes
  'digit', // digits for letters (0 → o, 1 → l, 6 → ô)
  'debris', // signs glued to the word (stops, brackets, apostrophes)
  'glued', // the token holds the word and more letters (a neighbour, specks)
  'doubled', // a doubled letter ("hoo", "thii")
  'dropped-first', // the word lost its opening letters ("hông" = không)
  'lone-letter', // one letter left of the word
  'swap-valid', // one letter changed, the token a valid syllable ("tát" = tác)
  'swap-invalid', // one letter changed, no syllable ("tii" = tin)
  'two-edits', // two letter edits
  'heavy', // three or more
] as const;
export type Family = (typeof FAMILIES)[number];

const fold = (t: string) => foldVietnamese(unforeign(t));

/** The garble family that keeps `word` from the readings of `ocr` (its OCR token, "" for none). */
export function garbleFamily(word: string, ocr: string, isSyllable: (key: string) => boolean): Family {
  if (!ocr) return 'no-token';
  const gold = foldVietnamese(word);
  if (!isSyllable(gold)) return 'not-syllable';
  if (hasForeignLetter(unforeign(ocr)) || /[\u0370-\u04ff]/.test(ocr)) return 'other-alphabet';
  if (/[0-9]/.test(ocr)) return 'digit';
  const letters = fold(ocr.replace(/[^\p{L}]/gu, ''));
  if (!isLetters(unforeign(ocr))) return 'debris';
  if (letters.length >= gold.length + 2 && distance(letters, gold) >= letters.length - gold.length) return 'glued';
  const undoubled = letters.replace(/(\p{L})\1/gu, '$1');
  if (undoubled !== letters && distance(undoubled, gold) <= 1) return 'doubled';
  if (letters.length < gold.length && letters.length >= 1 && gold.endsWith(letters) && letters.length > 1) return 'dropped-first';
  if (letters.length <= 1) return 'lone-letter';
  const d = distance(letters, gold);
  if (d <= 1) return isSyllable(letters) ? 'swap-valid' : 'swap-invalid';
  return d === 2 ? 'two-edits' : 'heavy';
}

/** The gold word is among the readings the restorer generates for the OCR token, read any of its ways. */
export function reached(restorer: Restorer, word: string, ocr: string): boolean {
  const goldForm = canonicalToneForm(word.toLowerCase());
  const reader = restorer.reader;
  const lone = ocr.length === 1 ? reader.loneConsonantReading(ocr, true).forms : [];
  const forms = [...reader.garbledReading(ocr).forms, ...reader.reading(ocr, true, true).forms, ...lone];
  return forms.some((f) => f !== null && canonicalToneForm(f) === goldForm);
}

interface PartCounts {
  words: number;
  right: number;
  chosen: number;
  unreached: Map<Family, number>;
  examples: Map<Family, string[]>;
}

function main(): void {
  const examplesArg = process.argv.indexOf('--examples');
  const examples = examplesArg > 0 ? Number(process.argv[examplesArg + 1]) : 0;
  const restorer = new Restorer(loadModel());
  const isSyllable = (k: string) => restorer.reader.inventory.has(k);
  const byPart = new Map<number, PartCounts>();
  for (const group of garbledGroups()) {
    if (HELD_OUT_PARTS.has(group.part)) continue;
    const c = byPart.get(group.part) ?? { words: 0, right: 0, chosen: 0, unreached: new Map(), examples: new Map() };
    byPart.set(group.part, c);
    eachGoldWord(restorer, group, ({ word, restored: r, ocr: o, right }) => {
      c.words++;
      if (right) {
        c.right++;
        return;
      }
      if (o && reached(restorer, word, o)) {
        c.chosen++;
        return;
      }
      const family = garbleFamily(word, o, isSyllable);
      c.unreached.set(family, (c.unreached.get(family) ?? 0) + 1);
      if (examples) {
        const list = c.examples.get(family) ?? [];
        list.push(`${o || '∅'} → ${r || '∅'} (gold ${word})`);
        c.examples.set(family, list);
      }
    });
  }
  const head = ['part', 'words', 'right%', 'chosen', 'unreach', ...FAMILIES];
  console.log(head.map((h) => h.padStart(Math.max(6, h.length))).join(' '));
  const all: PartCounts = { words: 0, right: 0, chosen: 0, unreached: new Map(), examples: new Map() };
  const row = (name: string, c: PartCounts) => {
    const unreached = [...c.unreached.values()].reduce((a, b) => a + b, 0);
    const cells = [name, String(c.words), ((100 * c.right) / c.words).toFixed(2), String(c.chosen), String(unreached), ...FAMILIES.map((f) => String(c.unreached.get(f) ?? 0))];
    console.log(cells.map((x, i) => x.padStart(Math.max(6, head[i]!.length))).join(' '));
  };
  for (const [part, c] of [...byPart].sort((a, b) => a[0] - b[0])) {
    row(String(part), c);
    all.words += c.words;
    all.right += c.right;
    all.chosen += c.chosen;
    for (const f of FAMILIES) all.unreached.set(f, (all.unreached.get(f) ?? 0) + (c.unreached.get(f) ?? 0));
    for (const [f, list] of c.examples) all.examples.set(f, [...(all.examples.get(f) ?? []), ...list.map((e) => `${part}: ${e}`)]);
  }
  row('all', all);
  if (!examples) return;
  for (const f of FAMILIES) {
    const list = all.examples.get(f) ?? [];
    if (list.length) console.log(`\n${f} (${list.length}):\n  ${list.slice(0, examples).join('\n  ')}`);
  }
}

if (process.argv[1]?.endsWith('garbled-families.ts')) main();
