// `node --import tsx test/eval/garbled-headroom.ts [--lm]`: how far each part of the garbled-line restorer
// could still carry the TUNING parts of the garbled gold (never the held-out 5, 6, 9, 10, 12, 13 and 14), so that
// a round spends its time where the headroom is:
//   - the learned channel: each tuning part restored with confusions learned from the OTHER tuning parts
//     (learn-confusions.ts, leave one part out) beside those learned from all of them (as shipped): what
//     the tuning figure owes to the channel having seen the part, a closer guess at a new document;
//   - candidate generation: the tuning parts restored with each OCR token's gold word added to its readings
//     where they lack it (at a channel cost of 1, 2 and 3): what a channel that reached every word its
//     token stands for would gain, an upper bound for new candidate rules (a word with no token of its
//     own, or cut or glued otherwise than the gold's, gains nothing);
//   - the language model (--lm: two model builds from the training texts, about two minutes): the tuning
//     parts restored with a model built as `npm run build:lm` builds it, then with the same texts and the
//     tuning parts' own gold lines added (weight 3, so every trigram of them is stored): what a model that
//     knew these documents' very wording would gain, an upper bound for more training text; and that model
//     with the gold candidates above (cost 1): both bounds at once, what neither could give is segmentation.
// Without the uncommitted news text (model/training/SOURCES.md) both builds lack it alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NgramCounts, SEED_WEIGHT, SHIPPED_ESTIMATE, baseTexts, estimate, sampleTexts, seedTexts } from '../../normalizers/diacritics/build-lm.js';
import { LISTED_ENGINE_CONFUSIONS, loadLearnedConfusions, withLearned } from '../../normalizers/diacritics/engine-confusions.js';
import { PUNCT, loadModel, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import type { Reading } from '../../normalizers/diacritics/placed.js';
import { Restorer, type RestorerOptions } from '../../normalizers/diacritics/restorer.js';
import { isLetters, splitPieces } from '../../normalizers/diacritics/tokens.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';
import { unforeign } from '../../normalizers/diacritics/garbled.js';
import { alignWords } from './align-words.js';
import { HELD_OUT_PARTS, garbledGroups, garbledScores, type GarbledGroup, type Score } from './diacritics-real.js';
import { scoreLines } from './diacritics.js';

/** The tuning parts learn-confusions.ts learns from by default; parts 1 and 4 are too small or too clean to leave out alone. */
const LEARNED_FROM = [1, 2, 3, 7, 8, 11];
const LEFT_OUT = [2, 3, 7, 8, 11];

const groups = garbledGroups().filter((g) => !HELD_OUT_PARTS.has(g.part));
const percent = (s: Score) => ((100 * s.correct) / s.total).toFixed(2);

function scoreParts(lm: SyllableLM, parts: number[], options: RestorerOptions = {}): Map<number, Score> {
  const restorer = new Restorer(lm, undefined, undefined, undefined, options);
  const out = new Map<number, Score>();
  for (const part of parts) out.set(part, garbledScores(restorer, groups.filter((g) => g.part === part), scoreLines).ours);
  return out;
}

function total(scores: Iterable<Score>): Score {
  const t: Score = { correct: 0, total: 0 };
  for (const s of scores) {
    t.correct += s.correct;
    t.total += s.total;
  }
  return t;
}

function printRows(title: string, columns: string[], rows: Array<Map<number, Score>>, parts: number[]): void {
  process.stdout.write(`\n${title}\n| part | words | ${columns.join(' | ')} |\n|---|---|${columns.map(() => '---|').join('')}\n`);
  for (const part of parts) process.stdout.write(`| ${part} | ${rows[0]!.get(part)!.total} | ${rows.map((r) => percent(r.get(part)!)).join(' | ')} |\n`);
  const sums = rows.map((r) => total(parts.map((p) => r.get(p)!)));
  process.stdout.write(`| all | ${sums[0]!.total} | ${sums.map(percent).join(' | ')} |\n`);
}

/** Confusions learned from `parts` by learn-confusions.ts, written to a scratch file and read back. */
function learnedFrom(parts: number[], dir: string): ReturnType<typeof loadLearnedConfusions> {
  const out = join(dir, `learned-${parts.join('-')}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'learn-confusions.ts'), '--parts', parts.join(','), '--out', out], { stdio: 'ignore' });
  return loadLearnedConfusions(out);
}

/** Each OCR token of a group's lines with the gold word aligned with it (lower case, canonical tones). */
function goldOfTokens(group: GarbledGroup): Map<string, string> {
  const fold = (t: string) => foldVietnamese(unforeign(t)).toLowerCase();
  const gold = new Map<string, string>();
  group.gold.forEach((line, i) => {
    const words = splitPieces(line).map((p) => p.text).filter(isLetters);
    const tokens = splitPieces(group.ocr[i]!).map((p) => p.text);
    const at = alignWords(words, tokens, fold);
    words.forEach((w, k) => {
      if (at[k]! >= 0) gold.set(tokens[at[k]!]!, canonicalToneForm(w.toLowerCase()));
    });
  });
  return gold;
}

type ReadingMethod = 'reading' | 'garbledReading' | 'loneConsonantReading' | 'misreadCapitalReading';

/** A restorer whose token readings also hold the gold word of each token (see goldOfTokens), at `cost`. */
function withGoldCandidates(lm: SyllableLM, gold: Map<string, string>, cost: number): Restorer {
  const restorer = new Restorer(lm);
  // Both of its readers: the shipped one, and the one of glyph-heavy layers (restorer.ts, GLYPH_LAYER_SHARE).
  const readers = [restorer.reader, (restorer as unknown as { glyphLayerReader: unknown }).glyphLayerReader];
  for (const reader of readers as Array<Record<ReadingMethod, (text: string, ...rest: unknown[]) => Reading | null>>) {
    for (const name of ['reading', 'garbledReading', 'loneConsonantReading', 'misreadCapitalReading'] as const) {
      const own = reader[name].bind(reader);
      reader[name] = (text, ...rest) => {
        const r = own(text, ...rest);
        const word = gold.get(text);
        const id = word === undefined ? -1 : lm.id(word);
        if (!r || word === undefined || id <= PUNCT || r.forms.includes(word) || r.from !== 0 || r.to !== text.length) return r;
        return { ...r, slot: { ids: [...r.slot.ids, id], costs: [...r.slot.costs, cost] }, forms: [...r.forms, word], kinds: [...r.kinds, 'ocr'] };
      };
    }
  }
  return restorer;
}

const shipped = loadModel();
const dir = mkdtempSync(join(tmpdir(), 'garbled-headroom-'));
try {
  const all = scoreParts(shipped, LEFT_OUT);
  const leftOut = new Map<number, Score>();
  for (const part of LEFT_OUT) {
    const learned = learnedFrom(LEARNED_FROM.filter((p) => p !== part), dir);
    leftOut.set(part, scoreParts(shipped, [part], { engineConfusions: withLearned(LISTED_ENGINE_CONFUSIONS, learned) }).get(part)!);
  }
  printRows('learned channel: confusions learned from every tuning part, and from the other parts only', ['all parts', 'part left out'], [all, leftOut], LEFT_OUT);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

{
  const parts = [...new Set(groups.map((g) => g.part))].sort((a, b) => a - b);
  const costs = [1, 2, 3];
  const rows = [scoreParts(shipped, parts), ...costs.map(() => new Map<number, Score>())];
  for (const group of groups) {
    const gold = goldOfTokens(group);
    costs.forEach((cost, k) => {
      const s = garbledScores(withGoldCandidates(shipped, gold, cost), [group], scoreLines).ours;
      const sum = rows[k + 1]!.get(group.part) ?? { correct: 0, total: 0 };
      rows[k + 1]!.set(group.part, { correct: sum.correct + s.correct, total: sum.total + s.total });
    });
  }
  printRows('candidate generation: as shipped, and with each token\'s gold word among its readings at a cost of', ['shipped', ...costs.map(String)], rows, parts);
}

if (process.argv.includes('--lm')) {
  const parts = [...new Set(groups.map((g) => g.part))].sort((a, b) => a - b);
  const counts = new NgramCounts();
  for (const t of baseTexts()) counts.add(t.text, t.weight);
  for (const t of sampleTexts()) counts.add(t.text, t.weight);
  for (const text of seedTexts().values()) counts.add(text, SEED_WEIGHT);
  const built = scoreParts(estimate(counts, SHIPPED_ESTIMATE), parts);
  counts.add(groups.flatMap((g: GarbledGroup) => g.gold).join('\n'), 3);
  const knowingModel = estimate(counts, SHIPPED_ESTIMATE);
  const knowing = scoreParts(knowingModel, parts);
  // Both bounds at once: that model, and each token's gold word among its readings at cost 1.
  const both = new Map<number, Score>();
  for (const group of groups) {
    const s = garbledScores(withGoldCandidates(knowingModel, goldOfTokens(group), 1), [group], scoreLines).ours;
    const sum = both.get(group.part) ?? { correct: 0, total: 0 };
    both.set(group.part, { correct: sum.correct + s.correct, total: sum.total + s.total });
  }
  printRows('language model: built from the training texts, with the tuning parts\' gold added, and that with the gold candidates (cost 1)', ['built', 'gold added', 'and gold candidates'], [built, knowing, both], parts);
}
