// Whole-document restoration: decide line by line whether diacritics are missing (and whether the
// line is Vietnamese at all), drop stray OCR marks there, decode the stripped stretches with the
// model (OCR-damaged tokens included), and rebuild each line with the input's case, punctuation,
// numbers and codes. Marked lines are returned as they are, so a stripped table inside a marked
// body is restored on its own; names the document spells with marks restore their bare copies.
import type { TextChange } from '../../output/schema.js';
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { findStrayMarks, ocrCandidates } from '../ocr-noise.js';
import { canonicalToneForm, placeTone, splitTone, syllableInventory, type TonePlacement } from '../syllables.js';
import { restoreAbbreviation } from './abbreviations.js';
import { viterbi, type Slot } from './decode.js';
import { BOS, NUM, PUNCT, UNK, type SyllableLM } from './lm.js';
import { loadNames, type NameModel } from './names.js';
import { isLetters, isNumber, splitPieces, type Piece } from './tokens.js';
import { unitReadings } from './units.js';

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

type LineState = 'marked' | 'stripped' | 'unsure' | 'empty' | 'foreign';
const NOT_SYLLABLE = 0;
const PLAIN_SYLLABLE = 1;
const MARKED_SYLLABLE = 2;
type Kind = TextChange['kind'];

/** How a token is read: its candidates (shared, never mutated) and which part of it they replace. */
interface Reading {
  slot: Slot;
  /** Output form of each candidate (lower case, canonical tones); null = keep the text as it is. */
  forms: Array<string | null>;
  kinds: Kind[];
  /** The replaced part of the token, when digits around it are kept ("vu1" → "vu"). */
  from: number;
  to: number;
  /** Candidates turn a digit into a letter: kept only when the model is sure. */
  digitRepair: boolean;
  /** The stripped syllable, when the document cache may weigh its readings. */
  cacheKey?: string;
}

/** A reading placed in the text. */
interface Placed {
  line: number;
  start: number;
  end: number;
  text: string;
  reading: Reading;
  choice: number;
  confidence: number;
}

/** Readings kept per stripped syllable, commonest first (ranked by plain frequency, see lm.ts). */
const MAX_CANDIDATES = 10;
const MAX_SLOT = 10;
/** log10 units below the commonest form of a key beyond which forms are not considered. */
const PRUNE_BELOW_TOP = 3;
/** Extra cost (log10) for reading a valid-looking token as an OCR misreading of another syllable. */
const VALID_TOKEN_OCR_PENALTY = 2.5;
/** Above this share of non-syllable tokens in stripped lines, valid tokens may be OCR errors too. */
const NOISY_DOCUMENT = 0.04;
/** A line is Vietnamese without marks when this share of its words reads as syllables. */
const VIETNAMESE_SHARE = 0.8;
/** A digit read as a letter ("d6ng", "T6") needs at least this confidence to be replaced. */
const DIGIT_REPAIR_CONFIDENCE = 0.6;
/** Weight of the name distribution against the sentence model inside a personal name. */
const NAME_WEIGHT = 1;

/** log10 units a unit word's other readings lose before a place name or in a list of units. */
const UNIT_BIAS = 3;

/** Weight (log10 units per log10 of share) of the document's own readings in the second pass. */
const CACHE_WEIGHT = 0.5;
/** A stripped syllable needs this many confident readings in the document before they weigh. */
const CACHE_MIN_COUNT = 3;
/** Only choices at least this confident in the first pass are counted. */
const CACHE_MIN_CONFIDENCE = 0.9;
/** Syllables either side of a choice the document cache may overturn that are decoded again with it. */
const CACHE_WINDOW = 3;
/** log10 lead assumed for a choice the beam kept alone (its rivals fell more than the beam width behind). */
const CERTAIN_LEAD = 3;

/** Titles before a personal name, by stripped key. */
const TITLE_KEYS = new Map([
  ['ong', 'ông'],
  ['ba', 'bà'],
]);
/** log10 units a title's other readings lose before a personal name. */
const TITLE_BIAS = 2;

const KEEP_FORMS: Array<string | null> = [null];
const KEEP_KINDS: Kind[] = ['diacritics'];

export class Restorer {
  private readonly inventory = syllableInventory();
  private readonly syllableSlots = new Map<string, { slot: Slot; forms: string[] } | null>();
  private readonly ocrSlots = new Map<string, { slot: Slot; forms: string[] } | null>();
  private readonly readings = [new Map<string, Reading>(), new Map<string, Reading>()];
  private readonly keepReadings = new Map<number, Reading>();
  private readonly evidence = new Map<string, number>();

  constructor(
    readonly lm: SyllableLM,
    readonly names: NameModel = loadNames(),
  ) {}

  /** Candidates of a syllable key, most frequent first, unseen forms only when nothing was seen. */
  syllableCandidates(key: string): { slot: Slot; forms: string[] } | null {
    let found = this.syllableSlots.get(key);
    if (found !== undefined) return found;
    const list = this.inventory.get(key);
    if (!list) {
      this.syllableSlots.set(key, null);
      return null;
    }
    const scored = list.map((s) => ({ s, id: this.lm.id(s), p: this.lm.frequency[this.lm.id(s)] ?? -99 }));
    scored.sort((a, b) => b.p - a.p);
    // Forms far rarer than the commonest reading of the key are almost never right.
    const seen = scored.filter((x) => x.p > -6.5 && x.p >= scored[0]!.p - PRUNE_BELOW_TOP);
    const kept = (seen.length ? seen : scored).slice(0, MAX_CANDIDATES);
    found = { slot: { ids: kept.map((x) => x.id), costs: kept.map(() => 0) }, forms: kept.map((x) => x.s) };
    this.syllableSlots.set(key, found);
    return found;
  }

  /** Candidates for a token read through the OCR channel: syllables of nearby keys, with the cost. */
  private ocrCandidatesFor(token: string, ownCost: number): { slot: Slot; forms: string[] } | null {
    const cacheKey = `${token}\u0000${ownCost}`;
    const cachedSlot = this.ocrSlots.get(cacheKey);
    if (cachedSlot !== undefined) return cachedSlot;
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

  private keep(id: number, text: string): Reading {
    let r = this.keepReadings.get(id);
    if (!r) {
      r = { slot: { ids: [id], costs: [0] }, forms: KEEP_FORMS, kinds: KEEP_KINDS, from: 0, to: text.length, digitRepair: false };
      this.keepReadings.set(id, r);
    }
    return r.to === text.length ? r : { ...r, to: text.length };
  }

  /** How a token of a stripped line is read (cached per token text and noise level). */
  reading(text: string, noisy: boolean): Reading {
    const cache = this.readings[noisy ? 1 : 0]!;
    let r = cache.get(text);
    if (!r) {
      r = this.readToken(text, noisy);
      if (cache.size < 200_000) cache.set(text, r);
    }
    return r;
  }

  private readToken(text: string, noisy: boolean): Reading {
    if (isNumber(text)) return this.keep(NUM, text);
    const letters = isLetters(text);
    if (letters && hasVietnameseMarks(text)) {
      const id = this.lm.id(canonicalToneForm(text.toLowerCase()));
      return this.keep(id === UNK ? this.lm.id(text) : id, text);
    }
    if (!letters && /[0-9]/.test(text)) return this.readWithDigits(text, noisy);
    // A capital I alone is the Roman numeral one ("Quý I", "I. MỤC ĐÍCH"), not the rare word ì or í.
    if (text === 'I') return this.keep(this.lm.id('i'), text);
    const key = foldVietnamese(text);
    const own = letters ? this.syllableCandidates(key) : null;
    if (own) {
      const reading: Reading = {
        slot: own.slot,
        forms: own.forms,
        kinds: own.forms.map(() => 'diacritics'),
        from: 0,
        to: text.length,
        digitRepair: false,
        cacheKey: own.forms.length >= 2 ? key : undefined,
      };
      if (noisy && text.length > 1 && !isUpperCode(text)) {
        const alt = this.ocrCandidatesFor(text, VALID_TOKEN_OCR_PENALTY);
        if (alt) return this.capped(withCandidates(reading, alt, 'ocr'));
      }
      return reading;
    }
    const abbreviation = letters ? restoreAbbreviation(text, this.lm.abbreviations) : /^D\/c$/i.test(text) ? `${text[0] === 'D' ? 'Đ' : 'đ'}/${text[2]}` : null;
    if (abbreviation) {
      return { slot: { ids: [this.lm.id(abbreviation)], costs: [0] }, forms: [abbreviation], kinds: ['abbreviation'], from: 0, to: text.length, digitRepair: false };
    }
    // Upper-case codes (UBND, TTHC) and mixed codes are not syllables: leave them.
    if (isUpperCode(text) && !/['/]/.test(text)) return this.keep(this.lm.id(text), text);
    // A lone letter is a list marker or a speck, too short to read a syllable into.
    if (text.length < 2) return this.keep(UNK, text);
    const ocr = this.ocrCandidatesFor(text, 0);
    if (ocr) return this.capped({ slot: ocr.slot, forms: ocr.forms, kinds: ocr.forms.map(() => 'ocr'), from: 0, to: text.length, digitRepair: false });
    return this.keep(UNK, text);
  }

  /**
   * Tokens mixing letters and digits. Digits glued to a complete syllable are a row or footnote
   * number ("vu1", "2Thi"): the letters are restored, the digits kept. A lone digit inside a
   * word is an OCR misreading ("d6ng", "T6") worth repairing only when the model is sure; a
   * code with digit runs ("2021S6", "03/KH") is left alone.
   */
  private readWithDigits(text: string, noisy: boolean): Reading {
    const glued = /^([0-9]*)([A-Za-zÀ-ỹĐđ]+)([0-9]*)$/.exec(text);
    if (glued && (glued[1] || glued[3])) {
      const word = glued[2]!;
      if (isLetters(word) && (this.inventory.has(foldVietnamese(word)) || hasVietnameseMarks(word))) {
        const inner = this.reading(word, noisy);
        const from = glued[1]!.length;
        return { ...inner, from: from + inner.from, to: from + inner.to };
      }
    }
    if (/[0-9]{2}/.test(text) || /^[0-9]|\/[0-9]|[0-9]\//.test(text) || text.replace(/[^A-Za-zÀ-ỹĐđ]/g, '').length < 1) {
      return this.keep(UNK, text);
    }
    const ocr = this.ocrCandidatesFor(text, 0);
    if (!ocr) return this.keep(UNK, text);
    return this.capped({ slot: ocr.slot, forms: ocr.forms, kinds: ocr.forms.map(() => 'ocr'), from: 0, to: text.length, digitRepair: true });
  }

  /** At most MAX_SLOT candidates, by frequency less channel cost. */
  private capped(r: Reading): Reading {
    if (r.slot.ids.length <= MAX_SLOT) return r;
    const order = r.slot.ids
      .map((id, i) => ({ i, score: (this.lm.frequency[id] ?? -99) - r.slot.costs[i]! }))
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SLOT)
      .map((x) => x.i);
    return {
      ...r,
      slot: { ids: order.map((i) => r.slot.ids[i]!), costs: order.map((i) => r.slot.costs[i]!) },
      forms: order.map((i) => r.forms[i]!),
      kinds: order.map((i) => r.kinds[i]!),
    };
  }

  restore(text: string, options: RestoreOptions = {}): RestoreResult {
    const tones = options.tones ?? 'modern';
    const lines = text.split('\n');
    const states = options.assumeStripped
      ? lines.map((l): LineState => (/[A-Za-zÀ-ỹĐđ]/.test(l) ? 'stripped' : 'empty'))
      : this.lineStates(lines);
    // Most documents already have their marks: nothing to decode, nothing to report.
    if (!states.includes('stripped')) return { text, changes: [], restoredSyllables: 0, totalSyllables: 0, strayMarks: [] };
    const strayMarks: string[] = [];
    const changes: TextChange[] = [];

    // Drop stray marks in stripped lines first; the removals are reported as debris.
    const cleaned = lines.map((line, i) => {
      if (states[i] !== 'stripped') return { line, removed: [] as Array<{ at: number; length: number; text: string }> };
      const marks = findStrayMarks(line);
      if (!marks.length) return { line, removed: [] as Array<{ at: number; length: number; text: string }> };
      let out = line;
      const removed: Array<{ at: number; length: number; text: string }> = [];
      for (const [s, e] of marks.reverse()) {
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

    const pieces = cleaned.map((c, i) => (states[i] === 'stripped' ? splitPieces(c.line) : []));

    // Noise level of the stripped text: share of letter tokens that are no syllable.
    let letterTokens = 0;
    let invalid = 0;
    for (let i = 0; i < lines.length; i++) {
      for (const p of pieces[i]!) {
        if (isLetters(p.text) && this.inventory.has(foldVietnamese(p.text))) {
          letterTokens++;
          continue;
        }
        if (!/[A-Za-z]/.test(p.text) || isUpperCode(p.text)) continue;
        letterTokens++;
        invalid++;
      }
    }
    const noisy = letterTokens > 0 && invalid / letterTokens > NOISY_DOCUMENT;
    const knownNames = this.markedNames(lines, states);

    // Plan and decode each stretch of consecutive stripped lines as one sequence.
    const placed: Placed[][] = lines.map(() => []);
    const decodedStretches: Array<Array<Placed | null>> = [];
    let restoredSyllables = 0;
    let totalSyllables = 0;
    let i = 0;
    while (i < lines.length) {
      if (states[i] !== 'stripped') {
        totalSyllables += countSyllables(lines[i]!);
        i++;
        continue;
      }
      const slots: Slot[] = [];
      const sequence: Array<Placed | null> = [];
      let j = i;
      while (j < lines.length && states[j] === 'stripped') {
        const line = cleaned[j]!.line;
        for (const piece of pieces[j]!) {
          const reading = this.reading(piece.text, noisy);
          if (piece.afterPunct && sequence.length) sequence.push(null);
          const p: Placed = { line: j, start: piece.start, end: piece.end, text: piece.text, reading, choice: 0, confidence: 1 };
          sequence.push(p);
          placed[j]!.push(p);
        }
        if (sequence.length && /[.;:!?]\s*$/.test(line)) sequence.push(null);
        this.readNames(placed[j]!, line, knownNames);
        this.readUnits(placed[j]!, pieces[j]!);
        j++;
      }
      for (const p of sequence) slots.push(p ? p.reading.slot : PUNCT_SLOT);
      if (slots.length) {
        const decoded = viterbi(this.lm, slots);
        sequence.forEach((p, at) => {
          if (!p) return;
          p.choice = decoded.choice[at]!;
          p.confidence = decoded.confidence[at]!;
        });
        decodedStretches.push(sequence);
      }
      for (let k = i; k < j; k++) {
        const n = placed[k]!.filter((p) => p.reading.forms.some((f) => f !== null)).length;
        restoredSyllables += n;
        totalSyllables += n;
      }
      i = j;
    }

    if (CACHE_WEIGHT > 0) this.redecodeWithDocumentCache(decodedStretches);

    // Rebuild the text line for line, recording each change at its place in the output.
    const out: string[] = [];
    let offset = 0;
    for (let li = 0; li < lines.length; li++) {
      const { line, removed } = cleaned[li]!;
      if (!placed[li]!.length && !removed.length) {
        out.push(line);
        offset += line.length + 1;
        continue;
      }
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
      for (const p of placed[li]!) {
        const { reading } = p;
        const form = reading.forms[p.choice];
        if (form === null || form === undefined) continue;
        if (reading.digitRepair && p.confidence < DIGIT_REPAIR_CONFIDENCE) continue;
        const start = p.start + reading.from;
        const end = p.start + reading.to;
        const original = line.slice(start, end);
        flushRemoved(start);
        built += line.slice(last, start);
        const kind = reading.kinds[p.choice]!;
        const replacement = applyCase(original, kind === 'abbreviation' ? form : styleTones(form, tones));
        const at = offset + built.length;
        built += replacement;
        last = end;
        if (replacement !== original) {
          changes.push({
            span: { start: at, end: at + replacement.length },
            original,
            replacement,
            kind,
            confidence: Math.round(p.confidence * 1000) / 1000,
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

  /**
   * Capitalised runs of two or more words the document writes with marks somewhere
   * ("Long Biên", "Nguyễn Mạnh Hà"): folded words → marked words.
   */
  private markedNames(lines: string[], states: LineState[]): Map<string, string[]> {
    const names = new Map<string, string[]>();
    lines.forEach((line, i) => {
      if (states[i] !== 'marked') return;
      for (const m of line.matchAll(CAPITALISED_RUN)) {
        const words = m[1]!.split(/\s+/);
        if (!words.some(hasVietnameseMarks)) continue;
        const forms = words.map((w) => canonicalToneForm(w.toLowerCase()));
        const keys = words.map(foldVietnamese);
        // Every part of two words or more: a title may lead the run ("Bà Lò Thị Thuần").
        for (let a = 0; a < words.length - 1; a++) {
          for (let b = a + 2; b <= words.length; b++) names.set(keys.slice(a, b).join(' '), forms.slice(a, b));
        }
      }
    });
    return names;
  }

  /**
   * Capitalised runs of a stripped line: those the document spells with marks elsewhere take
   * that spelling; those that look like a personal name (a surname, then 1–3 name syllables)
   * weigh their candidates by the name distribution.
   */
  private readNames(line: Placed[], text: string, known: Map<string, string[]>): void {
    let s = 0;
    while (s < line.length) {
      if (!isCapitalised(line[s]!.text)) {
        s++;
        continue;
      }
      let e = s + 1;
      while (e < line.length && isCapitalised(line[e]!.text) && /^ +$/.test(text.slice(line[e - 1]!.end, line[e]!.start))) e++;
      const run = line.slice(s, e);
      const keys = run.map((p) => foldVietnamese(p.text));
      if (run.length >= 2 && known.size) this.applyKnown(run, keys, known);
      const allCaps = run.every((p) => p.text === p.text.toUpperCase());
      // An upper-case run is a name only when it is the whole line (a signature): headings are upper case too.
      const wholeLine = text.slice(0, run[0]!.start).trim() === '' && /^[\s.,]*$/.test(text.slice(run[run.length - 1]!.end));
      // After a title ("Đ/c Nga", "Ông Cao Văn Hào", "Bà Lò Thị Thuần") the run is a person: a
      // surname and given names, or a given name alone as plans name their officers.
      const titled = s > 0 && /^[Dd]\/c$/.test(line[s - 1]!.text) ? 0 : TITLE_KEYS.has(keys[0]!) && run.length >= 2 ? 1 : -1;
      if (titled >= 0 && !allCaps && run.length - titled <= 4) {
        if (titled === 1) this.leanTo(run[0]!, TITLE_KEYS.get(keys[0]!)!, TITLE_BIAS);
        const first = run.length - titled >= 2 && this.names.surnameKeys.has(keys[titled]!);
        if (first || keys.slice(titled).every((k) => this.names.givenKeys.has(k))) {
          run.slice(titled).forEach((p, k) => this.weighAsName(p, first && k === 0, !first));
          s = e;
          continue;
        }
      }
      // The name may follow a title in the same run ("Ong Nguyen Van A", "Dong chi Tran Thi B").
      const from = run.findIndex((_, k) => run.length - k >= 2 && run.length - k <= 4 && this.names.surnameKeys.has(keys[k]!));
      if (from >= 0 && (!allCaps || wholeLine) && keys.slice(from + 1).every((k) => this.names.givenKeys.has(k))) {
        run.slice(from).forEach((p, k) => this.weighAsName(p, k === 0));
      }
      s = e;
    }
  }

  /**
   * A document keeps to its own words: after the first pass, each stripped syllable's readings are
   * weighed by how often the document confidently reads the same stripped syllable each way, and
   * a few syllables around each choice those weights could overturn are decoded again with them
   * as channel costs (a cache model; the hằng/hàng or phường/phương of one plan stay one).
   */
  private redecodeWithDocumentCache(stretches: Array<Array<Placed | null>>): void {
    const counts = new Map<string, Map<number, number>>();
    const keyOf = (p: Placed): string | null => (p.reading.from === 0 ? (p.reading.cacheKey ?? null) : null);
    for (const sequence of stretches) {
      for (const p of sequence) {
        if (!p) continue;
        const key = keyOf(p);
        if (key === null || p.confidence < CACHE_MIN_CONFIDENCE) continue;
        let byId = counts.get(key);
        if (!byId) counts.set(key, (byId = new Map()));
        const id = p.reading.slot.ids[p.choice]!;
        byId.set(id, (byId.get(id) ?? 0) + 1);
      }
    }
    // Per stripped syllable: the log10 share of each reading the document chose, and the top one.
    const shares = new Map<string, { share: Map<number, number>; top: number; unseen: number; favourite: number }>();
    for (const [key, byId] of counts) {
      let total = 0;
      for (const n of byId.values()) total += n;
      if (total < CACHE_MIN_COUNT) continue;
      // Add-half smoothing: a reading the document never chose counts as chosen half a time.
      const share = new Map<number, number>();
      let top = -Infinity;
      let favourite = -1;
      for (const [id, n] of byId) {
        const v = Math.log10((n + 0.5) / (total + 0.5));
        share.set(id, v);
        if (v > top) [top, favourite] = [v, id];
      }
      shares.set(key, { share, top, unseen: Math.log10(0.5 / (total + 0.5)), favourite });
    }
    if (!shares.size) return;
    const cacheOf = (p: Placed) => {
      const key = keyOf(p);
      return key === null ? undefined : shares.get(key);
    };
    const adjusted = (p: Placed): Slot => {
      const cache = cacheOf(p);
      if (!cache) return p.reading.slot;
      const { ids, costs } = p.reading.slot;
      return { ids, costs: costs.map((c, x) => c + CACHE_WEIGHT * (cache.top - (cache.share.get(ids[x]!) ?? cache.unseen))) };
    };
    for (const sequence of stretches) {
      const idAt = (k: number): number => {
        if (k < 0) return BOS;
        const p = sequence[k];
        return p ? p.reading.slot.ids[p.choice]! : PUNCT;
      };
      // Positions where the weights could overturn the choice: it is not the document's favourite
      // and leads its rivals (log10, from its confidence) by less than the weight it loses.
      let k = 0;
      while (k < sequence.length) {
        const p = sequence[k];
        const cache = p ? cacheOf(p) : undefined;
        if (!p || !cache || cache.favourite === p.reading.slot.ids[p.choice]) {
          k++;
          continue;
        }
        const chosen = p.reading.slot.ids[p.choice]!;
        const lead = p.confidence >= 1 ? CERTAIN_LEAD : Math.log10(p.confidence / (1 - p.confidence));
        if (lead >= CACHE_WEIGHT * (cache.top - (cache.share.get(chosen) ?? cache.unseen))) {
          k++;
          continue;
        }
        // Decode a window around it again: its neighbours within the trigram's reach may change
        // with it; the two choices after the window stay as they are and close it exactly.
        const from = Math.max(0, k - CACHE_WINDOW);
        const to = Math.min(sequence.length, k + CACHE_WINDOW + 1);
        const slots: Slot[] = [];
        for (let x = from; x < to; x++) slots.push(sequence[x] ? adjusted(sequence[x]!) : PUNCT_SLOT);
        for (let x = to; x < Math.min(sequence.length, to + 2); x++) slots.push({ ids: [idAt(x)], costs: [0] });
        const decoded = viterbi(this.lm, slots, [idAt(from - 2), idAt(from - 1)]);
        for (let x = from; x < to; x++) {
          const q = sequence[x];
          if (!q) continue;
          q.choice = decoded.choice[x - from]!;
          q.confidence = decoded.confidence[x - from]!;
        }
        k = to;
      }
    }
  }

  /**
   * Weigh a syllable's readings by the name distribution (surname or given name). A given name
   * alone after a title has no surname or middle name beside it, and the counts of given names
   * (mostly the hand lists) barely tell Thuần from Thuận: there `onlyWhetherName` keeps every form
   * that is a name at all equal and lets the sentence model choose among them.
   */
  private weighAsName(p: Placed, surname: boolean, onlyWhetherName = false): void {
    if (p.reading.forms.every((f) => f === null) || p.reading.from !== 0) return;
    const scores = p.reading.forms.map((f) => {
      const score = f === null ? -3 : this.names.score(f, surname);
      return onlyWhetherName ? (score > -3 ? 0 : -3) : score;
    });
    const top = Math.max(...scores);
    p.reading = {
      ...p.reading,
      slot: { ids: p.reading.slot.ids, costs: p.reading.slot.costs.map((c, x) => c + NAME_WEIGHT * (top - scores[x]!)) },
    };
  }

  /** Make every reading of `p` but `form` cost `bias` more (log10). */
  private leanTo(p: Placed, form: string, bias: number): void {
    const k = p.reading.forms.indexOf(form);
    if (k < 0 || p.reading.from !== 0) return;
    p.reading = {
      ...p.reading,
      slot: { ids: p.reading.slot.ids, costs: p.reading.slot.costs.map((c, x) => (x === k ? c : c + bias)) },
    };
  }

  /** Unit type words before place names and in lists of units lean to the unit (units.ts). */
  private readUnits(line: Placed[], pieces: Piece[]): void {
    for (const [at, unit] of unitReadings(pieces)) this.leanTo(line[at]!, unit, UNIT_BIAS);
  }

  private applyKnown(run: Placed[], keys: string[], known: Map<string, string[]>): void {
    for (let a = 0; a < run.length - 1; a++) {
      for (let b = run.length; b >= a + 2; b--) {
        const forms = known.get(keys.slice(a, b).join(' '));
        if (!forms) continue;
        for (let k = a; k < b; k++) {
          const form = forms[k - a]!;
          const p = run[k]!;
          if (p.reading.from !== 0 || p.reading.to !== p.text.length) continue;
          p.reading = { slot: { ids: [this.lm.id(form)], costs: [0] }, forms: [form], kinds: ['diacritics'], from: 0, to: p.text.length, digitRepair: false };
        }
        a = b - 1;
        break;
      }
    }
  }

  /** Whether a piece is a syllable, and a marked one; remembered, as words repeat throughout a document. */
  private pieceEvidence(text: string): number {
    let evidence = this.evidence.get(text);
    if (evidence === undefined) {
      evidence = isLetters(text) && this.inventory.has(foldVietnamese(text)) ? (hasVietnameseMarks(text) ? MARKED_SYLLABLE : PLAIN_SYLLABLE) : NOT_SYLLABLE;
      if (this.evidence.size > 200_000) this.evidence.clear();
      this.evidence.set(text, evidence);
    }
    return evidence;
  }

  /** Marked, stripped, foreign or undecided per line; undecided lines follow their decided neighbours. */
  lineStates(lines: string[]): LineState[] {
    let totalSyllables = 0;
    let totalMarked = 0;
    const raw = lines.map((line): LineState => {
      let words = 0;
      let syllables = 0;
      let repairable = 0;
      let marked = 0;
      for (const p of splitPieces(line)) {
        const evidence = this.pieceEvidence(p.text);
        if (evidence !== NOT_SYLLABLE) {
          if (p.text.length > 1) words++;
          syllables++;
          if (evidence === MARKED_SYLLABLE) marked++;
          continue;
        }
        // Codes and abbreviations with digits or slashes (03/KH, Đ/c, CT/TW) are no evidence either way.
        if (!/[A-Za-zÀ-ỹĐđ]/.test(p.text) || isUpperCode(p.text) || /[0-9/]/.test(p.text)) continue;
        // Lone letters are list markers or specks, no evidence either way.
        if (p.text.length > 1) words++;
        if (p.text.length > 1 && this.ocrCandidatesFor(p.text, 0)) repairable++;
      }
      totalSyllables += syllables;
      totalMarked += marked;
      if (syllables === 0) return words ? 'unsure' : 'empty';
      const share = marked / syllables;
      if (share >= 0.2) return 'marked';
      // Text that is not Vietnamese (English, codes) is never "restored": most words must be
      // syllables, OCR-damaged ones counting for less.
      if (words >= 2 && (syllables + 0.75 * repairable) / words < VIETNAMESE_SHARE) return 'foreign';
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

const PUNCT_SLOT: Slot = { ids: [PUNCT], costs: [0] };
const CAPITALISED_RUN = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+)(?![\p{L}\p{N}])/gu;

function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return isLetters(text) && text[0] !== text[0]!.toLowerCase() && (c < 0x30 || c > 0x39);
}

function nearestDecided(states: LineState[], from: number, step: number): LineState | null {
  for (let i = from + step; i >= 0 && i < states.length && Math.abs(i - from) <= 6; i += step) {
    if (states[i] === 'marked' || states[i] === 'stripped') return states[i]!;
  }
  return null;
}

function withCandidates(r: Reading, extra: { slot: Slot; forms: string[] }, kind: Kind): Reading {
  const ids = [...r.slot.ids];
  const costs = [...r.slot.costs];
  const forms = [...r.forms];
  const kinds = [...r.kinds];
  extra.forms.forEach((form, i) => {
    if (forms.includes(form)) return;
    ids.push(extra.slot.ids[i]!);
    costs.push(extra.slot.costs[i]!);
    forms.push(form);
    kinds.push(kind);
  });
  return { ...r, slot: { ids, costs }, forms, kinds };
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
