// `node --import tsx test/eval/garbled-kinds.ts [--examples N]`: the restorer's
// mistakes on the garbled gold (test/gold/diacritics/garbled-lines.txt) sorted into the kinds the
// design has to answer, per part:
//   joined     the gold word has no OCR token of its own (run into a neighbour, or dropped)
//   debris     its OCR token carries signs no channel reads (brackets, stops, digits run into it)
//   oov        the gold word is no syllable of the inventory (a code, a loan word, a name's spelling)
//   name       a capitalised word inside a line (part of a proper name), the gold reachable or not
//   channel    the gold syllable is valid but none of the token's readings reaches it
//   lm         the gold syllable is among the token's readings, the decoder chose another
//   broken     the OCR token was right and the restorer changed it (an LM choice too)
// Only the tuning parts are sorted: the held-out parts (HELD_OUT_PARTS) are read as their aggregate
// row of `eval:diacritics -- --garbled` and nothing else, so they stay a fair predictor of unseen
// documents (no kind of their errors steers the next round).
import { foldVietnamese } from '../../normalizers/fold.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { unforeign } from '../../normalizers/diacritics/garbled.js';
import { isLetters, splitPieces } from '../../normalizers/diacritics/tokens.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';
import { alignWords } from './align-words.js';
import { HELD_OUT_PARTS, type GarbledGroup, garbledGroups } from './diacritics-real.js';

export const KINDS = ['joined', 'debris', 'oov', 'name', 'channel', 'lm', 'broken'] as const;
export type ErrorKind = (typeof KINDS)[number];

const same = (a: string, b: string) => canonicalToneForm(a.toLowerCase()) === canonicalToneForm(b.toLowerCase());
const fold = (t: string) => foldVietnamese(unforeign(t));
/** Signs inside a token that no look-alike table reads as a letter. */
const DEBRIS = /[()[\]|\\/;:,.'"<>_=+^%#]|\d{2,}|[A-Za-z]\d{3,}/;

export interface KindCounts {
  words: number;
  right: number;
  kinds: Map<ErrorKind, number>;
  examples: Map<ErrorKind, string[]>;
}

/** A gold word of a restored group, with the restorer's word and the OCR token aligned with it ("" for none). */
export interface AlignedWord {
  word: string;
  restored: string;
  ocr: string;
  right: boolean;
  /** The word opens its line or a sentence. */
  lineStart: boolean;
}

/** Each gold word of one group, restored and aligned with the OCR and the restorer's words. */
export function eachGoldWord(restorer: Restorer, group: GarbledGroup, visit: (w: AlignedWord) => void): void {
  const restored = restorer.restore(group.ocr.join('\n')).text.split('\n');
  group.gold.forEach((goldLine, li) => {
    const gold = splitPieces(goldLine).map((p) => p.text).filter(isLetters);
    const ocr = splitPieces(group.ocr[li]!).map((p) => p.text).filter((t) => /\p{L}/u.test(t));
    const out = splitPieces(restored[li] ?? '').map((p) => p.text).filter((t) => /\p{L}/u.test(t));
    const atOcr = alignWords(gold, ocr, fold);
    const atOut = alignWords(gold, out, fold);
    gold.forEach((word, k) => {
      const r = atOut[k]! >= 0 ? out[atOut[k]!]! : '';
      const o = atOcr[k]! >= 0 ? ocr[atOcr[k]!]! : '';
      visit({ word, restored: r, ocr: o, right: r !== '' && same(r, word), lineStart: k === 0 || /[.:]$/.test(gold[k - 1] ?? '') });
    });
  });
}

/** One group restored and its gold words judged right or sorted into a kind of mistake. */
export function classifyGroup(restorer: Restorer, group: GarbledGroup, into: KindCounts, keepExamples: boolean): void {
  eachGoldWord(restorer, group, ({ word, restored, ocr, right, lineStart }) => {
    into.words++;
    if (right) {
      into.right++;
      return;
    }
    const kind = errorKind(restorer, word, ocr, lineStart);
    into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + 1);
    if (keepExamples) {
      const list = into.examples.get(kind) ?? [];
      list.push(`${ocr || '∅'} → ${restored || '∅'} (gold ${word})`);
      into.examples.set(kind, list);
    }
  });
}

/** The kind of a wrong gold word, from the OCR token aligned with it ("" for none). */
export function errorKind(restorer: Restorer, word: string, ocrToken: string, lineStart: boolean): ErrorKind {
  if (!ocrToken) return 'joined';
  if (same(ocrToken, word)) return 'broken';
  const goldKey = foldVietnamese(word);
  const ocrKey = fold(ocrToken.replace(/[^\p{L}\d~@€!{&?$*]/gu, ''));
  if (ocrKey.length >= goldKey.length + 3) return 'joined';
  if (DEBRIS.test(ocrToken)) return 'debris';
  if (!restorer.reader.inventory.has(goldKey)) return 'oov';
  if (!lineStart && /^\p{Lu}\p{Ll}/u.test(word)) return 'name';
  const goldForm = canonicalToneForm(word.toLowerCase());
  const forms = [...restorer.reader.garbledReading(ocrToken).forms, ...restorer.reader.reading(ocrToken, true, true).forms];
  return forms.some((f) => f !== null && canonicalToneForm(f) === goldForm) ? 'lm' : 'channel';
}

function main(): void {
  const examplesArg = process.argv.indexOf('--examples');
  const examples = examplesArg > 0 ? Number(process.argv[examplesArg + 1]) : 0;
  const restorer = new Restorer(loadModel());
  const byPart = new Map<number, KindCounts>();
  for (const group of garbledGroups()) {
    if (HELD_OUT_PARTS.has(group.part)) continue;
    const counts = byPart.get(group.part) ?? { words: 0, right: 0, kinds: new Map(), examples: new Map() };
    byPart.set(group.part, counts);
    classifyGroup(restorer, group, counts, examples > 0);
  }
  console.log(`part  words  right%  ${KINDS.map((k) => k.padStart(8)).join('')}`);
  const all: KindCounts = { words: 0, right: 0, kinds: new Map(), examples: new Map() };
  for (const [part, c] of [...byPart].sort((a, b) => a[0] - b[0])) {
    all.words += c.words;
    all.right += c.right;
    for (const k of KINDS) all.kinds.set(k, (all.kinds.get(k) ?? 0) + (c.kinds.get(k) ?? 0));
    console.log(`${String(part).padStart(4)}  ${String(c.words).padStart(5)}  ${((100 * c.right) / c.words).toFixed(2).padStart(6)}  ${KINDS.map((k) => String(c.kinds.get(k) ?? 0).padStart(8)).join('')}`);
  }
  console.log(` all  ${String(all.words).padStart(5)}  ${((100 * all.right) / all.words).toFixed(2).padStart(6)}  ${KINDS.map((k) => String(all.kinds.get(k) ?? 0).padStart(8)).join('')}`);
  if (!examples) return;
  for (const [part, c] of [...byPart].sort((a, b) => a[0] - b[0])) {
    for (const k of KINDS) {
      const list = c.examples.get(k) ?? [];
      if (list.length) console.log(`\npart ${part} ${k} (${list.length}):\n  ${list.slice(0, examples).join('\n  ')}`);
    }
  }
}

if (process.argv[1]?.endsWith('garbled-kinds.ts')) main();
