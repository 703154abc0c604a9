// Tone marks chosen among the engine's own choices. tesseract's fast Vietnamese model reads the
// letters of a syllable well and its marks worst: it drops the tone over a hat ("sô", "tuyên",
// "Công" for số, tuyển, Cổng) or takes one tone for another ("tính" for tỉnh, "chỉ" for chi),
// while the right letter is among those it weighed for that place (symbol-choices.ts: "ô" written,
// "ố", "ồ", "ổ" weighed). Each word is read again as the syllable its choices spell that the
// syllable trigram model finds likeliest between its neighbours, when that reading wins by
// MARGIN: only marks change (the same letters, each the engine's own choice), so a word keeps its
// length and its box. This is part of reading the page (the engine's alternatives, weighed), not
// the normaliser's correction (normalizers/diacritics/ocr-marks.ts), which weighs every syllable
// of the same letters, seen or not.
import { foldVietnamese } from '../../normalizers/fold.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';
import { BOS, EOS, NUM, UNK, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import { channelCredit } from '../../normalizers/diacritics/ocr-channel.js';
import { NAME_OPENING_SURNAMES } from '../../normalizers/diacritics/names.js';
import { caseOf, inCase, type WordCase } from '../../normalizers/diacritics/word-case.js';
import type { OcrWord } from './types.js';

/**
 * log10 units the chosen reading must win by in its context; a tone restored over a bare hat, the
 * channel's commonest slip, by less (ocr-channel.ts).
 */
export const MARGIN = 3;

/**
 * log10 units a capitalised word beside another must win by: it stands in a name (a place, a body:
 * "tỉnh Quý Châu"), whose syllables the model knows less well than its common words ("Quỹ").
 */
export const NAME_MARGIN = 3;


/** Readings of one word weighed at most (its letters' choices multiplied out). */
const MAX_READINGS = 64;

/** A word's letters and what stands before and after them ("(", ",", ";"). */
const CORE = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u;
const NUMBER = /^\p{N}/u;
const VOWEL = /^[aeiouy]$/;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** A word ending on punctuation ends its phrase; one opening on it starts one. */
const ENDS_PHRASE = /[^\p{L}\p{N}]$/u;
const OPENS_PHRASE = /^[^\p{L}\p{N}]/u;

type Case = Exclude<WordCase, 'mixed'>;

/**
 * The words with their marks read again where their choices spell a likelier syllable; the others
 * as they were. Context runs along the engine's paragraph (its lines in order), across a line break
 * but not across punctuation.
 */
export function toneChoices(words: readonly OcrWord[], lm: SyllableLM, margin = MARGIN): OcrWord[] {
  const out = [...words];
  const paragraph = (w: OcrWord) => w.line.slice(0, w.line.lastIndexOf('.'));
  /** Word j is a capitalised word of letters in word i's paragraph; `closed`: with nothing after its letters. */
  const capitalised = (j: number, from: number, closed: boolean) => {
    const w = out[j];
    const core = w && paragraph(w) === paragraph(out[from]!) ? CORE.exec(w.text) : null;
    return !!core && !core[1] && (!closed || !core[3]) && caseOf(core[2]!) === 'capital';
  };
  /** Word i stands in a person's name: a run of capitalised words, at most four, opened by a family name and another capitalised word. */
  const inPersonalName = (i: number) => {
    for (let k = i; k >= 0 && i - k < 4 && capitalised(k, i, k < i); k--) {
      if (NAME_OPENING_SURNAMES.has(CORE.exec(out[k]!.text)![2]!.toLowerCase()) && capitalised(k + 1, i, false)) return true;
    }
    return false;
  };
  /** Model id of word j seen from word i (its neighbour in the same paragraph), or null at a phrase's edge. */
  const idAt = (j: number, from: number): number | null => {
    const w = out[j];
    if (!w || paragraph(w) !== paragraph(out[from]!)) return null;
    const core = CORE.exec(w.text);
    if (core) return syllableId(lm, core[2]!.toLowerCase());
    return NUMBER.test(w.text) ? NUM : null;
  };
  for (let i = 0; i < out.length; i++) {
    const word = out[i]!;
    const readings = readingsOf(word, lm);
    if (!readings) continue;
    const { before, core, forms, kind } = readings;
    // A person's name keeps the marks it was read with, whatever the model prefers.
    if (kind === 'capital' && inPersonalName(i)) continue;
    const named = kind === 'capital' && (capitalised(i - 1, i, true) || capitalised(i + 1, i, false));
    const needed = named ? Math.max(margin, NAME_MARGIN) : margin;
    // Neighbours up to a punctuation mark: a word ending on one closes the phrase before it.
    const prev = (k: number) => (ENDS_PHRASE.test(out[k]?.text ?? '') || OPENS_PHRASE.test(out[k + 1]!.text) ? null : idAt(k, i));
    const l1 = prev(i - 1) ?? BOS;
    const l2 = l1 === BOS ? BOS : (prev(i - 2) ?? BOS);
    const next = (k: number) => (ENDS_PHRASE.test(out[k - 1]!.text) || OPENS_PHRASE.test(out[k]?.text ?? '') ? null : idAt(k, i));
    const r1 = next(i + 1);
    const r2 = r1 === null ? null : next(i + 2);
    // The word after is weighed as each of its own readings too: misread itself ("THÔNG BẢO" for
    // THÔNG BÁO), as read it would pull this word to fit it ("THỐNG BẢO").
    const rights = r1 === null ? [EOS] : [r1, ...(readingsOf(out[i + 1]!, lm)?.forms.map((f) => syllableId(lm, f)) ?? [])];
    const score = (x: number) => lm.logProb(l2, l1, x) + Math.max(...rights.map((y) => lm.logProb(l1, x, y) + (r2 !== null ? lm.logProb(x, y, r2) : 0)));
    const own = core.toLowerCase();
    const read = score(syllableId(lm, own));
    let best: string | null = null;
    let bestLead = 0;
    for (const form of forms) {
      const lead = score(syllableId(lm, form)) + channelCredit(own, form) - read - needed;
      if (lead >= bestLead) [best, bestLead] = [form, lead];
    }
    if (best === null) continue;
    const letters = [...word.text];
    out[i] = { ...word, text: before + inCase(best, kind) + letters.slice(before.length + [...core].length).join('') };
  }
  return out;
}

/** The word's letters and the other syllables its choices spell (lower case), or null when there is none. */
function readingsOf(word: OcrWord, lm: SyllableLM): { before: string; core: string; forms: string[]; kind: Case } | null {
  const parts = CORE.exec(word.text);
  if (!word.choices || !parts) return null;
  const [, before = '', core = ''] = parts;
  const kind = caseOf(core);
  const letters = [...core];
  if (kind === 'mixed' || letters.length < 2) return null;
  const start = [...before].length;
  // Each letter, or another the engine weighed for it with the same base letter and case (another mark).
  let forms = [''];
  for (const [k, letter] of letters.entries()) {
    const choices = word.choices[start + k] ?? [];
    const others = choices.map((c) => c.text).filter((c) => c !== letter && [...c].length === 1 && sameLetter(c, letter));
    forms = forms.flatMap((f) => [letter, ...new Set(others)].map((c) => f + c)).slice(0, MAX_READINGS);
  }
  // Another placement of the same tone ("Uỷ", "Ủy") is the document's style, not another reading.
  const own = canonicalToneForm(core.toLowerCase());
  const known = forms.map((f) => f.toLowerCase()).filter((f) => placed(f) && canonicalToneForm(f) !== own && syllableId(lm, f) !== UNK);
  return known.length ? { before, core, forms: known, kind } : null;
}

/**
 * One tone at most, where one of the two conventions puts it ("hòa", "hoà"): choices taken at two
 * letters may give a syllable two ("qụyết"), or one on the wrong vowel ("chủyên").
 */
const placed = (form: string) =>
  (form.normalize('NFD').match(TONES) ?? []).length <= 1 && (canonicalToneForm(form, 'modern') === form || canonicalToneForm(form, 'classic') === form);

/** The model's id of a syllable, written with the tone where the model has it ("hoà" as "hòa"). */
function syllableId(lm: SyllableLM, syllable: string): number {
  return lm.id(canonicalToneForm(syllable));
}

/** The same vowel in the same case, marks aside ("ố" and "ô", "o"; not "Ố", nor "đ" and "d"). */
function sameLetter(a: string, b: string): boolean {
  const base = foldVietnamese(a.toLowerCase());
  return VOWEL.test(base) && base === foldVietnamese(b.toLowerCase()) && (a === a.toLowerCase()) === (b === b.toLowerCase());
}
