// Whole-document restoration: decide line by line whether diacritics are missing, drop stray OCR
// marks there, decode the stripped stretches with the model (OCR-damaged tokens included), and
// rebuild each line with the input's case, punctuation, numbers and codes. Marked lines are
// returned as they are, so a stripped table inside a marked body is restored on its own.
import type { TextChange } from '../../output/schema.js';
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { findStrayMarks, ocrCandidates } from '../ocr-noise.js';
import { canonicalToneForm, placeTone, splitTone, syllableInventory, type TonePlacement } from '../syllables.js';
import { restoreAbbreviation } from './abbreviations.js';
import { viterbi, type Slot } from './decode.js';
import { NUM, PUNCT, UNK, type SyllableLM } from './lm.js';
import { isLetters, isNumber, splitPieces, type Piece } from './tokens.js';

export interface RestoreOptions {
  tones?: TonePlacement;
  /** Force every line to be treated as stripped (evaluation), instead of detecting it. */
  assumeStripped?: boolean;
}

export interface RestoreResult {
  text: string;
  changes: TextChange[];
  /** Syllables in lines that were restored, and in the whole text. */
  restoredSyllables: number;
  totalSyllables: number;
  strayMarks: string[];
}

type LineState = 'marked' | 'stripped' | 'unsure' | 'empty';

/** How a piece of a stripped line was turned into a model slot. */
interface Planned {
  piece: Piece;
  slot: Slot;
  /** Output form of each candidate (lower case, canonical tones); null = keep the piece as it is. */
  forms: Array<string | null>;
  kinds: Array<TextChange['kind']>;
}

const MAX_CANDIDATES = 8;
const MAX_SLOT = 10;
/** log10 units below the commonest form of a key beyond which forms are not considered. */
const PRUNE_BELOW_TOP = 3;
/** Extra cost (log10) for reading a valid-looking token as an OCR misreading of another syllable. */
const VALID_TOKEN_OCR_PENALTY = 2.5;
/** Above this share of non-syllable tokens in stripped lines, valid tokens may be OCR errors too. */
const NOISY_DOCUMENT = 0.04;

export class Restorer {
  private readonly inventory = syllableInventory();
  private readonly syllableSlots = new Map<string, { slot: Slot; forms: string[] }>();
  private readonly ocrSlots = new Map<string, { slot: Slot; forms: string[] } | null>();

  constructor(readonly lm: SyllableLM) {}

  /** Candidates of a syllable key, most frequent first, unseen forms only when nothing was seen. */
  syllableCandidates(key: string): { slot: Slot; forms: string[] } | null {
    let found = this.syllableSlots.get(key);
    if (found) return found;
    const list = this.inventory.get(key);
    if (!list) return null;
    const scored = list.map((s) => ({ s, id: this.lm.id(s), p: this.lm.unigram[this.lm.id(s)] ?? -99 }));
    scored.sort((a, b) => b.p - a.p);
    // Forms far rarer than the commonest reading of the key are almost never right: pruning them
    // keeps the search small (the decoder's work grows with the cube of the candidates).
    const seen = scored.filter((x) => x.p > -6.5 && x.p >= scored[0]!.p - PRUNE_BELOW_TOP);
    const kept = (seen.length ? seen : scored).slice(0, MAX_CANDIDATES);
    found = { slot: { ids: kept.map((x) => x.id), costs: kept.map(() => 0) }, forms: kept.map((x) => x.s) };
    this.syllableSlots.set(key, found);
    return found;
  }

  /** Candidates for a token read through the OCR channel: syllables of nearby keys, with the cost. */
  private ocrCandidatesFor(token: string, ownCost: number): { slot: Slot; forms: string[] } | null {
    const cacheKey = `${token}\u0000${ownCost}`;
    if (this.ocrSlots.has(cacheKey)) return this.ocrSlots.get(cacheKey)!;
    const ids: number[] = [];
    const costs: number[] = [];
    const forms: string[] = [];
    for (const { key, cost } of ocrCandidates(token, (k) => this.inventory.has(k))) {
      const c = this.syllableCandidates(key)!;
      for (let i = 0; i < Math.min(c.forms.length, 4); i++) {
        ids.push(c.slot.ids[i]!);
        costs.push(cost + ownCost);
        forms.push(c.forms[i]!);
      }
    }
    const out = ids.length ? { slot: { ids, costs }, forms } : null;
    if (this.ocrSlots.size < 50_000) this.ocrSlots.set(cacheKey, out);
    return out;
  }

  private planPiece(piece: Piece, noisy: boolean): Planned {
    const text = piece.text;
    const keep = (id: number): Planned => ({ piece, slot: { ids: [id], costs: [0] }, forms: [null], kinds: ['diacritics'] });
    if (isNumber(text)) return keep(NUM);
    const letters = isLetters(text);
    if (letters && hasVietnameseMarks(text)) {
      const id = this.lm.id(canonicalToneForm(text.toLowerCase()));
      return keep(id === UNK ? this.lm.id(text) : id);
    }
    const key = foldVietnamese(text);
    const own = letters ? this.syllableCandidates(key) : null;
    if (own) {
      const planned: Planned = { piece, slot: { ids: [...own.slot.ids], costs: [...own.slot.costs] }, forms: [...own.forms], kinds: own.forms.map(() => 'diacritics') };
      if (noisy && text.length > 1 && !isUpperCode(text)) {
        const alt = this.ocrCandidatesFor(text, VALID_TOKEN_OCR_PENALTY);
        if (alt) addCandidates(planned, alt, 'ocr');
      }
      return this.capped(planned);
    }
    const abbreviation = letters ? restoreAbbreviation(text) : null;
    if (abbreviation) return { piece, slot: { ids: [this.lm.id(abbreviation)], costs: [0] }, forms: [abbreviation], kinds: ['abbreviation'] };
    // Upper-case codes (UBND, TTHC) and mixed codes are not syllables: leave them.
    if (isUpperCode(text) && !/[0-9/']/.test(text)) return keep(this.lm.id(text));
    // A lone letter is a list marker or a speck, too short to read a syllable into.
    if (text.length < 2) return keep(UNK);
    const ocr = this.ocrCandidatesFor(text, 0);
    if (ocr) return this.capped({ piece, slot: ocr.slot, forms: ocr.forms, kinds: ocr.forms.map(() => 'ocr') });
    return keep(UNK);
  }

  /** At most MAX_SLOT candidates, by frequency less channel cost: the search is cubic in them. */
  private capped(planned: Planned): Planned {
    if (planned.slot.ids.length <= MAX_SLOT) return planned;
    const order = planned.slot.ids
      .map((id, i) => ({ i, score: (this.lm.unigram[id] ?? -99) - planned.slot.costs[i]! }))
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SLOT)
      .map((x) => x.i);
    return {
      piece: planned.piece,
      slot: { ids: order.map((i) => planned.slot.ids[i]!), costs: order.map((i) => planned.slot.costs[i]!) },
      forms: order.map((i) => planned.forms[i]!),
      kinds: order.map((i) => planned.kinds[i]!),
    };
  }

  restore(text: string, options: RestoreOptions = {}): RestoreResult {
    const tones = options.tones ?? 'modern';
    const lines = text.split('\n');
    const states = options.assumeStripped
      ? lines.map((l): LineState => (/[A-Za-zÀ-ỹĐđ]/.test(l) ? 'stripped' : 'empty'))
      : this.lineStates(lines);
    const strayMarks: string[] = [];
    const changes: TextChange[] = [];

    // Drop stray marks in stripped lines first; the removals are reported as debris.
    const cleaned = lines.map((line, i) => {
      if (states[i] !== 'stripped') return { line, removed: [] as Array<{ at: number; length: number; text: string }> };
      let out = line;
      const removed: Array<{ at: number; length: number; text: string }> = [];
      for (const [s, e] of findStrayMarks(line).reverse()) {
        let end = e;
        while (end < out.length && out[end] === ' ') end++;
        const at = s > 0 && end === out.length ? s - (out[s - 1] === ' ' ? 1 : 0) : s;
        removed.unshift({ at, length: end - at, text: line.slice(s, e) });
        out = out.slice(0, at) + out.slice(end);
      }
      // Offsets were taken right to left; in the cleaned line each moves left by what went before it.
      let shift = 0;
      for (const r of removed) {
        r.at -= shift;
        shift += r.length;
      }
      strayMarks.push(...removed.map((r) => r.text));
      return { line: out, removed };
    });

    // Noise level of the stripped text: share of letter tokens that are no syllable.
    let letterTokens = 0;
    let invalid = 0;
    for (let i = 0; i < lines.length; i++) {
      if (states[i] !== 'stripped') continue;
      for (const p of splitPieces(cleaned[i]!.line)) {
        if (!/[A-Za-z]/.test(p.text) || isUpperCode(p.text)) continue;
        letterTokens++;
        if (!isLetters(p.text) || !this.inventory.has(foldVietnamese(p.text))) invalid++;
      }
    }
    const noisy = letterTokens > 0 && invalid / letterTokens > NOISY_DOCUMENT;

    // Plan and decode each stretch of consecutive stripped lines as one sequence.
    const plans: Planned[][] = lines.map(() => []);
    let restoredSyllables = 0;
    let totalSyllables = 0;
    let i = 0;
    while (i < lines.length) {
      if (states[i] !== 'stripped') {
        totalSyllables += countSyllables(lines[i]!);
        i++;
        continue;
      }
      const sequence: Planned[] = [];
      let j = i;
      while (j < lines.length && states[j] === 'stripped') {
        const line = cleaned[j]!.line;
        const pieces = splitPieces(line);
        for (const piece of pieces) {
          const planned = this.planPiece(piece, noisy);
          if (piece.afterPunct && sequence.length) sequence.push({ piece, slot: { ids: [PUNCT], costs: [0] }, forms: [], kinds: [] });
          sequence.push(planned);
          plans[j]!.push(planned);
        }
        if (/[.;:!?]\s*$/.test(line) && sequence.length) sequence.push({ piece: pieces[0]!, slot: { ids: [PUNCT], costs: [0] }, forms: [], kinds: [] });
        j++;
      }
      if (sequence.length) {
        const decoded = viterbi(this.lm, sequence.map((p) => p.slot), Number(process.env.KB ?? 12), Number(process.env.KW ?? 5));
        sequence.forEach((p, k) => {
          (p as Planned & { choice?: number; confidence?: number }).choice = decoded.choice[k];
          (p as Planned & { confidence?: number }).confidence = decoded.confidence[k];
        });
      }
      for (let k = i; k < j; k++) {
        const n = plans[k]!.filter((p) => p.forms.some((f) => f !== null)).length;
        restoredSyllables += n;
        totalSyllables += n;
      }
      i = j;
    }

    // Rebuild the text line for line, recording each change at its place in the output.
    const out: string[] = [];
    let offset = 0;
    for (let li = 0; li < lines.length; li++) {
      const { line, removed } = cleaned[li]!;
      let built = '';
      let last = 0;
      let r = 0;
      const flushRemoved = (upTo: number) => {
        while (r < removed.length && removed[r]!.at <= upTo) {
          const at = offset + built.length + (removed[r]!.at - last);
          changes.push({ span: { start: at, end: at }, original: removed[r]!.text, replacement: '', kind: 'debris', confidence: 0.9 });
          r++;
        }
      };
      for (const p of plans[li]!) {
        const chosen = (p as Planned & { choice?: number }).choice ?? 0;
        const form = p.forms[chosen];
        if (form === null || form === undefined) continue;
        flushRemoved(p.piece.start);
        built += line.slice(last, p.piece.start);
        const replacement = applyCase(p.piece.text, p.kinds[chosen] === 'abbreviation' ? form : styleTones(form, tones));
        const start = offset + built.length;
        built += replacement;
        last = p.piece.end;
        if (replacement !== p.piece.text) {
          const confidence = (p as Planned & { confidence?: number }).confidence ?? 1;
          changes.push({
            span: { start, end: start + replacement.length },
            original: p.piece.text,
            replacement,
            kind: p.kinds[chosen]!,
            confidence: Math.round(confidence * 1000) / 1000,
          });
        }
      }
      flushRemoved(Infinity);
      built += line.slice(last);
      out.push(built);
      offset += built.length + 1;
    }
    changes.sort((a, b) => a.span.start - b.span.start);
    return { text: out.join('\n'), changes, restoredSyllables, totalSyllables, strayMarks };
  }

  /** Marked, stripped or undecided per line; undecided lines follow their decided neighbours. */
  lineStates(lines: string[]): LineState[] {
    let totalSyllables = 0;
    let totalMarked = 0;
    const raw = lines.map((line): LineState => {
      let syllables = 0;
      let marked = 0;
      for (const p of splitPieces(line)) {
        if (!/[A-Za-zÀ-ỹĐđ]/.test(p.text) || isUpperCode(p.text)) continue;
        const key = foldVietnamese(p.text);
        if (!isLetters(p.text) || !this.inventory.has(key)) continue;
        syllables++;
        if (hasVietnameseMarks(p.text)) marked++;
      }
      totalSyllables += syllables;
      totalMarked += marked;
      if (syllables === 0) return /[A-Za-z]/.test(line) ? 'unsure' : 'empty';
      const share = marked / syllables;
      if (share >= 0.2) return 'marked';
      if (syllables >= 4 && share < 0.1) return 'stripped';
      return 'unsure';
    });
    // With no decided line near, the document's overall share of marked syllables decides.
    const documentDefault: LineState = totalMarked < 0.1 * Math.max(1, totalSyllables) ? 'stripped' : 'marked';
    return raw.map((s, i) => {
      if (s !== 'unsure') return s;
      const above = nearestDecided(raw, i, -1);
      const below = nearestDecided(raw, i, 1);
      if (above === 'stripped' || below === 'stripped') return 'stripped';
      if (above || below) return 'marked';
      return documentDefault;
    });
  }
}

function nearestDecided(states: LineState[], from: number, step: number): LineState | null {
  for (let i = from + step; i >= 0 && i < states.length && Math.abs(i - from) <= 6; i += step) {
    if (states[i] === 'marked' || states[i] === 'stripped') return states[i]!;
  }
  return null;
}

function addCandidates(planned: Planned, extra: { slot: Slot; forms: string[] }, kind: TextChange['kind']): void {
  extra.forms.forEach((form, i) => {
    if (planned.forms.includes(form)) return;
    planned.slot.ids.push(extra.slot.ids[i]!);
    planned.slot.costs.push(extra.slot.costs[i]!);
    planned.forms.push(form);
    planned.kinds.push(kind);
  });
}

function countSyllables(line: string): number {
  let n = 0;
  for (const p of splitPieces(line)) if (isLetters(p.text)) n++;
  return n;
}

/** Two or more letters, all upper case: an abbreviation or code (UBND, KH), or an upper-case word. */
function isUpperCode(text: string): boolean {
  const letters = text.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !/[0-9]/.test(text) && !syllableInventory().has(foldVietnamese(text));
}

function styleTones(form: string, tones: TonePlacement): string {
  if (tones === 'modern') return form;
  const { toneless, tone } = splitTone(form);
  return placeTone(toneless, tone, tones);
}

/** Carry the input's case pattern onto the restored form: HOI → HỘI, Hoi → Hội, hoi → hội. */
export function applyCase(raw: string, form: string): string {
  const letters = raw.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  if (!letters) return form;
  let upper = 0;
  for (const ch of letters) if (ch !== ch.toLowerCase()) upper++;
  if (letters.length >= 2 && upper >= 0.6 * letters.length) return form.toUpperCase();
  // "Ion" is a misread "lớn": a capital I read for l is no capital.
  if (raw[0] === 'I' && form[0] === 'l') return form;
  if (raw[0] !== raw[0]!.toLowerCase()) return form[0]!.toUpperCase() + form.slice(1);
  return form;
}
