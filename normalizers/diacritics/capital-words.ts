// Which readings a capital inside a sentence speaks for. Documents capitalise the first word of a
// body's or a place's name ("Sở Văn hóa", "Bộ Nội vụ", "Ban Chỉ đạo", "Nơi nhận") and hardly ever
// a verb or a particle ("sẽ", "số", "bàn"): a capitalised word between two words of a sentence is a
// clue the sentence model, trained on lower-cased tokens, never sees. When a garbled layer's "Se",
// "Sa" or "So" could be sở, sẽ, sa or số, the capital leans to sở. The odds are counted in the
// base training texts committed here (never the seeds, nor the fetched news), where every word's
// marks are right, and written to model/capital-words.json by `npm run build:lm` (or
// `npm run build:lm -- --capital-words` alone).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalToneForm } from '../syllables.js';
import type { Piece } from './tokens.js';
import type { Reading } from './placed.js';

export const CAPITAL_WORDS_PATH = fileURLToPath(new URL('./model/capital-words.json', import.meta.url));

/** Forms seen fewer times than this are not written: their odds are the prior's. */
const MIN_SEEN = 5;
/** Pseudo-counts of the prior rate in each form's odds. */
const PRIOR_WEIGHT = 4;
/** How far (log10) one reading's odds can put it behind another's: a clue, never a veto. */
export const MAX_LEAN = 2;
/** The lean's weight against the sentence model and the channel. */
export const CAPITAL_WEIGHT = 0.8;

/** Capitalised once, lower case after: "Sở", not "SỞ" or "sở". Digits and glyphs may stand for letters ("S6"). */
const CAPITALISED = /^\p{Lu}[^\p{Lu}]+$/u;
/** What may stand between two words of one sentence. */
const IN_SENTENCE_GAP = /^[ ,]+$/;

/** A piece written with a capital inside a sentence: a word before it on its line, nothing but a space or a comma between. */
export function capitalInSentence(line: string, pieces: readonly Piece[], k: number): boolean {
  const p = pieces[k]!;
  const before = pieces[k - 1];
  return !!before && CAPITALISED.test(p.text) && /\p{L}/u.test(before.text) && IN_SENTENCE_GAP.test(line.slice(before.end, p.start));
}

export interface CapitalCounts {
  /** Capitalised and lower-case uses inside sentences of all words. */
  total: [number, number];
  /** The same per form (lower case, canonical tones), forms seen MIN_SEEN times or more. */
  forms: Record<string, [number, number]>;
}

/** Counts of capitalised and lower-case uses inside sentences, per form, in texts with correct marks. */
export function countCapitalWords(texts: Iterable<string>, split: (line: string) => Piece[]): CapitalCounts {
  const forms = new Map<string, [number, number]>();
  const total: [number, number] = [0, 0];
  for (const text of texts) {
    for (const line of text.normalize('NFC').split('\n')) {
      const pieces = split(line);
      for (let k = 1; k < pieces.length; k++) {
        const t = pieces[k]!.text;
        const before = pieces[k - 1]!;
        if (!/^\p{L}+$/u.test(t) || !/\p{L}/u.test(before.text) || !IN_SENTENCE_GAP.test(line.slice(before.end, pieces[k]!.start))) continue;
        const lower = t.toLowerCase();
        const capital = CAPITALISED.test(t);
        if (!capital && t !== lower) continue;
        const form = canonicalToneForm(lower);
        const c = forms.get(form) ?? [0, 0];
        c[capital ? 0 : 1]++;
        total[capital ? 0 : 1]++;
        forms.set(form, c);
      }
    }
  }
  const kept: Record<string, [number, number]> = {};
  for (const [form, c] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c[0] + c[1] >= MIN_SEEN) kept[form] = c;
  return { total, forms: kept };
}

/** log10 odds that a form is capitalised inside a sentence, per form; the prior's for unseen forms. */
export class CapitalOdds {
  private readonly odds = new Map<string, number>();
  private readonly prior: number;
  /** Readings already leaned, by the reading they were made from (readings are shared per token text). */
  private readonly leaned = new WeakMap<Reading, Reading>();

  constructor(
    counts: CapitalCounts,
    private readonly weight = CAPITAL_WEIGHT,
    private readonly maxLean = MAX_LEAN,
  ) {
    const rate = (counts.total[0] + 1) / (counts.total[0] + counts.total[1] + 2);
    this.prior = Math.log10(rate);
    for (const [form, [cap, low]] of Object.entries(counts.forms)) this.odds.set(form, Math.log10((cap + PRIOR_WEIGHT * rate) / (cap + low + PRIOR_WEIGHT)));
  }

  /** log10 P(capitalised | form, inside a sentence). */
  of(form: string): number {
    return this.odds.get(form) ?? this.prior;
  }

  /**
   * The reading of a word capitalised inside a sentence: each syllable reading costs what its odds
   * fall behind the best reading's (at most MAX_LEAN, times CAPITAL_WEIGHT). Readings that keep the
   * text as it is (null forms) cost nothing more.
   */
  lean(reading: Reading): Reading {
    const done = this.leaned.get(reading);
    if (done) return done;
    const odds = reading.forms.map((f) => (f === null ? null : this.of(f)));
    const best = Math.max(...odds.map((o) => o ?? -Infinity));
    let out = reading;
    if (Number.isFinite(best) && odds.some((o) => o !== null && o < best)) {
      const costs = reading.slot.costs.map((c, k) => (odds[k] === null ? c : c + this.weight * Math.min(this.maxLean, best - odds[k]!)));
      out = { ...reading, slot: { ids: reading.slot.ids, costs } };
    }
    this.leaned.set(reading, out);
    return out;
  }
}

/** The odds of model/capital-words.json; without the file, none (every form at one prior: no lean). */
export function loadCapitalOdds(path = CAPITAL_WORDS_PATH, weight = CAPITAL_WEIGHT, maxLean = MAX_LEAN): CapitalOdds {
  if (!existsSync(path)) return new CapitalOdds({ total: [1, 1], forms: {} });
  return new CapitalOdds(JSON.parse(readFileSync(path, 'utf8')) as CapitalCounts, weight, maxLean);
}
